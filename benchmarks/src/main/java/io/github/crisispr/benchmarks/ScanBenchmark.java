package io.github.crisispr.benchmarks;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.rules.RulePack;
import io.github.crisispr.rules.internal.CompiledPack;
import io.github.crisispr.rules.internal.NormalizedText;
import io.github.crisispr.rules.internal.PhraseAutomaton;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ahocorasick.trie.Trie;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Triage scan: every phrase of the built-in pack plus 5 000 synthetic vendor phrases, over 10 000
 * mixed zh-TW / en mentions of 20–400 characters (seeded). One operation scans one mention (the
 * next one, cyclically) and reports every hit.
 *
 * <p>Ours normalizes the mention (NFKC, case folding, invisible characters removed, offset map) and
 * runs the compact automaton with an allocation-free sink. The Aho–Corasick peers (hankcs
 * double-array trie, robert-bor trie) scan the raw text, which the generator keeps already in
 * normal form; setup asserts that all three report the same (start, end, phrase) set on every
 * mention. The regex peers ({@code java.util.regex} and RE2/J alternations of all phrases, longest
 * first) find, at each start position, the longest phrase; setup asserts on the first 40 mentions
 * that this equals our hits reduced the same way (the alternations are too slow for all 10 000
 * within the setup budget).
 *
 * <p>{@code scanNoHitOurs} / {@code scanNoHitVsHankcs} scan one fixed mention without any hit: its
 * {@code gc.alloc.rate.norm} shows the zero-allocation path.
 *
 * <p>{@code triageOurs} (no peer) runs the full triage of one mention: {@code
 * RuleBasedSeverityClassifier.ofDefaults().assess} of the mention, then {@code
 * RuleBasedComplianceChecker.ofDefaults().check} of its text as a public Google-review reply; its
 * throughput is mentions per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 2,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@SuppressWarnings("NullAway.Init")
public class ScanBenchmark {
  static final int MENTIONS = 10_000;
  static final int VENDOR_PHRASES = 5_000;
  static final int REGEX_CHECKED = 40;

  private static final String[] EN_WORDS = {
    "the",
    "clinic",
    "doctor",
    "staff",
    "my",
    "visit",
    "today",
    "was",
    "and",
    "very",
    "we",
    "waited",
    "appointment",
    "friendly",
    "clean",
    "room",
    "after",
    "treatment",
    "said",
    "thanks",
    "nurse",
    "ok",
    "price",
    "again",
    "will",
    "come",
    "back",
    "for",
    "check",
    "up"
  };
  private static final String ZH_FILLER =
      "我們今天去診所看牙醫師護理人員很親切環境乾淨預約時間下午上午週末朋友介紹家人小孩回診檢查說明" + "謝謝大家覺得還可以這次那邊附近捷運站停車方便價格服務流程";

  private PhraseAutomaton automaton;
  private List<String> phrases;
  private String[] texts;
  private String noHit;
  private Mention noHitMention;
  private final NormalizedText normalized = new NormalizedText();
  private final CountingSink sink = new CountingSink();
  private AhoCorasickDoubleArrayTrie<Integer> hankcs;
  private Trie robertbor;
  private Pattern regex;
  private com.google.re2j.Pattern re2j;
  private int next;
  private Mention[] mentions;
  private int nextMention;
  private final ClinicProfile clinic = ClinicProfile.builder("clinic-1", "Clinic").build();
  private final ReplyContext replyContext =
      new ReplyContext(
          Channel.GOOGLE_REVIEW, Audience.PUBLIC, Locale.forLanguageTag("zh-TW"), clinic);
  private final RuleBasedSeverityClassifier classifier = RuleBasedSeverityClassifier.ofDefaults();
  private final RuleBasedComplianceChecker checker = RuleBasedComplianceChecker.ofDefaults();

