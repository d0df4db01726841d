package fr.relais.history;

import java.util.Optional;
import java.util.UUID;

/**
 * A feature's own numbering of its cases (a referral's SAI-35-2026-000042, a structure's label number), declared as
 * a bean; {@link CaseReferences} asks each in turn.
 */
public interface CaseNumbers {

  /** The case's number if the case is one of this feature's and has been numbered. */
  Optional<String> numberOf(UUID caseId);
}
