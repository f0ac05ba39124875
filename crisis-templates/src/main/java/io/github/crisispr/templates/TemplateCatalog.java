package io.github.crisispr.templates;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.Labels;
import io.github.crisispr.templates.internal.CatalogJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A validated set of reply templates, at most one per id and language, with both a zh-TW and an en
 * version of every id (T-LANG-1). Both versions of an id share the purpose, slots (name, kind,
 * required, number of allowed values), channels, audiences and crisis types.
 *
 * <p>{@link #builtIn()} is the catalog shipped with the library: every {@link Purpose} in zh-TW and
 * en, several variants where the tone matters. Vendors load their own JSON ({@link
 * #load(InputStream)}) or overlay it on another catalog ({@link #overlay(InputStream)}), replacing
 * templates by id and language or adding new ones. The JSON format is described by a JSON Schema
 * ({@link #jsonSchema()}).
 *
 * <p>Immutable and thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class TemplateCatalog {
  /** The language tag of the Traditional Chinese (Taiwan) version every template needs. */
  public static final String ZH_TW = "zh-TW";

  /** The language tag of the English version every template needs. */
  public static final String EN = "en";

  private static final String SCHEMA_RESOURCE = "template-catalog.schema.json";

  private static final String BUILT_IN_RESOURCE = "builtin-catalog.json";

  private final List<ReplyTemplate> templates;

  private TemplateCatalog(List<ReplyTemplate> sorted) {
    this.templates = List.copyOf(sorted);
  }

  /**
   * The built-in catalog: our own wording for every purpose in zh-TW and en, vetted against the
   * built-in rule pack. A clinic's counsel should still review it before production use.
   *
   * @return the shared built-in catalog
   */
  public static TemplateCatalog builtIn() {
    return BuiltIn.CATALOG;
  }

  private static final class BuiltIn {
    static final TemplateCatalog CATALOG = loadBuiltIn();

    private static TemplateCatalog loadBuiltIn() {
      try (InputStream in = TemplateCatalog.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
        }
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, e);
      }
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of the catalog format. Loading checks more than the schema can
   * express: placeholders name slots, slots are used, ids pair up in zh-TW and en, lengths fit.
   *
   * @return the schema document
   */
  public static String jsonSchema() {
    try (InputStream in = TemplateCatalog.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /**
   * Reads and validates a catalog from JSON.
   *
   * @param in the UTF-8 JSON document; read to its end and closed
   * @return the catalog
   * @throws InvalidInputException naming the JSON path of the first fault, for example {@code
   *     templates[3].body} for a placeholder without a slot, {@code templates[2].locale} for an id
   *     without its en version, {@code templates[5].channels[1]} for an unknown channel
   */
  public static TemplateCatalog load(InputStream in) {
    Checks.notNull(in, "in");
    List<ReplyTemplate> read = CatalogJson.read(in);
    return build(new LinkedHashMap<>(), read, byPosition(read)::get);
  }

  /**
   * A validated catalog of the given templates.
   *
   * @param templates the templates
   * @return the catalog
   * @throws InvalidInputException naming the first fault, with paths such as {@code
   *     templates[2].locale} by position in the collection
   */
  public static TemplateCatalog of(Collection<ReplyTemplate> templates) {
    List<ReplyTemplate> list = Checks.list(templates, "templates");
    return build(new LinkedHashMap<>(), list, byPosition(list)::get);
  }

  /**
   * This catalog with the templates of a JSON document laid over it: a template with the id and
   * language of one here replaces it, any other is added. The result is validated as a whole.
   *
   * @param in the UTF-8 JSON document; read to its end and closed
   * @return a new catalog; this one is unchanged
   * @throws InvalidInputException naming the JSON path of the first fault in the document, or the
   *     template of this catalog that no longer pairs up
   */
  public TemplateCatalog overlay(InputStream in) {
    Checks.notNull(in, "in");
    List<ReplyTemplate> read = CatalogJson.read(in);
    return overlay(read, byPosition(read));
  }

  /**
   * This catalog with another laid over it: a template of {@code other} replaces the one here with
   * the same id and language, any other is added.
   *
   * @param other the catalog to lay over this one
   * @return a new catalog; this one is unchanged
   * @throws InvalidInputException if an id no longer pairs up in the result
   */
  public TemplateCatalog overlay(TemplateCatalog other) {
    Checks.notNull(other, "other");
    IdentityHashMap<ReplyTemplate, String> paths = new IdentityHashMap<>();
    for (ReplyTemplate t : other.templates) {
      paths.put(t, describe(t));
    }
    return overlay(other.templates, paths);
  }

  private TemplateCatalog overlay(
      List<ReplyTemplate> added, IdentityHashMap<ReplyTemplate, String> paths) {
    Map<String, ReplyTemplate> base = new LinkedHashMap<>();
    for (ReplyTemplate t : templates) {
      base.put(key(t), t);
    }
    return build(base, added, t -> paths.getOrDefault(t, describe(t)));
  }

  /** The path of each template by its position: {@code templates[i]}. */
  private static IdentityHashMap<ReplyTemplate, String> byPosition(List<ReplyTemplate> templates) {
    IdentityHashMap<ReplyTemplate, String> paths = new IdentityHashMap<>();
    for (int i = 0; i < templates.size(); i++) {
      paths.put(templates.get(i), "templates[" + i + "]");
    }
    return paths;
  }

  private static String describe(ReplyTemplate t) {
    return "template " + t.id() + " (" + t.locale().toLanguageTag() + ")";
  }

  private static String key(ReplyTemplate t) {
    return t.id() + '\u0000' + t.locale().toLanguageTag();
  }

  private static TemplateCatalog build(
      Map<String, ReplyTemplate> base,
      List<ReplyTemplate> added,
      Function<ReplyTemplate, String> pathOf) {
    Map<String, ReplyTemplate> seen = new LinkedHashMap<>();
    for (ReplyTemplate t : added) {
      ReplyTemplate earlier = seen.put(key(t), t);
      if (earlier != null) {
        throw new InvalidInputException(
            pathOf.apply(t) + ".id",
            "duplicate: "
                + t.id()
                + " in "
                + t.locale().toLanguageTag()
                + " is already defined at "
                + pathOf.apply(earlier));
      }
    }
    Map<String, ReplyTemplate> merged = new TreeMap<>(base);
    merged.putAll(seen);
    List<ReplyTemplate> all = new ArrayList<>(merged.values());
    checkPairs(all, pathOf);
    return new TemplateCatalog(all);
  }

  private static void checkPairs(
      List<ReplyTemplate> sorted, Function<ReplyTemplate, String> pathOf) {
    Map<String, List<ReplyTemplate>> byId = new LinkedHashMap<>();
    for (ReplyTemplate t : sorted) {
      byId.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(t);
    }
    for (List<ReplyTemplate> versions : byId.values()) {
      ReplyTemplate zh = null;
      boolean en = false;
      for (ReplyTemplate t : versions) {
        String tag = t.locale().toLanguageTag();
        if (tag.equals(ZH_TW)) {
          zh = t;
        } else if (tag.equals(EN)) {
          en = true;
        }
      }
      ReplyTemplate first = versions.get(0);
      if (zh == null || !en) {
        throw new InvalidInputException(
            pathOf.apply(first) + ".locale",
            "template "
                + first.id()
                + " has no "
                + (zh == null ? ZH_TW : EN)
                + " version: every template needs both zh-TW and en (T-LANG-1)");
      }
      for (ReplyTemplate t : versions) {
        checkSameShape(zh, t, pathOf.apply(t));
      }
    }
  }

  private static void checkSameShape(ReplyTemplate ref, ReplyTemplate t, String path) {
    String against = " differs from the zh-TW version of " + ref.id();
    if (t.purpose() != ref.purpose()) {
      throw new InvalidInputException(path + ".purpose", against);
    }
    if (!t.channels().equals(ref.channels())) {
      throw new InvalidInputException(path + ".channels", against);
    }
    if (!t.audiences().equals(ref.audiences())) {
      throw new InvalidInputException(path + ".audiences", against);
    }
    if (!t.crisisTypes().equals(ref.crisisTypes())) {
      throw new InvalidInputException(path + ".crisisTypes", against);
    }
    if (t.slots().size() != ref.slots().size()) {
      throw new InvalidInputException(path + ".slots", against + " (number of slots)");
    }
    for (int i = 0; i < t.slots().size(); i++) {
      Slot a = t.slots().get(i);
      Slot b = ref.slots().get(i);
      if (!a.name().equals(b.name())
          || a.kind() != b.kind()
          || a.required() != b.required()
          || a.allowedValues().size() != b.allowedValues().size()) {
        throw new InvalidInputException(
            path + ".slots[" + i + "]", against + " (name, kind, required or allowed values)");
      }
    }
  }

  /**
   * Whether two locales are the same language for templates: any two Chinese locales match; other
   * locales match when their languages are equal.
   *
   * @param a a locale
   * @param b another locale
   * @return true if they match
   */
  static boolean sameLanguage(Locale a, Locale b) {
    boolean za = Labels.isChinese(a);
    boolean zb = Labels.isChinese(b);
    return (za || zb) ? (za && zb) : a.getLanguage().equals(b.getLanguage());
  }

  /**
   * Every template, ordered by id, then language tag.
   *
   * @return an immutable list
   */
  public List<ReplyTemplate> templates() {
    return templates;
  }

  /**
   * The template of an id for a locale: the exact language tag if present, otherwise the same
   * language ({@link TemplateQuery#locale()} explains the matching).
   *
   * @param id the template id
   * @param locale the locale
   * @return the template, or empty
   */
  public Optional<ReplyTemplate> find(String id, Locale locale) {
    Checks.notNull(id, "id");
    Checks.notNull(locale, "locale");
    ReplyTemplate sameLanguage = null;
    for (ReplyTemplate t : templates) {
      if (t.id().equals(id)) {
        if (t.locale().equals(locale)) {
          return Optional.of(t);
        }
        if (sameLanguage == null && sameLanguage(t.locale(), locale)) {
          sameLanguage = t;
        }
      }
    }
    return Optional.ofNullable(sameLanguage);
  }

  /**
   * The template of an id for a locale, which must exist.
   *
   * @param id the template id
   * @param locale the locale
   * @return the template
   * @throws InvalidInputException with field {@code templateId} if there is none
   */
  public ReplyTemplate get(String id, Locale locale) {
    return find(id, locale)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "templateId",
                    "no template "
                        + (id.length() > 100 ? id.substring(0, 100) + "…" : id)
                        + " in "
                        + locale.toLanguageTag()));
  }

  /**
   * The templates that match a query, ordered by id, then language tag.
   *
   * @param query the query
   * @return an immutable list, possibly empty
   */
  public List<ReplyTemplate> select(TemplateQuery query) {
    Checks.notNull(query, "query");
    return templates.stream().filter(query::matches).toList();
  }

  /**
   * Writes the catalog in its JSON format, pretty-printed; reading it back gives an equal catalog.
   *
   * @param out the target; flushed, not closed
   */
  public void writeJson(OutputStream out) {
    CatalogJson.write(templates, Checks.notNull(out, "out"));
  }

  /**
   * The catalog in its JSON format.
   *
   * @return the JSON text
   */
  public String toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeJson(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof TemplateCatalog that && templates.equals(that.templates);
  }

  @Override
  public int hashCode() {
    return templates.hashCode();
  }

  @Override
  public String toString() {
    return "TemplateCatalog[templates=" + templates.size() + "]";
  }
}
