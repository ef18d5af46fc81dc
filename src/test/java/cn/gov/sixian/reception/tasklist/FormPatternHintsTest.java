package cn.gov.sixian.reception.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every pattern of the forms has its Chinese hint, looked up by the pattern form-js names. */
class FormPatternHintsTest {

  private final FormPatternHints hints = new FormPatternHints();

  @Test
  void everyFieldWithAPatternHasAHint() {
    assertThat(hints.keysWithoutHint()).isEmpty();
    assertThat(hints.byPattern())
        .containsEntry("^[0-9]{17}[0-9Xx]$", "应为18位，最后一位可为数字或X")
        .containsEntry("^[A-Z]{1,8}-\\d{4}-\\d{6}$", "应为信访件编号，如JF-2026-000123")
        .hasSize(4);
    assertThat(hints.byPattern().values()).allSatisfy(hint ->
        assertThat(hint).doesNotContain("^", "$", "[", "\\d"));
  }
}
