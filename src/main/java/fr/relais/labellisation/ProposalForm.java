package fr.relais.labellisation;

import fr.relais.criteria.Referentials;
import fr.relais.forms.FormContract;
import fr.relais.forms.FormDefinition;
import fr.relais.forms.FormOption;
import fr.relais.forms.FormOptions;
import fr.relais.forms.FormRegistry;
import fr.relais.forms.FormSubmission;
import fr.relais.forms.FormValidator;
import fr.relais.structure.ReferenceData;
import fr.relais.web.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The {@code structure-proposal} form: one schema validates the API and the pages; this class turns its values
 * into a proposal and adds the rules a schema cannot say (a slot must close after it opens).
 */
@Component
class ProposalForm {

  /** The form's opening-hours fields, Monday to Saturday: {@code hoursMonday}... */
  private static final List<DayOfWeek> DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
      DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

  /** The longest name of an agent or a local partner: what the agents' and the annex's records hold. */
  private static final int MAX_NAME = 200;

  private final FormContract contract;

  ProposalForm(FormRegistry forms, FormValidator validator, ReferenceData referenceData, Referentials referentials) {
    this.contract = new FormContract(forms, validator, LabellisationProcess.PROPOSAL_FORM,
        () -> FormOptions.of("operators", operatorOptions(referenceData.operatorOptions(),
            referentials.current().mandatoryOperators())));
  }

  /** The operators the current référentiel requires say so beside their box, where people tick them. */
  static List<FormOption> operatorOptions(List<FormOption> operators, Set<String> mandatory) {
    return operators.stream()
        .map(operator -> mandatory.contains(operator.value())
            ? new FormOption(operator.value(), operator.label() + " — obligatoire") : operator)
        .toList();
  }

  FormDefinition definition() {
    return contract.definition();
  }

  FormOptions options() {
    return contract.options();
  }

  /** The validated proposal, or an {@link InvalidInputException} with every field error; nothing is stored. */
  StructureProposal validate(Map<String, Object> input) {
    FormSubmission submission = contract.submit(input);
    Map<String, String> errors = new LinkedHashMap<>(submission.errors());
    List<OpeningSlot> slots = new ArrayList<>();
    for (DayOfWeek day : DAYS) {
      String field = field(day);
      if (!errors.containsKey(field) && submission.values().get(field) instanceof String text) {
        parseSlots(day, text, slots).ifPresent(problem -> errors.put(field, problem));
      }
    }
    for (String field : List.of("agents", "localPartners")) {
      if (!errors.containsKey(field) && lines(submission.values().get(field)).stream()
          .anyMatch(line -> line.length() > MAX_NAME)) {
        errors.put(field, "Un nom par ligne, " + MAX_NAME + " caractères au plus chacun.");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Map<String, Object> values = submission.values();
    Declaration declaration = new Declaration(StructureKind.valueOf((String) values.get("kind")), slots,
        lines(values.get("agents")), new HashSet<>(strings(values.get("operators"))), lines(values.get("localPartners")),
        count(values.get("confidentialRooms")), Boolean.TRUE.equals(values.get("accessiblePremises")),
        count(values.get("freeAccessWorkstations")), count(values.get("videoWorkstations")));
    return new StructureProposal((String) values.get("name"), (String) values.get("carrier"),
        (String) values.get("address"), (String) values.get("postalCode"), (String) values.get("commune"),
        (String) values.get("email"), (String) values.get("phone"),
        LocalDate.parse((String) values.get("plannedOpening")), Boolean.TRUE.equals(values.get("formerMsap")),
        declaration);
  }

  /** The form's fields filled with a stored proposal, so the prefect completes it rather than retyping it. */
  static Map<String, Object> valuesOf(StructureProposal proposal) {
    Declaration declaration = proposal.declaration();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", proposal.name());
    values.put("kind", declaration.kind().name());
    values.put("carrier", proposal.carrier());
    values.put("address", proposal.address());
    values.put("postalCode", proposal.postalCode());
    values.put("commune", proposal.commune());
    values.put("email", proposal.email());
    values.put("phone", proposal.phone());
    for (DayOfWeek day : DAYS) {
      String slots = declaration.openingHours().stream().filter(slot -> slot.day() == day)
          .map(slot -> slot.opens() + "-" + slot.closes()).collect(Collectors.joining(", "));
      if (!slots.isEmpty()) {
        values.put(field(day), slots);
      }
    }
    values.put("agents", String.join("\n", declaration.agents()));
    values.put("operators", declaration.operators().stream().sorted().toList());
    values.put("localPartners", String.join("\n", declaration.localPartners()));
    values.put("confidentialRooms", declaration.confidentialRooms());
    values.put("accessiblePremises", declaration.accessiblePremises());
    values.put("freeAccessWorkstations", declaration.freeAccessWorkstations());
    values.put("videoWorkstations", declaration.videoWorkstations());
    values.put("plannedOpening", proposal.plannedOpening().toString());
    values.put("formerMsap", proposal.formerMsap());
    return values;
  }

  private static String field(DayOfWeek day) {
    return "hours" + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** The schema's pattern already says "HH:MM-HH:MM, ..."; a slot must also end after it starts. */
  private static Optional<String> parseSlots(DayOfWeek day, String text, List<OpeningSlot> slots) {
    for (String range : text.split(",")) {
      String[] bounds = range.strip().split("-");
      LocalTime opens = LocalTime.parse(bounds[0]);
      LocalTime closes = LocalTime.parse(bounds[1]);
      if (!opens.isBefore(closes)) {
        return Optional.of("La plage " + range.strip() + " se termine avant de commencer.");
      }
      slots.add(new OpeningSlot(day, opens, closes));
    }
    return Optional.empty();
  }

  private static List<String> lines(Object text) {
    return text instanceof String value
        ? Arrays.stream(value.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList()
        : List.of();
  }

  private static List<String> strings(Object list) {
    return list instanceof List<?> values ? values.stream().map(String::valueOf).toList() : List.of();
  }

  private static int count(Object number) {
    return number instanceof Number value ? value.intValue() : 0;
  }
}
