package cn.gov.sixian.reception.publicquery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The keys of the public query, each derived from the one server secret by HMAC-SHA256 with its
 * own label, so that a token can never pass for a code hash or an address hash: codes (hash of
 * salt, case number and code), tokens (signature) and attempt keys (addresses and numbers
 * entered, kept only as keyed hashes).
 */
@Component
class PublicQueryKeys {

  private static final String HMAC = "HmacSHA256";

  private final boolean enabled;
  private final byte[] codeKey;
  private final byte[] tokenKey;
  private final byte[] attemptKey;

  PublicQueryKeys(PublicQueryProperties properties) {
    this.enabled = properties.enabled();
    byte[] secret = (enabled ? properties.secret().strip() : "closed")
        .getBytes(StandardCharsets.UTF_8);
    this.codeKey = mac(secret, "query-code");
    this.tokenKey = mac(secret, "query-token");
    this.attemptKey = mac(secret, "query-attempt");
  }

  boolean enabled() {
    return enabled;
  }

  byte[] codeHash(String text) {
    return mac(codeKey, text);
  }

  byte[] tokenSignature(String text) {
    return mac(tokenKey, text);
  }

  /** A keyed hash of an attempt key (address or number entered), 40 hex characters. */
  String attemptHash(String text) {
    return HexFormat.of().formatHex(mac(attemptKey, text)).substring(0, 40);
  }

  /** Compares in time independent of where the two differ. */
  static boolean same(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }

  private static byte[] mac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 not available", e);
    }
  }
}
