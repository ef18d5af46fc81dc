package cn.gov.sixian.reception.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV is quoted only where it must be, with CRLF lines, and never carries a formula. */
class UnitsCsvTest {

  @Test
  void quotesOnlyWhereNeededAndDefusesFormulas() {
    String csv = new String(UnitsCsv.csv(List.of(
        List.of("gaj", "县公安局", "2", "100.00%", ""),
        List.of("x", "名称,含逗号", "说\"引号\"", "两行\n文字", "=1+1"),
        List.of("", "合计", "-3", "@SUM(A1)", "+1"))), StandardCharsets.UTF_8);
    assertThat(csv).isEqualTo("gaj,县公安局,2,100.00%,\r\n"
        + "x,\"名称,含逗号\",\"说\"\"引号\"\"\",\"两行\n文字\",'=1+1\r\n"
        + ",合计,'-3,'@SUM(A1),'+1\r\n");
  }
}
