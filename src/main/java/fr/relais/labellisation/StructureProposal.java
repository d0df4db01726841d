package fr.relais.labellisation;

import java.time.LocalDate;

/**
 * A prefect's proposal of a structure, validated: who it is, where, how to reach it (the platform invitation goes
 * to {@code email}), and what it declares.
 */
record StructureProposal(String name, String carrier, String address, String postalCode, String commune,
    String email, String phone, LocalDate plannedOpening, boolean formerMsap, Declaration declaration) {}
