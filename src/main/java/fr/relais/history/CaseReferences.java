package fr.relais.history;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The reference a person reads for any case, from any feature (task titles, e-mails): the feature's own number
 * when it has one, otherwise the short form of the case id.
 */
@Service
public class CaseReferences {

  private final List<CaseNumbers> numberings;

  CaseReferences(List<CaseNumbers> numberings) {
    this.numberings = numberings;
  }

  public String of(UUID caseId) {
    return numberings.stream()
        .map(numbering -> numbering.numberOf(caseId))
        .flatMap(Optional::stream)
        .findFirst()
        .orElseGet(() -> CaseReference.of(caseId));
  }

  /** For a process business key, which is a case id for every process of Relais. */
  public String ofKey(String businessKey) {
    try {
      return of(UUID.fromString(businessKey));
    } catch (IllegalArgumentException notAnId) {
      return CaseReference.of(businessKey);
    }
  }

  /** How a list names the case a task belongs to ("Dossier SAI-35-2026-000042"); empty for a task without a case. */
  public String caseLabelOfKey(String businessKey) {
    return businessKey == null ? "" : "Dossier " + ofKey(businessKey);
  }
}
