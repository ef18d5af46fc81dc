package cn.gov.sixian.reception.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules every form listener and {@code POST /api/cases} read input by. */
class InputsTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static Inputs with(String name, Object value) {
    Map<String, Object> values = new HashMap<>();
    values.put(name, value);
    return Inputs.of(values);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(Runnable read, String field) {
    return assertThatThrownBy(read::run).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.getField()).isEqualTo(field));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u009F", // C0, DEL, C1
      "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", // zero width
      "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", // embeddings and overrides
      "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", // isolates and marks
      "\uD83D", "\uDE00", "\uDE00\uD83D"}) // surrogates out of their pairs
  void textsRefuseInvisibleAndControlCharacters(String hidden) {
    refused(() -> with("matter", "包工头拖欠" + hidden + "工资").requiredText("matter", "反映事项", 2000),
        "matter").hasMessage("「反映事项」含有不可见或控制字符，请删除后重新填写。");
    // also at the ends, where trimming would otherwise have hidden some of them
    refused(() -> with("matter", "工资" + hidden).optionalText("matter", "反映事项", 2000), "matter");
  }

  @Test
  void lineBreaksTabsChineseAndEmojiAreText() {
    assertThat(with("matter", " 第一行\r\n第二行\t完 😀 ").requiredText("matter", "反映事项", 2000))
        .isEqualTo("第一行\r\n第二行\t完 😀");
  }

  @Test
  void lengthCountsCharactersAsAPersonReadsThem() {
    String fiftyEmoji = "😀".repeat(50); // 100 UTF-16 units
    assertThat(with("petitionerName", fiftyEmoji).requiredText("petitionerName", "信访人姓名", 50))
        .isEqualTo(fiftyEmoji);
    refused(() -> with("petitionerName", fiftyEmoji + "李").requiredText("petitionerName", "信访人姓名", 50),
        "petitionerName").hasMessage("「信访人姓名」不能超过50个字，现为51个字。");
  }

  @Test
  void textsAreTextOrNumbers() {
    assertThat(with("phone", 13855701234L).requiredText("phone", "联系电话", 20)).isEqualTo("13855701234");
    refused(() -> with("matter", true).requiredText("matter", "反映事项", 2000), "matter")
        .hasMessage("「反映事项」须为文字。");
    refused(() -> with("matter", Map.of("a", "b")).optionalText("matter", "反映事项", 2000), "matter");
    refused(() -> with("matter", List.of("a")).optionalText("matter", "反映事项", 2000), "matter");
  }

  @Test
  void requiredBooleansAreBooleansOrExactlyTrueOrFalse() {
    assertThat(with("slipAccepted", true).requiredBoolean("slipAccepted", "审核结果")).isTrue();
    assertThat(with("slipAccepted", "false").requiredBoolean("slipAccepted", "审核结果")).isFalse();
    for (Object wrong : new Object[] {"notbool", "TRUE", " true", "1", "", 1, "yes"}) {
      refused(() -> with("slipAccepted", wrong).requiredBoolean("slipAccepted", "审核结果"),
          "slipAccepted").hasMessageContaining("「审核结果」的取值无效");
    }
    refused(() -> with("slipAccepted", null).requiredBoolean("slipAccepted", "审核结果"),
        "slipAccepted").hasMessage("请选择「审核结果」。");
  }

  @Test
  void optionalBooleansAreAbsentOrStrict() {
    assertThat(Inputs.of(Map.of()).optionalBoolean("firstVisit", "初信初访")).isFalse();
    assertThat(with("firstVisit", "true").optionalBoolean("firstVisit", "初信初访")).isTrue();
    assertThat(with("firstVisit", Boolean.FALSE).optionalBoolean("firstVisit", "初信初访")).isFalse();
    refused(() -> with("firstVisit", "notbool").optionalBoolean("firstVisit", "初信初访"), "firstVisit")
        .hasMessageContaining("「初信初访」的取值无效");
    refused(() -> with("firstVisit", "").optionalBoolean("firstVisit", "初信初访"), "firstVisit");
  }

  @Test
  void numbersMustBeNumbers() {
    assertThat(with("visitorCount", 3).requiredInt("visitorCount", "来访人数", 1, 500)).isEqualTo(3);
    assertThat(with("visitorCount", 3L).requiredInt("visitorCount", "来访人数", 1, 500)).isEqualTo(3);
    assertThat(with("visitorCount", 3.0).requiredInt("visitorCount", "来访人数", 1, 500)).isEqualTo(3);
    assertThat(with("visitorCount", new BigDecimal("5.00")).requiredInt("visitorCount", "来访人数", 1, 500))
        .isEqualTo(5);
    refused(() -> with("visitorCount", "3").requiredInt("visitorCount", "来访人数", 1, 500),
        "visitorCount").hasMessage("「来访人数」须为数值（不加引号的数字）。");
    refused(() -> with("visitorCount", true).requiredInt("visitorCount", "来访人数", 1, 500), "visitorCount");
    refused(() -> with("visitorCount", 2.5).requiredInt("visitorCount", "来访人数", 1, 500), "visitorCount")
        .hasMessage("「来访人数」须为整数。");
    refused(() -> with("visitorCount", Double.NaN).requiredInt("visitorCount", "来访人数", 1, 500),
        "visitorCount");
    refused(() -> with("visitorCount", 501).requiredInt("visitorCount", "来访人数", 1, 500), "visitorCount")
        .hasMessage("「来访人数」须在1到500之间。");
    // 2^64 + 1 is 1 as a long: it must not pass as one visitor
    BigInteger wrapsToOne = BigInteger.TWO.pow(64).add(BigInteger.ONE);
    refused(() -> with("visitorCount", wrapsToOne).requiredInt("visitorCount", "来访人数", 1, 500),
        "visitorCount").hasMessage("「来访人数」须在1到500之间。");
    refused(() -> with("visitorCount", Double.POSITIVE_INFINITY).requiredInt("visitorCount", "来访人数", 1, 500),
        "visitorCount");
    refused(() -> with("visitorCount", " ").requiredInt("visitorCount", "来访人数", 1, 500), "visitorCount")
        .hasMessage("请填写「来访人数」。");
  }

  @Test
  void choicesAreCheckedAndNotEchoedWhenHiddenOrLong() {
    refused(() -> with("channel", "HOT\u202ELINE").requiredChoice("channel", "来源渠道", Kind.class),
        "channel").hasMessageContaining("不可见或控制字符");
    refused(() -> with("channel", "X".repeat(10_000)).requiredChoice("channel", "来源渠道", Kind.class),
        "channel").hasMessage("「来源渠道」的取值无效。");
    assertThat(with("channel", " HOTLINE ").requiredChoice("channel", "来源渠道", Kind.class))
        .isEqualTo(Kind.HOTLINE);
  }

  @Test
  void datesAreWithinTheYearsTheApplicationKnows() {
    assertThat(with("hearingDate", "2026-03-06").requiredDate("hearingDate", "听证日期", ZONE))
        .isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(with("hearingDate", "2026-03-06T09:30").requiredDate("hearingDate", "听证日期", ZONE))
        .isEqualTo(LocalDate.of(2026, 3, 6));
    refused(() -> with("hearingDate", "0000-01-01").requiredDate("hearingDate", "听证日期", ZONE),
        "hearingDate").hasMessage("「听证日期」须在2000年到2100年之间。");
    refused(() -> with("hearingDate", "2026-03-06garbage").requiredDate("hearingDate", "听证日期", ZONE),
        "hearingDate");
  }

  enum Kind { VISIT, HOTLINE }
}
