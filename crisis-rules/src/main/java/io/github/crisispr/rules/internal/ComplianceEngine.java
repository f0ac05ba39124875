package io.github.crisispr.rules.internal;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.Markup;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.Span;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.rules.Explanation;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import io.github.crisispr.rules.RulePack;
import io.github.crisispr.rules.TextTooLongException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind {@link RuleBasedComplianceChecker}. Immutable and thread-safe; matching state
 * lives in the per-thread {@link PackMatcher}.
 */
public final class ComplianceEngine implements RuleBasedComplianceChecker {
  private static final Logger LOG = LoggerFactory.getLogger(ComplianceEngine.class);

  /** Characters before a CJK term searched for a negation cue (docs/legal-bases.md §1). */
  static final int CJK_NEGATION_WINDOW = 4;

  /** Characters before a Latin term searched for a negation cue. */
  static final int LATIN_NEGATION_WINDOW = 8;

  /** The longest excerpt returned, in UTF-16 units. */
  static final int MAX_EXCERPT = 200;

  /** The concept a pack may declare for the clinic's doctor names (filled at check time). */
  static final String DOCTOR_CONCEPT = "CLINIC_DOCTOR";

  private final RulePack pack;
  private final CompiledPack compiled;
  private final int maxChars;
  private final int doctorConcept;
  private final boolean[] complianceRule;

  /** The report of a text without findings (a record: shared, immutable). */
  private static final ComplianceReport CLEAN = new ComplianceReport(List.of());

  /**
   * Per thread, the scratch of the check under way: the candidates (reused, so a clean text
   * allocates none) and the normalized forms of the last clinic's official contacts and doctor
   * names. The clinic data is immutable, so the forms are kept while the thread checks texts for
   * the same {@link OfficialContacts} (and doctor list) instance and rebuilt for another; nothing
   * is shared between threads, so the engine stays safe for concurrent use.
   */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** One thread's reusable state (see {@link #SCRATCH}). */
  private static final class Scratch {
    final ArrayList<Candidate> candidates = new ArrayList<>();
    @Nullable OfficialContacts contacts;
    String[] phoneDigits = new String[0];
    String[] emails = new String[0];
    String[] lineIds = new String[0];
    @Nullable List<String> doctorSource;
    String[] doctors = new String[0];

    /** The normalized official contacts of a clinic, rebuilt when the contacts change. */
    @SuppressWarnings("ReferenceEquality") // identity of the immutable record is the key
    void contacts(OfficialContacts c) {
      if (c == contacts) {
        return;
      }
      phoneDigits = c.phones().stream().map(ComplianceEngine::phoneDigits).toArray(String[]::new);
      emails = c.emails().stream().map(NormalizedText::normalize).toArray(String[]::new);
      lineIds =
          c.lineIds().stream()
              .map(l -> stripAt(NormalizedText.normalize(l)))
              .toArray(String[]::new);
      contacts = c;
    }

    /** The normalized doctor names of a clinic, rebuilt when the list changes. */
    @SuppressWarnings("ReferenceEquality") // identity of the clinic's immutable list is the key
    String[] doctors(List<String> names) {
      if (names != doctorSource) {
        doctors = names.stream().map(NormalizedText::normalize).toArray(String[]::new);
        doctorSource = names;
      }
      return doctors;
    }
  }

  /** Which rules over concepts raise findings (the others classify). */
  private final IntPredicate complianceFilter;

  /** Per detector: switched off by the pack's PII settings. */
  private final boolean[] detectorOff;

  /** The rule ids the pack's PII settings switch off. */
  private final Set<String> disabled;

  /** The clinics' own medical-record-number patterns (host data), compiled once each. */
  private static final Map<String, Pattern> MRN_PATTERNS = new ConcurrentHashMap<>();

  /** The most distinct clinic patterns kept compiled. */
  private static final int MAX_MRN_PATTERNS = 4096;

  /**
   * Creates the engine for a pack, compiling (or reusing) its automaton.
   *
   * @param pack the pack
   * @param maxChars the per-text limit
   */
  public ComplianceEngine(RulePack pack, int maxChars) {
    this.pack = Checks.notNull(pack, "rulePack");
    this.compiled = CompiledPack.of(pack);
    this.maxChars = maxChars;
    this.doctorConcept = compiled.conceptIndex(DOCTOR_CONCEPT);
    this.complianceRule = new boolean[pack.rules().size()];
    for (int i = 0; i < complianceRule.length; i++) {
      complianceRule[i] = pack.rules().get(i).ruleId() != null;
    }
    boolean[] compliance = complianceRule;
    this.complianceFilter = r -> compliance[r];
    this.disabled = Set.copyOf(pack.pii().disabledDetectors());
    this.detectorOff = new boolean[pack.detectors().size()];
    for (int d = 0; d < detectorOff.length; d++) {
      detectorOff[d] = disabled.contains(pack.detectors().get(d).ruleId());
    }
  }

