package fr.relais.security;

import java.util.List;
import java.util.UUID;

/**
 * A signed-in person: role plus scope. Scope fields are null when the role has none.
 *
 * @param displayName the name pages, history and e-mails show (never the username)
 * @param email where the person is told of new work; null only for accounts made before addresses existed
 * @param department the department of a prefect or a referent
 * @param operator the operator code of a referent or an escalation pool member
 * @param structureId the structure an agent works in
 * @param trainingBody the body a trainer trains for (CNFPT, the partners' training body...)
 */
public record RelaisUser(
    String username,
    String displayName,
    String email,
    Role role,
    String department,
    String operator,
    UUID structureId,
    String trainingBody) {

  public List<String> groups() {
    return CandidateGroups.of(this);
  }

  public boolean hasRole(Role expected) {
    return role == expected;
  }

  public boolean isMemberOfAny(List<String> candidateGroups) {
    List<String> mine = groups();
    return candidateGroups.stream().anyMatch(mine::contains);
  }
}
