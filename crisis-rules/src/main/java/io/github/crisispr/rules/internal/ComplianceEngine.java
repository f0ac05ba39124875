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
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import io.github.crisispr.rules.RulePack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

  private static final String SURNAMES =
      "王陳林黃張李吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾施游詹沈彭胡余盧潘顏梁趙柯翁魏方孫戴范宋鄧杜侯溫薛丁傅蔣卓藍馮姚石董紀歐程連古汪湯姜田康鄒白涂尤巫韓龔嚴袁黎金阮陸倪夏童邵柳錢";

  /** One context rule: a pattern over the normalized text. */
  private record ContextRule(
      String ruleId, FindingCategory category, FindingLevel level, Pattern p) {}

  private static final List<ContextRule> CONTEXT =
      List.of(
          rule(
              "CONFIRMS_PATIENT",
              FindingCategory.CONFIDENTIALITY,
              "(?:您|你).{0,10}(?:來|到).{0,8}(?:看診|就診|治療|做的|做了|看的)"
                  + "|(?:您|你)(?:上次|當天|那天|之前)(?:來|到)"
                  + "|(?:您|你).{0,6}(?:回診|複診|就診紀錄|看診紀錄)"
                  + "|\\byour (?:last )?visit (?:on|to|last|with)\\b"
                  + "|\\bwhen you (?:came in|visited|were here)\\b"
                  + "|\\b(?:we|i) (?:remember|recall) (?:you|your)\\b"),
          rule(
              "HEALTH_INFO_DISCLOSURE",
              FindingCategory.CONFIDENTIALITY,
              "(?:你|您|他|她).{0,6}(?:有|患有|罹患|得了|診斷為).{0,8}(?:病|疾病|精神|憂鬱|癌|感染)"
                  + "|您的?(?:血壓|血糖|檢查結果|報告|用藥)"
                  + "|\\byour (?:diagnosis|test results|condition|medication|prescription)\\b"
                  + "|\\byou suffer(?:ed)? from\\b"),
          rule(
              "REVIEW_INCENTIVE",
              FindingCategory.ADVERTISING,
              "(?:五星|好評|評論|打卡|按讚|5星).{0,8}(?:送|折|抵|贈|抽)"
                  + "|\\b(?:5-star|five-star|5 star)\\b.{0,30}\\b(?:get|receive|free|discount)"
                  + "|\\b(?:leave|write|post) (?:us )?an? (?:5-star |five-star |positive )?review\\b"
                  + ".{0,30}\\b(?:get|receive|free|discount)"),
          rule(
              "COMPENSATION_PROMISE",
              FindingCategory.LIABILITY,
              "(?:我們|本院|院方|診所).{0,6}(?:會|將|願意|負責).{0,8}(?:賠償|補償|退費)"
                  + "|\\bwe(?: will|'ll| shall) (?:fully )?(?:compensate|refund|pay for|reimburse)\\b"),
          rule(
              "LIABILITY_ADMISSION",
              FindingCategory.LIABILITY,
              "是我們的(?:疏失|錯|問題)|\\bit was our (?:mistake|fault|error)\\b"),
          rule(
              "MEDIATION_DISCLOSURE",
              FindingCategory.MEDIATION,
              "調解.{0,12}(?:萬元|元|金額|要求|提出|表示)"
                  + "|\\bin (?:the )?mediation,? (?:they|the patient|the family) (?:asked|demanded|said)"),
          rule(
              "AD_SOLICITATION_IN_REPLY",
              FindingCategory.ADVERTISING,
              FindingLevel.WARN,
              "加(?:入)?(?:官方)?line(?:好友)?.{0,6}(?:預約|諮詢|詢問)"));

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
  private static final String NAME_SUFFIX = "(?:先生|小姐|女士|太太|媽媽|爸爸|阿姨|伯伯|奶奶|爺爺)";

  /**
   * A surname followed by a form of address, or an English title and name. The look-ahead (any
   * character, then a form of address) is equivalent to the match that follows and runs first
   * because {@code java.util.regex} tests a large character class as a chain of predicates.
   */
  private static final Pattern NAME =
      re(
          "(?=."
              + NAME_SUFFIX
              + ")["
              + SURNAMES
              + "]"
              + NAME_SUFFIX
              + "|(?<![a-z])(?:mr|mrs|ms|miss)\\.?\\s+[a-z][a-z'-]{1,20}");

  private static final Pattern VISIT_DATE =
      re(
          "(?:上週|上星期|上禮拜)[一二三四五六日天]|昨天|前天|(?:今天|昨天)?(?:上午|下午|晚上)\\d{1,2}[點:]"
              + "|(?<![\\d/])\\d{1,2}/\\d{1,2}(?![\\d/])|\\d{1,2}月\\d{1,2}[日號]"
              + "|\\b(?:last|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
              + "|\\byesterday\\b");
  private static final Pattern PROCEDURE =
      re(
          "植牙|拔牙|根管|雷射|抽脂|手術|洗牙|注射|玻尿酸|肉毒|隆乳|雙眼皮|矯正|假牙|開刀|打針"
              + "|\\b(?:root canal|implants?|fillers?|botox|surgery|extraction|injection|laser)\\b");
  private static final Pattern AGE =
      re("\\d{1,3}\\s{0,3}歲|\\b\\d{1,3}-year-old\\b|\\baged \\d{1,3}\\b");
  private static final Pattern AMOUNT =
      re("nt\\$\\s{0,3}\\d|(?<![\\d,])\\d[\\d,]{0,20}\\s{0,3}(?:元|萬)|(?<![a-z])\\$\\s{0,3}\\d");
  private static final Pattern MARKUP_PATTERN =
      re(
          "</?[a-z][a-z0-9]*(?:\\s[^<>]{0,200})?/?>|&(?:#\\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});"
              + "|\\[[^\\]]{1,100}\\]\\(https?://");

  private final RulePack pack;
  private final CompiledPack compiled;

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
   */
  public ComplianceEngine(RulePack pack) {
    this.pack = Checks.notNull(pack, "rulePack");
    this.compiled = CompiledPack.of(pack);
  }

  private static ContextRule rule(String id, FindingCategory c, String regex) {
    return rule(id, c, FindingLevel.BLOCK, regex);
  }

  private static ContextRule rule(String id, FindingCategory c, FindingLevel l, String regex) {
    return new ContextRule(id, c, l, re(regex));
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
      boolean original) {}

  @Override
  public ComplianceReport check(String text, ReplyContext context) {
    Checks.notNull(text, "text");
    Checks.notNull(context, "context");
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
    for (ContextRule r : CONTEXT) {
      Matcher x = r.p().matcher(norm);
      while (x.find()) {
        found.add(
            new Candidate(
                r.ruleId(), r.category(), r.level(), null, x.start(), x.end(), null, false));
      }
    }
    ClinicProfile clinic = context.clinic();
    Set<String> disabled = new HashSet<>(pack.pii().disabledDetectors());
    pii(norm, clinic, disabled, found);
    if (context.audience() == Audience.PUBLIC) {
      indirectIdentification(norm, clinic, found);
    }
    if (context.channel().markup() == Markup.PLAIN) {
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
    for (Candidate c : dedupe(found)) {
      int start = c.original() ? c.start() : nt.originalStart(c.start());
      int end = c.original() ? c.end() : nt.originalEnd(c.end());
      findings.add(finding(c, start, end, text, context.audience(), locale));
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
    return report;
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
    add(out, disabled, "PII_PERSON_NAME", NAME, norm, g -> true);
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

  /**
   * Two or more quasi-identifiers (name, visit date, procedure, age, amount, doctor) in one public
   * text identify a person indirectly (PDPA Art. 2(1)); reported once, over all of them.
   */
  private static void indirectIdentification(
      String norm, ClinicProfile clinic, List<Candidate> out) {
    int kinds = 0;
    int from = Integer.MAX_VALUE;
    int to = -1;
    for (Pattern p : List.of(NAME, VISIT_DATE, PROCEDURE, AGE, AMOUNT)) {
      Matcher x = p.matcher(norm);
      if (x.find()) {
        kinds++;
        from = Math.min(from, x.start());
        do {
          to = Math.max(to, x.end());
        } while (x.find());
      }
    }
    for (String doctor : clinic.doctorNames()) {
      String d = NormalizedText.normalize(doctor);
      int at = d.isEmpty() ? -1 : norm.indexOf(d);
      if (at >= 0) {
        kinds++;
        from = Math.min(from, at);
        to = Math.max(to, at + d.length());
        break;
      }
    }
    if (kinds >= 2) {
      out.add(
          new Candidate(
              "INDIRECT_IDENTIFICATION",
              FindingCategory.CONFIDENTIALITY,
              FindingLevel.BLOCK,
              null,
              from,
              to,
              null,
              false));
    }
  }
}
