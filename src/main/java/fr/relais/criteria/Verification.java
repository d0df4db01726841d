package fr.relais.criteria;

/** How an auditor establishes that a criterion is met. */
public enum Verification {
  /** Stated in the structure's application file. */
  DECLARED,
  /** Shown by a document (convention, rota, certificates...). */
  DOCUMENT,
  /** Seen by the auditor on site. */
  ON_SITE,
  /** Read from the platforms' own data (registration, activity reporting, Administration+). */
  SYSTEM,
  /** Observed by a mystery visit. */
  MYSTERY_VISIT
}
