package io.github.crisispr.core.incident;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.core.kpi.Preparedness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Fuzzes every public JSON reader of crisis-core with malformed and hostile documents derived from
 * valid ones: truncations, stray and trailing bytes, deep nesting, huge and fractional numbers,
 * wrong types, duplicate keys, invalid instants and dates, and personal data in every free-text
 * field. Each reader must either accept the document or throw {@link InvalidInputException} that
 * names a field path in its message and quotes none of the personal data. Anything else (another
 * exception, an error) falsifies the property.
 */
class ReadersFuzzTest {
  /** Personal data planted in free-text fields; no message may quote any of it. */
  private static final String PII = "王小明0912345678病歷";

  private static final Set<String> FREE_TEXT =
      Set.of(
          "text",
          "authorHandle",
          "name",
          "aliases",
          "doctorNames",
          "watchTerms",
          "note",
          "reason",
          "description",
          "summary",
          "lessons",
          "assignee",
          "actor");

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private record Reader(String name, String seed, Function<String, ?> read) {}

  private static List<Reader> readers() {
    List<Reader> r = new ArrayList<>();
    for (IncidentEvent e : Fixtures.oneOfEach()) {
      r.add(
          new Reader(
              "event " + e.type(),
              CrisisJson.write(e),
              s -> CrisisJson.read(s, IncidentEvent.class)));
    }
    r.add(
        new Reader(
            "event line",
            CrisisJson.write(Fixtures.oneOfEach().get(2)),
            s -> CrisisJson.readEvent(s)));
    Mention m = Fixtures.mention("m-1");
    r.add(new Reader("mention", CrisisJson.write(m), s -> CrisisJson.read(s, Mention.class)));
    ClinicProfile c =
        ClinicProfile.builder("clinic-1", "晴光診所")
            .aliases(List.of("晴光"))
            .doctorNames(List.of("林醫師"))
            .watchTerms(List.of("晴光"))
            .build();
    r.add(new Reader("clinic", CrisisJson.write(c), s -> CrisisJson.read(s, ClinicProfile.class)));
    r.add(
        new Reader("deadline policy", DeadlinePolicy.builtIn().toJson(), DeadlinePolicy::fromJson));
    r.add(
        new Reader(
            "preparedness",
            new Preparedness(
                    2, 8, 10, LocalDate.parse("2026-01-05"), LocalDate.parse("2025-12-01"), 4)
                .toJson(),
            Preparedness::fromJson));
    return r;
  }

  /** A hostile value of another kind than the field expects. */
  private static JsonNode hostile(int k, boolean freeText) {
    return switch (k % 16) {
      case 0 -> F.textNode(freeText ? PII : "");
      case 1 -> F.numberNode(new java.math.BigInteger("9".repeat(40)));
      case 2 -> F.numberNode(-1);
      case 3 -> F.numberNode(1.5e308);
      case 4 -> F.numberNode(-0.5);
      case 5 -> F.booleanNode(true);
      case 6 -> F.nullNode();
      case 7 -> F.arrayNode().add(freeText ? PII : "x").add(3);
      case 8 -> F.objectNode().put("text", PII);
      case 9 -> F.textNode("+999999999-12-31T23:59:59Z");
      case 10 -> F.textNode("2026-03-01T09:00:00+19:00");
      case 11 -> F.textNode("-999999999-01-01");
      case 12 -> F.textNode(freeText ? PII + "\uD800" : "\u200B");
      case 13 -> F.textNode(freeText ? PII.repeat(3000) : "9".repeat(400));
      case 14 -> F.numberNode(Long.MIN_VALUE);
      default -> F.textNode(freeText ? " " + PII + " " : "GOOGLE_REVIEW\u0000");
    };
  }

