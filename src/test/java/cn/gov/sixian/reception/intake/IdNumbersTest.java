package cn.gov.sixian.reception.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumbersTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @ParameterizedTest
  @CsvSource({
    // the GB 11643 example and two numbers whose check characters were computed by hand
    "11010519491231002X",
    "440524198001010013",
    "341324198001011231"
  })
  void acceptsValidNumbers(String id) {
    assertThat(IdNumbers.problem(IdNumbers.normalize(id), TODAY)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "11010519491231002|应为18位，现为17位",
    "11010519491231002Y|第18位应为数字或X",
    "1101051949123A002X|前17位应为数字",
    "110105194902300021|出生日期（第7至14位）不是有效日期",
    "110105203001010012|出生日期（第7至14位）不合理",
    "110105194912310021|校验位不正确，请逐位核对",
    "440524188001010014|出生日期（第7至14位）不合理"
  })
  void namesWhatIsWrong(String id, String problem) {
    assertThat(IdNumbers.problem(id, TODAY)).isEqualTo(problem);
  }

  @ParameterizedTest
  @CsvSource({"11010519491231002x,11010519491231002X", " 440524198001010013 ,440524198001010013"})
  void normalisesCaseAndBlanks(String raw, String normalised) {
    assertThat(IdNumbers.normalize(raw)).isEqualTo(normalised);
  }

  @ParameterizedTest
  @CsvSource({"11010519491231002X,110***********002X", "abc,****"})
  void masksForLogsAndForms(String id, String masked) {
    assertThat(IdNumbers.mask(id)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({"13855701234,true", "0557-7012345,true", "05577012345,true", "12345,false",
      "23855701234,false", "1385570123,false"})
  void checksPhoneNumbers(String phone, boolean valid) {
    assertThat(PhoneNumbers.isValid(phone)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"13855701234,138****1234", "0557-7012345,055*****2345"})
  void masksPhoneNumbers(String phone, String masked) {
    assertThat(PhoneNumbers.mask(phone)).isEqualTo(masked);
  }
}
