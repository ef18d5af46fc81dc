package cn.gov.sixian.reception.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A problem category lives in three places a new one must reach together: the catalogue (names,
 * statistics), the routing decision table (its suggested unit) and the registration form's
 * option list (a start form cannot read the catalogue). They must agree.
 */
class CategoryListsAgreeTest {

  static Map<String, String> catalogueCategories;
  static Set<String> catalogueUnits;
  static DecisionTable routing;

  @BeforeAll
  static void read() throws Exception {
    UnitCatalogue catalogue = UnitCatalogue.builtIn();
    catalogueCategories = new LinkedHashMap<>();
    catalogue.categories().forEach(c -> catalogueCategories.put(c.code(), c.name()));
    catalogueUnits = catalogue.units().stream().map(Unit::code).collect(Collectors.toSet());
    DmnModelInstance dmn = Dmn.readModelFromFile(Path.of("processes", "petition-routing.dmn").toFile());
    routing = dmn.getModelElementsByType(DecisionTable.class).iterator().next();
  }

  @Test
  void theRegistrationFormOffersTheCataloguesCategoriesInItsOrderAndWords() throws Exception {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms", "visit-registration.form").toFile());
    Map<String, String> offered = new LinkedHashMap<>();
    for (JsonNode field : form.findParents("key")) {
      if ("problemCategory".equals(field.path("key").asText())) {
        field.path("values").forEach(v -> offered.put(v.path("value").asText(), v.path("label").asText()));
      }
    }
    assertThat(offered).containsExactlyEntriesOf(catalogueCategories);
  }

  @Test
  void theRoutingTableNamesEveryCategoryOfTheCatalogueAndNoOther() {
    Set<String> named = new TreeSet<>();
    for (Rule rule : routing.getRules()) {
      String category = literal(rule.getInputEntries().iterator().next().getText().getTextContent());
      if (category != null) {
        named.add(category);
      }
    }
    assertThat(named).containsExactlyInAnyOrderElementsOf(catalogueCategories.keySet());
  }

  /** A suggestion is a unit of the catalogue, the petitioner's township (a unit too), or none. */
  @Test
  void theRoutingTableSuggestsOnlyUnitsOfTheCatalogue() {
    List<String> suggested = new ArrayList<>();
    for (Rule rule : routing.getRules()) {
      String text = rule.getOutputEntries().iterator().next().getText().getTextContent().trim();
      if (text.startsWith("\"")) {
        suggested.add(literal(text));
      } else {
        assertThat(text).as(rule.getId()).isIn("township", "");
      }
    }
    assertThat(suggested).isNotEmpty().allSatisfy(code -> assertThat(catalogueUnits).contains(code));
  }

  /** The string of a FEEL literal ("x"), or null for an empty entry (any value). */
  private static String literal(String text) {
    String t = text == null ? "" : text.trim();
    return t.isEmpty() || t.equals("-") ? null : t.substring(1, t.length() - 1);
  }
}
