package io.github.crisispr.core.kpi;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The KPIs and the scorecard of a period: an immutable value, thread-safe.
 *
 * <p>JSON ({@link #toJson()}), as docs/kpis.md says: {@code {"period":{"from","to"},"asOf",
 * "incidents":N,"kpis":[…],"scorecard":{…}}}. A duration KPI is {@code
 * {"id","count","mean","median","p90","pending"}} with ISO-8601 durations ({@code "PT55M"}), the
 * three statistics left out when the count is 0; a rate is {@code {"id","numerator","denominator",
 * "value","pending"}}, {@code value} left out when the denominator is 0; {@code pending} counts
 * what was not yet due or resolved as of {@code asOf}; a count is {@code {"id","count"}}; {@code
 * RATING_RECOVERY} is {@code {"id","count","averageBefore","lowestAfter","recovered",
 * "timeToBaseline"}} and {@code NPS} is {@code {"id","count","promoters","passives","detractors",
 * "value"}}, absent values left out. The scorecard is {@code {"overall","phases":[{"phase",
 * "score"}],"recommendations":[{"id","phase","metric","text":{"zh-TW","en"}}]}}.
 *
 * <p>The empty report ({@link #empty(KpiPeriod)}) has 0 incidents, every KPI in its empty form
 * (counts 0, no values) and an empty scorecard (no scores, no recommendations).
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public final class KpiReport {
  private final KpiPeriod period;
  private final Instant asOf;
  private final long incidents;
  private final List<Kpi> kpis;
  private final Scorecard scorecard;
  private final List<HistogramBucket> histogram;
  private final SortedMap<YearMonth, RateKpi> responseByMonth;

  /**
   * Creates a report.
   *
   * @param period the period
   * @param incidents how many incidents were opened in the period, at least 0
   * @param kpis one value per {@link KpiId}, in {@link KpiId} order
   * @param scorecard the scorecard
   * @param histogram the time-to-first-public-statement histogram, for charts
   * @param responseByMonth per month of opening, the 24 h public-response rate, for charts
   * @throws InvalidInputException if a component is null or the KPIs are not one per id in order
   */
  public KpiReport(
      KpiPeriod period,
      long incidents,
      List<Kpi> kpis,
      Scorecard scorecard,
      List<HistogramBucket> histogram,
      SortedMap<YearMonth, RateKpi> responseByMonth) {
    this(
        period,
        Checks.notNull(period, "period").end(),
        incidents,
        kpis,
        scorecard,
        histogram,
        responseByMonth);
  }

  /**
   * Creates a report computed as of an instant.
   *
   * @param period the period
   * @param asOf the instant it was computed as of
   * @param incidents how many incidents were opened in the period, at least 0
   * @param kpis one value per {@link KpiId}, in {@link KpiId} order
   * @param scorecard the scorecard
   * @param histogram the time-to-first-public-statement histogram, for charts
   * @param responseByMonth per month of opening, the 24 h public-response rate, for charts
   * @throws InvalidInputException if a component is null or the KPIs are not one per id in order
   */
  public KpiReport(
      KpiPeriod period,
      Instant asOf,
      long incidents,
      List<Kpi> kpis,
      Scorecard scorecard,
      List<HistogramBucket> histogram,
      SortedMap<YearMonth, RateKpi> responseByMonth) {
    this.period = Checks.notNull(period, "period");
    this.asOf = Checks.notNull(asOf, "asOf");
    this.incidents = Checks.nonNegative(incidents, "incidents");
    this.kpis = Checks.list(kpis, "kpis");
    KpiId[] ids = KpiId.values();
    if (this.kpis.size() != ids.length) {
      throw new InvalidInputException(
          "kpis", "must hold one value per KpiId (" + ids.length + "), was " + this.kpis.size());
    }
    for (int i = 0; i < ids.length; i++) {
      if (this.kpis.get(i).id() != ids[i]) {
        throw new InvalidInputException(
            "kpis[" + i + "]", "must be " + ids[i] + ", was " + this.kpis.get(i).id());
      }
    }
    this.scorecard = Checks.notNull(scorecard, "scorecard");
    this.histogram = Checks.list(histogram, "histogram");
    this.responseByMonth =
        Collections.unmodifiableSortedMap(
            new TreeMap<>(Checks.notNull(responseByMonth, "responseByMonth")));
  }

  /**
   * The documented empty report of a period.
   *
   * @param period the period
   * @return 0 incidents, every KPI empty, an empty scorecard
   */
  public static KpiReport empty(KpiPeriod period) {
    List<Kpi> k = new ArrayList<>();
    for (KpiId id : KpiId.values()) {
      k.add(Kpi.empty(id));
    }
    return new KpiReport(
        period,
        0,
        k,
        Scorecard.empty(),
        histogramOf(new long[KpiTally.HISTOGRAM_MINUTES.length + 1]),
        new TreeMap<>());
  }

  static List<HistogramBucket> histogramOf(long[] counts) {
    List<HistogramBucket> out = new ArrayList<>(counts.length);
    long from = 0;
    for (int i = 0; i < counts.length; i++) {
      Duration to =
          i < KpiTally.HISTOGRAM_MINUTES.length
              ? Duration.ofMinutes(KpiTally.HISTOGRAM_MINUTES[i])
              : null;
      out.add(new HistogramBucket(Duration.ofMinutes(from), to, counts[i]));
      if (to != null) {
        from = to.toMinutes();
      }
    }
    return out;
  }

  /**
   * The period.
   *
   * @return the period
   */
  public KpiPeriod period() {
    return period;
  }

  /**
   * The instant the report was computed as of: what was not yet due then is pending.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * How many incidents were opened in the period, dismissed ones included.
   *
   * @return the count
   */
  public long incidents() {
    return incidents;
  }

  /**
   * The KPIs, one per {@link KpiId}, in that order.
   *
   * @return an immutable list
   */
  public List<Kpi> kpis() {
    return kpis;
  }

  /**
   * One KPI.
   *
   * @param id the id
   * @return its value
   */
  public Kpi kpi(KpiId id) {
    Checks.notNull(id, "id");
    for (Kpi k : kpis) {
      if (k.id() == id) {
        return k;
      }
    }
    throw new IllegalStateException("no KPI " + id); // unreachable: the constructor checks
  }

  /**
   * The scorecard.
   *
   * @return the scorecard
   */
  public Scorecard scorecard() {
    return scorecard;
  }

  /**
   * The time-to-first-public-statement histogram (bounds 15, 30, 45 min, 1, 2, 4, 8, 24 h and
   * beyond), for charts; not part of the JSON.
   *
   * @return the buckets in order
   */
  public List<HistogramBucket> firstPublicStatementHistogram() {
    return histogram;
  }

  /**
   * The 24 h public-response rate per month of opening, for charts; not part of the JSON.
   *
   * @return months in order, each with its rate
   */
  public SortedMap<YearMonth, RateKpi> publicResponseByMonth() {
    return responseByMonth;
  }

  // ---------------------------------------------------------------- JSON

  /**
   * The contract JSON of this report.
   *
   * @return compact JSON
   */
  public String toJson() {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.factory().createGenerator(w)) {
      write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the KPI report", e);
    }
    return w.toString();
  }

  /**
   * Writes the contract JSON with a generator.
   *
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("period");
    g.writeStringField("from", period.from().toString());
    g.writeStringField("to", period.to().toString());
    g.writeEndObject();
    g.writeStringField("asOf", asOf.toString());
    g.writeNumberField("incidents", incidents);
    g.writeArrayFieldStart("kpis");
    for (Kpi k : kpis) {
      writeKpi(k, g);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("scorecard");
    if (scorecard.overall() != null) {
      g.writeNumberField("overall", scorecard.overall());
    }
    g.writeArrayFieldStart("phases");
    for (PhaseScore p : scorecard.phases()) {
      g.writeStartObject();
      g.writeStringField("phase", p.phase().id());
      if (p.score() != null) {
        g.writeNumberField("score", p.score());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("recommendations");
    for (Recommendation r : scorecard.recommendations()) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("phase", r.phase().id());
      g.writeStringField("metric", r.metric());
      g.writeObjectFieldStart("text");
      g.writeStringField("zh-TW", r.zhTw());
      g.writeStringField("en", r.en());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void duration(JsonGenerator g, String name, @Nullable Duration d)
      throws IOException {
    if (d != null) {
      g.writeStringField(name, d.toString());
    }
  }

  private static void writeKpi(Kpi k, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", k.id().id());
    if (k instanceof DurationKpi d) {
      g.writeNumberField("count", d.count());
      duration(g, "mean", d.mean());
      duration(g, "median", d.median());
      duration(g, "p90", d.p90());
      g.writeNumberField("pending", d.pending());
    } else if (k instanceof RateKpi r) {
      g.writeNumberField("numerator", r.numerator());
      g.writeNumberField("denominator", r.denominator());
      if (r.value().isPresent()) {
        g.writeNumberField("value", r.value().getAsDouble());
      }
      g.writeNumberField("pending", r.pending());
    } else if (k instanceof CountKpi c) {
      g.writeNumberField("count", c.count());
    } else if (k instanceof RatingRecoveryKpi r) {
      g.writeNumberField("count", r.count());
      Double before = r.averageBefore();
      Double low = r.lowestAfter();
      if (before != null && low != null) {
        g.writeNumberField("averageBefore", before);
        g.writeNumberField("lowestAfter", low);
      }
      g.writeNumberField("recovered", r.recovered());
      duration(g, "timeToBaseline", r.timeToBaseline());
    } else if (k instanceof NpsKpi n) {
      g.writeNumberField("count", n.count());
      g.writeNumberField("promoters", n.promoters());
      g.writeNumberField("passives", n.passives());
      g.writeNumberField("detractors", n.detractors());
      if (n.value().isPresent()) {
        g.writeNumberField("value", n.value().getAsDouble());
      }
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- CSV

  /** The CSV header of {@link #toCsv()}. */
  public static final String CSV_HEADER =
      "id,count,numerator,denominator,value,mean,median,p90,averageBefore,lowestAfter,recovered,"
          + "timeToBaseline,promoters,passives,detractors";

  /**
   * The KPIs as CSV (RFC 4180, CRLF line ends): the header {@link #CSV_HEADER}, then one row per
   * KPI in {@link KpiId} order; cells that do not apply to a KPI's shape, and absent values, are
   * empty. Durations are ISO-8601, rates and scores decimal numbers with a dot.
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder b = new StringBuilder(1024).append(CSV_HEADER).append("\r\n");
    for (Kpi k : kpis) {
      String[] cells = new String[15];
      java.util.Arrays.fill(cells, "");
      cells[0] = k.id().id();
      if (k instanceof DurationKpi d) {
        cells[1] = Long.toString(d.count());
        cells[5] = str(d.mean());
        cells[6] = str(d.median());
        cells[7] = str(d.p90());
      } else if (k instanceof RateKpi r) {
        cells[2] = Long.toString(r.numerator());
        cells[3] = Long.toString(r.denominator());
        cells[4] = r.value().isPresent() ? num(r.value().getAsDouble()) : "";
      } else if (k instanceof CountKpi c) {
        cells[1] = Long.toString(c.count());
      } else if (k instanceof RatingRecoveryKpi r) {
        cells[1] = Long.toString(r.count());
        Double before = r.averageBefore();
        Double low = r.lowestAfter();
        cells[8] = before == null ? "" : num(before);
        cells[9] = low == null ? "" : num(low);
        cells[10] = Long.toString(r.recovered());
        cells[11] = str(r.timeToBaseline());
      } else if (k instanceof NpsKpi n) {
        cells[1] = Long.toString(n.count());
        cells[4] = n.value().isPresent() ? num(n.value().getAsDouble()) : "";
        cells[12] = Long.toString(n.promoters());
        cells[13] = Long.toString(n.passives());
        cells[14] = Long.toString(n.detractors());
      }
      b.append(String.join(",", cells)).append("\r\n");
    }
    return b.toString();
  }

  private static String str(@Nullable Duration d) {
    return d == null ? "" : d.toString();
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof KpiReport r
        && period.equals(r.period)
        && asOf.equals(r.asOf)
        && incidents == r.incidents
        && kpis.equals(r.kpis)
        && scorecard.equals(r.scorecard)
        && histogram.equals(r.histogram)
        && responseByMonth.equals(r.responseByMonth);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(period, incidents, kpis, scorecard);
  }

  /** Shows the period and the incident count. */
  @Override
  public String toString() {
    return "KpiReport[period=" + period + ", incidents=" + incidents + "]";
  }
}
