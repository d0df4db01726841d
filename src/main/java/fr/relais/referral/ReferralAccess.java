package fr.relais.referral;

import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read a referral: the agents of the submitting structure, everyone the case was ever offered
 * to (current and past candidates), the prefect of its department and ANCT. Nobody else, admin included:
 * administering users does not give access to citizens' cases.
 */
@Component
class ReferralAccess {

  private final ReferralRepository referrals;

  ReferralAccess(ReferralRepository referrals) {
    this.referrals = referrals;
  }

  void checkCanRead(RelaisUser user, Referral referral, List<String> candidateGroups) {
    if (!canRead(user, referral, candidateGroups)) {
      throw new AccessDeniedException("referral outside the user's scope");
    }
  }

  boolean canRead(RelaisUser user, Referral referral, List<String> candidateGroups) {
    return switch (user.role()) {
      case ANCT -> true;
      case PREFECT -> referral.getDepartmentCode().equals(user.department());
      case AGENT -> referral.getStructureId().equals(user.structureId());
      case REFERENT, ESCALATION -> user.isMemberOfAny(candidateGroups);
      default -> false;
    };
  }

  /** Documents are added by the case's own side: an agent of the submitting structure, while the case is live. */
  void checkCanAttach(RelaisUser user, Referral referral) {
    if (!canAttach(user, referral)) {
      throw new AccessDeniedException("only an agent of the submitting structure adds documents");
    }
  }

  boolean canAttach(RelaisUser user, Referral referral) {
    return user.role() == Role.AGENT && referral.getStructureId().equals(user.structureId());
  }

  List<Referral> visibleTo(RelaisUser user) {
    return switch (user.role()) {
      case ANCT -> referrals.findLatest();
      case PREFECT -> referrals.findByDepartment(user.department());
      case AGENT -> referrals.findByStructure(user.structureId());
      case REFERENT, ESCALATION -> referrals.findOfferedToAny(user.groups());
      default -> List.of();
    };
  }
}
