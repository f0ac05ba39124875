package io.github.crisispr.rules.internal;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.Markup;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.Span;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.rules.Explanation;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import io.github.crisispr.rules.RulePack;
import io.github.crisispr.rules.TextTooLongException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

  private static final Pattern ID_NUMBER =
      re("(?<![a-z0-9])[a-z](?:[1289]\\d{8}|[a-d]\\d{8})(?![a-z0-9])");
  private static final Pattern MOBILE =
      re("(?<![\\d])(?:\\+?886[-\\s]?(?:\\(0\\))?|0)9\\d{2}[-\\s]?\\d{3}[-\\s]?\\d{3}(?!\\d)");
  private static final Pattern LANDLINE =
      re("(?<![\\d+])(?:\\(0[2-8]\\d?\\)|0[2-8]\\d?)[-\\s]?\\d{3,4}[-\\s]?\\d{4}(?!\\d)");
  private static final Pattern NHI =
      re(
          "(?:健保卡號|健保卡|卡號|nhi(?: card)?(?: no\\.?)?|health insurance card(?: no\\.?)?)"
              + "\\s*(?:號碼)?\\s*[:：#]?\\s*\\d{4}\\s?\\d{4}\\s?\\d{4}(?![\\s-]?\\d)");
  private static final Pattern MRN =
      re(
          "(?:病歷號碼|病歷號|病歷編號|病歷\\s*no\\.?|\\bmrn|\\bchart\\s*no\\.?"
              + "|\\bmedical\\s*record\\s*(?:no|number)\\.?)\\s*[:：#]?\\s*(?=[a-z-]*\\d)[a-z0-9-]{5,12}");
  private static final Pattern EMAIL =
      re(
          "(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,8}\\.[a-z]{2,24}(?![a-z])");
  private static final Pattern BIRTH =
      re(
          "(?:生日|出生日期|出生|\\bdob|\\bdate of birth|\\bbirthday|\\bborn on)\\s*(?:是|為)?\\s*[:：]?\\s*"
              + "(?:民國\\s*\\d{2,3}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日?"
              + "|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日?"
              + "|\\d{2,4}[./-]\\d{1,2}[./-]\\d{1,2})");
  private static final Pattern PASSPORT =
      re("(?:護照號碼|護照|\\bpassport(?:\\s*no\\.?|\\s*number)?)\\s*[:：#]?\\s*\\d{9}(?!\\d)");
  private static final Pattern CARD = re("(?<![\\d])(?:\\d[ -]?){12,18}\\d(?!\\d)");
  private static final Pattern LINE_ID = re("\\bline\\s*id\\s*[:：]?\\s*(@?[a-z0-9._-]{3,20})");
  private static final Pattern ADDRESS =
      re(
          "[\\u4e00-\\u9fff]{1,3}[縣市][\\u4e00-\\u9fff]{1,6}[區鄉鎮市][\\u4e00-\\u9fff0-9]{1,10}"
              + "(?:路|街|大道)[\\u4e00-\\u9fff0-9段巷弄之-]{0,10}號");
  private static final Pattern MARKUP_PATTERN =
      re(
          "</?[a-z][a-z0-9]*(?:\\s[^<>]{0,200})?/?>|&(?:#\\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});"
              + "|\\[[^\\]]{1,100}\\]\\(https?://");

  /** The concept a pack may declare for the clinic's doctor names (filled at check time). */
  static final String DOCTOR_CONCEPT = "CLINIC_DOCTOR";

  private final RulePack pack;
  private final CompiledPack compiled;
  private final int maxChars;
  private final int doctorConcept;
  private final boolean[] complianceRule;

  /** An ASCII word boundary: Java's {@code \\b} also treats CJK characters as word characters. */
  private static final String ASCII_BOUNDARY =
      "(?:(?<![a-z0-9])(?=[a-z0-9])|(?<=[a-z0-9])(?![a-z0-9]))";

  private static Pattern re(String regex) {
    return Pattern.compile(regex.replace("\\b", ASCII_BOUNDARY));
  }

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
    return new ComplianceReport(findings(text, context, null));
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
    List<Candidate> found = new ArrayList<>();
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
    String norm = nt.toString();
    ClinicProfile clinic = context.clinic();
    if (doctorConcept >= 0) {
      for (String doctor : clinic.doctorNames()) {
        String d = NormalizedText.normalize(doctor);
        for (int at = d.isEmpty() ? -1 : norm.indexOf(d); at >= 0; at = norm.indexOf(d, at + 1)) {
          m.inject(compiled, doctorConcept, at, at + d.length());
        }
      }
    }
    Set<String> disabled = new HashSet<>(pack.pii().disabledDetectors());
    m.rules(
        compiled,
        r -> complianceRule[r],
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
    pii(norm, clinic, disabled, found);
    if (context.channel().markup() == Markup.PLAIN && hasMarkupChar(norm)) {
      Matcher x = MARKUP_PATTERN.matcher(norm);
      while (x.find()) {
        found.add(
            new Candidate(
                "MARKUP",
                FindingCategory.FORMAT,
                FindingLevel.WARN,
                null,
                x.start(),
                x.end(),
                null,
                false));
      }
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
    int limit = context.channel().replyLengthLimit();
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
    ComplianceReport report = new ComplianceReport(findings);
    if (LOG.isDebugEnabled()) {
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

  private static boolean hasMarkupChar(String norm) {
    return norm.indexOf('<') >= 0 || norm.indexOf('&') >= 0 || norm.indexOf('[') >= 0;
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
    msg.append(' ').append(Messages.get("label.how", locale)).append(' ');
    msg.append(Messages.get(c.ruleId() + ".how", locale));
    if (note != null) {
      msg.append(' ').append(Messages.get(note, locale));
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

  private void pii(String norm, ClinicProfile clinic, Set<String> disabled, List<Candidate> out) {
    boolean digits = false;
    for (int i = 0; i < norm.length() && !digits; i++) {
      digits = norm.charAt(i) >= '0' && norm.charAt(i) <= '9';
    }
    if (!digits && norm.indexOf('@') < 0 && norm.indexOf('號') < 0 && norm.indexOf("line") < 0) {
      return;
    }
    boolean reportBad = pack.pii().reportFailedChecksums();
    Matcher x = ID_NUMBER.matcher(norm);
    while (x.find()) {
      String id = x.group();
      char second = id.charAt(1);
      String rule = second == '1' || second == '2' ? "PII_NATIONAL_ID" : "PII_RESIDENT_CERTIFICATE";
      boolean valid = TaiwanIds.isValid(id);
      if (!disabled.contains(rule) && (valid || reportBad)) {
        out.add(pii(rule, x.start(), x.end(), valid ? null : "note.checksum"));
      }
    }
    Set<String> officialPhones = new HashSet<>();
    clinic.officialContacts().phones().forEach(p -> officialPhones.add(phoneDigits(p)));
    add(out, disabled, "PII_MOBILE", MOBILE, norm, g -> !officialPhones.contains(phoneDigits(g)));
    add(
        out,
        disabled,
        "PII_LANDLINE",
        LANDLINE,
        norm,
        g -> !officialPhones.contains(phoneDigits(g)));
    add(out, disabled, "PII_NHI_CARD", NHI, norm, g -> true);
    add(out, disabled, "PII_MEDICAL_RECORD_NUMBER", MRN, norm, g -> true);
    Optional<String> own = clinic.mrnPattern();
    if (own.isPresent() && !disabled.contains("PII_MEDICAL_RECORD_NUMBER")) {
      Matcher y = Pattern.compile(own.get(), Pattern.CASE_INSENSITIVE).matcher(norm);
      while (y.find()) {
        if (y.end() > y.start()) {
          out.add(pii("PII_MEDICAL_RECORD_NUMBER", y.start(), y.end(), null));
        }
      }
    }
    Set<String> officialEmails = new HashSet<>();
    clinic
        .officialContacts()
        .emails()
        .forEach(e -> officialEmails.add(NormalizedText.normalize(e)));
    add(out, disabled, "PII_EMAIL", EMAIL, norm, g -> !officialEmails.contains(g));
    add(out, disabled, "PII_BIRTH_DATE", BIRTH, norm, g -> true);
    add(out, disabled, "PII_PASSPORT", PASSPORT, norm, g -> true);
    add(out, disabled, "PII_CREDIT_CARD", CARD, norm, ComplianceEngine::luhn);
    Set<String> officialLine = new HashSet<>();
    clinic
        .officialContacts()
        .lineIds()
        .forEach(l -> officialLine.add(stripAt(NormalizedText.normalize(l))));
    if (!disabled.contains("PII_LINE_ID")) {
      Matcher y = LINE_ID.matcher(norm);
      while (y.find()) {
        if (!officialLine.contains(stripAt(y.group(1)))) {
          out.add(pii("PII_LINE_ID", y.start(), y.end(), null));
        }
      }
    }
    if (!disabled.contains("PII_ADDRESS")) {
      Matcher y = ADDRESS.matcher(norm);
      while (y.find()) {
        out.add(
            new Candidate(
                "PII_ADDRESS",
                FindingCategory.PERSONAL_DATA,
                FindingLevel.WARN,
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

  private static Candidate pii(String rule, int start, int end, @Nullable String note) {
    return new Candidate(
        rule, FindingCategory.PERSONAL_DATA, FindingLevel.BLOCK, null, start, end, note, false);
  }

  private static void add(
      List<Candidate> out,
      Set<String> disabled,
      String rule,
      Pattern p,
      String norm,
      java.util.function.Predicate<String> keep) {
    if (disabled.contains(rule)) {
      return;
    }
    Matcher x = p.matcher(norm);
    while (x.find()) {
      if (keep.test(x.group())) {
        out.add(pii(rule, x.start(), x.end(), null));
      }
    }
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
