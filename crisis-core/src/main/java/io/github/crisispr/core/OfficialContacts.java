package io.github.crisispr.core;

import io.github.crisispr.core.internal.Checks;
import java.util.List;

/**
 * A clinic's own published contact points. They are allow-listed: a reply may contain them, and the
 * compliance checker does not report them as personal data.
 *
 * @param phones phone and fax numbers as published, for example {@code "02-2345-6789"}
 * @param lineIds LINE official-account ids, for example {@code "@goodclinic"}
 * @param emails e-mail addresses
 * @param urls web addresses
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public record OfficialContacts(
    List<String> phones, List<String> lineIds, List<String> emails, List<String> urls) {
  private static final OfficialContacts NONE =
      new OfficialContacts(List.of(), List.of(), List.of(), List.of());

  /** Copies the lists; rejects null lists and null or blank entries. */
  public OfficialContacts {
    phones = entries(phones, "phones");
    lineIds = entries(lineIds, "lineIds");
    emails = entries(emails, "emails");
    urls = entries(urls, "urls");
  }

  private static List<String> entries(List<String> values, String name) {
    List<String> copy = Checks.list(values, name);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).isBlank()) {
        throw new InvalidInputException(name + "[" + i + "]", "must not be blank");
      }
    }
    return copy;
  }

  /**
   * No published contacts.
   *
   * @return empty contacts
   */
  public static OfficialContacts none() {
    return NONE;
  }

  /**
   * Whether no contact is listed.
   *
   * @return true if all lists are empty
   */
  public boolean isEmpty() {
    return phones.isEmpty() && lineIds.isEmpty() && emails.isEmpty() && urls.isEmpty();
  }
}