  /** The hankcs callback: the same checksum, allocation-free as well. */
  static final class HankcsSink implements AhoCorasickDoubleArrayTrie.IHit<Integer> {
    long sum;

    @Override
    public void hit(int begin, int end, Integer value) {
      sum += 31L * begin + end + value;
    }
  }

  private final HankcsSink hankcsSink = new HankcsSink();

  /** Counts hits and folds their positions into a checksum; allocates nothing. */
  static final class CountingSink implements PhraseAutomaton.HitSink {
    long sum;

    @Override
    public void hit(int phrase, int start, int end) {
      sum += 31L * start + end + phrase;
    }
  }

  /** Builds the pack, the peers and the workload, and checks that every scanner agrees. */
  @Setup
  public void setUp() {
    Random rnd = new Random(20261122L);
    StringBuilder overlay =
        new StringBuilder("{\"format\":\"crisis-rule-pack/1\",\"version\":\"bench\",\"signals\":[");
    Set<String> vendor = new HashSet<>();
    while (vendor.size() < VENDOR_PHRASES) {
      String p;
      if (rnd.nextBoolean()) {
        StringBuilder b = new StringBuilder();
        int n = 2 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
          b.append((char) (0x5000 + rnd.nextInt(0x3000)));
        }
        p = b.toString();
      } else {
        p = "v" + randomWord(rnd, 3 + rnd.nextInt(4)) + " " + randomWord(rnd, 3 + rnd.nextInt(5));
      }
      vendor.add(p);
    }
    boolean first = true;
    for (String p : vendor) {
      overlay.append(first ? "" : ",");
      first = false;
      overlay
          .append("{\"phrase\":\"")
          .append(p)
          .append("\",\"locale\":\"zh-TW\",\"type\":\"SERVICE_COMPLAINT\",\"weight\":0.1}");
    }
    overlay.append("]}");
    RulePack pack = RulePack.builtIn().overlay(overlay.toString());
    CompiledPack compiled = CompiledPack.of(pack);
    automaton = compiled.automaton();
    phrases = compiled.phrases();

    texts = new String[MENTIONS];
    for (int i = 0; i < MENTIONS; i++) {
      texts[i] = mention(rnd, 20 + rnd.nextInt(381));
    }
    Instant observed = Instant.parse("2026-11-20T04:00:00Z");
    mentions = new Mention[MENTIONS];
    for (int i = 0; i < MENTIONS; i++) {
      mentions[i] =
          Mention.builder()
              .id("m" + i)
              .clinicId("clinic-1")
              .channel(Channel.GOOGLE_REVIEW)
              .text(texts[i])
              .observedAt(observed)
              .build();
    }
    // no pack phrase and no shape anchor: surname characters anchor the name shapes (盛 is one)
    noHit = "櫻花綻放，河濱步道適合散步，天氣晴朗 a sunny spring day by a river";
    noHitMention =
        Mention.builder()
            .id("no-hit")
            .clinicId("clinic-1")
            .channel(Channel.GOOGLE_REVIEW)
            .text(noHit)
            .observedAt(observed)
            .build();

