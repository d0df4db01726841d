package fr.relais.criteria;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A published version of the criteria, frozen: a case keeps the version it started with.
 *
 * @param mandatoryOperators codes of the national operators every structure offers under this version
 */
public record Referential(String version, String title, Instant publishedAt, List<Criterion> criteria,
    Set<String> mandatoryOperators) {

  public Referential {
    criteria = List.copyOf(criteria);
    mandatoryOperators = Set.copyOf(mandatoryOperators);
  }

  public Optional<Criterion> criterion(String code) {
    return criteria.stream().filter(criterion -> criterion.code().equals(code)).findFirst();
  }

  public List<Criterion> checkedFromTheDeclaration() {
    return criteria.stream().filter(Criterion::isCheckedFromTheDeclaration).toList();
  }
}
