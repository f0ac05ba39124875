package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.incident.HmacJournalSigner;
import java.security.MessageDigest;

/**
 * Signs journal checkpoints ({@link JournalAnchor}s) so that an anchor kept next to the journal
 * cannot be forged by someone without the key (SPI). The built-in signer is {@link
 * #hmacSha256(byte[]) HMAC-SHA-256} with a key the host provides (from its secret store; never from
 * the journal's directory). Implementations must be thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public interface JournalSigner {

  /**
   * Signs a message.
   *
   * @param message the bytes to sign
   * @return the signature
   */
  byte[] sign(byte[] message);

  /**
   * Checks a signature; the default recomputes it and compares in constant time.
   *
   * @param message the signed bytes
   * @param signature the signature to check
   * @return true when it is this signer's signature of the message
   */
  default boolean verify(byte[] message, byte[] signature) {
    return MessageDigest.isEqual(sign(message), signature);
  }

  /**
   * The built-in signer: HMAC-SHA-256.
   *
   * @param key the secret key, at least 16 bytes (32 recommended); copied
   * @return the signer
   * @throws io.github.crisispr.core.InvalidInputException if the key is shorter than 16 bytes
   */
  static JournalSigner hmacSha256(byte[] key) {
    Checks.notNull(key, "key");
    return new HmacJournalSigner(key);
  }
}
