package cn.gov.sixian.reception.publicquery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the petitioner's own view ({@code reception.public-query.*}, docs/operations.md
 * "Public query page"): the server's secret (keys of the code hashes, the tokens and the
 * address hashes; without one of at least 32 characters the page is closed and receipts carry no
 * code), the address printed on the receipt, how long a token lives, and the attempt limits:
 * {@code freeFailures…} failed look-ups per case number or client address pass unhindered, each
 * further one locks that key for {@code firstDelay}, doubled per failure up to {@code maxDelay};
 * a key without a failure for {@code forgetAfter} starts again from zero.
 */
@ConfigurationProperties(prefix = "reception.public-query")
public record PublicQueryProperties(
    String secret,
    String url,
    Duration tokenLifetime,
    Integer freeFailuresPerCase,
    Integer freeFailuresPerAddress,
    Duration firstDelay,
    Duration maxDelay,
    Duration forgetAfter) {

  static final int MIN_SECRET_LENGTH = 32;

  public PublicQueryProperties {
    url = url == null || url.isBlank() ? "http://localhost:8080/chaxun/" : url;
    tokenLifetime = tokenLifetime == null ? Duration.ofMinutes(15) : tokenLifetime;
    freeFailuresPerCase = freeFailuresPerCase == null ? 3 : freeFailuresPerCase;
    freeFailuresPerAddress = freeFailuresPerAddress == null ? 10 : freeFailuresPerAddress;
    firstDelay = firstDelay == null ? Duration.ofSeconds(30) : firstDelay;
    maxDelay = maxDelay == null ? Duration.ofHours(1) : maxDelay;
    forgetAfter = forgetAfter == null ? Duration.ofHours(24) : forgetAfter;
  }

  /** The page is open, and receipts carry a code, only with a secret of its own. */
  boolean enabled() {
    return secret != null && secret.strip().length() >= MIN_SECRET_LENGTH;
  }
}
