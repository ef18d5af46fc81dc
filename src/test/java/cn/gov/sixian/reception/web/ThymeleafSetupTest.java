package cn.gov.sixian.reception.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * Thymeleaf serves the documents, the public page and the reports through engines of their own.
 * Spring Boot's view setup for {@code classpath:/templates/} is off: nothing uses it, and without
 * such a folder it logged a warning at every start.
 */
class ThymeleafSetupTest extends H2ApplicationTest {

  @Autowired ApplicationContext context;

  @Test
  void springsThymeleafViewSetupIsNotConfigured() {
    assertThat(context.getBeanNamesForType(ThymeleafViewResolver.class)).isEmpty();
    assertThat(context.getBeanNamesForType(ITemplateResolver.class)).isEmpty();
  }
}
