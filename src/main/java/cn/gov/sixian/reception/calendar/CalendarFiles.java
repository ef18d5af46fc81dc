package cn.gov.sixian.reception.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads the calendar years: built in ({@code classpath:calendar/}), then the override folder. */
final class CalendarFiles {

  static final Pattern YEAR_FILE = Pattern.compile("\\d{4}\\.json");
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private CalendarFiles() {}

  static Map<Integer, CalendarYear> builtIn() {
    Map<Integer, CalendarYear> years = new TreeMap<>();
    try {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.json")) {
        if (YEAR_FILE.matcher(r.getFilename()).matches()) {
          try (InputStream in = r.getInputStream()) {
            add(years, JSON.readValue(in, CalendarYear.class), r.getFilename());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read built-in calendar", e);
    }
    return years;
  }

  /** The folder's years; a file that cannot be read stops the load with its name in the message. */
  static Map<Integer, CalendarYear> folder(Path folder) {
    Map<Integer, CalendarYear> years = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> YEAR_FILE.matcher(f.getFileName().toString()).matches()).toList()) {
        try {
          add(years, JSON.readValue(file.toFile(), CalendarYear.class), file.getFileName().toString());
        } catch (IOException | IllegalArgumentException e) {
          throw new IllegalArgumentException("Calendar file " + file + " is invalid: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list calendar folder " + folder, e);
    }
    return years;
  }

  /** Newest modification time in the folder, to notice an administrator's change. */
  static long lastModified(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.mapToLong(f -> f.toFile().lastModified()).max().orElse(0L);
    } catch (IOException e) {
      return -1L;
    }
  }

  private static void add(Map<Integer, CalendarYear> years, CalendarYear year, String fileName) {
    if (!fileName.equals(year.year() + ".json")) {
      throw new IllegalArgumentException(fileName + " holds year " + year.year());
    }
    years.put(year.year(), year);
  }
}
