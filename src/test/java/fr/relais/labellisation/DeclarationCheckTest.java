package fr.relais.labellisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relais.criteria.Criterion;
import fr.relais.criteria.Measure;
import fr.relais.criteria.Referential;
import fr.relais.criteria.Verification;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DeclarationCheckTest {

  static final Set<String> NINE = Set.of("CAF", "ASSURANCE_MALADIE", "ASSURANCE_RETRAITE", "MSA", "FRANCE_TRAVAIL",
      "LA_POSTE", "DGFIP", "FRANCE_TITRES", "JUSTICE");
  static final Function<String, String> NAMES = code -> code.equals("MSA") ? "MSA" : "Caf";

  static final Referential V2019 = referential("2019", NINE, 9);

  @Test
  void aDeclarationMeetingEveryThresholdHasNoGap() {
    assertThat(DeclarationCheck.gaps(V2019, compliant().build(), NAMES)).isEmpty();
  }

  @Test
  void fourDaysAndTwentyHoursMissBothOpeningCriteria() {
    Declaration declaration = compliant().openOn(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 9, 14).build();

    List<DeclarationGap> gaps = DeclarationCheck.gaps(V2019, declaration, NAMES);

    assertThat(gaps).extracting(DeclarationGap::code).containsExactly("FS-01", "FS-02");
    assertThat(gaps.get(0).message()).isEqualTo("FS-01 Jours d'ouverture : déclaré 4, requis au moins 5 (jours d'ouverture par semaine).");
    assertThat(gaps.get(1).message()).contains("déclaré 20, requis au moins 24");
  }

  @Test
  void overlappingSlotsOfADayCountOnce() {
    Builder builder = compliant().openOn(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 9, 13);
    builder.slots.add(new OpeningSlot(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(14, 30)));

    Declaration declaration = builder.build();

    assertThat(declaration.weeklyHours()).isEqualByComparingTo("21.5");
    assertThat(DeclarationCheck.gaps(V2019, declaration, NAMES)).extracting(DeclarationGap::message)
        .containsExactly("FS-02 Amplitude hebdomadaire : déclaré 21,5, requis au moins 24 (heures d'ouverture par semaine).");
  }

  @Test
  void theSameAgentTwiceIsOneAgent() {
    Builder builder = compliant();
    builder.agents = List.of("Claire Martin", " claire martin ");

    assertThat(DeclarationCheck.gaps(V2019, builder.build(), NAMES)).extracting(DeclarationGap::code)
        .containsExactly("FS-04");
  }

  @Test
  void missingNationalOperatorsAreNamed() {
    Builder builder = compliant();
    builder.operators = new HashSet<>(NINE);
    builder.operators.removeAll(Set.of("CAF", "MSA"));
    builder.operators.add("URSSAF");

    assertThat(DeclarationCheck.gaps(V2019, builder.build(), NAMES)).extracting(DeclarationGap::message)
        .containsExactly("FS-10 Offre des neuf partenaires : il manque Caf, MSA.");
  }

  @Test
  void accessibilityIsRequiredOfFixedPremisesOnly() {
    Builder fixed = compliant();
    fixed.accessible = false;
    Builder itinerant = compliant();
    itinerant.accessible = false;
    itinerant.kind = StructureKind.ITINERANT;

    assertThat(DeclarationCheck.gaps(V2019, fixed.build(), NAMES)).extracting(DeclarationGap::code).containsExactly("FS-19");
    assertThat(DeclarationCheck.gaps(V2019, itinerant.build(), NAMES)).isEmpty();
  }

  @Test
  void equipmentAndRoomsAreCounted() {
    Builder builder = compliant();
    builder.rooms = 0;
    builder.freeAccess = 0;
    builder.video = 0;

    assertThat(DeclarationCheck.gaps(V2019, builder.build(), NAMES)).extracting(DeclarationGap::code)
        .containsExactly("FS-18", "FS-20", "FS-21");
  }

  @Test
  void aLaterVersionWithMoreOperatorsFindsAGapTheOlderOneDidNot() {
    Set<String> twelve = new HashSet<>(NINE);
    twelve.addAll(Set.of("CHEQUE_ENERGIE", "ANAH", "URSSAF"));
    Referential v2025 = referential("2025", twelve, 12);

    assertThat(DeclarationCheck.gaps(V2019, compliant().build(), NAMES)).isEmpty();
    assertThat(DeclarationCheck.gaps(v2025, compliant().build(), NAMES)).extracting(DeclarationGap::code)
        .containsExactly("FS-10");
  }

  @Test
  void aSlotClosingBeforeItOpensIsRefused() {
    assertThatThrownBy(() -> new OpeningSlot(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Referential referential(String version, Set<String> operators, int operatorCount) {
    return new Referential(version, "test", Instant.parse("2019-07-01T00:00:00Z"), List.of(
        measured("FS-01", "Jours d'ouverture", Measure.OPENING_DAYS_PER_WEEK, 5),
        measured("FS-02", "Amplitude hebdomadaire", Measure.OPENING_HOURS_PER_WEEK, 24),
        new Criterion("FS-03", "Horaires adaptés et publiés", "...", "Horaires", List.of(Verification.ON_SITE), null, null),
        measured("FS-04", "Deux agents polyvalents", Measure.AGENTS, 2),
        measured("FS-10", "Offre des neuf partenaires", Measure.NATIONAL_OPERATORS, operatorCount),
        measured("FS-18", "Espace confidentiel", Measure.CONFIDENTIAL_ROOMS, 1),
        measured("FS-19", "Accessibilité PMR", Measure.ACCESSIBLE_PREMISES, 1),
        measured("FS-20", "Poste en libre accès", Measure.FREE_ACCESS_WORKSTATIONS, 1),
        measured("FS-21", "Poste de visioconférence", Measure.VIDEO_WORKSTATIONS, 1)), operators);
  }

  private static Criterion measured(String code, String label, Measure measure, int minimum) {
    return new Criterion(code, label, "...", "test", List.of(Verification.DECLARED), measure, BigDecimal.valueOf(minimum));
  }

  private static Builder compliant() {
    return new Builder().openOn(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 9, 14);
  }

  /** A declaration meeting every 2019 threshold, to spoil one field at a time. */
  private static final class Builder {
    StructureKind kind = StructureKind.FIXED;
    List<OpeningSlot> slots = new ArrayList<>();
    List<String> agents = List.of("Claire Martin", "Yanis Benali");
    Set<String> operators = new HashSet<>(NINE);
    int rooms = 1;
    boolean accessible = true;
    int freeAccess = 2;
    int video = 1;

    Builder openOn(Set<DayOfWeek> days, int from, int to) {
      slots = new ArrayList<>();
      days.forEach(day -> slots.add(new OpeningSlot(day, LocalTime.of(from, 0), LocalTime.of(to, 0))));
      return this;
    }

    Declaration build() {
      return new Declaration(kind, slots, agents, operators, List.of(), rooms, accessible, freeAccess, video);
    }
  }
}
