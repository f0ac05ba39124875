package io.github.crisispr.benchmarks;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import io.github.crisispr.templates.Purpose;
import io.github.crisispr.templates.Reply;
import io.github.crisispr.templates.ReplyRenderer;
import io.github.crisispr.templates.ReplyTemplate;
import io.github.crisispr.templates.Slot;
import io.github.crisispr.templates.SlotKind;
import io.github.crisispr.templates.TemplateCatalog;
import io.github.crisispr.templates.Vetting;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Template rendering: a reply of about 300 characters with 6 slots, pre-compiled, rendered for a
 * plain-text channel. Ours validates every value (length, characters, markup, the clinic name and
 * the official contact) and returns a {@link Reply}; the peers only substitute. {@code
 * renderCheckedOurs} adds the compliance check of the built-in rules and is reported on its own
 * (not part of a pair): the check, not the substitution, dominates a vetted render.
 */
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 2,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class RenderBenchmark {
  private static final String[] LITERALS = {
    "Thank you for writing to ",
    ". We are sorry it fell short. Your comments about ",
    " have gone to the team, who will review ",
    ". We do not discuss details in public; please use ",
    " or ",
    " to follow up."
  };
  private static final ClinicProfile CLINIC =
      ClinicProfile.builder("clinic-sunny", "Sunny Light Clinic")
          .officialContacts(
              new OfficialContacts(
                  List.of("02-2771-0000"),
                  List.of("@sunnyclinic"),
                  List.of("service@sunny-clinic.example"),
                  List.of("https://sunny-clinic.example")))
          .build();

  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Object> pebbleValues = new HashMap<>();
  private final Map<String, String> peerValues = new HashMap<>();
  private final ReplyContext context =
      new ReplyContext(Channel.FACEBOOK, Audience.PUBLIC, Locale.ENGLISH, CLINIC);
  private ReplyTemplate template;
  private ReplyRenderer renderer;
  private ReplyRenderer checkedRenderer;
  private Mustache mustache;
  private PebbleTemplate pebble;
  // fields read by the floor, as a host would hold its values
  private String v0;
  private String v1;
  private String v2;
  private String v3;
  private String v4;
  private String v5;

  /** Builds the four renderers and checks that they produce the same string. */
  @Setup
  public void setUp() {
    values.put("clinicName", "Sunny Light Clinic");
    values.put("topic", "waiting times");
    values.put("process", "the evening queue process");
    values.put("contact", "02-2771-0000");
    values.put("lineId", "@sunnyclinic");
    values.put("team", "our patient relations team");
    // The peers substitute the texts our renderer writes: a contact is written after the label of
    // its kind ("phone ...", "our LINE official account ...").
    peerValues.putAll(values);
    peerValues.put("contact", "phone " + values.get("contact"));
    peerValues.put("lineId", "our LINE official account " + values.get("lineId"));
    pebbleValues.putAll(peerValues);
    v0 = values.get("clinicName");
    v1 = values.get("topic");
    v2 = values.get("process");
    v3 = values.get("team");
    v4 = peerValues.get("contact");
    v5 = peerValues.get("lineId");

    String body =
        LITERALS[0]
            + "{clinicName}"
            + LITERALS[1]
            + "{topic}"
            + LITERALS[2]
            + "{process}"
            + " with {team}"
            + LITERALS[3]
            + "{contact}"
            + LITERALS[4]
            + "{lineId}"
            + LITERALS[5];
    template =
        ReplyTemplate.builder("bench.reply", Purpose.NEGATIVE_REVIEW_REPLY, Locale.ENGLISH)
            .audiences(List.of(Audience.PUBLIC))
            .channels(List.of(Channel.FACEBOOK))
            .slot(Slot.of("clinicName", SlotKind.CLINIC_NAME, 60))
            .slot(Slot.of("topic", SlotKind.TEXT, 60))
            .slot(Slot.of("process", SlotKind.TEXT, 60))
            .slot(Slot.of("team", SlotKind.TEXT, 60))
            .slot(Slot.of("contact", SlotKind.CONTACT, 60))
            .slot(Slot.of("lineId", SlotKind.CONTACT, 60))
            .body(body)
            .vetting(
                new Vetting(List.of("AD_PROMOTION"), "TW", LocalDate.of(2026, 11, 22), "bench"))
            .build();
    ComplianceReport clean = ComplianceReport.clean();
    renderer =
        ReplyRenderer.builder()
            .checker((text, ctx) -> clean)
            .catalog(TemplateCatalog.builtIn())
            .build();
    checkedRenderer =
        ReplyRenderer.builder()
            .checker(RuleBasedComplianceChecker.ofDefaults())
            .catalog(TemplateCatalog.builtIn())
            .build();
    String mustacheBody = body.replaceAll("\\{(\\w+)}", "{{{$1}}}");
    mustache = new DefaultMustacheFactory().compile(new StringReader(mustacheBody), "bench");
    String pebbleBody = body.replaceAll("\\{(\\w+)}", "{{ $1 }}");
    PebbleEngine engine =
        new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(false).build();
    pebble = engine.getTemplate(pebbleBody);

    String ours = renderOurs().text();
    check("mustache", ours, renderVsMustache());
    check("pebble", ours, renderVsPebble());
    check("floor", ours, renderVsFloor());
    check("checked", ours, renderCheckedOurs().text());
    Reply vetted = vettedRenderOurs();
    check("vetted mustache", vetted.text(), vettedRenderVsMustache());
    if (!vetted.report().publishable()) {
      throw new IllegalStateException("the vetted reply should pass the compliance check");
    }
    if (ours.length() < 280 || ours.length() > 340) {
      throw new IllegalStateException("the reply should be about 300 characters: " + ours.length());
    }
  }

  private static void check(String peer, String ours, String theirs) {
    if (!ours.equals(theirs)) {
      throw new IllegalStateException("ours and " + peer + " render different strings");
    }
  }

  /**
   * Ours: validate the six values, substitute into the pre-compiled body, wrap in a {@link Reply}
   * (the checker returns a constant clean report; the hash is computed lazily, not here).
   *
   * @return the reply
   */
  @Benchmark
  public Reply renderOurs() {
    return renderer.render(template, values, context);
  }

  /**
   * Ours with the built-in rule-based compliance check: not a pair, it shows the cost of a vetted
   * render.
   *
   * @return the reply
   */
  @Benchmark
  public Reply renderCheckedOurs() {
    return checkedRenderer.render(template, values, context);
  }

  /**
   * Ours, vetted: render plus the built-in rule-based compliance check (pair {@code
   * vetted-render-vs-mustache}).
   *
   * @return the reply
   */
  @Benchmark
  public Reply vettedRenderOurs() {
    return checkedRenderer.render(template, values, context);
  }

  /**
   * Peer of {@link #vettedRenderOurs}: Mustache rendering the same template.
   *
   * @return the text
   */
  @Benchmark
  public String vettedRenderVsMustache() {
    StringWriter w = new StringWriter(384);
    mustache.execute(w, peerValues);
    return w.toString();
  }

  /**
   * Peer: Mustache.java, compiled once, unescaped variables.
   *
   * @return the text
   */
  @Benchmark
  public String renderVsMustache() {
    StringWriter w = new StringWriter(384);
    mustache.execute(w, peerValues);
    return w.toString();
  }

  /**
   * Peer: Pebble, compiled once, auto-escaping off.
   *
   * @return the text
   */
  @Benchmark
  public String renderVsPebble() {
    StringWriter w = new StringWriter(384);
    try {
      pebble.evaluate(w, pebbleValues);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Floor: a hand-written, pre-sized {@link StringBuilder} concatenation with no validation.
   *
   * @return the text
   */
  @Benchmark
  public String renderVsFloor() {
    StringBuilder sb = new StringBuilder(384);
    sb.append(LITERALS[0])
        .append(v0)
        .append(LITERALS[1])
        .append(v1)
        .append(LITERALS[2])
        .append(v2)
        .append(" with ")
        .append(v3)
        .append(LITERALS[3])
        .append(v4)
        .append(LITERALS[4])
        .append(v5)
        .append(LITERALS[5]);
    return sb.toString();
  }
}
