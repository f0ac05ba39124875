package io.github.crisispr.templates;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.templates.internal.SlotValues;
import java.util.List;
import java.util.Map;

/** The renderer behind {@link ReplyRenderer#builder()}. Immutable and thread-safe. */
final class DefaultReplyRenderer implements ReplyRenderer {
  private static final String NO_OFFICIAL_CONTACTS =
      "; the clinic profile has no official contacts to default to (ClinicProfile.officialContacts)";

  private final ComplianceChecker checker;
  private final TemplateCatalog catalog;

  DefaultReplyRenderer(ComplianceChecker checker, TemplateCatalog catalog) {
    this.checker = checker;
    this.catalog = catalog;
  }

  @Override
  public TemplateCatalog catalog() {
    return catalog;
  }

  @Override
  public Reply render(String templateId, Map<String, String> values, ReplyContext context) {
    Checks.notNull(templateId, "templateId");
    Checks.notNull(context, "context");
    return render(catalog.get(templateId, context.locale()), values, context);
  }

  @Override
  public Reply render(ReplyTemplate template, Map<String, String> values, ReplyContext context) {
    Checks.notNull(template, "template");
    Checks.notNull(values, "values");
    Checks.notNull(context, "context");
    Channel channel = context.channel();
    Audience audience = context.audience();
    if (!TemplateCatalog.sameLanguage(template.locale(), context.locale())) {
      throw wrongLanguage(template, context);
    }
    if (!template.supports(channel, audience)) {
      throw unsupported(template, channel, audience);
    }
    String[] texts = slotTexts(template, values, context.clinic());
    String text = template.compiled().render(texts, channel.markup());
    ComplianceReport report = checker.check(text, context);
    if (!report.findings().isEmpty() && !report.publishable()) {
      throw new NonCompliantReplyException(template.id(), text, report);
    }
    return new Reply(
        text, report, template.id(), template.version(), template.locale(), channel, audience);
  }

  private static InvalidInputException wrongLanguage(ReplyTemplate template, ReplyContext context) {
    return new InvalidInputException(
        "context.locale",
        "template "
            + template.id()
            + " is written in "
            + template.locale().toLanguageTag()
            + ", not "
            + context.locale().toLanguageTag());
  }

  private static InvalidInputException unsupported(
      ReplyTemplate template, Channel channel, Audience audience) {
    if (!template.declares(channel)) {
      return new InvalidInputException(
          "context.channel",
          "template "
              + template.id()
              + " is not for "
              + channel
              + "; it declares "
              + template.channels());
    }
    return new InvalidInputException(
        "context.audience",
        "template "
            + template.id()
            + " cannot be rendered for "
            + audience
            + " on "
            + channel
            + "; it declares "
            + template.audiences()
            + (channel.isPublic() ? " and a public channel takes only PUBLIC texts" : ""));
  }

  private static String[] slotTexts(
      ReplyTemplate template, Map<String, String> values, ClinicProfile clinic) {
    List<Slot> slots = template.slots();
    String[] texts = new String[slots.size()];
    int given = 0;
    for (int i = 0; i < texts.length; i++) {
      Slot slot = slots.get(i);
      String field = template.valueField(i);
      String value = values.get(slot.name());
      if (value == null) {
        value = SlotValues.defaultValue(slot, clinic);
        if (value == null) {
          if (slot.required()) {
            throw new InvalidInputException(
                field,
                "is required by template "
                    + template.id()
                    + (slot.kind() == SlotKind.CONTACT ? NO_OFFICIAL_CONTACTS : ""));
          }
          texts[i] = "";
          continue;
        }
      } else {
        given++;
      }
      texts[i] = SlotValues.prepare(slot, value, clinic, template.locale(), field);
    }
    if (given != values.size()) {
      rejectUnknown(template, values);
    }
    return texts;
  }

  private static void rejectUnknown(ReplyTemplate template, Map<String, String> values) {
    for (Map.Entry<String, String> e : values.entrySet()) {
      String key = e.getKey();
      if (key == null) {
        throw new InvalidInputException("values", "must not have a null slot name");
      }
      if (template.slots().stream().noneMatch(s -> s.name().equals(key))) {
        String shown = key.length() > 40 ? key.substring(0, 40) + "…" : key;
        throw new InvalidInputException(
            "values." + shown, "is not a slot of template " + template.id());
      }
    }
  }
}
