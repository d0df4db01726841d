package fr.relais.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents of referrals, bytes included, in PostgreSQL: the engine never carries them. */
@Repository
class ReferralAttachments {

  private final JdbcClient jdbc;

  ReferralAttachments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Attachment add(UUID referralId, IncomingAttachment file, String contentType, String uploadedBy, Instant at) {
    Attachment attachment = new Attachment(UUID.randomUUID(), AttachmentRules.safeName(file.fileName()), contentType,
        file.content().length, uploadedBy, at);
    jdbc.sql("insert into referral_attachment (id, referral_id, file_name, content_type, size_bytes, content,"
            + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(attachment.id(), referralId, attachment.fileName(), contentType, attachment.size(), file.content(),
            uploadedBy, Timestamp.from(at))
        .update();
    return attachment;
  }

  List<Attachment> of(UUID referralId) {
    return jdbc.sql("select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from referral_attachment"
            + " where referral_id = ? order by uploaded_at, file_name")
        .param(referralId)
        .query((rs, row) -> new Attachment(rs.getObject("id", UUID.class), rs.getString("file_name"),
            rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("uploaded_by"),
            rs.getTimestamp("uploaded_at").toInstant()))
        .list();
  }

  int count(UUID referralId) {
    return jdbc.sql("select count(*) from referral_attachment where referral_id = ?")
        .param(referralId).query(Integer.class).single();
  }

  Optional<AttachmentFile> file(UUID referralId, UUID attachmentId) {
    return jdbc.sql("select file_name, content_type, content from referral_attachment where referral_id = ? and id = ?")
        .params(referralId, attachmentId)
        .query((rs, row) -> new AttachmentFile(rs.getString("file_name"), rs.getString("content_type"),
            rs.getBytes("content")))
        .optional();
  }

  int deleteAll(UUID referralId) {
    return jdbc.sql("delete from referral_attachment where referral_id = ?").param(referralId).update();
  }
}
