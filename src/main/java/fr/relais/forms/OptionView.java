package fr.relais.forms;

/** One option as rendered: {@code id} is the DOM id of its radio or checkbox input. */
public record OptionView(String id, String value, String label, boolean selected) {}
