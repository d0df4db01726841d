package fr.relais.quality;

/** A review waiting for the prefect, with the name of the structure it is about. */
public record PendingReview(Review review, String structureName) {}
