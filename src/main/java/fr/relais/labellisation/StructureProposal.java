package fr.relais.labellisation;

import java.time.LocalDate;

/** A prefect's proposal of a structure, validated: who it is, where, and what it declares. */
record StructureProposal(String name, String carrier, String address, String postalCode, String commune,
    LocalDate plannedOpening, boolean formerMsap, Declaration declaration) {}
