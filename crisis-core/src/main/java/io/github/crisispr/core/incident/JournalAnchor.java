package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The head of a journal's hash chain at one moment: how many lines it had and the hash of the last
 * one, optionally signed by a {@link JournalSigner}. Kept outside the journal (another host, a
 * ticket, a printed report), an anchor lets {@link IncidentJournal#verify(java.nio.file.Path,
 * JournalAnchor)} detect an edit, a deletion or a reordering of any line up to it, even when the
 * editor recomputed every CRC and the whole chain; a signed anchor also cannot be forged without
 * the key.
 *
 * <p>The text form is {@code lines:head} or {@code lines:head:signature} (hex).
 *
 * @param lines the number of lines the anchor covers (0 for an empty journal)
 * @param head the hash of line {@code lines}: 64 lower-case hex digits (zeros when empty)
 * @param signature the signature over {@link #message()} in lower-case hex, or empty when unsigned
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public record JournalAnchor(long lines, String head, String signature) {
  private static final HexFormat HEX = HexFormat.of();

  /**
   * Checks the anchor.
   *
   * @throws InvalidInputException naming {@code lines}, {@code head} or {@code signature}
   */
  public JournalAnchor {
    Checks.nonNegative(lines, "lines");
    Checks.notNull(head, "head");
    Checks.notNull(signature, "signature");
    if (head.length() != 64 || !isHex(head)) {
      throw new InvalidInputException("head", "must be 64 lower-case hex digits");
    }
    if (!signature.isEmpty() && (signature.length() % 2 != 0 || !isHex(signature))) {
      throw new InvalidInputException("signature", "must be lower-case hex digits or empty");
    }
  }

  /**
   * An unsigned anchor.
   *
   * @param lines the number of lines
   * @param head the hash of the last line
   * @return the anchor
   */
  public static JournalAnchor of(long lines, String head) {
    return new JournalAnchor(lines, head, "");
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The bytes a signer signs: a fixed label, the line count and the head, so that a signature
   * cannot be moved to another count or head.
   *
   * @return the message
   */
  public byte[] message() {
    return ("crisis-pr journal anchor v1\n" + lines + "\n" + head)
        .getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * This anchor signed.
   *
   * @param signer the signer
   * @return a new anchor with the signature
   */
  public JournalAnchor signedBy(JournalSigner signer) {
    Checks.notNull(signer, "signer");
    return new JournalAnchor(lines, head, HEX.formatHex(signer.sign(message())));
  }

  /**
   * Whether the anchor is signed and the signature checks out with the signer's key.
   *
   * @param signer the signer holding the key
   * @return true when signed and valid
   */
  public boolean verifiedBy(JournalSigner signer) {
    Checks.notNull(signer, "signer");
    return !signature.isEmpty() && signer.verify(message(), HEX.parseHex(signature));
  }

  /**
   * Reads the text form.
   *
   * @param text {@code lines:head} or {@code lines:head:signature}
   * @return the anchor
   * @throws InvalidInputException naming {@code anchor} or the part at fault
   */
  public static JournalAnchor parse(String text) {
    Checks.notNull(text, "anchor");
    String[] parts = text.strip().split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw new InvalidInputException("anchor", "must be lines:head or lines:head:signature");
    }
    long n;
    try {
      n = Long.parseLong(parts[0]);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("anchor.lines", 0, "must be a whole number", e);
    }
    return new JournalAnchor(n, parts[1], parts.length == 3 ? parts[2] : "");
  }

  /**
   * The text form.
   *
   * @return {@code lines:head} or {@code lines:head:signature}
   */
  @Override
  public String toString() {
    return lines + ":" + head + (signature.isEmpty() ? "" : ":" + signature);
  }
}
