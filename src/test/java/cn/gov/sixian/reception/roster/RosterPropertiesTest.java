package cn.gov.sixian.reception.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sixian.reception.roster.RosterProperties.ShiftSetting;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The all-day shifts are checked at start: a wrong setting stops the application, not a night. */
class RosterPropertiesTest {

  @Test
  void defaultsAreTheDayAndTheNightShift() {
    RosterProperties properties = new RosterProperties(null, null);
    assertThat(properties.checkInBy()).isEqualTo("09:00");
    assertThat(properties.allDayShifts()).extracting(ShiftSetting::code).containsExactly("day", "night");
    assertThat(properties.allDayShifts()).extracting(ShiftSetting::starts)
        .containsExactly(LocalTime.of(8, 0), LocalTime.of(20, 0));
  }

  @Test
  void theFirstShiftIsTheDayShiftAndShiftsAreInOrderWithUniqueCodes() {
    ShiftSetting day = shift("day", "08:00");
    assertThatThrownBy(() -> new RosterProperties(null, List.of(shift("night", "20:00"), day)))
        .hasMessageContaining("first shift must have the code 'day'");
    assertThatThrownBy(() -> new RosterProperties(null, List.of(day, shift("late", "07:00"))))
        .hasMessageContaining("in the order they start");
    assertThatThrownBy(() -> new RosterProperties(null, List.of(day, shift("day", "20:00"))))
        .hasMessageContaining("must be unique");
    assertThatThrownBy(() -> new RosterProperties(null, List.of(day, shift("Night!", "20:00"))))
        .hasMessageContaining("lower-case");
    assertThatThrownBy(() -> new RosterProperties(null,
        List.of(day, new ShiftSetting("night", " ", LocalTime.of(20, 0), LocalTime.of(21, 0)))))
        .hasMessageContaining("needs a name");
    assertThat(new RosterProperties(null, List.of(day, shift("evening", "16:00"), shift("night", "23:00")))
        .allDayShifts()).hasSize(3);
  }

  private static ShiftSetting shift(String code, String starts) {
    LocalTime start = LocalTime.parse(starts);
    return new ShiftSetting(code, code, start, start.plusHours(1));
  }
}
