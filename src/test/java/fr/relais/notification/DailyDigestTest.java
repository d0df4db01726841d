package fr.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.calendar.WorkingCalendar;
import fr.relais.security.NotificationMode;
import fr.relais.security.Recipient;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The daily digest of someone who chose it: 08:00 Paris on the next working day, once, with what was held. */
@RelaisSpringBootTest
class DailyDigestTest {

  @Autowired Notifications notifications;
  @Autowired NotificationPreferences preferences;
  @Autowired DailyDigest digest;
  @Autowired UserAccounts users;
  @Autowired WorkingCalendar calendar;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  RelaisApi api;
  SentMails mails;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    mails = new SentMails(context);
  }

  @Test
  void whatWasHeldIsSentOnceInTheNextWorkingDaysDigest() throws Exception {
    String username = "digest-" + UUID.randomUUID().toString().substring(0, 8);
    String email = username + "@digest-test.relais.test";
    users.createIfAbsent(new RelaisUser(username, "Lectrice du résumé", email, Role.ADMIN, null, null, null, null),
        users.hash(RelaisApi.PASSWORD));
    preferences.choose(username, NotificationMode.DIGEST);
    Recipient reader = users.activeRecipient(username).orElseThrow();
    notifications.tellEach("test:" + username + ":first", List.of(reader), "Nouvelle tâche : première", "Texte.", null);
    notifications.tellEach("test:" + username + ":second", List.of(reader), "Rappel : seconde", "Texte.", null);

    mails.sendDue();
    assertThat(receivedBy(email)).as("held for the digest, not sent at once").isEmpty();

    LocalDate day = moveClockToNextWorkingDayAt(LocalTime.of(8, 5));
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> write = digest::writeDueDigests;
      List<Future<Integer>> runs = nodes.invokeAll(List.of(write, write));
      for (Future<Integer> run : runs) {
        run.get();
      }
    } finally {
      nodes.shutdownNow();
    }
    digest.writeDueDigests();
    mails.sendDue();

    List<ReceivedMail> received = receivedBy(email);
    assertThat(received).hasSize(1);
    assertThat(received.getFirst().subject()).startsWith("Relais : votre résumé du ");
    assertThat(received.getFirst().text()).contains("Nouvelle tâche : première", "Rappel : seconde",
        "http://localhost:8080/tasks");
    assertThat(jdbc.sql("select count(*) from mail_outbox where event_key = ?").param("digest:" + username + ":" + day)
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from mail_outbox where recipient_username = ? and status = 'DIGESTED'")
        .param(username).query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void leavingTheDigestSendsWhatItHeld() {
    String username = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
    String email = username + "@digest-test.relais.test";
    users.createIfAbsent(new RelaisUser(username, "Lecteur pressé", email, Role.ADMIN, null, null, null, null),
        users.hash(RelaisApi.PASSWORD));
    preferences.choose(username, NotificationMode.DIGEST);
    notifications.tellEach("test:" + username, List.of(users.activeRecipient(username).orElseThrow()),
        "Nouvelle tâche : retenue", "Texte.", null);
    mails.sendDue();
    assertThat(receivedBy(email)).isEmpty();

    preferences.choose(username, NotificationMode.IMMEDIATE);
    mails.sendDue();

    assertThat(receivedBy(email)).extracting(ReceivedMail::subject).containsExactly("Nouvelle tâche : retenue");
  }

  private List<ReceivedMail> receivedBy(String email) {
    return mails.withSubjectContaining("").stream().filter(mail -> mail.to().contains(email)).toList();
  }

  /** Moves the shared clock to the next working day (Paris) at that time, and returns the day. */
  private LocalDate moveClockToNextWorkingDayAt(LocalTime time) {
    ZonedDateTime now = api.now().atZone(calendar.zone());
    LocalDate day = now.toLocalDate().plusDays(1);
    while (!calendar.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    api.advanceClock(Duration.between(now, day.atTime(time).atZone(calendar.zone())));
    return day;
  }
}
