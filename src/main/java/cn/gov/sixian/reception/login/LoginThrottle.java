package cn.gov.sixian.reception.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throttles password guessing in front of every way to log in: the webapps' login form, HTTP
 * Basic on {@code /engine-rest} and on {@code /api}. Failures are counted per account and client
 * address, and per client address over all accounts (password spraying). Past a few failures the
 * caller is refused with 429 for a growing time, without the password being checked, so that an
 * attacker can neither guess on nor lock anyone else out: only the engine's one-second lock after
 * each wrong password (docs/operations.md "Security settings") is per account, and the engine never locks an
 * account for good.
 *
 * <p>In memory, per node, bounded: each record is forgotten a few hours after its last failure,
 * and at most {@link #MAX_RECORDS} are kept per dimension.
 */
final class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  static final String TOO_MANY_FAILURES = "登录失败次数过多，请在%d秒后再试。";

  /** One account from one address: 5 wrong passwords, then 1 s doubling to 15 min. */
  static final Rule PER_ACCOUNT_AND_ADDRESS =
      new Rule(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(15));
  /**
   * One address over all accounts: more, since an office behind one address shares it, but it
   * stops spraying one password over many accounts. A success does not lower it.
   */
  static final Rule PER_ADDRESS =
      new Rule(30, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(5));
  static final int MAX_RECORDS = 50_000;
  /** HTTP Basic logs in on every request: its success is logged once per this time. */
  static final Duration SUCCESS_LOG_INTERVAL = Duration.ofMinutes(30);

  /** The ways to log in, as the log names them. */
  enum Channel {
    WEBAPP("webapp login", true),
    ENGINE_REST("HTTP Basic on /engine-rest", false),
    API("HTTP Basic on /api", false);

    private final String label;
    private final boolean logsEverySuccess;

    Channel(String label, boolean logsEverySuccess) {
      this.label = label;
      this.logsEverySuccess = logsEverySuccess;
    }
  }

  /**
   * Failures up to {@code freeFailures} cost nothing; the one that reaches it and every later one
   * refuse further attempts for {@code firstDelay}, doubling up to {@code maxDelay}. One failure
   * is forgiven for every {@code forgiveOneEvery} without a failure, so typing errors spread over
   * a day never add up, while an attacker who goes on stays at the longest delay.
   */
  record Rule(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgiveOneEvery) {

    Duration delayAfter(int failures) {
      if (failures < freeFailures) {
        return Duration.ZERO;
      }
      int doublings = Math.min(failures - freeFailures, 30);
      Duration delay = firstDelay.multipliedBy(1L << doublings);
      return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Counting past the first failure that earns the longest delay would only delay forgiving. */
    int maxCount() {
      int count = freeFailures;
      while (delayAfter(count).compareTo(maxDelay) < 0) {
        count++;
      }
      return count;
    }

    /** How long after its last failure a record may still matter. */
    Duration memory() {
      return forgiveOneEvery.multipliedBy(maxCount()).plus(maxDelay);
    }
  }

  /** Failures not yet forgiven, the last one's time, and the end of the refusal they earned. */
  record Failures(int count, Instant lastFailure, Instant refusedUntil) {

    static Failures none(Instant now) {
      return new Failures(0, now, now);
    }

    Failures plusOne(Instant now, Rule rule) {
      long forgiven = now.isAfter(lastFailure)
          ? Duration.between(lastFailure, now).dividedBy(rule.forgiveOneEvery())
          : 0;
      int failures = (int) Math.min(Math.max(0, count - forgiven) + 1, rule.maxCount());
      Instant until = now.plus(rule.delayAfter(failures));
      return new Failures(failures, now, until.isAfter(refusedUntil) ? until : refusedUntil);
    }
  }

  private final Clock clock;
  private final Function<String, Instant> accountLockedUntil;
  private final Cache<String, Failures> perAccountAndAddress = records(PER_ACCOUNT_AND_ADDRESS);
  private final Cache<String, Failures> perAddress = records(PER_ADDRESS);
  private final Cache<String, Boolean> recentSuccesses = Caffeine.newBuilder()
      .maximumSize(MAX_RECORDS).expireAfterWrite(SUCCESS_LOG_INTERVAL).build();

  /**
   * @param clock the application's clock (the engine's, see {@code EngineClock}): the engine's own
   *     lock is measured on it, and tests move it instead of sleeping
   * @param accountLockedUntil when the engine's own lock of an account ends (null: not locked)
   */
  LoginThrottle(Clock clock, Function<String, Instant> accountLockedUntil) {
    this.clock = clock;
    this.accountLockedUntil = accountLockedUntil;
  }

  /** The throttle in front of the engine's users, honouring the engine's own short lock. */
  static LoginThrottle forEngine(Clock clock, IdentityService identityService) {
    return new LoginThrottle(clock, userId -> engineLockOf(identityService, userId));
  }

  private static Instant engineLockOf(IdentityService identityService, String userId) {
    if (userId.isBlank()) {
      return null;
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user instanceof UserEntity entity && entity.getLockExpirationTime() != null
        ? entity.getLockExpirationTime().toInstant()
        : null;
  }

  /**
   * The client address: the servlet's remote address. Behind a proxy it is the user's only with
   * {@code server.forward-headers-strategy} set; an {@code X-Forwarded-For} header is never read
   * here.
   */
  static String clientAddress(HttpServletRequest request) {
    return request.getRemoteAddr();
  }

  /**
   * How long this caller must wait before trying this account again; zero when it may try now.
   * A caller refused here must not reach the password check.
   */
  Duration waitBeforeAttempt(String userId, String address) {
    Instant now = clock.instant();
    Instant until = later(refusedUntil(perAccountAndAddress, pairKey(userId, address), now),
        refusedUntil(perAddress, address, now));
    if (until == null || !until.isAfter(now)) {
      // asked only now, so that refused floods cost no database query; the engine would refuse
      // without checking the password: tell the caller, count nothing
      until = accountLockedUntil.apply(userId);
    }
    if (until == null || !until.isAfter(now)) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(now, until);
    LOG.debug("Login refused for {} s: user '{}' from {}", seconds(wait), printable(userId),
        address);
    return wait;
  }

  void succeeded(String userId, String address, Channel channel) {
    Failures forgotten = perAccountAndAddress.asMap().remove(pairKey(userId, address));
    boolean first = recentSuccesses.asMap()
        .putIfAbsent(channel.name() + '\n' + pairKey(userId, address), Boolean.TRUE) == null;
    if (forgotten != null || first || channel.logsEverySuccess) {
      LOG.info("Login: user '{}' from {} via {}{}", printable(userId), address, channel.label,
          forgotten == null ? "" : " (its " + forgotten.count() + " earlier failures forgotten)");
    } else {
      LOG.debug("Login: user '{}' from {} via {}", printable(userId), address, channel.label);
    }
  }

  void failed(String userId, String address, Channel channel) {
    Instant now = clock.instant();
    Failures pair = perAccountAndAddress.asMap().compute(pairKey(userId, address),
        (key, old) -> (old == null ? Failures.none(now) : old)
            .plusOne(now, PER_ACCOUNT_AND_ADDRESS));
    Failures all = perAddress.asMap().compute(address,
        (key, old) -> (old == null ? Failures.none(now) : old).plusOne(now, PER_ADDRESS));
    Instant until = later(pair.refusedUntil(), all.refusedUntil());
    String refusal = until.isAfter(now)
        ? "; attempts from there refused for " + seconds(Duration.between(now, until)) + " s"
        : "";
    LOG.warn("Failed login: user '{}' from {} via {} (failures from this address: {} for this "
            + "user, {} in all{})",
        printable(userId), address, channel.label, pair.count(), all.count(), refusal);
  }

  /** 429 with Retry-After and a Chinese message, for every way to log in. */
  static void refuse(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = seconds(wait);
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(("{\"message\":\"" + TOO_MANY_FAILURES.formatted(seconds)
        + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  private static Cache<String, Failures> records(Rule rule) {
    return Caffeine.newBuilder().maximumSize(MAX_RECORDS).expireAfterWrite(rule.memory()).build();
  }

  /**
   * When the record's refusal ends. A record from "the future" is not counted: the engine's clock,
   * which this one follows, is set back by tests (the demo data generator did so too), and a clock
   * set back must not turn a one-second wait into days. Nobody outside can move the clock.
   */
  private static Instant refusedUntil(Cache<String, Failures> records, String key, Instant now) {
    Failures failures = records.getIfPresent(key);
    return failures == null || failures.lastFailure().isAfter(now) ? null
        : failures.refusedUntil();
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || b != null && b.isAfter(a) ? b : a;
  }

  /** Whatever the database's collation, "Admin" and "admin" count as one account. */
  private static String pairKey(String userId, String address) {
    // user ids are at most 64 characters: a longer one names no user, and may not fill memory
    String account = userId.length() > 128 ? userId.substring(0, 128) : userId;
    return address + '\n' + account.toLowerCase(Locale.ROOT);
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** User ids come from the caller: no line breaks or control characters in the log. */
  static String printable(String userId) {
    String shown = userId.length() > 64 ? userId.substring(0, 64) + "…" : userId;
    return shown.codePoints()
        .map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
