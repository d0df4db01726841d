package fr.relais.forms;

import java.util.List;

/** Components sharing one {@code layout.row}; several side by side become a DSFR grid row. */
public record RowView(List<FieldView> fields) {

  public RowView {
    fields = List.copyOf(fields);
  }

  public boolean grid() {
    return fields.size() > 1;
  }
}
