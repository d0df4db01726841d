package fr.relais.quality.worker;

import fr.relais.quality.LabelReviews;
import fr.relais.quality.QualityProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reinstates the label when its suspension ends. */
@Component
public class ReinstateLabelWorker {

  private final LabelReviews reviews;

  ReinstateLabelWorker(LabelReviews reviews) {
    this.reviews = reviews;
  }

  @JobWorker(type = QualityProcess.REINSTATE_LABEL)
  public void handle(@Variable String reviewId) {
    reviews.reinstate(UUID.fromString(reviewId));
  }
}
