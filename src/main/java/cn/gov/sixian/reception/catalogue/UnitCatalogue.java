package cn.gov.sixian.reception.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * The units and problem categories in force. Reads the catalogue file at start and again
 * whenever a file-system catalogue changes, so an administrator's edit takes effect on the next
 * case without a restart. A broken edit is logged and the last good catalogue stays in force.
 */
@Service
public class UnitCatalogue {

  private static final Logger log = LoggerFactory.getLogger(UnitCatalogue.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Resource resource;
  private volatile Catalogue current;
  private volatile long loadedModified;

  public UnitCatalogue(CatalogueProperties properties, ResourceLoader resourceLoader) {
    this.resource = resourceLoader.getResource(properties.location());
    if (!resource.exists()) {
      throw new IllegalStateException(
          "Catalogue file not found: " + properties.location()
              + " (set reception.catalogue.location to an existing file)");
    }
    this.current = read(resource);
    this.loadedModified = lastModified();
    log.info(
        "Catalogue loaded from {}: {} units ({} resident), {} problem categories",
        properties.location(),
        current.units().size(),
        current.units().stream().filter(Unit::resident).count(),
        current.categories().size());
  }

  /** The built-in catalogue, for tests and tools. */
  public static UnitCatalogue builtIn() {
    return new UnitCatalogue(
        new CatalogueProperties(CatalogueProperties.BUILT_IN), new DefaultResourceLoader());
  }

  public List<Unit> units() {
    return snapshot().units();
  }

  public List<ProblemCategory> categories() {
    return snapshot().categories();
  }

  public Optional<Unit> findUnit(String code) {
    return code == null ? Optional.empty() : snapshot().unit(code);
  }

  public Optional<ProblemCategory> findCategory(String code) {
    return code == null ? Optional.empty() : snapshot().category(code);
  }

  private Catalogue snapshot() {
    long modified = lastModified();
    if (modified != loadedModified) {
      synchronized (this) {
        if (modified != loadedModified) {
          loadedModified = modified;
          try {
            current = read(resource);
            log.info("Catalogue reloaded from {}", resource.getDescription());
          } catch (RuntimeException e) {
            log.error(
                "Catalogue file {} is invalid, keeping the previous catalogue: {}",
                resource.getDescription(),
                e.getMessage());
          }
        }
      }
    }
    return current;
  }

  private long lastModified() {
    if (!resource.isFile()) {
      return 0L; // inside the jar: never changes
    }
    try {
      return resource.lastModified();
    } catch (IOException e) {
      return loadedModified;
    }
  }

  private static Catalogue read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return JSON.readValue(in, Catalogue.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalogue " + resource.getDescription(), e);
    }
  }
}
