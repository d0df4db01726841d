package fr.relais.quality;

import java.util.List;
import java.util.UUID;

/** A drawn structure's control in its campaign. {@code scores}: each visit's score out of 100, first visit first. */
public record ControlLine(UUID controlId, UUID structureId, String structureName, String department, String status,
    List<Integer> scores) {}
