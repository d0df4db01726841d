package fr.relais.labellisation;

import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees a structure's labellisation case: its department's prefect and ANCT. Auditors will see the
 * structures they are assigned to audit once assignment exists; until then, none.
 */
@Component
class StructureAccess {

  void checkCanPropose(RelaisUser user) {
    if (user.role() != Role.PREFECT) {
      throw new AccessDeniedException("only a prefect proposes a structure, in their department");
    }
  }

  void checkCanRead(RelaisUser user, StructureCase structure) {
    if (!canRead(user, structure.departmentCode())) {
      throw new AccessDeniedException("structure outside the user's scope");
    }
  }

  boolean canRead(RelaisUser user, String department) {
    return switch (user.role()) {
      case ANCT -> true;
      case PREFECT -> department.equals(user.department());
      default -> false;
    };
  }

  /** The department a search is limited to: the prefect's own, whatever they asked; ANCT's choice. */
  String searchScope(RelaisUser user, String requestedDepartment) {
    return switch (user.role()) {
      case ANCT -> requestedDepartment;
      case PREFECT -> {
        if (requestedDepartment != null && !requestedDepartment.equals(user.department())) {
          throw new AccessDeniedException("a prefect searches their own department");
        }
        yield user.department();
      }
      default -> throw new AccessDeniedException("structures are listed for prefects and ANCT");
    };
  }
}
