package fr.relais.labellisation;

/** Where a structure stands on its way to (or with) the label. */
public enum StructureStatus {
  PROPOSED,
  DECLARATION_INCOMPLETE,
  AUDIT_PENDING,
  UPGRADE_REQUIRED,
  AWAITING_NATIONAL_AGREEMENT,
  AWAITING_LABEL_DECISION,
  LABELLED,
  REFUSED,
  ABANDONED,
  SUSPENDED,
  WITHDRAWN
}
