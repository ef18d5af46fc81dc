package cn.gov.sixian.reception.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.login.LoginThrottle.Channel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The throttle on its own, on a clock the test moves: thresholds, growth, expiry, reset. */
class LoginThrottleTest {

  static final String ATTACKER = "203.0.113.7";
  static final String OFFICE = "198.51.100.20";

  final MovableClock clock = new MovableClock();
  final Map<String, Instant> engineLocks = new HashMap<>();
  final AtomicInteger engineLockQueries = new AtomicInteger();
  final LoginThrottle throttle = new LoginThrottle(clock, userId -> {
    engineLockQueries.incrementAndGet();
    return engineLocks.get(userId);
  });

  @Test
  void fiveWrongPasswordsThenDelaysDoublingToAQuarterHourThatExpire() {
    for (int i = 1; i <= 4; i++) {
      throttle.failed("admin", ATTACKER, Channel.API);
      assertThat(waitOf("admin", ATTACKER)).as("after %d failures", i).isZero();
    }
    List<Long> delays = new ArrayList<>();
    for (int i = 5; i <= 17; i++) {
      throttle.failed("admin", ATTACKER, Channel.API);
      Duration wait = waitOf("admin", ATTACKER);
      delays.add(wait.toSeconds());
      clock.advance(wait.minusMillis(1));
      assertThat(waitOf("admin", ATTACKER)).as("just before the end").isPositive();
      clock.advance(Duration.ofMillis(1));
      assertThat(waitOf("admin", ATTACKER)).as("at the end").isZero();
    }
    assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L,
        900L, 900L, 900L);
  }

  @Test
  void aClockSetBackNeverLengthensTheWait() {
    failTimes(5, "admin", ATTACKER);
    assertThat(waitOf("admin", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofDays(-6));
    assertThat(waitOf("admin", ATTACKER)).as("six days earlier: not six days and a second").isZero();
  }

  @Test
  void theRefusalIsForThatAccountFromThatAddressOnly() {
    failTimes(5, "admin", ATTACKER);
    assertThat(waitOf("admin", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
    assertThat(waitOf("admin", OFFICE)).isZero();
    assertThat(waitOf("Admin", ATTACKER)).as("the same account").isEqualTo(Duration.ofSeconds(1));
    assertThat(waitOf("dengji", ATTACKER)).isZero();
  }

  @Test
  void aSuccessResetsThePair() {
    failTimes(4, "dengji", OFFICE);
    throttle.succeeded("dengji", OFFICE, Channel.WEBAPP);
    failTimes(4, "dengji", OFFICE);
    assertThat(waitOf("dengji", OFFICE)).as("four failures since the success").isZero();
    throttle.failed("dengji", OFFICE, Channel.WEBAPP);
    assertThat(waitOf("dengji", OFFICE)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void oneFailureIsForgivenEveryQuarterHour() {
    failTimes(5, "dengji", OFFICE);
    clock.advance(Duration.ofMinutes(15));
    assertThat(waitOf("dengji", OFFICE)).isZero();
    // four remain: the next failure is the fifth again, not the sixth
    throttle.failed("dengji", OFFICE, Channel.WEBAPP);
    assertThat(waitOf("dengji", OFFICE)).isEqualTo(Duration.ofSeconds(1));

    clock.advance(Duration.ofMinutes(15 * 5));
    failTimes(4, "dengji", OFFICE);
    assertThat(waitOf("dengji", OFFICE)).as("all five forgiven").isZero();
  }

  @Test
  void anAttackerAtTheLongestDelayStaysThereAndIsForgottenWithinHours() {
    for (int i = 0; i < 40; i++) {
      throttle.failed("admin", ATTACKER, Channel.ENGINE_REST);
      clock.advance(waitOf("admin", ATTACKER));
    }
    throttle.failed("admin", ATTACKER, Channel.ENGINE_REST);
    assertThat(waitOf("admin", ATTACKER)).isEqualTo(Duration.ofMinutes(15));

    // the count stops where the delay stops growing, so forgiving it takes hours, not days
    Duration memory = LoginThrottle.PER_ACCOUNT_AND_ADDRESS.memory();
    assertThat(memory).isLessThanOrEqualTo(Duration.ofHours(4));
    clock.advance(memory);
    failTimes(4, "admin", ATTACKER);
    assertThat(waitOf("admin", ATTACKER)).isZero();
  }

  @Test
  void oneAddressCannotSprayPasswordsOverManyAccounts() {
    for (int i = 1; i <= 29; i++) {
      throttle.failed("user" + i, ATTACKER, Channel.API);
    }
    assertThat(waitOf("user30", ATTACKER)).isZero();
    throttle.failed("user30", ATTACKER, Channel.API);
    // the thirtieth failure from the address: every account is refused from there
    assertThat(waitOf("dengji", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
    assertThat(waitOf("dengji", OFFICE)).isZero();
    // a success there does not lift it (a sprayer may own one account)
    throttle.succeeded("ducha", ATTACKER, Channel.API);
    assertThat(waitOf("dengji", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    throttle.failed("user31", ATTACKER, Channel.API);
    assertThat(waitOf("dengji", ATTACKER)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void theEnginesOneSecondLockIsPassedOnAndCostsTheCallerNothing() {
    engineLocks.put("admin", clock.instant().plusMillis(400));
    assertThat(waitOf("admin", OFFICE)).isEqualTo(Duration.ofMillis(400));
    assertThat(waitOf("dengji", OFFICE)).isZero();
    clock.advance(Duration.ofMillis(400));
    assertThat(waitOf("admin", OFFICE)).isZero();
  }

  @Test
  void aRefusedFloodCostsNoDatabaseQuery() {
    failTimes(5, "admin", ATTACKER);
    engineLockQueries.set(0);
    for (int i = 0; i < 100; i++) {
      assertThat(waitOf("admin", ATTACKER)).isPositive();
    }
    assertThat(engineLockQueries).hasValue(0);
  }

  @Test
  void theClientAddressIsTheRemoteAddressNeverXForwardedFor() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr("10.1.2.3");
    request.addHeader("X-Forwarded-For", "198.51.100.99");
    assertThat(LoginThrottle.clientAddress(request)).isEqualTo("10.1.2.3");
  }

  @Test
  void theRefusalIsA429WithRetryAfterInWholeSecondsAndAChineseMessage() throws Exception {
    var response = new org.springframework.mock.web.MockHttpServletResponse();
    LoginThrottle.refuse(response, Duration.ofMillis(1200));
    assertThat(response.getStatus()).isEqualTo(429);
    assertThat(response.getHeader("Retry-After")).isEqualTo("2");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo("{\"message\":\"登录失败次数过多，请在2秒后再试。\"}");
  }

  @Test
  void userIdsFromTheCallerAreLoggedOnOneLine() {
    assertThat(LoginThrottle.printable("admin\r\nforged line")).isEqualTo("admin??forged line");
    assertThat(LoginThrottle.printable("x".repeat(100))).hasSize(65);
  }

  @Test
  void theLoginFormIsReadAsTheWebappsReadIt() {
    assertThat(WebappLoginThrottleFilter.formField(
        "password=a%26b&username=ad%6Din&username=other", "username", StandardCharsets.UTF_8))
        .isEqualTo("admin");
    assertThat(WebappLoginThrottleFilter.formField("user+name=x", "user name",
        StandardCharsets.UTF_8)).isEqualTo("x");
    assertThat(WebappLoginThrottleFilter.formField("password=x", "username",
        StandardCharsets.UTF_8)).isNull();
  }

  private void failTimes(int times, String userId, String address) {
    for (int i = 0; i < times; i++) {
      throttle.failed(userId, address, Channel.API);
    }
  }

  private Duration waitOf(String userId, String address) {
    return throttle.waitBeforeAttempt(userId, address);
  }

  /** A clock that stands still until the test moves it. */
  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-03-02T01:00:00Z");

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
}
