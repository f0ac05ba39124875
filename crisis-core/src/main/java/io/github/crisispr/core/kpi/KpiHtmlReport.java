package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.Labels;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link KpiReport} as one self-contained HTML page that a clinic manager can open in a
 * browser: the phase scores, the time to the first public statement against the 1 h line, the 24 h
 * response rate by month (inline SVG, no script, no chart library), the KPI table and the
 * improvement recommendations. Every text is HTML-escaped.
 *
 * <p>Stateless and thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class KpiHtmlReport {
  private static final String GOOD = "#2e7d32";
  private static final String LATE = "#ef6c00";
  private static final String LINE = "#c62828";

  private KpiHtmlReport() {}

  /**
   * Renders the page.
   *
   * @param report the report
   * @param locale the reader's locale: zh-TW for any Chinese locale, English otherwise
   * @return the HTML document (UTF-8 declared)
   */
  public static String render(KpiReport report, Locale locale) {
    Checks.notNull(report, "report");
    Checks.notNull(locale, "locale");
    boolean zh = Labels.isChinese(locale);
    StringBuilder h = new StringBuilder(16_384);
    String title = zh ? "危機公關績效報告" : "Crisis PR performance report";
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(zh ? "zh-Hant-TW" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:'Noto Sans CJK TC','Noto Sans TC',sans-serif;margin:24px;")
        .append("color:#212121;max-width:1100px}\n")
        .append("h1{font-size:26px;margin-bottom:4px}h2{font-size:19px;margin-top:28px}\n")
        .append("table{border-collapse:collapse;width:100%;font-size:13px}\n")
        .append("td,th{border:1px solid #ccc;padding:4px 6px;text-align:left}\n")
        .append("th{background:#eceff1}.num{text-align:right}\n")
        .append("svg text{font-family:inherit;font-size:12px}\n")
        .append("li{margin-bottom:6px}.alt{color:#757575;font-size:12px}\n")
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(escape(title)).append("</h1>\n<p>");
    h.append(
        escape((zh ? "期間：" : "Period ") + report.period().from() + " – " + report.period().to()));
    h.append(" · ")
        .append(escape((zh ? "事件數：" : "Incidents ") + report.incidents()))
        .append(" · ")
        .append(escape(report.period().zone().getId()));
    Integer overall = report.scorecard().overall();
    h.append(" · ")
        .append(escape((zh ? "總分：" : "Overall score ") + (overall == null ? "–" : overall)))
        .append("</p>\n");

    h.append("<h2>").append(escape(zh ? "三階段分數" : "Phase scores")).append("</h2>\n");
    phaseChart(h, report.scorecard(), locale);
    h.append("<h2>")
        .append(escape(zh ? "首次公開聲明時間（對照1小時）" : "Time to first public statement vs the 1 h line"))
        .append("</h2>\n");
    histogramChart(h, report.firstPublicStatementHistogram(), zh);
    populationNote(h, report, locale);
    h.append("<h2>")
        .append(escape(zh ? "各月24小時內公開回應比率" : "Public response within 24 h, by month"))
        .append("</h2>\n");
    monthlyChart(h, report.publicResponseByMonth(), zh);
    h.append("<p class=\"alt\">")
        .append(
            escape(
                (zh ? "計算對象：" : "Population: ")
                    + KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE.population(locale)
                    + (zh ? "，依開啟月份分組。" : ", grouped by the month of opening.")))
        .append("</p>\n");

    h.append("<h2>").append(escape(zh ? "指標" : "KPIs")).append("</h2>\n");
    kpiTable(h, report, locale);

    h.append("<h2>").append(escape(zh ? "改進建議" : "Improvement recommendations")).append("</h2>\n");
    List<Recommendation> recs = report.scorecard().recommendations();
    if (recs.isEmpty()) {
      h.append("<p>")
          .append(escape(zh ? "沒有需要特別改進的指標。" : "No metric needs particular attention."))
          .append("</p>\n");
    } else {
      h.append("<ol>\n");
      for (Recommendation r : recs) {
        h.append("<li><b>")
            .append(escape(r.phase().label(locale)))
            .append("</b> · <code>")
            .append(escape(r.id()))
            .append("</code><br>")
            .append(escape(r.text(locale)))
            .append("<br><span class=\"alt\">")
            .append(escape(zh ? r.en() : r.zhTw()))
            .append("</span></li>\n");
      }
      h.append("</ol>\n");
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /** Says whom the histogram counts, and that the 1 h rate counts another population. */
  private static void populationNote(StringBuilder h, KpiReport report, Locale locale) {
    boolean zh = Labels.isChinese(locale);
    long shown = 0;
    for (HistogramBucket b : report.firstPublicStatementHistogram()) {
      shown += b.count();
    }
    String rate = "";
    if (report.kpi(KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE) instanceof RateKpi r) {
      rate =
          zh
              ? "；「"
                  + r.id().label(locale)
                  + "」的計算對象不同："
                  + r.id().population(locale)
                  + "，共"
                  + r.denominator()
                  + "件"
                  + pending(r.pending(), true)
              : "; the “"
                  + r.id().label(locale)
                  + "” rate counts another population: "
                  + r.id().population(locale)
                  + ", "
                  + r.denominator()
                  + pending(r.pending(), false);
    }
    h.append("<p class=\"alt\">")
        .append(
            escape(
                zh
                    ? "計算對象："
                        + KpiId.TIME_TO_FIRST_PUBLIC_STATEMENT.population(locale)
                        + "，共"
                        + shown
                        + "件（尚未公開聲明的事件不在圖中）"
                        + rate
                        + "。"
                    : "Population: "
                        + KpiId.TIME_TO_FIRST_PUBLIC_STATEMENT.population(locale)
                        + ", "
                        + shown
                        + " (incidents without a public statement are not shown)"
                        + rate
                        + "."))
        .append("</p>\n");
  }

  private static void phaseChart(StringBuilder h, Scorecard card, Locale locale) {
    int width = 700;
    int rowHeight = 40;
    int left = 190;
    int barMax = width - left - 60;
    int height = rowHeight * card.phases().size() + 30;
    svgOpen(h, width, height, "phase scores");
    int y = 10;
    for (PhaseScore p : card.phases()) {
      text(h, 8, y + 22, "start", p.phase().label(locale));
      rect(h, left, y + 6, barMax, 22, "#eceff1");
      Integer s = p.score();
      if (s != null) {
        String color = s >= 80 ? GOOD : s >= 60 ? "#f9a825" : LINE;
        rect(h, left, y + 6, barMax * s / 100, 22, color);
        text(h, left + barMax + 8, y + 22, "start", Integer.toString(s));
      } else {
        text(h, left + 8, y + 22, "start", Labels.isChinese(locale) ? "無資料" : "no data");
      }
      y += rowHeight;
    }
    text(h, left, height - 4, "middle", "0");
    text(h, left + barMax, height - 4, "middle", "100");
    h.append("</svg>\n");
  }

  private static void histogramChart(StringBuilder h, List<HistogramBucket> buckets, boolean zh) {
    int width = 860;
    int height = 280;
    int left = 50;
    int bottom = height - 50;
    int top = 20;
    long max = 1;
    for (HistogramBucket b : buckets) {
      max = Math.max(max, b.count());
    }
    int slot = (width - left - 20) / buckets.size();
    svgOpen(h, width, height, "time to first public statement");
    line(h, left, bottom, width - 10, bottom, "#424242", false);
    line(h, left, top, left, bottom, "#424242", false);
    text(h, left - 6, top + 4, "end", Long.toString(max));
    text(h, left - 6, bottom, "end", "0");
    int oneHourX = left;
    for (int i = 0; i < buckets.size(); i++) {
      HistogramBucket b = buckets.get(i);
      int x = left + i * slot;
      int barHeight = (int) ((bottom - top) * b.count() / max);
      Duration to = b.to();
      boolean onTime = to != null && to.compareTo(Duration.ofHours(1)) <= 0;
      rect(h, x + 6, bottom - barHeight, slot - 12, barHeight, onTime ? GOOD : LATE);
      if (b.count() > 0) {
        text(h, x + slot / 2, bottom - barHeight - 4, "middle", Long.toString(b.count()));
      }
      text(h, x + slot / 2, bottom + 16, "middle", bucketLabel(b, zh));
      if (to != null && to.equals(Duration.ofHours(1))) {
        oneHourX = x + slot;
      }
    }
    line(h, oneHourX, top - 10, oneHourX, bottom + 4, LINE, true);
    text(h, oneHourX + 4, top, "start", zh ? "1小時" : "1 h");
    text(
        h,
        left,
        height - 8,
        "start",
        zh ? "事件數；綠色：1小時內，橘色：超過1小時" : "Incidents; green: within 1 h, orange: later");
    h.append("</svg>\n");
  }

  private static String bucketLabel(HistogramBucket b, boolean zh) {
    Duration to = b.to();
    if (to == null) {
      return "≥ " + human(b.from(), zh);
    }
    return "< " + human(to, zh);
  }

  private static String human(Duration d, boolean zh) {
    long minutes = d.toMinutes();
    if (minutes < 60) {
      return minutes + (zh ? "分鐘" : " min");
    }
    return (minutes / 60) + (zh ? "小時" : " h");
  }

  private static void monthlyChart(StringBuilder h, Map<YearMonth, RateKpi> months, boolean zh) {
    int width = 860;
    int height = 260;
    int left = 50;
    int bottom = height - 40;
    int top = 20;
    svgOpen(h, width, height, "public response within 24 h by month");
    line(h, left, bottom, width - 10, bottom, "#424242", false);
    line(h, left, top, left, bottom, "#424242", false);
    text(h, left - 6, top + 4, "end", "100%");
    text(h, left - 6, bottom, "end", "0%");
    int target = bottom - (bottom - top) * 90 / 100;
    line(h, left, target, width - 10, target, LINE, true);
    text(h, width - 12, target - 4, "end", zh ? "目標90%" : "target 90%");
    if (months.isEmpty()) {
      text(
          h,
          left + 10,
          (top + bottom) / 2,
          "start",
          zh ? "沒有需在24小時內回應的事件" : "No incident had a 24 h response clock");
    }
    int slot = months.isEmpty() ? 1 : Math.min(120, (width - left - 20) / months.size());
    int i = 0;
    for (Map.Entry<YearMonth, RateKpi> e : months.entrySet()) {
      int x = left + i * slot;
      RateKpi r = e.getValue();
      double v = r.value().orElse(0);
      int barHeight = (int) Math.round((bottom - top) * v);
      rect(h, x + 8, bottom - barHeight, slot - 16, barHeight, v >= 0.9 ? GOOD : LATE);
      text(
          h,
          x + slot / 2,
          bottom - barHeight - 4,
          "middle",
          Math.round(v * 100)
              + (zh ? "%（" : "% (")
              + r.numerator()
              + "/"
              + r.denominator()
              + (zh ? "）" : ")"));
      text(h, x + slot / 2, bottom + 16, "middle", e.getKey().toString());
      i++;
    }
    h.append("</svg>\n");
  }

  private static void kpiTable(StringBuilder h, KpiReport report, Locale locale) {
    boolean zh = Labels.isChinese(locale);
    h.append("<table>\n<tr><th>")
        .append(escape(zh ? "指標" : "KPI"))
        .append("</th><th>id</th><th>")
        .append(escape(zh ? "數值" : "Value"))
        .append("</th><th>")
        .append(escape(zh ? "計算對象" : "Population"))
        .append("</th></tr>\n");
    for (Kpi k : report.kpis()) {
      h.append("<tr><td>")
          .append(escape(k.id().label(locale)))
          .append("</td><td><code>")
          .append(escape(k.id().id()))
          .append("</code></td><td>")
          .append(escape(describe(k, zh)))
          .append("</td><td>")
          .append(escape(k.id().population(locale)))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  /**
   * A duration for readers: 「43分鐘」「2小時15分鐘」「5天14小時」 in Chinese (no spaces, as zh-TW writes numbers
   * with units), "43 min", "2 h 15 min", "5 d 14 h" in English; the two largest units, smaller ones
   * truncated.
   */
  static String readable(Duration d, boolean zh) {
    long s = d.toSeconds();
    long days = s / 86_400;
    long hours = s % 86_400 / 3600;
    long minutes = s % 3600 / 60;
    String sep = zh ? "" : " ";
    if (days > 0) {
      return unit(days, zh ? "天" : "d", zh)
          + (hours == 0 ? "" : sep + unit(hours, zh ? "小時" : "h", zh));
    }
    if (hours > 0) {
      return unit(hours, zh ? "小時" : "h", zh)
          + (minutes == 0 ? "" : sep + unit(minutes, zh ? "分鐘" : "min", zh));
    }
    if (minutes > 0) {
      return unit(minutes, zh ? "分鐘" : "min", zh);
    }
    return unit(s, zh ? "秒" : "s", zh);
  }

  private static String unit(long n, String unit, boolean zh) {
    return n + (zh ? "" : " ") + unit;
  }

  /** A rating as readers see it: one decimal, for example {@code 4.3}. */
  static String oneDecimal(@Nullable Double v) {
    return v == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f", v);
  }

  private static String pending(long n, boolean zh) {
    return n == 0 ? "" : zh ? "（尚待" + n + "件）" : " (" + n + " pending)";
  }

  static String describe(Kpi k, boolean zh) {
    String none = zh ? "無資料" : "no data";
    if (k instanceof DurationKpi d) {
      Duration mean = d.mean();
      Duration median = d.median();
      Duration p90 = d.p90();
      if (d.count() == 0 || mean == null || median == null || p90 == null) {
        return none + pending(d.pending(), zh);
      }
      return (zh ? "件數：" : "n = ")
          + d.count()
          + (zh ? "，平均" : ", mean ")
          + readable(mean, zh)
          + (zh ? "，中位數" : ", median ")
          + readable(median, zh)
          + (zh ? "，p90為" : ", p90 ")
          + readable(p90, zh)
          + pending(d.pending(), zh);
    }
    if (k instanceof RateKpi r) {
      String open = zh ? "（" : " (";
      String close = zh ? "）" : ")";
      return (r.value().isEmpty()
              ? none + open + "0/0" + close
              : Math.round(r.value().getAsDouble() * 1000) / 10.0
                  + "%"
                  + open
                  + r.numerator()
                  + "/"
                  + r.denominator()
                  + close)
          + pending(r.pending(), zh);
    }
    if (k instanceof CountKpi c) {
      return Long.toString(c.count());
    }
    if (k instanceof RatingRecoveryKpi r) {
      if (r.count() == 0) {
        return none;
      }
      Duration back = r.timeToBaseline();
      return (zh ? "事件前平均" : "before ")
          + oneDecimal(r.averageBefore())
          + (zh ? "，事件後最低" : ", lowest after ")
          + oneDecimal(r.lowestAfter())
          + (zh ? "，恢復" : ", recovered ")
          + r.recovered()
          + "/"
          + r.count()
          + (back == null ? "" : (zh ? "，中位恢復時間" : ", median time back ") + readable(back, zh));
    }
    NpsKpi n = (NpsKpi) k;
    return n.value().isEmpty()
        ? none
        : Math.round(n.value().getAsDouble() * 10) / 10.0
            + (zh ? "（推薦" : " (promoters ")
            + n.promoters()
            + (zh ? "，中立" : ", passives ")
            + n.passives()
            + (zh ? "，批評" : ", detractors ")
            + n.detractors()
            + (zh ? "）" : ")");
  }

  private static void svgOpen(StringBuilder h, int width, int height, String label) {
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(escape(label))
        .append("\">\n");
  }

  private static void rect(StringBuilder h, int x, int y, int w, int height, String fill) {
    h.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(Math.max(0, w))
        .append("\" height=\"")
        .append(Math.max(0, height))
        .append("\" fill=\"")
        .append(fill)
        .append("\"/>\n");
  }

  private static void line(
      StringBuilder h, int x1, int y1, int x2, int y2, String stroke, boolean dashed) {
    h.append("<line x1=\"")
        .append(x1)
        .append("\" y1=\"")
        .append(y1)
        .append("\" x2=\"")
        .append(x2)
        .append("\" y2=\"")
        .append(y2)
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"2\"")
        .append(dashed ? " stroke-dasharray=\"6 4\"" : "")
        .append("/>\n");
  }

  private static void text(StringBuilder h, int x, int y, String anchor, String s) {
    h.append("<text x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">")
        .append(escape(s))
        .append("</text>\n");
  }

  /**
   * Escapes text for HTML element content and attribute values.
   *
   * @param s the text
   * @return the text with {@code &}, {@code <}, {@code >}, {@code "} and {@code '} escaped
   */
  static String escape(@Nullable String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
