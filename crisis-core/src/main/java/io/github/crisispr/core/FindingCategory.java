package io.github.crisispr.core;

import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/** The area of law or form a compliance finding belongs to. */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public enum FindingCategory implements Labelled {
  /** Medical advertising rules (醫療法 Arts. 9, 61, 84-87, 103). */
  ADVERTISING,
  /** Patient confidentiality (醫療法 Art. 72, 醫師法 Art. 23, 刑法 Art. 316). */
  CONFIDENTIALITY,
  /** Personal data and identifiers (個資法). */
  PERSONAL_DATA,
  /** Defamation, insult and characterising a person (刑法 Arts. 309-310, 民法 Art. 195). */
  DEFAMATION,
  /** Admitting fault or promising compensation (醫預法 Arts. 6-7). */
  LIABILITY,
  /** Disclosing mediation content (醫預法 Art. 18). */
  MEDIATION,
  /** Length, invisible characters and markup. */
  FORMAT;

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "ADVERTISING"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static FindingCategory fromId(String id) {
    return Enums.parse(FindingCategory.class, id, "findingCategory");
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.get("FindingCategory." + name(), locale);
  }
}
