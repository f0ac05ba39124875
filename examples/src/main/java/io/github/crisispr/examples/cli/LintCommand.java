package io.github.crisispr.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.rules.Explanation;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crisis lint}: checks a text (stdin) or, with {@code --jsonl}, lines of {@code
 * {"text","channel","audience","locale"}} and prints the compliance report(s). Exit 1 when a text
 * is not publishable, 2 on bad input (the other lines are still checked), including a text longer
 * than {@code --max-chars}. {@code --explain} adds, after each report, the rule and the concept
 * spans behind every finding.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = "Checks outgoing text for compliance; exit 1 when it is not publishable.")
final class LintCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private CrisisCli root;

  @Option(
      names = "--channel",
      description = "Channel id, e.g. GOOGLE_REVIEW (required without --jsonl).")
  private @Nullable String channel;

  @Option(
      names = "--audience",
      description = "PUBLIC, PRIVATE, CARE_PROCESS or INTERNAL (default: the channel's).")
  private @Nullable String audience;

  @Option(
      names = "--locale",
      defaultValue = "zh-TW",
      description = "Message language (default: ${DEFAULT-VALUE}).")
  private String locale = "zh-TW";

  @Option(names = "--clinic", description = "The clinic profile (JSON); default: the demo clinic.")
  private @Nullable Path clinic;

  @Option(
      names = "--rules",
      description = "A rule-pack overlay (JSON) laid over the built-in pack.")
  private @Nullable Path rules;

  @Option(names = "--jsonl", description = "Read JSON Lines of {text, channel, audience, locale}.")
  private boolean jsonl;

  @Option(
      names = "--max-chars",
      description =
          "Per-text limit in UTF-16 units (default: 1048576); a longer text is bad input (exit 2).")
  private int maxChars = RuleBasedComplianceChecker.DEFAULT_MAX_CHARS;

  @Option(
      names = "--explain",
      description =
          "After each report, print for each finding the rule that fired and the concept spans it"
              + " used (in the --locale language).")
  private boolean explain;

  @Override
  public Integer call() {
    ClinicProfile profile = CliSupport.clinic(clinic);
    RuleBasedComplianceChecker checker =
        RuleBasedComplianceChecker.builder()
            .rulePack(ClassifyCommand.rulePack(rules))
            .maxChars(maxChars)
            .build();
    if (!jsonl) {
      if (channel == null) {
        throw new InvalidInputException("--channel", "is required without --jsonl");
      }
      Channel ch = Channel.fromId(channel);
      Audience au = audience == null ? ch.defaultAudience() : Audience.fromId(audience);
      String text = CliSupport.readAll(root.in());
      ReplyContext ctx = new ReplyContext(ch, au, CliSupport.locale(locale), profile);
      ComplianceReport report = checker.check(text, ctx);
      CliSupport.printJson(root.out(), report);
      if (explain) {
        printExplanations(checker.explain(text, ctx), text, ctx.locale());
      }
      return report.publishable() ? CliSupport.OK : CliSupport.NOT_PUBLISHABLE;
    }
    boolean bad = false;
    boolean blocked = false;
    try (CliSupport.StrictLines r = CliSupport.strictLines(root.in())) {
      while (r.next()) {
        int number = r.number();
        try {
          String line = r.text();
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = CliSupport.readJson(line, JsonNode.class);
          if (!node.isObject()) {
            throw new InvalidInputException("$", "must be a JSON object");
          }
          String text = required(node, "text");
          Channel ch = Channel.fromId(required(node, "channel"));
          String audience = optional(node, "audience");
          Audience au = audience == null ? ch.defaultAudience() : Audience.fromId(audience);
          String tag = optional(node, "locale");
          Locale l = CliSupport.locale(tag == null ? locale : tag);
          ReplyContext ctx = new ReplyContext(ch, au, l, profile);
          ComplianceReport report = checker.check(text, ctx);
          CliSupport.printJson(root.out(), report);
          if (explain) {
            printExplanations(checker.explain(text, ctx), text, l);
          }
          blocked |= !report.publishable();
        } catch (InvalidInputException e) {
          CliSupport.reportBadInput(root.err(), e.line() > 0 ? e : e.atLine(number));
          bad = true;
        }
      }
    }
    return bad ? CliSupport.BAD_INPUT : blocked ? CliSupport.NOT_PUBLISHABLE : CliSupport.OK;
  }

  /**
   * Prints one line per finding: the level, the rule id, the pack rule that fired and the concept
   * spans (with the matched text), then one indented line per span.
   */
  private void printExplanations(List<Explanation> explanations, String text, Locale l) {
    boolean zh = "zh".equals(l.getLanguage());
    for (Explanation e : explanations) {
      Finding f = e.finding();
      root.out()
          .println(
              (zh ? "說明 " : "explain ")
                  + f.level()
                  + " "
                  + f.ruleId()
                  + (zh ? "：規則 " : ": rule ")
                  + e.rule()
                  + (zh ? "，位置 " : ", span ")
                  + f.span().start()
                  + "-"
                  + f.span().end());
      for (Explanation.ConceptSpan s : e.spans()) {
        int from = Math.max(0, Math.min(s.span().start(), text.length()));
        int to = Math.max(from, Math.min(s.span().end(), text.length()));
        root.out()
            .println(
                "  "
                    + (zh ? "概念 " : "concept ")
                    + s.concept()
                    + " "
                    + from
                    + "-"
                    + to
                    + " 「"
                    + text.substring(from, to)
                    + "」");
      }
    }
  }

  /** A string field of an input line, or null when absent or null. */
  private static @Nullable String optional(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidInputException(name, "must be a string");
    }
    return v.textValue();
  }

  /** A required string field of an input line. */
  private static String required(JsonNode node, String name) {
    String v = optional(node, name);
    if (v == null) {
      throw new InvalidInputException(name, "is required");
    }
    return v;
  }
}
