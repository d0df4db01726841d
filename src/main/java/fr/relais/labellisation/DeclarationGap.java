package fr.relais.labellisation;

/** A criterion the declaration does not meet, with what to correct, in French for the prefect. */
public record DeclarationGap(String code, String label, String message) {}
