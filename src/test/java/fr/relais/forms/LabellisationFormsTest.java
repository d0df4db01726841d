package fr.relais.forms;

import static fr.relais.forms.TestForms.OPERATORS;
import static fr.relais.forms.TestForms.input;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The labellisation forms of forms/: the process contract's fields and the rules they impose. */
class LabellisationFormsTest {

  private static final FormRegistry registry = TestForms.registry();
  private final FormValidator validator = new FormValidator(TestForms.CLOCK);

  private FormSubmission submit(String form, Map<String, Object> input) {
    return validator.validate(registry.find(form).orElseThrow(), input, OPERATORS);
  }

  @Test
  void theSixLabellisationFormsAreLoaded() {
    assertThat(registry.formIds()).contains("structure-proposal", "structure-audit", "structure-upgrade",
        "structure-failure-decision", "national-agreement", "label-decision");
  }

  @Test
  void aProposalTakesOpeningHoursAsSlotsAndRefusesAnythingElse() {
    Map<String, Object> proposal = input("name", "France Services de Redon", "kind", "FIXED", "carrier", "COMMUNE",
        "address", "2 rue de la Gare", "postalCode", "35600", "commune", "Redon", "email", "accueil@redon.fr",
        "phone", "02 99 71 00 00",
        "hoursMonday", "09:00-12:00, 14:00-17:30", "hoursTuesday", "", "hoursWednesday", "9h-12h",
        "agents", "Claire Martin\nYanis Benali", "operators", List.of("CAF", "DGFIP"),
        "confidentialRooms", "1", "freeAccessWorkstations", "2", "videoWorkstations", "1",
        "plannedOpening", "2026-04-01");

    FormSubmission submission = submit("structure-proposal", proposal);

    assertThat(submission.errors()).containsOnlyKeys("hoursWednesday");
    proposal.put("hoursWednesday", "09:00-12:00");
    assertThat(submit("structure-proposal", proposal).errors()).isEmpty();
    assertThat(submit("structure-proposal", proposal).values()).containsEntry("hoursMonday", "09:00-12:00, 14:00-17:30")
        .containsEntry("operators", List.of("CAF", "DGFIP"));
  }

  @Test
  void theAuditListsOneResultPerCriterionOfTheChecklistItOpenedWith() {
    Map<String, Object> opened = Map.of("criteria", List.of(
        Map.of("code", "FS-01", "label", "Jours d'ouverture"), Map.of("code", "FS-02", "label", "Amplitude"),
        Map.of("code", "FS-03", "label", "Horaires publiés")));
    Map<String, Object> audit = input("visitDate", "2026-03-09",
        "criteria[0].code", "FS-01", "criteria[0].result", "COMPLIANT",
        "criteria[1].code", "FS-02", "criteria[1].result", "NON_COMPLIANT", "criteria[1].comment", "20 h seulement.",
        "criteria[2].code", "FS-03");

    FormSubmission submission = validator.validate(registry.find("structure-audit").orElseThrow(), audit,
        OPERATORS, opened);

    assertThat(submission.errors()).containsOnlyKeys("criteria[2].result");
    audit.put("criteria[2].result", "NOT_APPLICABLE");
    audit.remove("criteria[0].code");
    assertThat(validator.validate(registry.find("structure-audit").orElseThrow(), audit, OPERATORS, opened).values()
        .get("criteria")).as("codes kept from the checklist, labels never sent").isEqualTo(List.of(
            Map.of("code", "FS-01", "result", "COMPLIANT"),
            Map.of("code", "FS-02", "result", "NON_COMPLIANT", "comment", "20 h seulement."),
            Map.of("code", "FS-03", "result", "NOT_APPLICABLE")));
  }

  @Test
  void theLabelDecisionAsksForTheDateOrTheReasonItsChoiceNeeds() {
    assertThat(submit("label-decision", input("decision", "GRANT")).errors()).containsOnlyKeys("effectiveDate");
    assertThat(submit("label-decision", input("decision", "POSTPONE")).errors())
        .containsOnlyKeys("postponeUntil", "reason");
    assertThat(submit("label-decision", input("decision", "REFUSE")).errors()).containsOnlyKeys("reason");
    assertThat(submit("label-decision", input("decision", "GRANT", "effectiveDate", "2026-04-01")).values())
        .containsEntry("decision", "GRANT").containsEntry("effectiveDate", "2026-04-01").doesNotContainKey("reason");
  }

  @Test
  void nationalAgreementAndFailureDecisionNeedAReason() {
    assertThat(submit("national-agreement", input("agreement", "REJECTED")).errors()).containsOnlyKeys("reason");
    assertThat(submit("national-agreement", input("agreement", "MAYBE", "reason", "Pas assez de partenaires.")).errors())
        .containsOnlyKeys("agreement");
    assertThat(submit("structure-failure-decision", input("decision", "EXTEND", "reason", "Travaux en cours.")).errors())
        .isEmpty();
  }
}
