package io.github.crisispr.core.internal.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.JournalSigner;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The built-in {@link JournalSigner}: HMAC-SHA-256 with a host key. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2.0")
public final class HmacJournalSigner implements JournalSigner {
  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;

  /**
   * Creates the signer.
   *
   * @param key the key, at least 16 bytes; copied
   */
  public HmacJournalSigner(byte[] key) {
    if (key.length < 16) {
      throw new InvalidInputException(
          "key", "must be at least 16 bytes (32 recommended), was " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  @Override
  public byte[] sign(byte[] message) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }
}
