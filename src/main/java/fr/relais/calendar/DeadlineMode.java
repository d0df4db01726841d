package fr.relais.calendar;

/** How a deadline counts: the operators' "3 working days" or the original "72 hours" of the 2019 rule. */
public enum DeadlineMode {
  /** Only time on working days counts; weekends and public holidays stop the clock. */
  WORKING_TIME,
  /** Every hour counts, as a plain instant plus a duration. */
  CLOCK_TIME
}
