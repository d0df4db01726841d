package fr.relais.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relais.support.RelaisSpringBootTest;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The 2019 référentiel as Flyway seeds it into PostgreSQL. */
@RelaisSpringBootTest
class ReferentialsTest {

  @Autowired Referentials referentials;
  @Autowired JdbcClient jdbc;

  @Test
  void version2019HoldsTheThirtyCriteriaInOrder() {
    Referential v2019 = referentials.version("2019").orElseThrow();

    assertThat(v2019.criteria()).extracting(Criterion::code)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 30).mapToObj(n -> String.format("FS-%02d", n)).toList());
    assertThat(v2019.criteria()).allSatisfy(criterion -> {
      assertThat(criterion.label()).isNotBlank();
      assertThat(criterion.category()).isNotBlank();
      assertThat(criterion.verifications()).isNotEmpty();
    });
    assertThat(referentials.current().version()).isEqualTo("2019");
  }

  @Test
  void theThresholdsRelaisChecksItselfAreTheDeclaredOnes() {
    Referential v2019 = referentials.version("2019").orElseThrow();

    assertThat(v2019.checkedFromTheDeclaration()).extracting(Criterion::code)
        .containsExactly("FS-01", "FS-02", "FS-04", "FS-10", "FS-18", "FS-19", "FS-20", "FS-21");
    assertThat(v2019.checkedFromTheDeclaration())
        .allSatisfy(criterion -> assertThat(criterion.verifications()).contains(Verification.DECLARED));
    assertThat(v2019.criterion("FS-02").orElseThrow().minimum()).isEqualByComparingTo("24");
    assertThat(v2019.criterion("FS-10").orElseThrow().minimum().intValue())
        .isEqualTo(v2019.mandatoryOperators().size()).isEqualTo(9);
    assertThat(v2019.mandatoryOperators()).doesNotContain("CHEQUE_ENERGIE", "ANAH", "URSSAF");
  }

  @Test
  void anUnknownVersionIsEmpty() {
    assertThat(referentials.version("1999")).isEmpty();
  }
}
