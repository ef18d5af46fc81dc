package cn.gov.sixian.reception.publicquery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The guards of the public page on their own, on the migrated schema (H2) and a clock the test
 * moves: the growing delays per number and per address, what a success clears, the tokens
 * (expiry, tampering, another secret), the code hash (case-bound, re-issue).
 */
class PublicQueryGuardsTest {

  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T02:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  static final String SECRET = "unit-test-public-query-secret-0123456789";

  final MovableClock clock = new MovableClock();
  final PublicQueryProperties properties = new PublicQueryProperties(SECRET, null, null, null,
      null, null, null, null);
  final PublicQueryKeys keys = new PublicQueryKeys(properties);
  JdbcTemplate jdbc;
  AttemptLimiter limiter;

  @BeforeEach
  void freshDatabase() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:public-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    limiter = new AttemptLimiter(jdbc, clock, properties, keys);
  }

  @Test
  void delaysGrowFromThirtySecondsToAnHourAfterTheFreeFailures() {
    assertThat(limiter.delay(3, 3)).isZero();
    assertThat(limiter.delay(4, 3)).isEqualTo(Duration.ofSeconds(30));
    assertThat(limiter.delay(5, 3)).isEqualTo(Duration.ofSeconds(60));
    assertThat(limiter.delay(6, 3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(limiter.delay(12, 3)).isEqualTo(Duration.ofHours(1));
    assertThat(limiter.delay(10_000, 3)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aNumberIsLockedLongerWithEachFailureAndFreedByTheClock() {
    AttemptLimiter.Keys keys = limiter.keys("198.51.100.7", "JF-2026-000001");
    for (int i = 0; i < 3; i++) {
      limiter.failed(keys);
      assertThat(limiter.lockedFor(keys)).isEmpty();
    }
    limiter.failed(keys);
    assertThat(limiter.lockedFor(keys)).contains(Duration.ofSeconds(30));
    clock.advance(Duration.ofSeconds(29));
    assertThat(limiter.lockedFor(keys)).contains(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.lockedFor(keys)).isEmpty();
    limiter.failed(keys);
    assertThat(limiter.lockedFor(keys)).contains(Duration.ofSeconds(60));
    clock.advance(Duration.ofSeconds(60));
    limiter.failed(keys);
    assertThat(limiter.lockedFor(keys)).contains(Duration.ofSeconds(120));

    // the same number from another address is locked too (the number's key)
    assertThat(limiter.lockedFor(limiter.keys("203.0.113.9", "jf-2026-000001"))).isPresent();
    // another number from the same address is not (3 + 3 failures < 10 per address)
    assertThat(limiter.lockedFor(limiter.keys("198.51.100.7", "JF-2026-000002"))).isEmpty();

    // a success clears the number, a day without failure forgets everything
    limiter.succeeded(keys);
    assertThat(limiter.lockedFor(limiter.keys("203.0.113.9", "JF-2026-000001"))).isEmpty();
    clock.advance(Duration.ofHours(25));
    limiter.failed(limiter.keys("192.0.2.1", "JF-2026-000009"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM public_query_attempt", Long.class))
        .isEqualTo(2); // only the new failure's two keys
  }

  @Test
  void anAddressIsLockedAfterTenFailuresOverAnyNumbersAndASuccessDoesNotFreeIt() {
    for (int i = 0; i < 11; i++) {
      limiter.failed(limiter.keys("198.51.100.8", "JF-2026-0001" + i));
    }
    AttemptLimiter.Keys fresh = limiter.keys("198.51.100.8", "JF-2026-000500");
    assertThat(limiter.lockedFor(fresh)).contains(Duration.ofSeconds(30));
    limiter.succeeded(fresh);
    assertThat(limiter.lockedFor(fresh)).isPresent();
    // the address is kept as a keyed hash only
    assertThat(jdbc.queryForList("SELECT attempt_key FROM public_query_attempt", String.class))
        .noneMatch(key -> key.contains("198.51") || key.contains("JF-"));
  }

  @Test
  void tokensExpireAreBoundToTheirSecretAndCannotBeAltered() {
    PublicTokens tokens = new PublicTokens(keys, properties, clock);
    String token = tokens.issue("JF-2026-000001", 1);
    assertThat(tokens.verify(token)).contains(new PublicTokens.Bound("JF-2026-000001", 1));

    // another case's number in the payload, the same signature
    String payload = token.substring(0, token.indexOf('.'));
    String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(java.util.Base64.getUrlDecoder().decode(payload))
            .replace("000001", "000002").getBytes()) + token.substring(token.indexOf('.'));
    assertThat(tokens.verify(forged)).isEmpty();
    // a token of another secret
    PublicQueryProperties other = new PublicQueryProperties(SECRET + "x", null, null, null, null,
        null, null, null);
    assertThat(new PublicTokens(new PublicQueryKeys(other), other, clock).verify(token)).isEmpty();
    // garbage
    for (String bad : new String[] {null, "", ".", "a.b", "a.b.c", "x".repeat(500), token + "x"}) {
      assertThat(tokens.verify(bad)).as(bad).isEmpty();
    }
    clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(tokens.verify(token)).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.verify(token)).isEmpty();
  }

  @Test
  void aCodeFitsItsCaseOnlyAndANewCodeEndsTheOld() {
    QueryCodes codes = new QueryCodes(jdbc, keys, properties, clock);
    String code = codes.issue("JF-2026-000001", "dengji").orElseThrow();
    assertThat(code).matches("[2-9A-HJKMNP-Z]{5} [2-9A-HJKMNP-Z]{5}");
    assertThat(codes.verify("JF-2026-000001", code)).hasValue(1);
    assertThat(codes.verify("JF-2026-000001", code.toLowerCase().replace(" ", "-"))).hasValue(1);
    assertThat(codes.verify("JF-2026-000002", code)).isEmpty();
    assertThat(codes.verify("JF-2026-000001", "x".repeat(10_000))).isEmpty();
    // nothing of the code in the table
    assertThat(jdbc.queryForMap("SELECT * FROM case_query_code").values())
        .noneMatch(v -> String.valueOf(v).contains(code.replace(" ", "")));

    String next = codes.issue("JF-2026-000001", "dengji").orElseThrow();
    assertThat(codes.verify("JF-2026-000001", code)).isEmpty();
    assertThat(codes.verify("JF-2026-000001", next)).hasValue(2);

    // without a secret: no code, nothing verifies
    PublicQueryProperties closed = new PublicQueryProperties(null, null, null, null, null, null,
        null, null);
    QueryCodes none = new QueryCodes(jdbc, new PublicQueryKeys(closed), closed, clock);
    assertThat(none.issue("JF-2026-000003", "dengji")).isEqualTo(Optional.empty());
    assertThat(none.verify("JF-2026-000001", next)).isEmpty();
  }
}
