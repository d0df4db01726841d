package fr.relais.referral;

public enum ReferralStatus {
  OPEN,
  ESCALATED,
  AWAITING_INFORMATION,
  ANSWERED,
  CLOSED
}
