package cn.gov.sixian.reception.browser;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the end-to-end tests: the whole application (the shared H2 test context) and a Chinese
 * Chromium. A failing test leaves a screenshot under {@code target/browser-screenshots/}.
 */
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
abstract class BrowserTest extends H2ApplicationTest {

  @LocalServerPort int port;
  Browser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** Runs before {@code @AfterEach}, while the browser still shows the failure. */
  static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
    @Override
    public void afterTestExecution(ExtensionContext context) {
      if (context.getExecutionException().isEmpty()) {
        return;
      }
      context.getTestInstance()
          .filter(BrowserTest.class::isInstance)
          .map(BrowserTest.class::cast)
          .filter(test -> test.browser != null)
          .ifPresent(test -> test.browser.screenshot(Path.of("target", "browser-screenshots",
              context.getRequiredTestClass().getSimpleName() + "-"
                  + context.getRequiredTestMethod().getName() + ".png")));
    }
  }
}
