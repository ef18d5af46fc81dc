package cn.gov.sixian.reception.publicquery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The short-lived proof that the code was checked, instead of a session: {@code
 * payload.signature}, both base64url, payload = case number, expiry (epoch seconds) and the code's
 * generation, signature = HMAC-SHA256 under the token key. It travels in a hidden form field and
 * in the path of download links; nothing is kept on the server, no cookie is set. A token is
 * bound to its case, ends at its expiry, and ends early when the code is issued again.
 */
@Component
class PublicTokens {

  /** The case and code generation a valid token stands for. */
  record Bound(String caseNumber, int generation) {}

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  /** No token of ours is longer: refused before decoding. */
  static final int MAX_LENGTH = 200;

  private final PublicQueryKeys keys;
  private final PublicQueryProperties properties;
  private final Clock clock;

  PublicTokens(PublicQueryKeys keys, PublicQueryProperties properties, Clock clock) {
    this.keys = keys;
    this.properties = properties;
    this.clock = clock;
  }

  String issue(String caseNumber, int generation) {
    Instant expires = clock.instant().plus(properties.tokenLifetime());
    String payload = caseNumber + "|" + expires.getEpochSecond() + "|" + generation;
    return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
        + ENCODER.encodeToString(keys.tokenSignature(payload));
  }

  /** The case when the token is ours, untouched and not expired. */
  Optional<Bound> verify(String token) {
    if (token == null || token.length() > MAX_LENGTH || !keys.enabled()) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.')) {
      return Optional.empty();
    }
    try {
      String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] signature = DECODER.decode(token.substring(dot + 1));
      if (!PublicQueryKeys.same(keys.tokenSignature(payload), signature)) {
        return Optional.empty();
      }
      String[] parts = payload.split("\\|");
      if (parts.length != 3
          || !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])))) {
        return Optional.empty();
      }
      return Optional.of(new Bound(parts[0], Integer.parseInt(parts[2])));
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }
}
