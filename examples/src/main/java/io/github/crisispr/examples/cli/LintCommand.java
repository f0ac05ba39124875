package io.github.crisispr.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.json.JsonNodeReader;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crisis lint}: checks a text (stdin) or, with {@code --jsonl}, lines of {@code
 * {"text","channel","audience","locale"}} and prints the compliance report(s). Exit 1 when a text
 * is not publishable, 2 on bad input (the other lines are still checked).
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

  @Override
  public Integer call() {
    ClinicProfile profile = CliSupport.clinic(clinic);
    RuleBasedComplianceChecker checker =
        RuleBasedComplianceChecker.builder().rulePack(ClassifyCommand.rulePack(rules)).build();
    if (!jsonl) {
      if (channel == null) {
        throw new InvalidInputException("--channel", "is required without --jsonl");
      }
      Channel ch = Channel.fromId(channel);
      Audience au = audience == null ? ch.defaultAudience() : Audience.fromId(audience);
      String text = CliSupport.readAll(root.in());
      ComplianceReport report =
          checker.check(text, new ReplyContext(ch, au, CliSupport.locale(locale), profile));
      CliSupport.printJson(root.out(), report);
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
          JsonNodeReader n = JsonNodeReader.of(node, "");
          String text = n.text("text");
          Channel ch = n.enumValue("channel", Channel.class);
          Audience au = n.enumValue("audience", Audience.class, ch.defaultAudience());
          String tag = n.optionalText("locale");
          Locale l = CliSupport.locale(tag == null ? locale : tag);
          ComplianceReport report = checker.check(text, new ReplyContext(ch, au, l, profile));
          CliSupport.printJson(root.out(), report);
          blocked |= !report.publishable();
        } catch (InvalidInputException e) {
          CliSupport.reportBadInput(root.err(), e.line() > 0 ? e : e.atLine(number));
          bad = true;
        }
      }
    }
    return bad ? CliSupport.BAD_INPUT : blocked ? CliSupport.NOT_PUBLISHABLE : CliSupport.OK;
  }
}
