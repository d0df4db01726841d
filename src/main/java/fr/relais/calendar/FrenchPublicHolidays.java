package fr.relais.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The eleven public holidays of metropolitan France (Code du travail, article L3133-1), for any
 * Gregorian year, with the Easter-based ones computed rather than listed so no table runs out.
 */
public final class FrenchPublicHolidays {

  /** Easter cannot be computed this way before the Gregorian calendar existed. */
  private static final int FIRST_GREGORIAN_YEAR = 1583;

  // Alsace-Moselle (Good Friday, 26 December) and overseas (abolition of slavery) holidays are out of scope.
  private static final Set<MonthDay> FIXED = Set.of(
      MonthDay.of(Month.JANUARY, 1),
      MonthDay.of(Month.MAY, 1),
      MonthDay.of(Month.MAY, 8),
      MonthDay.of(Month.JULY, 14),
      MonthDay.of(Month.AUGUST, 15),
      MonthDay.of(Month.NOVEMBER, 1),
      MonthDay.of(Month.NOVEMBER, 11),
      MonthDay.of(Month.DECEMBER, 25));

  // Whit Monday stays a holiday in law even where employers use it as the "journée de solidarité".
  private static final List<Integer> DAYS_AFTER_EASTER = List.of(
      1, // Easter Monday
      39, // Ascension Thursday
      50); // Whit Monday

  /** The holidays of {@code year} in calendar order; fewer than eleven when two fall on the same day. */
  public List<LocalDate> holidaysIn(int year) {
    var holidays = new TreeSet<LocalDate>();
    for (MonthDay fixed : FIXED) {
      holidays.add(fixed.atYear(year));
    }
    LocalDate easter = easterSunday(year);
    for (int offset : DAYS_AFTER_EASTER) {
      holidays.add(easter.plusDays(offset));
    }
    return List.copyOf(holidays);
  }

  public boolean isHoliday(LocalDate date) {
    if (FIXED.contains(MonthDay.from(date))) {
      return true;
    }
    // Called for every day a deadline crosses, so only compute Easter for the months it can move.
    Month month = date.getMonth();
    if (month.compareTo(Month.MARCH) < 0 || month.compareTo(Month.JUNE) > 0) {
      return false;
    }
    LocalDate easter = easterSunday(date.getYear());
    for (int offset : DAYS_AFTER_EASTER) {
      if (date.equals(easter.plusDays(offset))) {
        return true;
      }
    }
    return false;
  }

  /** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher), exact for every Gregorian year. */
  public static LocalDate easterSunday(int year) {
    if (year < FIRST_GREGORIAN_YEAR) {
      throw new IllegalArgumentException("Easter is computed for Gregorian years only, not " + year);
    }
    int metonicYear = year % 19;
    int century = year / 100;
    int yearOfCentury = year % 100;
    int skippedLeapDays = century / 4;
    int centuryRemainder = century % 4;
    int lunarCorrection = (century + 8) / 25;
    int solarCorrection = (century - lunarCorrection + 1) / 3;
    int epact = (19 * metonicYear + century - skippedLeapDays - solarCorrection + 15) % 30;
    int leapYearsOfCentury = yearOfCentury / 4;
    int yearInLeapCycle = yearOfCentury % 4;
    int daysToSunday =
        (32 + 2 * centuryRemainder + 2 * leapYearsOfCentury - epact - yearInLeapCycle) % 7;
    int lateFullMoonShift = (metonicYear + 11 * epact + 22 * daysToSunday) / 451;
    int dayOfYearCode = epact + daysToSunday - 7 * lateFullMoonShift + 114;
    return LocalDate.of(year, dayOfYearCode / 31, dayOfYearCode % 31 + 1);
  }
}
