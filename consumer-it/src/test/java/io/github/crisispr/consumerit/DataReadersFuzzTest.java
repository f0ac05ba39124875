package io.github.crisispr.consumerit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.SopCatalog;
import io.github.crisispr.core.kpi.ScorecardModel;
import io.github.crisispr.rules.RulePack;
import io.github.crisispr.templates.TemplateCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Fuzzes the readers of the data files a vendor writes — rule packs, template catalogs, scorecard
 * models and SOP catalogs — with hostile documents derived from valid ones: truncations, stray and
 * trailing bytes, deep nesting, duplicate keys, removed members and values of the wrong kind (huge,
 * negative and fractional numbers, nulls, unpaired surrogates, zero-width characters, NUL, personal
 * data). Each reader must accept the document or throw {@link InvalidInputException} that names a
 * field and quotes none of the personal data; any other exception or error falsifies the property.
 * (crisis-core's own contract readers have the same property in its ReadersFuzzTest.)
 */
class DataReadersFuzzTest {
  private static final String PII = "王小明0912345678病歷";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Reader(String name, String seed, Function<String, ?> read) {}

  static final String PACK =
      "{\"format\":\"crisis-rule-pack/2\",\"version\":\"fuzz-1\","
          + "\"concepts\":[{\"id\":\"GIFT\",\"kind\":\"PROMOTION\","
          + "\"phrases\":{\"zh-TW\":[\"免費\",\"贈送\"],\"en\":[\"free gift\"]}},"
          + "{\"id\":\"ANY_GIFT\",\"kind\":\"PROMOTION\",\"includes\":[\"GIFT\"]}],"
          + "\"rules\":[{\"id\":\"promo\",\"match\":\"ANY_OF\",\"concepts\":[\"ANY_GIFT\"],"
          + "\"ruleId\":\"AD_PROMOTION\",\"category\":\"ADVERTISING\","
          + "\"levels\":{\"PUBLIC\":\"BLOCK\"}}]}";

  private static String resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static List<Reader> readers() {
    TemplateCatalog builtIn = TemplateCatalog.builtIn();
    String catalog =
        TemplateCatalog.of(
                List.of(
                    builtIn.get("review-reply.booking", Locale.forLanguageTag("zh-TW")),
                    builtIn.get("review-reply.booking", Locale.ENGLISH)))
            .toJson();
    return List.of(
        new Reader("rule pack", PACK, RulePack::fromJson),
        new Reader("template catalog", catalog, s -> TemplateCatalog.load(utf8(s))),
        new Reader(
            "scorecard model",
            resource(ScorecardModel.class, "scorecard-builtin.json"),
            ScorecardModel::fromJson),
        new Reader(
            "SOP catalog", resource(SopCatalog.class, "sop-builtin.json"), SopCatalog::fromJson));
  }

  private static JsonNode hostile(int k) {
    return switch (k % 14) {
      case 0 -> F.textNode(PII);
      case 1 -> F.numberNode(new java.math.BigInteger("9".repeat(40)));
      case 2 -> F.numberNode(-1);
      case 3 -> F.numberNode(1.5e308);
      case 4 -> F.numberNode(0.5);
      case 5 -> F.booleanNode(true);
      case 6 -> F.nullNode();
      case 7 -> F.arrayNode().add(PII).add(3);
      case 8 -> F.objectNode().put("text", PII);
      case 9 -> F.textNode(PII + "\uD800");
      case 10 -> F.textNode("\u200B");
      case 11 -> F.textNode(PII.repeat(3000));
      case 12 -> F.textNode("");
      default -> F.textNode("BLOCK\u0000");
    };
  }

  private static List<String> paths(JsonNode n, String prefix, List<String> out) {
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        String p = prefix + "/" + e.getKey();
        out.add(p);
        paths(e.getValue(), p, out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        String p = prefix + "/" + i;
        out.add(p);
        paths(n.get(i), p, out);
      }
    }
    return out;
  }

  /** Replaces (or, with null, removes) the member at a JSON-pointer-like path. */
  private static void replace(JsonNode root, String path, @Nullable JsonNode v) {
    int cut = path.lastIndexOf('/');
    JsonNode parent = cut == 0 ? root : root.at(path.substring(0, cut));
    String last = path.substring(cut + 1);
    if (parent instanceof ObjectNode o) {
      if (v == null) {
        o.remove(last);
      } else {
        o.set(last, v);
      }
    } else if (parent instanceof ArrayNode a) {
      int i = Integer.parseInt(last);
      if (v == null) {
        a.remove(i);
      } else {
        a.set(i, v);
      }
    }
  }

  static String mutate(String seed, List<Integer> k) {
    int a = k.get(1);
    int b = k.get(2);
    return switch (k.get(0) % 8) {
      case 0 -> seed.substring(0, a % (seed.length() + 1));
      case 1 -> {
        int at = a % (seed.length() + 1);
        String[] junk = {"}", "{", ",", "\"", "]", "x", "\\", "\u0000", "{\"a\":1}", "\uFEFF"};
        yield seed.substring(0, at) + junk[b % junk.length] + seed.substring(at);
      }
      case 2 -> seed + new String[] {" {}", " x", ",", " null", "]"}[b % 5];
      case 3 -> "[".repeat(2000 + a % 3000) + "]".repeat(a % 2 == 0 ? 2000 : 0);
      case 4 -> "{\"format\":\"" + PII + "\"," + seed.substring(seed.indexOf('{') + 1);
      default -> {
        JsonNode root;
        try {
          root = JSON.readTree(seed);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        List<String> ps = paths(root, "", new ArrayList<>());
        String p = ps.get(a % ps.size());
        replace(root, p, k.get(0) % 8 == 5 ? null : hostile(b));
        yield root.toString();
      }
    };
  }

  private static void check(Reader r, String doc) {
    try {
      Objects.requireNonNull(r.read().apply(doc));
    } catch (InvalidInputException e) {
      String msg = String.valueOf(e.getMessage());
      if (e.field().isEmpty()) {
        throw new AssertionError(r.name() + ": no field in: " + msg, e);
      }
      for (String piece : new String[] {"王小", "小明", "09123", "45678", "病歷"}) {
        if (msg.contains(piece)) {
          throw new AssertionError(r.name() + ": personal data in: " + msg, e);
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      String shown = doc.length() > 300 ? doc.substring(0, 300) + "…" : doc;
      throw new AssertionError(r.name() + ": undocumented " + e + " for " + shown, e);
    }
  }

  @Test
  void everyDataReaderAcceptsOrNamesTheFieldAndQuotesNoPersonalData() {
    List<Reader> readers = readers();
    Gen<List<Integer>> numbers = lists().of(integers().allPositive()).ofSize(4);
    qt().withExamples(600)
        .withShrinkCycles(50)
        .forAll(numbers)
        .checkAssert(
            k -> {
              Reader r = readers.get(k.get(3) % readers.size());
              check(r, mutate(r.seed(), k));
            });
  }

  @Test
  void theSeedsAreValidAndEveryMutationKindIsExercised() {
    for (Reader r : readers()) {
      Objects.requireNonNull(r.read().apply(r.seed()));
      for (int kind = 0; kind < 8; kind++) {
        for (int a = 0; a < 10; a++) {
          check(r, mutate(r.seed(), List.of(kind, a * 7 + 1, a * 13 + kind, 0)));
        }
      }
    }
  }
}