  private static List<String> paths(JsonNode n, String prefix, List<String> out) {
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        String p = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
        out.add(p);
        paths(e.getValue(), p, out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        paths(n.get(i), prefix + "[" + i + "]", out);
      }
    }
    return out;
  }

  /** Replaces (or removes) the value at a path of dotted names and [i] indexes. */
  private static void replace(
      JsonNode root, String path, @org.jspecify.annotations.Nullable JsonNode v) {
    String[] parts = path.split("\\.", -1);
    JsonNode cur = root;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      boolean last = i == parts.length - 1 && bracket < 0;
      if (last) {
        if (v == null) {
          ((ObjectNode) cur).remove(name);
        } else {
          ((ObjectNode) cur).set(name, v);
        }
        return;
      }
      cur = cur.get(name);
      while (bracket >= 0) {
        int close = part.indexOf(']', bracket);
        int idx = Integer.parseInt(part.substring(bracket + 1, close));
        if (i == parts.length - 1 && part.indexOf('[', close) < 0) {
          ArrayNode a = (ArrayNode) cur;
          if (v == null) {
            a.remove(idx);
          } else {
            a.set(idx, v);
          }
          return;
        }
        cur = cur.get(idx);
        bracket = part.indexOf('[', close);
      }
    }
  }

  private static String leaf(String path) {
    String p = path.substring(path.lastIndexOf('.') + 1);
    int b = p.indexOf('[');
    return b < 0 ? p : p.substring(0, b);
  }

  /** One hostile document derived from a seed by a mutation chosen by the numbers. */
  private static String mutate(String seed, List<Integer> k) {
    int kind = k.get(0) % 9;
    int a = k.get(1);
    int b = k.get(2);
    return switch (kind) {
      case 0 -> seed.substring(0, a % (seed.length() + 1));
      case 1 -> {
        int at = a % (seed.length() + 1);
        String[] junk = {"}", "{", ",", "\"", "]", "x", "\\", "\u0000", "{\"a\":1}", "\uFEFF"};
        yield seed.substring(0, at) + junk[b % junk.length] + seed.substring(at);
      }
      case 2 -> {
        String[] trailing = {" {}", "{\"text\":\"" + PII + "\"}", " x", ",", " null", "]"};
        yield seed + trailing[b % trailing.length];
      }
      case 3 -> "[".repeat(2000 + a % 3000) + "]".repeat(a % 2 == 0 ? 2000 : 0);
      case 4 -> {
        // a duplicate key
        int brace = seed.indexOf('{');
        yield "{\"" + leaf(firstField(seed)) + "\":\"" + PII + "\"," + seed.substring(brace + 1);
      }
      default -> {
        JsonNode root;
        try {
          root = CrisisJson.mapper().readTree(seed);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
        List<String> ps = paths(root, "", new ArrayList<>());
        if (ps.isEmpty()) {
          yield seed;
        }
        String p = ps.get(a % ps.size());
        boolean free = FREE_TEXT.contains(leaf(p));
        replace(root, p, kind == 5 ? null : hostile(b, free));
        if (kind == 8) {
          List<String> again = paths(root, "", new ArrayList<>());
          if (!again.isEmpty()) {
            String q = again.get(b % again.size());
            replace(root, q, hostile(a, FREE_TEXT.contains(leaf(q))));
          }
        }
        yield root.toString();
      }
    };
  }

  private static String firstField(String seed) {
    int q = seed.indexOf('"');
    return seed.substring(q + 1, seed.indexOf('"', q + 1));
  }

  private static void check(Reader r, String doc) {
    try {
      java.util.Objects.requireNonNull(r.read().apply(doc));
    } catch (InvalidInputException e) {
      String msg = String.valueOf(e.getMessage());
      if (e.field().isEmpty() || !msg.contains("field '" + e.field() + "'")) {
        throw new AssertionError(r.name() + ": no field path in: " + msg);
      }
      for (String piece : new String[] {"王小", "小明", "09123", "45678", "病歷"}) {
        if (msg.contains(piece)) {
          throw new AssertionError(r.name() + ": personal data in: " + msg);
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(r.name() + ": undocumented " + e + " for " + abbreviate(doc), e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  @Test
  void everyReaderAcceptsOrNamesTheFieldAndQuotesNoPersonalData() {
    List<Reader> readers = readers();
    Gen<List<Integer>> numbers = lists().of(integers().allPositive()).ofSize(4);
    qt().withExamples(1500)
        .withShrinkCycles(50)
        .forAll(numbers)
        .checkAssert(
            k -> {
              Reader r = readers.get(k.get(3) % readers.size());
              check(r, mutate(r.seed(), k));
            });
  }

  @Test
  void theSeedsAreValidAndEachMutationKindIsExercised() {
    for (Reader r : readers()) {
      java.util.Objects.requireNonNull(r.read().apply(r.seed()));
      for (int kind = 0; kind < 9; kind++) {
        for (int a = 0; a < 12; a++) {
          check(r, mutate(r.seed(), List.of(kind, a * 7 + 1, a * 13 + kind, 0)));
        }
      }
    }
  }
}
