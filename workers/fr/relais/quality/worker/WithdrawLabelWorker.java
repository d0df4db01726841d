package fr.relais.quality.worker;

import fr.relais.quality.LabelReviews;
import fr.relais.quality.QualityProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Withdraws the label the prefect decided to withdraw. */
@Component
public class WithdrawLabelWorker {

  private final LabelReviews reviews;

  WithdrawLabelWorker(LabelReviews reviews) {
    this.reviews = reviews;
  }

  @JobWorker(type = QualityProcess.WITHDRAW_LABEL)
  public void handle(@Variable String reviewId) {
    reviews.withdraw(UUID.fromString(reviewId));
  }
}
