package fr.relais.quality;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.relais.database.JsonColumns;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns, and the frame a campaign draws from: the labelled structures enrolled and not under control. */
@Repository
class Campaigns {

  private static final TypeReference<List<SamplingFrame>> FRAME = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonColumns json;

  Campaigns(JdbcClient jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Labelled, enrolled, not suspended or withdrawn, and with no control still open. */
  List<SamplingFrame> frame() {
    return jdbc.sql("select e.structure_id, s.department_code, e.visit_due_by from quality_enrolment e"
            + " join structure s on s.id = e.structure_id where s.status = 'LABELLED'"
            + " and not exists (select 1 from quality_control c where c.structure_id = e.structure_id"
            + " and c.closed_at is null)")
        .query((rs, row) -> new SamplingFrame(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getDate(3).toLocalDate()))
        .list();
  }

  /** Returns whether this call stored the campaign (false: that day already has one). */
  boolean insertIfAbsent(Campaign campaign, LocalDate day) {
    return jdbc.sql("insert into quality_campaign (id, started_on, started_at, seed, next_campaign,"
            + " campaigns_per_year, frame, sample) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)"
            + " on conflict (started_on) do nothing")
        .params(campaign.id(), Date.valueOf(day), Timestamp.from(campaign.startedAt()), campaign.seed(),
            Date.valueOf(campaign.nextCampaign()), campaign.campaignsPerYear(), json.write(campaign.frame()),
            campaign.sample().toArray(UUID[]::new))
        .update() == 1;
  }

  Optional<Campaign> onDay(LocalDate day) {
    return jdbc.sql("select * from quality_campaign where started_on = ?").param(Date.valueOf(day)).query(this::map)
        .optional();
  }

  Optional<Campaign> find(UUID id) {
    return jdbc.sql("select * from quality_campaign where id = ?").param(id).query(this::map).optional();
  }

  /**
   * The last five years' campaigns, newest first, counted without reading their frames: what each drew in the
   * department (null: everywhere) and from how many.
   */
  List<CampaignSummary> latest(String department) {
    return jdbc.sql("select id, started_at, seed, jsonb_array_length(frame) as frame_size,"
            + " case when cast(? as varchar) is null then cardinality(sample)"
            + " else (select count(*) from jsonb_array_elements(frame) f where f ->> 'department' = ?"
            + " and cast(f ->> 'structureId' as uuid) = any (sample)) end as drawn"
            + " from quality_campaign order by started_at desc limit 60")
        .params(department, department)
        .query((rs, row) -> new CampaignSummary(rs.getObject("id", UUID.class),
            rs.getTimestamp("started_at").toInstant(), rs.getLong("seed"), rs.getInt("frame_size"),
            rs.getInt("drawn")))
        .list();
  }

  private Campaign map(ResultSet rs, int row) throws SQLException {
    return new Campaign(rs.getObject("id", UUID.class), rs.getTimestamp("started_at").toInstant(),
        rs.getLong("seed"), rs.getDate("next_campaign").toLocalDate(), rs.getInt("campaigns_per_year"),
        json.read(rs.getString("frame"), FRAME), uuids(rs.getArray("sample")));
  }

  private static List<UUID> uuids(Array array) throws SQLException {
    return Arrays.asList((UUID[]) array.getArray());
  }
}
