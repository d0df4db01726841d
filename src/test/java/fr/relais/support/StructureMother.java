package fr.relais.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fields of the structure-proposal form for a structure that meets every checkable criterion. */
public final class StructureMother {

  public static final List<String> NINE_OPERATORS = List.of("CAF", "ASSURANCE_MALADIE", "ASSURANCE_RETRAITE", "MSA",
      "FRANCE_TRAVAIL", "LA_POSTE", "DGFIP", "FRANCE_TITRES", "JUSTICE");

  private StructureMother() {}

  public static Map<String, Object> proposal(String name) {
    Map<String, Object> proposal = new HashMap<>();
    proposal.putAll(Map.of("name", name, "kind", "FIXED", "carrier", "INTERCOMMUNALITE",
        "address", "12 place de la Mairie", "postalCode", "35600", "commune", "Redon",
        "agents", "Claire Martin\nYanis Benali", "confidentialRooms", 1, "accessiblePremises", true,
        "freeAccessWorkstations", 2));
    proposal.putAll(Map.of("videoWorkstations", 1, "plannedOpening", "2027-01-04", "operators", NINE_OPERATORS,
        "email", "contact@franceservices-redon.fr", "phone", "02 99 71 00 00", "localPartners", "Mission locale"));
    for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")) {
      proposal.put("hours" + day, "09:00-12:00, 13:30-16:00");
    }
    return proposal;
  }
}
