package fr.relais.labellisation;

import fr.relais.history.HistoryEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A structure as the API and pages show it. */
public record StructureView(UUID id, String name, String department, String commune, StructureStatus status,
    String labelNumber, Instant labelledAt, String referentialVersion, String carrier, String address,
    String postalCode, LocalDate plannedOpening, boolean formerMsap, Declaration declaration,
    List<DeclarationGap> declarationGaps, List<HistoryEntry> history) {

  static StructureView of(StructureCase s, List<HistoryEntry> history) {
    return new StructureView(s.id(), s.name(), s.departmentCode(), s.commune(), s.status(), s.labelNumber(),
        s.labelledAt(), s.referentialVersion(), s.carrier(), s.address(), s.postalCode(), s.plannedOpening(),
        s.formerMsap(), s.declaration(), s.gaps(), history);
  }
}