  /**
   * Creates the engine for a pack with the default per-text limit.
   *
   * @param pack the pack
   */
  public ComplianceEngine(RulePack pack) {
    this(pack, RuleBasedComplianceChecker.DEFAULT_MAX_CHARS);
  }

  @Override
  public int maxChars() {
    return maxChars;
  }

  @Override
  public RulePack rulePack() {
    return pack;
  }

  /** A candidate finding in normalized coordinates, before audience levels apply. */
  private record Candidate(
      String ruleId,
      FindingCategory category,
      FindingLevel level,
      @Nullable String basis,
      int start,
      int end,
      @Nullable String note,
      boolean original,
      @Nullable String rule,
      @Nullable Map<Audience, FindingLevel> levels,
      @Nullable List<Integer> spans) {
    Candidate(
        String ruleId,
        FindingCategory category,
        FindingLevel level,
        @Nullable String basis,
        int start,
        int end,
        @Nullable String note,
        boolean original) {
      this(ruleId, category, level, basis, start, end, note, original, null, null, null);
    }
  }

  @Override
  public ComplianceReport check(String text, ReplyContext context) {
    List<Finding> findings = findings(text, context, null);
    return findings.isEmpty() ? CLEAN : new ComplianceReport(findings);
  }

  @Override
  public List<Explanation> explain(String text, ReplyContext context) {
    List<Explanation> out = new ArrayList<>();
    findings(text, context, out);
    return out;
  }

  private List<Finding> findings(
      String text, ReplyContext context, @Nullable List<Explanation> explanations) {
    Checks.notNull(text, "text");
    Checks.notNull(context, "context");
    if (text.length() > maxChars) {
      throw new TextTooLongException("text", maxChars, text.length());
    }
    PackMatcher m = PackMatcher.forCurrentThread();
    int hits = m.match(compiled, text);
    NormalizedText nt = m.text();
    char[] chars = nt.chars();
    Scratch scratch = SCRATCH.get();
    ArrayList<Candidate> found = scratch.candidates;
    found.clear();
    try {
      return findings(text, context, explanations, m, hits, nt, chars, found, scratch);
    } finally {
      found.clear();
    }
  }

