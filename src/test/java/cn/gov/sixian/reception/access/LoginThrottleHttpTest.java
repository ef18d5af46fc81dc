package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An anonymous caller cannot lock anyone out, over each of the three ways to log in. The callers
 * come from different client addresses through the test profile's trusted proxy; the engine's
 * clock, which the throttle also reads, is moved instead of sleeping.
 */
class LoginThrottleHttpTest extends H2ApplicationTest {

  static final String ADMIN = "admin";
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  /** One way to log in, answering 200, 401 or 429. */
  @FunctionalInterface
  interface Login {
    HttpResponse<String> attempt(String user, String password, String address) throws Exception;
  }

  Login webapp() {
    return (user, password, address) ->
        ApiClient.anonymous(port).from(address).webappLogin("tasklist", user, password);
  }

  Login engineRest() {
    return (user, password, address) ->
        ApiClient.basic(port, user, password).from(address).get("/engine-rest/version");
  }

  Login api() {
    return (user, password, address) ->
        ApiClient.basic(port, user, password).from(address).get("/api/me");
  }

  @BeforeEach
  void freezeTheClockAndStartFromAnUnlockedAdministrator() {
    ClockUtil.setCurrentTime(new Date());
    identityService.unlockUser(ADMIN);
  }

  @AfterEach
  void restoreTheClock() {
    ClockUtil.reset();
    identityService.unlockUser(ADMIN);
  }

  @Test
  void theWebappLoginCannotBeUsedToLockOutTheAdministrator() throws Exception {
    anAttackerCannotLockOutTheAdministrator(webapp());
  }

  @Test
  void engineRestBasicCannotBeUsedToLockOutTheAdministrator() throws Exception {
    anAttackerCannotLockOutTheAdministrator(engineRest());
  }

  @Test
  void apiBasicCannotBeUsedToLockOutTheAdministrator() throws Exception {
    anAttackerCannotLockOutTheAdministrator(api());
  }

  /**
   * Twelve wrong passwords for the administrator from one address, each retried at once (refused
   * without a password check) and then after the wait it was told.
   */
  private void anAttackerCannotLockOutTheAdministrator(Login login) throws Exception {
    String attacker = nextAddress();
    String office = nextAddress();
    List<Long> waits = new ArrayList<>();
    HttpResponse<String> refused = null;
    for (int i = 1; i <= 12; i++) {
      assertThat(login.attempt(ADMIN, "wrong-" + i, attacker).statusCode())
          .as("wrong password %d", i).isEqualTo(401);
      refused = login.attempt(ADMIN, "wrong-again", attacker);
      assertThat(refused.statusCode()).as("retried at once after wrong password %d", i)
          .isEqualTo(429);
      waits.add(retryAfter(refused));
      if (i < 12) {
        advance(Duration.ofSeconds(retryAfter(refused)));
      }
    }
    // the engine's one second after each wrong password, then the throttle's growing delays
    assertThat(waits).containsExactly(1L, 1L, 1L, 1L, 1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L);
    assertThat(refused.body()).contains("登录失败次数过多，请在128秒后再试。");
    // every one of them reached the engine: more than the ten that used to lock it for good
    assertThat(engineUser().getAttempts()).isEqualTo(12);

    // within the engine's second the administrator is asked to wait; that costs him nothing
    HttpResponse<String> oneSecond = login.attempt(ADMIN, "demo", office);
    assertThat(oneSecond.statusCode()).isEqualTo(429);
    assertThat(retryAfter(oneSecond)).isEqualTo(1);
    advance(Duration.ofSeconds(1));
    assertThat(login.attempt(ADMIN, "demo", office).statusCode()).isEqualTo(200);

    // the attacker's address is still refused, even with the right password, which is not checked
    HttpResponse<String> attackerAgain = login.attempt(ADMIN, "demo", attacker);
    assertThat(attackerAgain.statusCode()).isEqualTo(429);
    assertThat(retryAfter(attackerAgain)).isEqualTo(127);

    assertThat(engineUser().getAttempts()).isZero();
    assertThat(engineUser().getLockExpirationTime()).isNull();
    assertThat(identityService.checkPassword(ADMIN, "demo")).isTrue();
  }

  @Test
  void oneAddressCannotSprayPasswordsOverManyAccounts() throws Exception {
    String sprayer = nextAddress();
    for (int i = 1; i <= 30; i++) {
      assertThat(api().attempt("spray-" + i, "Passw0rd!", sprayer).statusCode())
          .as("account %d", i).isEqualTo(401);
    }
    HttpResponse<String> refused = engineRest().attempt("dengji", "demo", sprayer);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(webapp().attempt("dengji", "demo", nextAddress()).statusCode()).isEqualTo(200);
  }

  @Test
  void aSuccessfulLoginResetsItsAccountAndAddress() throws Exception {
    String desk = nextAddress();
    wrongPasswords(4, "dengji2", desk);
    assertThat(api().attempt("dengji2", "demo", desk).statusCode()).isEqualTo(200);
    // without the reset, the third of these would be refused (the fifth and sixth failures
    // earn 1 s and 2 s)
    wrongPasswords(4, "dengji2", desk);
    assertThat(api().attempt("dengji2", "demo", desk).statusCode()).isEqualTo(200);
  }

  @Test
  void anAccountLockedForGoodByTheEarlierSettingsIsOpenAgain() throws Exception {
    // what ten wrong passwords left behind with Camunda's defaults (10 attempts, then locked)
    jdbc.update("update ACT_ID_USER set ATTEMPTS_ = 10 where ID_ = ?", ADMIN);
    assertThat(engineUser().getAttempts()).isEqualTo(10);
    assertThat(webapp().attempt(ADMIN, "demo", nextAddress()).statusCode()).isEqualTo(200);
    assertThat(engineUser().getAttempts()).isZero();
  }

  /** Wrong passwords a second apart, each past the engine's one-second lock: all checked. */
  private void wrongPasswords(int times, String user, String address) throws Exception {
    for (int i = 1; i <= times; i++) {
      assertThat(api().attempt(user, "wrong", address).statusCode()).as("wrong password %d", i)
          .isEqualTo(401);
      advance(Duration.ofSeconds(1));
    }
  }

  private UserEntity engineUser() {
    return (UserEntity) identityService.createUserQuery().userId(ADMIN).singleResult();
  }

  private static long retryAfter(HttpResponse<String> response) {
    return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
  }

  private static void advance(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }

  /** A documentation address (TEST-NET-3) of its own for each caller of each test. */
  private static String nextAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
  }
}
