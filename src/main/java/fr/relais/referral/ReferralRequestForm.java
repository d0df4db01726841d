package fr.relais.referral;

import fr.relais.forms.FormContract;
import fr.relais.forms.FormDefinition;
import fr.relais.forms.FormOptions;
import fr.relais.forms.FormRegistry;
import fr.relais.forms.FormSubmission;
import fr.relais.forms.FormValidator;
import fr.relais.structure.ReferenceData;
import fr.relais.web.InvalidInputException;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The {@code referral-request} form: one schema validates the page and the API alike. */
@Component
class ReferralRequestForm {

  private final FormContract contract;

  ReferralRequestForm(FormRegistry forms, FormValidator validator, ReferenceData referenceData) {
    this.contract = new FormContract(forms, validator, ReferralProcess.REQUEST_FORM,
        () -> FormOptions.of("operators", referenceData.operatorOptions()));
  }

  FormDefinition definition() {
    return contract.definition();
  }

  FormOptions options() {
    return contract.options();
  }

  /** The validated request, or an {@link InvalidInputException} with every field error; nothing is stored. */
  ReferralRequest validate(Map<String, Object> input) {
    FormSubmission submission = contract.submit(input);
    if (!submission.errors().isEmpty()) {
      throw new InvalidInputException(submission.errors());
    }
    Map<String, Object> values = submission.values();
    if (!Boolean.TRUE.equals(values.get("consent"))) {
      throw new InvalidInputException(Map.of("consent", "L'accord de l'usager est obligatoire."));
    }
    return new ReferralRequest((String) values.get("operator"), (String) values.get("lifeSituation"),
        (String) values.get("subject"), (String) values.get("description"), (String) values.get("citizenName"),
        (String) values.get("citizenReference"), true);
  }
}
