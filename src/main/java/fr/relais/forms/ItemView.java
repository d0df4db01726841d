package fr.relais.forms;

import java.util.List;

/** One repetition of a dynamic list; {@code number} counts from 1 for display. */
public record ItemView(int number, List<RowView> rows) {

  public ItemView {
    rows = List.copyOf(rows);
  }
}
