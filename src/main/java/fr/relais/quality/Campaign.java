package fr.relais.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A monthly campaign as stored: its seed and the frame it drew from, so anyone can draw it again and check the
 * sample.
 */
public record Campaign(UUID id, Instant startedAt, long seed, LocalDate nextCampaign, int campaignsPerYear,
    List<SamplingFrame> frame, List<UUID> sample) {

  public Campaign {
    frame = List.copyOf(frame);
    sample = List.copyOf(sample);
  }
}
