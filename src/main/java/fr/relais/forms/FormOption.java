package fr.relais.forms;

/** One choice of a select, radio or checklist: the submitted value and the French label shown. */
public record FormOption(String value, String label) {}
