package fr.relais.labellisation;

import fr.relais.criteria.Referential;
import fr.relais.criteria.Referentials;
import fr.relais.history.CaseHistory;
import fr.relais.notification.Notifications;
import fr.relais.quality.QualityEnrolment;
import fr.relais.security.CandidateGroups;
import fr.relais.security.OneTimeTokens;
import fr.relais.structure.Department;
import fr.relais.structure.ReferenceData;
import fr.relais.training.StructureOpening;
import fr.relais.training.TrainingRegistration;
import fr.relais.web.Countdown;
import fr.relais.web.NotFoundException;
import fr.relais.web.PublicLinks;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a granted label, each step done once however often its job is delivered: the platform invitation,
 * the convention annex, the agents handed to training, the structure enrolled in quality control.
 */
@Service
public class LabelFollowUps {

  private final Structures structures;
  private final Invitations invitations;
  private final Annexes annexes;
  private final TrainingRegistration training;
  private final StructureOpening opening;
  private final QualityEnrolment quality;
  private final Referentials referentials;
  private final ReferenceData referenceData;
  private final CaseHistory history;
  private final Notifications notifications;
  private final LabellisationProperties properties;
  private final PublicLinks links;
  private final Clock clock;

  LabelFollowUps(Structures structures, Invitations invitations, Annexes annexes, TrainingRegistration training,
      StructureOpening opening, QualityEnrolment quality, Referentials referentials, ReferenceData referenceData,
      CaseHistory history, Notifications notifications, LabellisationProperties properties, PublicLinks links,
      Clock clock) {
    this.structures = structures;
    this.invitations = invitations;
    this.annexes = annexes;
    this.training = training;
    this.opening = opening;
    this.quality = quality;
    this.referentials = referentials;
    this.referenceData = referenceData;
    this.history = history;
    this.notifications = notifications;
    this.properties = properties;
    this.links = links;
    this.clock = clock;
  }

  /** The one-time registration link, queued in the same transaction as the invitation it belongs to. */
  @Transactional
  public void inviteToPlatform(UUID id) {
    Structure structure = labelled(id);
    String token = OneTimeTokens.newToken();
    Instant now = clock.instant();
    String email = structure.proposal().email();
    if (invitations.createIfAbsent(id, token, email, now, now.plus(properties.invitationValidFor()))) {
      String link = links.to("/invitations/" + token);
      notifications.enqueueEmail(id + ":platform-invitation", email,
          "France Services : créez le compte de " + structure.name(),
          "Le label France Services n° " + structure.labelNumber() + " a été attribué à " + structure.name()
              + ". Créez le compte de la structure sur la plateforme (lien personnel, utilisable une fois, valable"
              + " jusqu'au " + Countdown.format(now.plus(properties.invitationValidFor())) + ") : "
              + link);
      record(id, "PLATFORM_INVITATION_SENT", "Invitation à créer le compte de la structure envoyée à " + email + ".");
    }
  }

  @Transactional
  public void drawUpAnnex(UUID id) {
    Structure structure = labelled(id);
    if (annexes.exists(id)) {
      return;
    }
    ConventionAnnex annex = annexOf(structure);
    if (annexes.createIfAbsent(id, annex.fileName(), annex.toPdf(), clock.instant())) {
      record(id, "CONVENTION_ANNEX_DRAWN_UP", "Annexe à la convention cadre départementale établie ("
          + annex.fileName() + ").");
      notifications.enqueue(id + ":annex", CandidateGroups.prefect(structure.departmentCode()),
          "Annexe à la convention : " + structure.name(), "L'annexe est disponible sur la page de la structure.");
    }
  }

  private ConventionAnnex annexOf(Structure structure) {
    StructureProposal proposal = structure.proposal();
    Declaration declaration = proposal.declaration();
    Referential referential = referentials.version(structure.referentialVersion()).orElseThrow();
    String department = referenceData.departments().stream()
        .filter(candidate -> candidate.code().equals(structure.departmentCode()))
        .map(Department::name).findFirst().orElse(structure.departmentCode());
    return new ConventionAnnex(department + " (" + structure.departmentCode() + ")", structure.name(),
        structure.labelNumber(), structure.labelEffectiveDate(), proposal.carrier(), declaration.kind(),
        proposal.address() + ", " + proposal.postalCode() + " " + proposal.commune(), proposal.email(),
        proposal.phone(), declaration.openingHours(), (int) declaration.distinctAgents(),
        referential.mandatoryOperators().stream().sorted().map(referenceData::operatorName).toList(),
        declaration.localPartners(), referential.title());
  }

  @Transactional
  public int handOverToTraining(UUID id) {
    Structure structure = labelled(id);
    int registered = training.registerAgents(id, structure.declaration().agents(), CaseHistory.SYSTEM);
    if (registered > 0) {
      record(id, "AGENTS_HANDED_TO_TRAINING", registered + " agent(s) inscrit(s) à la formation initiale, à suivre"
          + " avant l'ouverture.");
      notifications.enqueue(id + ":training", CandidateGroups.prefect(structure.departmentCode()),
          "Agents à former : " + structure.name(), registered + " agent(s) attendent leur formation initiale.");
      opening.watch(id);
    }
    return registered;
  }

  @Transactional
  public void enrolInQualityControl(UUID id) {
    Structure structure = labelled(id);
    if (quality.enrol(id, structure.labelEffectiveDate(), clock.instant())) {
      record(id, "ENROLLED_IN_QUALITY_CONTROL", "Inscrite au contrôle qualité : visite mystère avant le "
          + structure.labelEffectiveDate().plusYears(1).format(LabellisationTexts.DATE) + ".");
    }
    structures.waitAt(id, null);
  }

  private Structure labelled(UUID id) {
    Structure structure = structures.find(id).orElseThrow(() -> new NotFoundException("Structure introuvable."));
    if (!structure.isLabelled()) {
      throw new IllegalStateException("structure " + id + " is " + structure.status() + ", not labelled");
    }
    return structure;
  }

  private void record(UUID id, String event, String detail) {
    history.record(LabellisationProcess.CASE_TYPE, id, CaseHistory.SYSTEM, event, detail);
  }
}
