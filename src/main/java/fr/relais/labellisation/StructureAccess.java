package fr.relais.labellisation;

import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees a structure's labellisation case: its department's prefect, ANCT, and the auditors who audit or audited
 * it. Nobody else, whatever the page or API they use.
 */
@Component
class StructureAccess {

  private final Structures structures;

  StructureAccess(Structures structures) {
    this.structures = structures;
  }

  void checkCanPropose(RelaisUser user) {
    if (user.role() != Role.PREFECT) {
      throw new AccessDeniedException("only a prefect proposes a structure, in their department");
    }
  }

  void checkCanRead(RelaisUser user, Structure structure) {
    if (!canRead(user, structure)) {
      throw new AccessDeniedException("structure outside the user's scope");
    }
  }

  /** The convention annex is the prefect's document (ANCT reads it too); an auditor has no use for it. */
  void checkCanReadAnnex(RelaisUser user, Structure structure) {
    if (user.role() == Role.AUDITOR || !canRead(user, structure)) {
      throw new AccessDeniedException("the annex is for the prefect and ANCT");
    }
  }

  private boolean canRead(RelaisUser user, Structure structure) {
    return switch (user.role()) {
      case ANCT -> true;
      case PREFECT -> structure.departmentCode().equals(user.department());
      case AUDITOR -> structures.isAuditedBy(structure.id(), user.username());
      default -> false;
    };
  }

  /** What a search is limited to: the prefect's department, the auditor's audits; ANCT searches everything. */
  Scope searchScope(RelaisUser user, String requestedDepartment) {
    return switch (user.role()) {
      case ANCT -> new Scope(requestedDepartment, null);
      case PREFECT -> {
        if (requestedDepartment != null && !requestedDepartment.equals(user.department())) {
          throw new AccessDeniedException("a prefect searches their own department");
        }
        yield new Scope(user.department(), null);
      }
      case AUDITOR -> new Scope(requestedDepartment, user.username());
      default -> throw new AccessDeniedException("structures are listed for prefects, auditors and ANCT");
    };
  }

  /** @param auditedBy null, or the auditor whose audits alone may be listed */
  record Scope(String department, String auditedBy) {}
}
