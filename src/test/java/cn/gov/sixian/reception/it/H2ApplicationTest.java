package cn.gov.sixian.reception.it;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Spring Boot tests on H2: the whole application on a random port with a real SMTP
 * server. Every subclass shares this one configuration, so Spring boots it once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class H2ApplicationTest {

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", TestMailServer::port);
  }

  @Autowired ProcessEngine processEngine;

  @BeforeEach
  void serveThisContextsEngineOverRest() {
    EngineRegistration.makeDefault(processEngine);
  }
}
