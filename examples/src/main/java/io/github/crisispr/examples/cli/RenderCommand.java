package io.github.crisispr.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.templates.NonCompliantReplyException;
import io.github.crisispr.templates.Reply;
import io.github.crisispr.templates.ReplyRenderer;
import io.github.crisispr.templates.ReplyTemplate;
import io.github.crisispr.templates.TemplateCatalog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crisis render --template ID --locale L --channel C [--audience A] [--values F] [--clinic
 * F]}: renders a built-in template with the slot values of a JSON object (stdin or {@code
 * --values}), checked by the built-in rules; prints {@code {"text","report"}}. Exit 1 when the text
 * is not publishable, 2 for bad input.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render a built-in reply template, vetted by the built-in compliance rules.")
final class RenderCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private CrisisCli root;

  @Option(
      names = "--template",
      required = true,
      description = "Template id (see `crisis templates`).")
  @SuppressWarnings("NullAway.Init")
  private String template;

  @Option(names = "--locale", required = true, description = "zh-TW or en.")
  @SuppressWarnings("NullAway.Init")
  private String locale;

  @Option(names = "--channel", required = true, description = "Channel id, e.g. GOOGLE_REVIEW.")
  @SuppressWarnings("NullAway.Init")
  private String channel;

  @Option(
      names = "--audience",
      description =
          "Audience id; default: the channel's default audience if the template takes it, "
              + "otherwise the template's first audience for the channel.")
  private @Nullable String audience;

  @Option(names = "--values", description = "Slot values JSON file (default: standard input).")
  private @Nullable Path values;

  @Option(names = "--clinic", description = "Clinic profile JSON file (default: the demo clinic).")
  private @Nullable Path clinic;

  @Override
  public Integer call() {
    Locale l = CliSupport.locale(locale);
    Channel c = Channel.fromId(channel);
    ClinicProfile profile = CliSupport.clinic(clinic);
    ReplyTemplate t = TemplateCatalog.builtIn().get(template, l);
    Audience a = audience == null ? defaultAudience(t, c) : Audience.fromId(audience);
    String json =
        values == null ? CliSupport.readAll(root.in()) : CliSupport.readFile(values, "--values");
    Map<String, String> slotValues = slotValues(json);
    ReplyRenderer renderer = ReplyRenderer.builder().checker(Checkers.ofDefaults()).build();
    try {
      Reply r = renderer.render(t, slotValues, new ReplyContext(c, a, l, profile));
      print(r.text(), r.report());
      return CliSupport.OK;
    } catch (NonCompliantReplyException e) {
      print(e.draft(), e.report());
      return CliSupport.NOT_PUBLISHABLE;
    }
  }

  private void print(String text, ComplianceReport report) {
    ObjectNode o = CrisisJson.mapper().createObjectNode();
    o.put("text", text);
    o.set("report", CrisisJson.mapper().valueToTree(report));
    CliSupport.printJson(root.out(), o);
  }

  private static Audience defaultAudience(ReplyTemplate t, Channel c) {
    if (t.supports(c, c.defaultAudience())) {
      return c.defaultAudience();
    }
    for (Audience a : t.audiences()) {
      if (t.supports(c, a)) {
        return a;
      }
    }
    throw new InvalidInputException(
        "--channel", "template " + t.id() + " is not for " + c + "; it declares " + t.channels());
  }

  /**
   * Reads the slot values: a JSON object of strings (numbers and booleans are taken as text).
   *
   * @param json the document; blank means no values
   * @return the values by slot name
   */
  static Map<String, String> slotValues(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    if (json.isBlank()) {
      return out;
    }
    JsonNode root = CliSupport.readJson(json, JsonNode.class);
    if (!root.isObject()) {
      throw new InvalidInputException("$", "slot values must be a JSON object");
    }
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      if (!v.isValueNode()) {
        throw new InvalidInputException(e.getKey(), "must be a string");
      }
      out.put(e.getKey(), v.asText());
    }
    return out;
  }
}
