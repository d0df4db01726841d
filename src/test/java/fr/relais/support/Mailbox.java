package fr.relais.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What Relais wrote to an address, as a person reading their mail would: the newest message and its link. */
public final class Mailbox {

  private static final Pattern PASSWORD_LINK = Pattern.compile("/password/([A-Za-z0-9_-]{20,})");

  private final JdbcClient jdbc;

  public Mailbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<String> newestTextTo(String address) {
    return jdbc.sql("select body from notification where lower(recipient_email) = lower(?) order by created_at desc"
            + " limit 1")
        .param(address)
        .query(String.class)
        .optional();
  }

  public int countTo(String address) {
    return jdbc.sql("select count(*) from notification where lower(recipient_email) = lower(?)")
        .param(address)
        .query(Integer.class)
        .single();
  }

  /** The token of the newest password link sent to the address. */
  public String passwordToken(String address) {
    String text = newestTextTo(address).orElseThrow(() -> new AssertionError("no message to " + address));
    Matcher link = PASSWORD_LINK.matcher(text);
    if (!link.find()) {
      throw new AssertionError("no password link in: " + text);
    }
    return link.group(1);
  }
}
