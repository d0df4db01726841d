package fr.relais;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.camunda.client.annotation.JobWorker;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The layout rules of CONVENTIONS.md, checked on every build. */
@AnalyzeClasses(packages = "fr.relais", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule controllersArePackagePrivate = classes()
      .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
      .should().notBePublic();

  @ArchTest
  static final ArchRule jobWorkersLiveInWorkerPackages = classes()
      .that().containAnyMethodsThat(com.tngtech.archunit.base.DescribedPredicate.describe("are job workers",
          method -> method.isAnnotatedWith(JobWorker.class)))
      .should().resideInAPackage("..worker..");

  @ArchTest
  static final ArchRule workersCallServicesNotTheDatabase = noClasses()
      .that().resideInAPackage("..worker..")
      .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
      .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class);

  @ArchTest
  static final ArchRule timeComesFromTheClockBean = noClasses()
      .that().resideOutsideOfPackage("fr.relais.engine..")
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(OffsetDateTime.class, "now")
      .because("the app's one Clock is the engine's clock in embedded mode (DESIGN.md, Runtime)");
}
