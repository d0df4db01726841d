package fr.relais.training;

import fr.relais.history.HistoryEntry;
import java.util.List;
import java.util.UUID;

/** A session with who is enrolled in it and how it changed, for its page. */
public record SessionView(TrainingSession session, String moduleTitle, List<Attendee> attendees,
    List<HistoryEntry> history) {

  /** @param status the enrolment's: {@code ENROLLED}, {@code ATTENDED}, {@code ABSENT} or {@code CANCELLED} */
  public record Attendee(UUID agentId, String fullName, String status) {}
}
