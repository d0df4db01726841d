package fr.relais.training;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param certifiedAgentsToOpen how many trained agents a structure needs to open (two, without exception)
 * @param openingCheckAt the time of the planned opening day at which readiness is checked, Paris time
 */
@ConfigurationProperties("relais.training")
public record TrainingProperties(@DefaultValue("2") int certifiedAgentsToOpen,
    @DefaultValue("08:00") LocalTime openingCheckAt) {}
