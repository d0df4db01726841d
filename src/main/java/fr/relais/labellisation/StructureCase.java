package fr.relais.labellisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A structure as its labellisation case stores it. */
record StructureCase(UUID id, String name, String departmentCode, String commune, StructureStatus status,
    String labelNumber, Instant labelledAt, String referentialVersion, String carrier, String address,
    String postalCode, LocalDate plannedOpening, boolean formerMsap, Declaration declaration,
    List<DeclarationGap> gaps, String proposedBy, Long processInstanceKey) {}
