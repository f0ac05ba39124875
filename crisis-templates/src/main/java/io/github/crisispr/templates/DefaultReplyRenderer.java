package io.github.crisispr.templates;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Markup;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.templates.internal.CompiledBody;
import io.github.crisispr.templates.internal.SlotValues;
import java.util.List;
import java.util.Map;

/** The renderer behind {@link ReplyRenderer#builder()}. Immutable and thread-safe. */
final class DefaultReplyRenderer implements ReplyRenderer {
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
    String[] texts = slotTexts(template, values, context);
    String text = template.compiled().render(texts, channel.markup());
    ComplianceReport report = check(text, context);
    if (!report.publishable()) {
      throw new NonCompliantReplyException(template.id(), text, report);
    }
    return new Reply(
        text, report, template.id(), template.version(), template.locale(), channel, audience);
  }

  @Override
  public Reply vet(String draft, ReplyContext context) {
    Checks.notNull(draft, "draft");
    Checks.notNull(context, "context");
    if (draft.isBlank()) {
      throw new InvalidInputException("draft", "must not be blank");
    }
    Channel channel = context.channel();
    // The same path as a template: formatted for the channel, then checked as published.
    String text =
        channel.markup() == Markup.HTML ? CompiledBody.html(draft.replace("\r\n", "\n")) : draft;
    ComplianceReport report = check(text, context);
    if (!report.publishable()) {
      throw new NonCompliantReplyException(text, report);
    }
    return new Reply(text, report, null, 0, context.locale(), channel, context.audience());
  }

  /** The one checker path of every text this renderer returns. */
  private ComplianceReport check(String text, ReplyContext context) {
    return checker.check(text, context);
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
      ReplyTemplate template, Map<String, String> values, ReplyContext context) {
    ClinicProfile clinic = context.clinic();
    List<Slot> slots = template.slots();
    String[] texts = new String[slots.size()];
    int given = 0;
    for (int i = 0; i < texts.length; i++) {
      Slot slot = slots.get(i);
      String field = template.valueField(i);
      String value = values.get(slot.name());
      if (value == null) {
        value = SlotValues.defaultValue(slot, clinic, template.locale(), context.channel());
        if (value == null) {
          if (slot.required()) {
            throw missing(template, slot, field, context);
          }
          texts[i] = "";
          continue;
        }
      } else {
        given++;
      }
      texts[i] = SlotValues.prepare(slot, value, clinic, template.locale(), field);
      if (slot.kind() == SlotKind.TEXT && slot.allowedValues().isEmpty()) {
        checkBanned(template, texts[i], field);
      }
    }
    if (given != values.size()) {
      rejectUnknown(template, values);
    }
    return texts;
  }

  private static InvalidInputException missing(
      ReplyTemplate template, Slot slot, String field, ReplyContext context) {
    if (slot.kind() == SlotKind.CONTACT) {
      return new InvalidInputException(
          field,
          "is required by template "
              + template.id()
              + ", and clinic "
              + context.clinic().id()
              + " has no official contacts to publish on "
              + context.channel()
              + ": its ClinicProfile lists no phone, LINE id, e-mail or URL. Add one with"
              + " ClinicProfile.builder(...).officialContacts(new OfficialContacts(phones, lineIds,"
              + " emails, urls)) (JSON \"officialContacts\"), or pass one of them as "
              + field);
    }
    return new InvalidInputException(field, "is required by template " + template.id());
  }

  /** A free-text value must not express a concept the template's constraints ban. */
  private static void checkBanned(ReplyTemplate template, String text, String field) {
    for (BannedConcept c : template.bannedConcepts()) {
      if (c.matches(text)) {
        throw new InvalidInputException(
            field,
            "expresses "
                + c.id()
                + ", which template "
                + template.id()
                + " bans from its values ("
                + c.constraint()
                + ")");
      }
    }
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
