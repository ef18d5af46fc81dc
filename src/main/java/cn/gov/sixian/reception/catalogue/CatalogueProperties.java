package cn.gov.sixian.reception.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the catalogue of units and categories is read from. Administrators point {@code location}
 * at a file outside the jar (e.g. {@code file:./config/catalogue.json}) to change units without a
 * rebuild; the file is re-read when it changes.
 */
@ConfigurationProperties(prefix = "reception.catalogue")
public record CatalogueProperties(String location) {

  public static final String BUILT_IN = "classpath:catalogue/catalogue.json";

  public CatalogueProperties {
    if (location == null || location.isBlank()) {
      location = BUILT_IN;
    }
  }
}
