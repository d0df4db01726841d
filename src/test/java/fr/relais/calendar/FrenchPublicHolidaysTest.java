package fr.relais.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchPublicHolidaysTest {

  private final FrenchPublicHolidays holidays = new FrenchPublicHolidays();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2024-03-31",
    "2025-04-20",
    "2026-04-05",
    "2027-03-28",
    // The extremes Easter can reach, to exercise the algorithm's corrections.
    "2285-03-22",
    "2038-04-25",
    "1943-04-25",
    "1818-03-22"
  })
  void easterSundayMatchesKnownDates(LocalDate easter) {
    assertThat(FrenchPublicHolidays.easterSunday(easter.getYear())).isEqualTo(easter);
  }

  @Test
  void aYearHasTheElevenMetropolitanHolidaysInCalendarOrder() {
    assertThat(holidays.holidaysIn(2025)).containsExactly(
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 4, 21), // Easter Monday
        LocalDate.of(2025, 5, 1),
        LocalDate.of(2025, 5, 8),
        LocalDate.of(2025, 5, 29), // Ascension Thursday
        LocalDate.of(2025, 6, 9), // Whit Monday
        LocalDate.of(2025, 7, 14),
        LocalDate.of(2025, 8, 15),
        LocalDate.of(2025, 11, 1),
        LocalDate.of(2025, 11, 11),
        LocalDate.of(2025, 12, 25));
  }

  @Test
  void ascensionOnMayDayCountsOnce() {
    assertThat(holidays.holidaysIn(2008)).hasSize(10).contains(LocalDate.of(2008, 5, 1));
  }

  @Test
  void isHolidayAgreesWithTheYearsListForEveryDay() {
    for (int year = 2020; year <= 2040; year++) {
      var listed = holidays.holidaysIn(year);
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        assertThat(holidays.isHoliday(day)).as(day.toString()).isEqualTo(listed.contains(day));
      }
    }
  }

  @Test
  void goodFridayAndBoxingDayAreNotHolidaysSinceAlsaceMoselleIsOutOfScope() {
    assertThat(holidays.isHoliday(LocalDate.of(2025, 4, 18))).isFalse();
    assertThat(holidays.isHoliday(LocalDate.of(2025, 12, 26))).isFalse();
  }

  @Test
  void easterIsRefusedBeforeTheGregorianCalendar() {
    assertThatThrownBy(() -> FrenchPublicHolidays.easterSunday(1582))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
