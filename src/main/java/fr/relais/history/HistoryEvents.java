package fr.relais.history;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The French words people read for each event code the features record. The codes stay in the database and the JSON
 * API for machines; pages and e-mails show these words.
 */
public final class HistoryEvents {

  private static final String OTHER = "Étape du dossier";

  private static final Map<String, String> LABELS = Map.ofEntries(
      // Referrals
      entry("SUBMITTED", "Saisine déposée"),
      entry("ATTACHMENT_ADDED", "Pièce jointe ajoutée"),
      entry("ROUTED", "Saisine envoyée aux référents"),
      entry("ROUTING_GAP", "Aucun référent dans le département"),
      entry("REMINDER_SENT", "Rappel envoyé aux référents"),
      entry("ESCALATED", "Escaladée au pôle national"),
      entry("ESCALATED_TO_ANCT", "Escaladée à l'ANCT"),
      entry("ANSWERED", "Réponse apportée"),
      entry("INFORMATION_REQUESTED", "Complément demandé"),
      entry("INFORMATION_PROVIDED", "Complément fourni"),
      entry("REROUTED", "Réorientée vers un autre opérateur"),
      entry("CLOSED", "Clôturée"),
      entry("ANONYMISED", "Anonymisée"),
      entry("TASK_RELEASED", "Tâche remise à son groupe"),
      // Labellisation
      entry("PROPOSED", "Structure proposée au label"),
      entry("DECLARATION_CHECKED", "Déclaration vérifiée"),
      entry("DECLARATION_REVISED", "Déclaration complétée"),
      entry("AUDITOR_ASSIGNED", "Auditeur désigné"),
      entry("REAUDIT_SCHEDULED", "Contre-visite d'audit programmée"),
      entry("AUDIT_SUBMITTED", "Audit transmis"),
      entry("AUDIT_CONCLUSIVE", "Audit concluant"),
      entry("AUDIT_NOT_CONCLUSIVE", "Audit non concluant"),
      entry("UPGRADE_REQUESTED", "Mise à niveau demandée"),
      entry("UPGRADE_RECORDED", "Mise à niveau enregistrée"),
      entry("UPGRADE_EXTENDED", "Délai de mise à niveau prolongé"),
      entry("ABANDON_DECIDED", "Abandon du projet décidé"),
      entry("ABANDONED", "Projet abandonné"),
      entry("NATIONAL_AGREEMENT_GIVEN", "Avis favorable de l'ANCT"),
      entry("NATIONAL_AGREEMENT_REFUSED", "Avis défavorable de l'ANCT"),
      entry("LABEL_GRANT_DECIDED", "Label accordé par la préfecture"),
      entry("LABEL_POSTPONE_DECIDED", "Décision de label reportée"),
      entry("LABEL_REFUSE_DECIDED", "Label refusé par la préfecture"),
      entry("REFUSED", "Label refusé"),
      entry("LABEL_GRANTED", "Label attribué"),
      entry("PLATFORM_INVITATION_SENT", "Invitation à créer le compte envoyée"),
      entry("PLATFORM_ACCOUNT_CREATED", "Compte de la structure créé"),
      entry("CONVENTION_ANNEX_DRAWN_UP", "Annexe à la convention établie"),
      entry("AGENTS_HANDED_TO_TRAINING", "Agents inscrits à la formation"),
      entry("ENROLLED_IN_QUALITY_CONTROL", "Inscrite au contrôle qualité"),
      // Opening and training
      entry("READY_TO_OPEN", "Prête à ouvrir"),
      entry("NOT_READY_TO_OPEN", "Pas encore prête à ouvrir"),
      entry("OPENING_POSTPONED", "Ouverture reportée"),
      entry("OPENING_RISK_ACCEPTED", "Ouverture maintenue"),
      entry("REGISTERED", "Inscription à la formation initiale"),
      entry("ENROLLED", "Inscription à une session"),
      entry("NO_SESSION_AVAILABLE", "Aucune session disponible"),
      entry("CONVENED", "Convocation envoyée"),
      entry("ATTENDED", "Présence à la session"),
      entry("ABSENT", "Absence à la session"),
      entry("CERTIFIED", "Certification obtenue"),
      entry("SESSION_CREATED", "Session créée"),
      entry("SESSION_UPDATED", "Session modifiée"),
      // Quality control
      entry("DRAWN_FOR_VISIT", "Tirée au sort pour une visite mystère"),
      entry("MYSTERY_VISIT_PASSED", "Visite mystère réussie"),
      entry("MYSTERY_VISIT_FAILED", "Visite mystère non concluante"),
      entry("MYSTERY_VISIT_FAILED_AGAIN", "Contre-visite mystère non concluante"),
      entry("CORRECTIVE_PLAN_WRITTEN", "Plan d'action rédigé"),
      entry("FOLLOW_UP_SCHEDULED", "Contre-visite mystère programmée"),
      entry("SURVEY_CLOSED", "Enquête de satisfaction close"),
      entry("LABEL_REVIEW_KEEP", "Label maintenu après réexamen"),
      entry("LABEL_REVIEW_SUSPEND", "Label suspendu"),
      entry("LABEL_REVIEW_WITHDRAW", "Label retiré"),
      entry("LABEL_REINSTATED", "Label rétabli"));

  private HistoryEvents() {}

  /** The words for an event; an event recorded by a newer feature than this list still reads as French. */
  public static String label(String event) {
    return LABELS.getOrDefault(event, OTHER);
  }
}
