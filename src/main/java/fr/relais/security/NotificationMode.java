package fr.relais.security;

/** How a person wants to hear about new work. */
public enum NotificationMode {
  /** One e-mail per event, as it happens. */
  IMMEDIATE,
  /** One e-mail at 08:00 (Paris) on working days listing new tasks and tasks due within a day. */
  DIGEST
}
