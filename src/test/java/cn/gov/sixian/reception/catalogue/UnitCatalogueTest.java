package cn.gov.sixian.reception.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class UnitCatalogueTest {

  @TempDir Path folder;

  @Test
  void builtInCatalogueHasThePlansEightResidentUnits() {
    UnitCatalogue catalogue = UnitCatalogue.builtIn();
    assertThat(catalogue.units().stream().filter(Unit::resident).map(Unit::name))
        .containsExactlyInAnyOrder("县公安局", "县住建局", "县自然资源和规划局", "县房屋征收中心",
            "县房管中心", "县交通局", "县农业农村局", "县人社局");
    assertThat(catalogue.units()).filteredOn(u -> u.type() == UnitType.TOWNSHIP).hasSize(15);
    assertThat(catalogue.findUnit("gaj").orElseThrow().staffGroup()).isEqualTo("unit-gaj");
    assertThat(catalogue.findUnit("gaj").orElseThrow().leaderGroup()).isEqualTo("unit-gaj-leaders");
  }

  @Test
  void anAdministratorsEditTakesEffectWithoutRestart() throws Exception {
    Path file = folder.resolve("catalogue.json");
    Files.writeString(file, catalogue(true));
    UnitCatalogue catalogue =
        new UnitCatalogue(new CatalogueProperties("file:" + file), new DefaultResourceLoader());
    assertThat(catalogue.findUnit("jyj").orElseThrow().resident()).isTrue();

    Files.writeString(file, catalogue(false));
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    assertThat(catalogue.findUnit("jyj").orElseThrow().resident()).isFalse();

    // a broken edit is refused and the last good catalogue stays in force
    Files.writeString(file, "{ not json");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
    assertThat(catalogue.findUnit("jyj")).isPresent();
  }

  @Test
  void duplicateCodesAreRefused() throws Exception {
    Path file = folder.resolve("dup.json");
    Files.writeString(file, """
        {"categories": [], "units": [
          {"code": "a", "name": "甲", "type": "COUNTY_UNIT", "resident": true, "email": ""},
          {"code": "a", "name": "乙", "type": "COUNTY_UNIT", "resident": false, "email": ""}]}
        """);
    assertThatThrownBy(() ->
            new UnitCatalogue(new CatalogueProperties("file:" + file), new DefaultResourceLoader()))
        .hasStackTraceContaining("Duplicate unit code in catalogue: a");
  }

  private static String catalogue(boolean resident) {
    return """
        {"categories": [{"code": "education", "name": "教育"}],
         "units": [{"code": "jyj", "name": "县教育局", "type": "COUNTY_UNIT",
                    "resident": %s, "email": "jyj-xf@sixian.gov.cn"}]}
        """.formatted(resident);
  }
}
