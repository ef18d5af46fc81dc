package cn.gov.sixian.reception.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How case numbers look: {@code <prefix>-<year>-<six-digit sequence>}, e.g. JF-2026-000001. */
@ConfigurationProperties(prefix = "reception.case-number")
public record CaseNumberProperties(String prefix) {

  public CaseNumberProperties {
    if (prefix == null || prefix.isBlank()) {
      prefix = "JF";
    }
  }
}
