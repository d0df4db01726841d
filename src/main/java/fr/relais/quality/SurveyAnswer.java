package fr.relais.quality;

/**
 * One person's answer, and nothing about them: how satisfied (1 to 5), whether their matter was solved ({@code SOLVED},
 * {@code PARTLY}, {@code UNSOLVED}), whether they would recommend the structure.
 */
public record SurveyAnswer(int satisfaction, String outcome, boolean recommend) {}
