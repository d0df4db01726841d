package fr.relais.referral;

/** The validated fields of the {@code referral-request} form. */
record ReferralRequest(
    String operator,
    String lifeSituation,
    String subject,
    String description,
    String citizenName,
    String citizenReference,
    boolean consent) {}
