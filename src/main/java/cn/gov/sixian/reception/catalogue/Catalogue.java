package cn.gov.sixian.reception.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An immutable snapshot of the catalogue file: problem categories and units. */
public record Catalogue(List<ProblemCategory> categories, List<Unit> units) {

  public Catalogue {
    categories = List.copyOf(categories);
    units = List.copyOf(units);
    requireUniqueCodes(categories, ProblemCategory::code, "category");
    requireUniqueCodes(units, Unit::code, "unit");
  }

  public Optional<Unit> unit(String code) {
    return units.stream().filter(u -> u.code().equals(code)).findFirst();
  }

  public Optional<ProblemCategory> category(String code) {
    return categories.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  private static <T> void requireUniqueCodes(
      List<T> items, Function<T, String> code, String kind) {
    Map<String, Long> counts =
        items.stream()
            .collect(Collectors.groupingBy(code, LinkedHashMap::new, Collectors.counting()));
    counts.forEach(
        (c, n) -> {
          if (c == null || c.isBlank()) {
            throw new IllegalArgumentException("A " + kind + " in the catalogue has no code");
          }
          if (n > 1) {
            throw new IllegalArgumentException("Duplicate " + kind + " code in catalogue: " + c);
          }
        });
  }
}
