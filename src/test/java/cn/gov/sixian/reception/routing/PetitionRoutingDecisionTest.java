package cn.gov.sixian.reception.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evaluates the routing decision table {@code processes/petition-routing.dmn} with the plain
 * Camunda DMN engine (no process engine, no Spring context) and checks it against the catalogue.
 */
class PetitionRoutingDecisionTest {

  private static final Path DMN_FILE = Path.of("processes", "petition-routing.dmn");
  private static final Path CATALOGUE_FILE =
      Path.of("src", "main", "resources", "catalogue", "catalogue.json");
  private static final String DECISION_KEY = "petition-routing";
  private static final String OUTPUT_NAME = "suggestedUnitCode";

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;
  private static JsonNode catalogue;

  @BeforeAll
  static void loadDecisionAndCatalogue() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(DMN_FILE)) {
      decision = dmnEngine.parseDecision(DECISION_KEY, in);
    }
    catalogue = new ObjectMapper().readTree(CATALOGUE_FILE.toFile());
  }

  private static DmnDecisionResult evaluate(String problemCategory, String township) {
    VariableMap variables = Variables.createVariables()
        .putValue("problemCategory", problemCategory)
        .putValue("township", township);
    return dmnEngine.evaluateDecision(decision, variables);
  }

  private static String suggestedUnit(String problemCategory, String township) {
    DmnDecisionResult result = evaluate(problemCategory, township);
    assertThat(result)
        .as("FIRST hit policy: exactly one matching rule for category %s, township %s",
            problemCategory, township)
        .hasSize(1);
    return unitOf(result);
  }

  /**
   * The suggested unit of a single-rule result. An empty output entry (rule {@code Rule_Other})
   * leaves the output out of the result entirely, so read the entry map rather than
   * {@code getEntry}, which throws for a missing output.
   */
  private static String unitOf(DmnDecisionResult result) {
    return (String) result.getSingleResult().getEntryMap().get(OUTPUT_NAME);
  }

  private static Set<String> codes(String arrayName) {
    Set<String> codes = new LinkedHashSet<>();
    catalogue.get(arrayName).forEach(node -> codes.add(node.get("code").asText()));
    return codes;
  }

  /** One row per rule of the decision table (rule id in the first column, for the report). */
  @ParameterizedTest(name = "{0}: {1} / township={2} -> {3}")
  @CsvSource({
      "Rule_WageArrears,          wage-arrears,          ,             rsj",
      "Rule_LaborSocialSecurity,  labor-social-security, ,             rsj",
      "Rule_Expropriation,        expropriation,         ,             fwzs",
      "Rule_LandPlanning,         land-planning,         ,             zrzyj",
      "Rule_ConstructionQuality,  construction-quality,  ,             zjj",
      "Rule_PropertyManagement,   property-management,   ,             fgzx",
      "Rule_Transport,            transport,             ,             jtj",
      "Rule_RuralLand,            rural-land,            ,             nyncj",
      "Rule_PublicSecurity,       public-security,       ,             gaj",
      "Rule_Education,            education,             ,             jyj",
      "Rule_Health,               health,                ,             wjw",
      "Rule_MedicalInsurance,     medical-insurance,     ,             ybj",
      "Rule_CivilAffairs,         civil-affairs,         ,             mzj",
      "Rule_Veterans,             veterans,              ,             tyjrj",
      "Rule_Environment,          environment,           ,             sthj",
      "Rule_MarketRegulation,     market-regulation,     ,             scjgj",
      "Rule_UrbanManagement,      urban-management,      ,             cgj",
      "Rule_Water,                water,                 ,             slj",
      "Rule_Litigation,           litigation,            ,             zfw",
      "Rule_NeighborhoodTownship, neighborhood,          town-dunji,   town-dunji",
      "Rule_Neighborhood,         neighborhood,          ,             sfj",
      "Rule_Neighborhood,         neighborhood,          '',           sfj",
      "Rule_OtherTownship,        other,                 town-dayang,  town-dayang",
      "Rule_Other,                other,                 ,             ",
      "Rule_Other,                other,                 '',           ",
  })
  void eachRuleSuggestsTheContractedUnit(
      String ruleId, String problemCategory, String township, String expectedUnitCode) {
    DmnDecisionResult result = evaluate(problemCategory, township);

    assertThat(result).hasSize(1);
    assertThat(unitOf(result))
        .as("rule %s", ruleId)
        .isEqualTo(expectedUnitCode);
  }

  @Test
  void unitSpecificCategoriesIgnoreTheTownship() {
    assertThat(suggestedUnit("wage-arrears", "town-sicheng")).isEqualTo("rsj");
    assertThat(suggestedUnit("public-security", "town-heita")).isEqualTo("gaj");
    assertThat(suggestedUnit("litigation", "")).isEqualTo("zfw");
  }

  @Test
  void unknownCategoryHasNoSuggestion() {
    assertThat(evaluate("no-such-category", "town-sicheng")).isEmpty();
  }

  @Test
  void everyCatalogueCategoryHasARule() {
    Set<String> categoryCodes = codes("categories");
    assertThat(categoryCodes).isNotEmpty().contains("other", "neighborhood");

    List<String> missing = new ArrayList<>();
    for (String code : categoryCodes) {
      DmnDecisionResult result = evaluate(code, null);
      assertThat(result).as("matching rules for category %s", code).hasSize(1);
      String unit = unitOf(result);
      if (code.equals("other")) {
        assertThat(unit).as("category other without township").isNull();
      } else if (unit == null) {
        missing.add(code);
      }
    }
    assertThat(missing).as("categories without a default responsible unit").isEmpty();
  }

  @Test
  void everySuggestedUnitExistsInTheCatalogue() {
    Set<String> unitCodes = codes("units");
    Set<String> townshipCodes = new LinkedHashSet<>();
    catalogue.get("units").forEach(unit -> {
      if ("TOWNSHIP".equals(unit.get("type").asText())) {
        townshipCodes.add(unit.get("code").asText());
      }
    });
    assertThat(townshipCodes).hasSize(15);

    Set<String> suggested = new LinkedHashSet<>();
    for (String category : codes("categories")) {
      String unit = suggestedUnit(category, null);
      if (unit != null) {
        suggested.add(unit);
      }
      for (String township : townshipCodes) {
        String withTownship = suggestedUnit(category, township);
        if (withTownship != null) {
          suggested.add(withTownship);
        }
      }
    }

    assertThat(suggested).contains("rsj", "sfj", "town-sicheng").hasSizeGreaterThan(15);
    assertThat(unitCodes).containsAll(suggested);
  }
}
