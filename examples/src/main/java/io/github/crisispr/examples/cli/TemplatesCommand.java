package io.github.crisispr.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.Labelled;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.templates.BannedConcept;
import io.github.crisispr.templates.ReplyTemplate;
import io.github.crisispr.templates.Slot;
import io.github.crisispr.templates.TemplateCatalog;
import io.github.crisispr.templates.TemplateQuery;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code crisis templates [--locale L]}: the built-in template catalog as a JSON array. */
@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = "List the built-in reply templates as a JSON array.")
final class TemplatesCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private CrisisCli root;

  @Option(names = "--locale", description = "Only templates in this language: zh-TW or en.")
  private @Nullable String locale;

  @Override
  public Integer call() {
    TemplateQuery q = TemplateQuery.any();
    if (locale != null) {
      q = q.locale(CliSupport.locale(locale));
    }
    ArrayNode out = CrisisJson.mapper().createArrayNode();
    for (ReplyTemplate t : TemplateCatalog.builtIn().select(q)) {
      out.add(describe(t));
    }
    CliSupport.printJson(root.out(), out);
    return CliSupport.OK;
  }

  /**
   * One template as the contract's JSON object.
   *
   * @param t the template
   * @return {@code {"id","purpose","locale","channels","audiences","slots":[…],
   *     "bannedConcepts":[{"id","constraint","phrases"}]}}
   */
  static ObjectNode describe(ReplyTemplate t) {
    ObjectNode o = CrisisJson.mapper().createObjectNode();
    o.put("id", t.id());
    o.put("purpose", t.purpose().id());
    o.put("locale", t.locale().toLanguageTag());
    ids(o.putArray("channels"), t.channels());
    ids(o.putArray("audiences"), t.audiences());
    ArrayNode slots = o.putArray("slots");
    for (Slot s : t.slots()) {
      ObjectNode so = slots.addObject();
      so.put("name", s.name());
      so.put("kind", s.kind().name());
      so.put("required", s.required());
      so.put("maxLength", s.maxLength());
      ArrayNode allowed = so.putArray("allowedValues");
      s.allowedValues().forEach(allowed::add);
    }
    ArrayNode banned = o.putArray("bannedConcepts");
    for (BannedConcept c : t.bannedConcepts()) {
      ObjectNode co = banned.addObject();
      co.put("id", c.id());
      co.put("constraint", c.constraint());
      ArrayNode phrases = co.putArray("phrases");
      c.phrases().forEach(phrases::add);
    }
    return o;
  }

  private static void ids(ArrayNode a, List<? extends Labelled> values) {
    values.forEach(v -> a.add(v.id()));
  }
}