  private List<Finding> findings(
      String text,
      ReplyContext context,
      @Nullable List<Explanation> explanations,
      PackMatcher m,
      int hits,
      NormalizedText nt,
      char[] chars,
      List<Candidate> found,
      Scratch scratch) {
    for (int i = 0; i < hits; i++) {
      int p = m.phrase(i);
      if (p < 0) {
        continue;
      }
      for (int e = compiled.entriesFrom(p); e < compiled.entriesTo(p); e++) {
        if (compiled.kind(e) != CompiledPack.COMPLIANCE) {
          continue;
        }
        RulePack.ComplianceTerm term = pack.compliance().get(compiled.ref(e));
        int s = m.start(i);
        boolean latin = CompiledPack.isWordChar(chars[s]);
        if (term.negatable()
            && compiled.negated(chars, s, latin ? LATIN_NEGATION_WINDOW : CJK_NEGATION_WINDOW)) {
          continue;
        }
        found.add(
            new Candidate(
                term.ruleId(),
                term.category(),
                term.level(),
                term.legalBasis(),
                s,
                m.end(i),
                null,
                false));
      }
    }
    ClinicProfile clinic = context.clinic();
    List<String> doctors = clinic.doctorNames();
    if (doctorConcept >= 0 && !doctors.isEmpty()) {
      int length = nt.length();
      for (String d : scratch.doctors(doctors)) {
        for (int at = indexOf(chars, length, d, 0);
            at >= 0;
            at = indexOf(chars, length, d, at + 1)) {
          m.inject(compiled, doctorConcept, at, at + d.length());
        }
      }
    }
    if (m.occCount() > 0) {
      ruleFindings(m, context, found);
      detectors(m, nt, context, found, scratch);
    }
    if (clinic.mrnPattern().isPresent()) {
      clinicRecordNumbers(nt.toString(), clinic, found);
    }
    int limit = context.channel().replyLengthLimit();
    if (found.isEmpty() && nt.removedCount() == 0 && text.length() <= limit) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    Locale locale = context.locale();
    List<Candidate> kept = dedupe(found);
    for (Candidate c : kept) {
      int start = c.original() ? c.start() : nt.originalStart(c.start());
      int end = c.original() ? c.end() : nt.originalEnd(c.end());
      Finding f = finding(c, start, end, text, context.audience(), locale);
      findings.add(f);
      if (explanations != null) {
        explanations.add(explanation(f, c, nt));
      }
    }
    for (int k = 0; k < nt.removedCount(); ) {
      int from = nt.removedAt(k);
      int to = from + 1;
      k++;
      while (k < nt.removedCount() && nt.removedAt(k) == to) {
        to++;
        k++;
      }
      findings.add(
          finding(
              new Candidate(
                  "INVISIBLE_CHARACTERS",
                  FindingCategory.FORMAT,
                  FindingLevel.WARN,
                  null,
                  from,
                  to,
                  null,
                  true),
              from,
              to,
              text,
              context.audience(),
              locale));
    }
    if (text.length() > limit) {
      findings.add(
          finding(
              new Candidate(
                  "LENGTH_LIMIT",
                  FindingCategory.FORMAT,
                  FindingLevel.BLOCK,
                  null,
                  limit,
                  text.length(),
                  null,
                  true),
              limit,
              text.length(),
              text,
              context.audience(),
              locale));
    }
    if (findings.size() > RuleBasedComplianceChecker.MAX_FINDINGS) {
      int dropped = findings.size() - RuleBasedComplianceChecker.MAX_FINDINGS;
      // Keep the most serious findings: BLOCK first, then WARN, then INFO, each in text order.
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < findings.size(); i++) {
        order.add(i);
      }
      List<Finding> all = findings;
      order.sort(Comparator.comparing((Integer i) -> all.get(i).level()));
      Set<Integer> keep = new TreeSet<>(order.subList(0, RuleBasedComplianceChecker.MAX_FINDINGS));
      List<Finding> capped = new ArrayList<>();
      List<Explanation> cappedEx = new ArrayList<>();
      for (int i : keep) {
        capped.add(findings.get(i));
        if (explanations != null) {
          cappedEx.add(explanations.get(i));
        }
      }
      Candidate marker =
          new Candidate(
              "FINDINGS_TRUNCATED",
              FindingCategory.FORMAT,
              FindingLevel.WARN,
              null,
              0,
              0,
              null,
              true);
      Finding mf = finding(marker, 0, 0, text, Audience.PUBLIC, locale);
      mf =
          new Finding(
              mf.ruleId(),
              mf.level(),
              mf.category(),
              mf.span(),
              mf.excerpt(),
              mf.message() + " (" + dropped + ")",
              mf.legalBasis());
      capped.add(mf);
      if (explanations != null) {
        cappedEx.add(new Explanation(mf, "FINDINGS_TRUNCATED", List.of()));
        explanations.clear();
        explanations.addAll(cappedEx);
      }
      findings = capped;
    }
    if (LOG.isDebugEnabled()) {
      ComplianceReport report = new ComplianceReport(findings);
      Set<String> ids = new TreeSet<>();
      findings.forEach(f -> ids.add(f.ruleId()));
      LOG.debug(
          "checked a text of {} characters for clinic {} ({}, {}): {} findings {}, publishable {}",
          text.length(),
          clinic.id(),
          context.channel(),
          context.audience(),
          findings.size(),
          ids,
          report.publishable());
    }
    return findings;
  }

  /** The findings of the pack's compliance rules over concepts. */
  private void ruleFindings(PackMatcher m, ReplyContext context, List<Candidate> found) {
    m.rules(
        compiled,
        complianceFilter,
        (r, s, e, occ, n) -> {
          RulePack.Rule rule = pack.rules().get(r);
          String id = Objects.requireNonNull(rule.ruleId());
          if (disabled.contains(id)
              || (rule.publicOnly() && context.audience() != Audience.PUBLIC)) {
            return;
          }
          List<Integer> spans = new ArrayList<>(n * 3);
          for (int k = 0; k < n; k++) {
            spans.add(m.occConcept(occ[k]));
            spans.add(m.occStart(occ[k]));
            spans.add(m.occEnd(occ[k]));
          }
          FindingLevel level =
              rule.levels().getOrDefault(context.audience(), rule.levels().get(Audience.PUBLIC));
          found.add(
              new Candidate(
                  id,
                  Objects.requireNonNull(rule.category()),
                  Objects.requireNonNull(level),
                  rule.legalBasis(),
                  s,
                  e,
                  null,
                  false,
                  rule.id(),
                  rule.levels(),
                  spans));
        });
  }

  private Explanation explanation(Finding f, Candidate c, NormalizedText nt) {
    List<Explanation.ConceptSpan> spans = new ArrayList<>();
    List<Integer> sp = c.spans();
    if (sp != null) {
      for (int k = 0; k + 2 < sp.size(); k += 3) {
        spans.add(
            new Explanation.ConceptSpan(
                compiled.conceptId(sp.get(k)),
                new Span(nt.originalStart(sp.get(k + 1)), nt.originalEnd(sp.get(k + 2)))));
      }
    }
    String rule = c.rule();
    return new Explanation(f, rule == null ? c.ruleId() : rule, spans);
  }

  /**
   * Drops exact repeats and any candidate lying inside another of the same rule, in O(n log n):
   * sorted by rule, start and longest first, a candidate is covered when an earlier one of its rule
   * reaches at least as far.
   */
  private static List<Candidate> dedupe(List<Candidate> found) {
    List<Candidate> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparing(Candidate::ruleId)
            .thenComparingInt(Candidate::start)
            .thenComparingInt(c -> -c.end()));
    List<Candidate> out = new ArrayList<>();
    String rule = "";
    int reach = -1;
    for (Candidate c : sorted) {
      if (!c.ruleId().equals(rule)) {
        rule = c.ruleId();
        reach = -1;
      }
      if (c.end() > reach) {
        out.add(c);
        reach = c.end();
      }
    }
    return out;
  }

  private Finding finding(
      Candidate c, int start, int end, String text, Audience audience, Locale locale) {
    FindingLevel level = c.level();
    String note = c.note();
    Map<Audience, FindingLevel> explicit = c.levels();
    if (explicit != null && explicit.containsKey(audience) && audience != Audience.PUBLIC) {
      level = explicit.get(audience);
      if (audience == Audience.INTERNAL) {
        note = "note.internal";
      }
    } else
      switch (audience) {
        case INTERNAL -> {
          level = FindingLevel.INFO;
          note = "note.internal";
        }
        case CARE_PROCESS -> {
          if (c.category() == FindingCategory.LIABILITY) {
            level = FindingLevel.INFO;
            note = "note.careRecord";
          } else if (c.category() == FindingCategory.CONFIDENTIALITY
              || c.category() == FindingCategory.PERSONAL_DATA) {
            level = FindingLevel.INFO;
          }
        }
        case PRIVATE -> {
          if (c.category() == FindingCategory.LIABILITY) {
            level = FindingLevel.WARN;
            note = "note.private";
          }
        }
        case PUBLIC -> {
          // the rule's own level
        }
      }
    String basis = c.basis() == null ? Messages.get(c.ruleId() + ".basis", locale) : c.basis();
    StringBuilder msg = new StringBuilder(Messages.get(c.ruleId() + ".what", locale));
    // Chinese sentences follow each other without spaces (「…病人。建議：請勿…」); English with one
    String sep = "zh".equals(locale.getLanguage()) ? "" : " ";
    msg.append(sep).append(Messages.get("label.how", locale)).append(sep);
    msg.append(Messages.get(c.ruleId() + ".how", locale));
    if (note != null) {
      msg.append(sep).append(Messages.get(note, locale));
    }
    return new Finding(
        c.ruleId(),
        level,
        c.category(),
        new Span(start, end),
        excerpt(text, start, end),
        msg.toString(),
        basis);
  }

  static String excerpt(String text, int start, int end) {
    int stop = Math.min(end, start + MAX_EXCERPT);
    if (stop < end && stop > start && Character.isHighSurrogate(text.charAt(stop - 1))) {
      stop--;
    }
    return text.substring(start, stop);
  }

  /**
   * The findings of the pack's detectors: the members their shapes found in the last match, less
   * those failing a checksum (reported with a note when the pack asks) and the clinic's official
   * contacts.
   */
  private void detectors(
      PackMatcher m,
      NormalizedText nt,
      ReplyContext context,
      List<Candidate> out,
      Scratch scratch) {
    List<RulePack.Detector> all = pack.detectors();
    char[] chars = nt.chars();
    for (int d = 0; d < all.size(); d++) {
      int concept = compiled.detectorConcept(d);
      int from = m.conceptFrom(concept);
      int to = m.conceptTo(concept);
      if (from == to || detectorOff[d]) {
        continue;
      }
      RulePack.Detector det = all.get(d);
      if (det.plainTextOnly() && context.channel().markup() != Markup.PLAIN) {
        continue;
      }
      // Leftmost first, then longest, and never overlapping the member kept before (a member a
      // checksum or an official contact then rules out still hides those it overlaps).
      int reach = -1;
      for (int k = from; k < to; k++) {
        int o = m.sortedOcc(k);
        int s = m.occStart(o);
        int e = m.occEnd(o);
        if (s < reach) {
          continue;
        }
        for (int x = k + 1; x < to && m.occStart(m.sortedOcc(x)) == s; x++) {
          e = Math.max(e, m.occEnd(m.sortedOcc(x)));
        }
        reach = e;
        String member = new String(chars, s, e - s);
        String note = null;
        String validate = det.validate();
        if ("TW_ID".equals(validate) && !TaiwanIds.isValid(member)) {
          if (!pack.pii().reportFailedChecksums()) {
            continue;
          }
          note = "note.checksum";
        } else if ("LUHN".equals(validate) && !luhn(member)) {
          continue;
        }
        String official = det.unlessOfficial();
        if (official != null && isOfficial(official, member, context.clinic(), scratch)) {
          continue;
        }
        out.add(new Candidate(det.ruleId(), det.category(), det.level(), null, s, e, note, false));
      }
    }
  }

  /**
   * Whether a member equals one of the clinic's official contacts of a kind; the contacts are
   * normalized once per clinic and thread ({@link Scratch#contacts}), not per member.
   */
  private static boolean isOfficial(
      String kind, String member, ClinicProfile clinic, Scratch scratch) {
    scratch.contacts(clinic.officialContacts());
    String[] officials;
    String key;
    switch (kind) {
      case "PHONE" -> {
        officials = scratch.phoneDigits;
        key = phoneDigits(member);
      }
      case "EMAIL" -> {
        officials = scratch.emails;
        key = member;
      }
      default -> {
        officials = scratch.lineIds;
        key = trailingId(member);
      }
    }
    for (String o : officials) {
      if (o.equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The first index at or after {@code from} where {@code s} occurs in {@code chars[0, n)}. */
  static int indexOf(char[] chars, int n, String s, int from) {
    int len = s.length();
    if (len == 0) {
      return -1;
    }
    char first = s.charAt(0);
    for (int i = from; i + len <= n; i++) {
      if (chars[i] != first) {
        continue;
      }
      int j = 1;
      while (j < len && chars[i + j] == s.charAt(j)) {
        j++;
      }
      if (j == len) {
        return i;
      }
    }
    return -1;
  }

  /** The last run of letters, digits, '.', '_' and '-' of a member (a LINE id after its label). */
  static String trailingId(String member) {
    int i = member.length();
    while (i > 0) {
      char c = member.charAt(i - 1);
      if (CompiledPack.isWordChar(c) || c == '.' || c == '_' || c == '-') {
        i--;
      } else {
        break;
      }
    }
    return member.substring(i);
  }

  /** The clinic's own record-number pattern (host data, not the pack's), compiled once. */
  private void clinicRecordNumbers(String norm, ClinicProfile clinic, List<Candidate> out) {
    Optional<String> own = clinic.mrnPattern();
    if (own.isEmpty() || disabled.contains("PII_MEDICAL_RECORD_NUMBER")) {
      return;
    }
    String regex = own.get();
    Pattern p = MRN_PATTERNS.get(regex);
    if (p == null) {
      p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
      if (MRN_PATTERNS.size() >= MAX_MRN_PATTERNS) {
        MRN_PATTERNS.clear();
      }
      MRN_PATTERNS.put(regex, p);
    }
    Matcher y = p.matcher(norm);
    while (y.find()) {
      if (y.end() > y.start()) {
        out.add(
            new Candidate(
                "PII_MEDICAL_RECORD_NUMBER",
                FindingCategory.PERSONAL_DATA,
                FindingLevel.BLOCK,
                null,
                y.start(),
                y.end(),
                null,
                false));
      }
    }
  }

  private static String stripAt(String s) {
    return s.startsWith("@") ? s.substring(1) : s;
  }

  /** The digits of a phone number in national form (+886 9.. becomes 09..). */
  static String phoneDigits(String phone) {
    StringBuilder b = new StringBuilder();
    String n = NormalizedText.normalize(phone);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    String d = b.toString();
    if (d.startsWith("8860")) {
      return d.substring(3);
    }
    return d.startsWith("886") ? "0" + d.substring(3) : d;
  }

  /** The Luhn check of the digits of a card-like number. */
  static boolean luhn(String number) {
    int sum = 0;
    int count = 0;
    boolean dbl = false;
    for (int i = number.length() - 1; i >= 0; i--) {
      char c = number.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      int d = c - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
      count++;
    }
    return count >= 13 && count <= 19 && sum % 10 == 0;
  }
}
