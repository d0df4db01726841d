package fr.relais.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A structure's yearly satisfaction survey; {@code rate} (percent of satisfied answers) is set when it closes.
 *
 * @param status {@code OPEN}, {@code CLOSED}, {@code REVIEW}, {@code KEPT}, {@code SUSPENDED}, {@code REINSTATED} or
 *     {@code WITHDRAWN}
 */
public record Survey(UUID id, UUID structureId, String departmentCode, String token, Instant opensAt,
    Instant closesAt, int answers, int satisfied, BigDecimal rate, Instant closedAt, String status) {

  public boolean isOpenAt(Instant now) {
    return closedAt == null && !now.isBefore(opensAt) && now.isBefore(closesAt);
  }
}
