package fr.relais.structure;

import java.util.UUID;

public record StructureSummary(UUID id, String name, String departmentCode, String commune, String status) {}
