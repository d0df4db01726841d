package fr.relais.quality.worker;

import fr.relais.quality.LabelReviews;
import fr.relais.quality.QualityProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Suspends the label until the date the prefect chose. */
@Component
public class SuspendLabelWorker {

  private final LabelReviews reviews;

  SuspendLabelWorker(LabelReviews reviews) {
    this.reviews = reviews;
  }

  @JobWorker(type = QualityProcess.SUSPEND_LABEL)
  public Map<String, Object> handle(@Variable String reviewId) {
    return Map.of("suspendedUntilAt", reviews.suspend(UUID.fromString(reviewId)).toString());
  }
}
