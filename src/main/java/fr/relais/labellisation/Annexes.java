package fr.relais.labellisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Convention annexes, one per labelled structure, drawn up once and kept as issued. */
@Repository
class Annexes {

  private final JdbcClient jdbc;

  Annexes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(UUID structureId) {
    return jdbc.sql("select exists (select 1 from structure_annex where structure_id = ?)")
        .param(structureId).query(Boolean.class).single();
  }

  /** Returns whether this call stored the annex (false: the structure has one already). */
  boolean createIfAbsent(UUID structureId, String fileName, byte[] content, Instant now) {
    return jdbc.sql("insert into structure_annex (structure_id, file_name, content, created_at) values (?, ?, ?, ?)"
            + " on conflict (structure_id) do nothing")
        .params(structureId, fileName, content, Timestamp.from(now))
        .update() == 1;
  }

  Optional<AnnexFile> find(UUID structureId) {
    return jdbc.sql("select file_name, content from structure_annex where structure_id = ?")
        .param(structureId)
        .query((rs, row) -> new AnnexFile(rs.getString("file_name"), rs.getBytes("content")))
        .optional();
  }

  /** The annex as the prefect downloads it. */
  record AnnexFile(String fileName, byte[] content) {}
}
