package cn.gov.sixian.reception.publicquery;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.instant;
import static cn.gov.sixian.reception.jdbc.JdbcTimes.timestamp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Growing delays for failed look-ups of the public page, per client address and per case number
 * entered (table {@code public_query_attempt}, V16; in the database so every node of a cluster
 * counts the same failures). The first {@code freeFailures…} failures of a key pass; each further
 * one locks the key for {@code firstDelay}, doubled per failure, at most {@code maxDelay}. A
 * number that exists and one that does not are counted alike, so the lock tells nothing either.
 * A successful look-up clears its case number's count, never its address's (one good code must
 * not buy guesses at other cases).
 */
@Component
class AttemptLimiter {

  /** What the attempt is counted under: one key per address, one per number entered. */
  record Keys(String address, String caseNumber) {
    List<String> both() {
      return List.of(address, caseNumber);
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final PublicQueryProperties limits;
  private final PublicQueryKeys hashes;

  AttemptLimiter(JdbcTemplate jdbc, Clock clock, PublicQueryProperties limits,
      PublicQueryKeys hashes) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.limits = limits;
    this.hashes = hashes;
  }

  Keys keys(String clientAddress, String caseNumber) {
    return new Keys("a:" + hashes.attemptHash("address|" + clientAddress),
        "c:" + hashes.attemptHash("case|" + caseNumber.toUpperCase(Locale.ROOT)));
  }

  /** How long the longest lock of the keys still runs, if any does. */
  Optional<Duration> lockedFor(Keys keys) {
    Instant now = clock.instant();
    Instant until = null;
    for (String key : keys.both()) {
      List<Instant> found = jdbc.query(
          "SELECT locked_until FROM public_query_attempt WHERE attempt_key = ?",
          (rs, i) -> instant(rs, "locked_until"), key);
      Instant lock = found.isEmpty() ? null : found.get(0);
      if (lock != null && lock.isAfter(now) && (until == null || lock.isAfter(until))) {
        until = lock;
      }
    }
    return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
  }

  /** One more failure for both keys; stale rows (no failure for {@code forgetAfter}) go. */
  void failed(Keys keys) {
    Instant now = clock.instant();
    Instant stale = now.minus(limits.forgetAfter());
    jdbc.update("DELETE FROM public_query_attempt WHERE last_failed_at < ?", timestamp(stale));
    count(keys.address(), limits.freeFailuresPerAddress(), now);
    count(keys.caseNumber(), limits.freeFailuresPerCase(), now);
  }

  /** The right code for the number: its count starts again. */
  void succeeded(Keys keys) {
    jdbc.update("DELETE FROM public_query_attempt WHERE attempt_key = ?", keys.caseNumber());
  }

  private void count(String key, int free, Instant now) {
    if (jdbc.update("UPDATE public_query_attempt SET failures = failures + 1, last_failed_at = ?"
        + " WHERE attempt_key = ?", timestamp(now), key) == 0) {
      try {
        jdbc.update("INSERT INTO public_query_attempt (attempt_key, failures, last_failed_at)"
            + " VALUES (?, 1, ?)", key, timestamp(now));
      } catch (DuplicateKeyException atTheSameTime) {
        jdbc.update("UPDATE public_query_attempt SET failures = failures + 1, last_failed_at = ?"
            + " WHERE attempt_key = ?", timestamp(now), key);
      }
    }
    Integer failures = jdbc.queryForObject(
        "SELECT failures FROM public_query_attempt WHERE attempt_key = ?", Integer.class, key);
    Duration delay = delay(failures == null ? 0 : failures, free);
    if (!delay.isZero()) {
      jdbc.update("UPDATE public_query_attempt SET locked_until = ? WHERE attempt_key = ?",
          timestamp(now.plus(delay)), key);
    }
  }

  /** Nothing for the free failures, then firstDelay, 2×, 4×, … up to maxDelay. */
  Duration delay(int failures, int free) {
    int beyond = failures - free;
    if (beyond <= 0) {
      return Duration.ZERO;
    }
    Duration delay = limits.firstDelay();
    for (int i = 1; i < beyond && delay.compareTo(limits.maxDelay()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
  }
}
