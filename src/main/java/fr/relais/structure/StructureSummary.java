package fr.relais.structure;

import java.util.UUID;

/** A structure as every feature may read it. */
public record StructureSummary(UUID id, String name, String departmentCode, String commune, String status) {

  /** The case type of a structure's history, whichever feature writes in it. */
  public static final String CASE_TYPE = "STRUCTURE";
}