    TreeMap<String, Integer> map = new TreeMap<>();
    for (int i = 0; i < phrases.size(); i++) {
      map.put(phrases.get(i), i);
    }
    hankcs = new AhoCorasickDoubleArrayTrie<>();
    hankcs.build(map);
    robertbor = Trie.builder().addKeywords(phrases).build();
    List<String> longestFirst =
        phrases.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.toList());
    regex =
        Pattern.compile(longestFirst.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    re2j =
        com.google.re2j.Pattern.compile(
            longestFirst.stream()
                .map(com.google.re2j.Pattern::quote)
                .collect(Collectors.joining("|")));

    int withHits = 0;
    for (int i = 0; i < MENTIONS; i++) {
      Set<String> ours = oursHits(texts[i]);
      withHits += ours.isEmpty() ? 0 : 1;
      if (!ours.equals(hankcsHits(texts[i]))) {
        throw new IllegalStateException("hankcs disagrees on mention " + i);
      }
      if (!ours.equals(robertborHits(texts[i]))) {
        throw new IllegalStateException("robert-bor disagrees on mention " + i);
      }
      if (i < REGEX_CHECKED) {
        Set<String> longest = longestPerStart(ours);
        if (!longest.equals(regexHits(texts[i]))) {
          throw new IllegalStateException("regex disagrees on mention " + i);
        }
        if (!longest.equals(re2jHits(texts[i]))) {
          throw new IllegalStateException("re2j disagrees on mention " + i);
        }
      }
    }
    if (!oursHits(noHit).isEmpty() || !hankcsHits(noHit).isEmpty()) {
      throw new IllegalStateException("the no-hit mention has hits");
    }
    if (!checker.check(noHit, replyContext).findings().isEmpty()) {
      throw new IllegalStateException("the no-hit mention has findings");
    }
    if (withHits < MENTIONS / 4) {
      throw new IllegalStateException("too few mentions with hits: " + withHits);
    }
  }

  private static String randomWord(Random rnd, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + rnd.nextInt(26)));
    }
    return b.toString();
  }

  private String mention(Random rnd, int length) {
    StringBuilder b = new StringBuilder(length + 40);
    boolean zh = rnd.nextInt(3) > 0;
    while (b.length() < length) {
      int roll = rnd.nextInt(100);
      if (roll < 4) {
        b.append(phrases.get(rnd.nextInt(phrases.size())));
      } else if (zh) {
        int n = 2 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
          b.append(ZH_FILLER.charAt(rnd.nextInt(ZH_FILLER.length())));
        }
        b.append(rnd.nextInt(4) == 0 ? "。" : "、");
      } else {
        b.append(EN_WORDS[rnd.nextInt(EN_WORDS.length)]).append(' ');
      }
    }
    return b.substring(0, Math.min(b.length(), 400));
  }

  private Set<String> oursHits(String text) {
    Set<String> out = new HashSet<>();
    normalized.reset(text);
    automaton.scan(
        normalized.chars(),
        0,
        normalized.length(),
        (p, s, e) ->
            out.add(normalized.originalStart(s) + ":" + normalized.originalEnd(e) + ":" + p));
    return out;
  }

  private Set<String> hankcsHits(String text) {
    Set<String> out = new HashSet<>();
    AhoCorasickDoubleArrayTrie.IHit<Integer> collect = (s, e, v) -> out.add(s + ":" + e + ":" + v);
    hankcs.parseText(text, collect);
    return out;
  }

  private Set<String> robertborHits(String text) {
    Set<String> out = new HashSet<>();
    robertbor.parseText(
        text,
        emit -> {
          out.add(
              emit.getStart()
                  + ":"
                  + (emit.getEnd() + 1)
                  + ":"
                  + phrases.indexOf(emit.getKeyword()));
          return true;
        });
    return out;
  }

  private static Set<String> longestPerStart(Set<String> hits) {
    Map<Integer, Integer> best = new TreeMap<>();
    for (String h : hits) {
      String[] f = h.split(":", -1);
      best.merge(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Math::max);
    }
    return best.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.toSet());
  }

  private Set<String> regexHits(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = regex.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      out.add(m.start() + ":" + m.end());
      from = m.start() + 1;
    }
    return out;
  }

  private Set<String> re2jHits(String text) {
    Set<String> out = new HashSet<>();
    com.google.re2j.Matcher m = re2j.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      out.add(m.start() + ":" + m.end());
      from = m.start() + 1;
    }
    return out;
  }

  private String nextText() {
    String t = texts[next];
    next = next + 1 == MENTIONS ? 0 : next + 1;
    return t;
  }

  /**
   * Ours: normalize and scan one mention.
   *
   * @return the hit checksum
   */
  @Benchmark
  public long scanOurs() {
    normalized.reset(nextText());
    automaton.scan(normalized.chars(), 0, normalized.length(), sink);
    return sink.sum;
  }

  /**
   * Peer: the hankcs double-array Aho–Corasick trie with a callback.
   *
   * @return the hit checksum
   */
  @Benchmark
  public long scanVsHankcs() {
    hankcs.parseText(nextText(), hankcsSink);
    return hankcsSink.sum;
  }

  /**
   * Peer: the robert-bor Aho–Corasick trie with an emit handler.
   *
   * @return the hit checksum
   */
  @Benchmark
  public long scanVsRobertbor() {
    long[] sum = {0};
    robertbor.parseText(
        nextText(),
        emit -> {
          sum[0] += 31L * emit.getStart() + emit.getEnd();
          return true;
        });
    return sum[0];
  }

  /**
   * Peer: a {@code java.util.regex} alternation of every phrase, longest first.
   *
   * @return the hit checksum
   */
  @Benchmark
  public long scanVsRegex() {
    String text = nextText();
    Matcher m = regex.matcher(text);
    long sum = 0;
    int from = 0;
    while (from < text.length() && m.find(from)) {
      sum += 31L * m.start() + m.end();
      from = m.start() + 1;
    }
    return sum;
  }

  /**
   * Peer: an RE2/J alternation of every phrase, longest first.
   *
   * @return the hit checksum
   */
  @Benchmark
  public long scanVsRe2j() {
    String text = nextText();
    com.google.re2j.Matcher m = re2j.matcher(text);
    long sum = 0;
    int from = 0;
    while (from < text.length() && m.find(from)) {
      sum += 31L * m.start() + m.end();
      from = m.start() + 1;
    }
    return sum;
  }

  /**
   * Ours on a mention without any hit: shows the allocation-free path.
   *
   * @return the hit checksum
   */
  @Benchmark
  public long scanNoHitOurs() {
    normalized.reset(noHit);
    automaton.scan(normalized.chars(), 0, normalized.length(), sink);
    return sink.sum;
  }

  /**
   * Peer on the mention without any hit.
   *
   * @return the hit checksum
   */
  @Benchmark
  public long scanNoHitVsHankcs() {
    hankcs.parseText(noHit, hankcsSink);
    return hankcsSink.sum;
  }

  /**
   * Ours on the mention without any hit: the compliance check of its text as a public reply; its
   * {@code gc.alloc.rate.norm} shows that a clean text allocates nothing.
   *
   * @return the report
   */
  @Benchmark
  public ComplianceReport checkNoHitOurs() {
    return checker.check(noHit, replyContext);
  }

  /**
   * Ours on the mention without any hit: the severity assessment (the assessment and its reasons
   * are the result, so they are allocated).
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment assessNoHitOurs() {
    return classifier.assess(noHitMention, clinic);
  }

  /**
   * Ours only: full triage of one mention, severity assessment plus the compliance check of its
   * text as a public Google-review reply.
   *
   * @param bh consumes the assessment and the report
   */
  @Benchmark
  public void triageOurs(Blackhole bh) {
    Mention m = mentions[nextMention];
    nextMention = nextMention + 1 == MENTIONS ? 0 : nextMention + 1;
    Assessment a = classifier.assess(m, clinic);
    ComplianceReport r = checker.check(m.text(), replyContext);
    bh.consume(a);
    bh.consume(r);
  }

  /**
   * Peer of {@link #triageOurs}: a bare hankcs scan of the same mention texts with the pack's
   * phrases (pair {@code triage-vs-hankcs}).
   *
   * @return the hit checksum
   */
  @Benchmark
  public long triageVsHankcs() {
    Mention m = mentions[nextMention];
    nextMention = nextMention + 1 == MENTIONS ? 0 : nextMention + 1;
    hankcs.parseText(m.text(), hankcsSink);
    return hankcsSink.sum;
  }
}
