package cn.gov.sixian.reception.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** One real SMTP server (GreenMail) for the whole test JVM, on a free port. */
public final class TestMailServer {

  private static final GreenMail SERVER = start();

  private TestMailServer() {}

  private static GreenMail start() {
    ServerSetup setup = ServerSetupTest.SMTP.dynamicPort();
    GreenMail server = new GreenMail(setup);
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }

  /** Forgets what was received: the H2 and PostgreSQL runs reuse case numbers. */
  public static void clear() {
    try {
      SERVER.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static int port() {
    return SERVER.getSmtp().getPort();
  }

  /** Messages received so far whose subject contains {@code text}, waiting up to 30 s. */
  public static List<MimeMessage> awaitMessagesAbout(String text) {
    try {
      return Awaitility.await("mail about " + text).atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> messagesAbout(text), found -> !found.isEmpty());
    } catch (ConditionTimeoutException e) {
      return List.of();
    }
  }

  /** Messages received so far whose subject contains {@code text}, without waiting. */
  public static List<MimeMessage> messagesAbout(String text) {
    return Arrays.stream(SERVER.getReceivedMessages())
        .filter(m -> subject(m).contains(text))
        .toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      return "";
    }
  }
}
