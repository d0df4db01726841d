package fr.relais.training;

import java.math.BigDecimal;

/** One module of the initial training; {@code mode} is {@code IN_PERSON} or {@code REMOTE}. */
public record TrainingModule(String code, String title, String provider, String mode, BigDecimal durationDays) {}
