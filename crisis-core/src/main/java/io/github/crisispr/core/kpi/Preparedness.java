package io.github.crisispr.core.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.json.Json;
import io.github.crisispr.core.internal.json.JsonNodeReader;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The prevention-phase inputs of the scorecard (風險評估, 危機預警, 應對計畫, 員工訓練), as the clinic reports them
 * for the twelve months up to the end of the report's period.
 *
 * <p>JSON: {@code {"drillsHeld":2,"staffTrained":8,"staffTotal":10,
 * "lastRiskAssessment":"2026-01-15","sopLastReviewed":"2025-11-30","watchTermsConfigured":6}}; the
 * two dates may be absent or null (never done). Numbers may also be given as strings.
 *
 * @param drillsHeld crisis drills (情境模擬演練) held in the last twelve months, at least 0
 * @param staffTrained staff trained in crisis handling, 0 to {@code staffTotal}
 * @param staffTotal all staff, at least 0
 * @param lastRiskAssessment the date of the last risk assessment, or null if never
 * @param sopLastReviewed the date the crisis SOP was last reviewed, or null if never
 * @param watchTermsConfigured monitoring keywords configured (clinic and doctor names, treatments,
 *     dispute words), at least 0
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record Preparedness(
    int drillsHeld,
    int staffTrained,
    int staffTotal,
    @Nullable LocalDate lastRiskAssessment,
    @Nullable LocalDate sopLastReviewed,
    int watchTermsConfigured) {

  /**
   * Validates the counts.
   *
   * @throws InvalidInputException if a count is negative or more staff are trained than employed
   */
  public Preparedness {
    Checks.nonNegative(drillsHeld, "drillsHeld");
    Checks.nonNegative(staffTrained, "staffTrained");
    Checks.nonNegative(staffTotal, "staffTotal");
    Checks.nonNegative(watchTermsConfigured, "watchTermsConfigured");
    if (staffTrained > staffTotal) {
      throw new InvalidInputException(
          "staffTrained", "must not exceed staffTotal " + staffTotal + ", was " + staffTrained);
    }
  }

  /**
   * Reads the JSON form.
   *
   * @param json the JSON object
   * @return the inputs
   * @throws InvalidInputException naming the field at fault, or {@code $} for malformed JSON
   */
  public static Preparedness fromJson(String json) {
    Checks.notNull(json, "json");
    JsonNode node;
    try {
      node = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw Json.toInvalidInput(e);
    }
    if (node == null) {
      throw new InvalidInputException("$", "must be a JSON object, was empty");
    }
    JsonNodeReader r = JsonNodeReader.of(node, "");
    int drills = r.intValue("drillsHeld");
    int trained = r.intValue("staffTrained");
    int total = r.intValue("staffTotal");
    LocalDate risk = date(r, "lastRiskAssessment");
    LocalDate sop = date(r, "sopLastReviewed");
    int terms = r.intValue("watchTermsConfigured");
    return r.build(() -> new Preparedness(drills, trained, total, risk, sop, terms));
  }

  private static @Nullable LocalDate date(JsonNodeReader r, String name) {
    String v = r.optionalText(name);
    return v == null ? null : JsonNodeReader.parseDate(v, r.pathOf(name));
  }

  /**
   * Writes the JSON form (absent dates are left out).
   *
   * @return compact JSON
   */
  public String toJson() {
    ObjectNode o = Json.object();
    o.put("drillsHeld", drillsHeld);
    o.put("staffTrained", staffTrained);
    o.put("staffTotal", staffTotal);
    if (lastRiskAssessment != null) {
      o.put("lastRiskAssessment", lastRiskAssessment.toString());
    }
    if (sopLastReviewed != null) {
      o.put("sopLastReviewed", sopLastReviewed.toString());
    }
    o.put("watchTermsConfigured", watchTermsConfigured);
    return Json.write(o);
  }
}
