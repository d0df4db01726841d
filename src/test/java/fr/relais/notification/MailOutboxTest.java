package fr.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.NotificationMode;
import fr.relais.security.Recipient;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against the real SMTP server (GreenMail) and PostgreSQL: each e-mail leaves exactly once. */
@RelaisSpringBootTest
class MailOutboxTest {

  @Autowired Notifications notifications;
  @Autowired OutboxSender sender;
  @Autowired UserAccounts users;
  @Autowired RelaisMailProperties properties;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  SentMails mails;

  @BeforeEach
  void setUp() {
    mails = new SentMails(context);
  }

  @Test
  void anEventRecordedTwiceTellsEachMemberOfTheGroupOnce() {
    String subject = "Événement " + UUID.randomUUID();
    assertThat(notifications.enqueue(subject + ":event", "referent:CAF:08", subject, "Texte.")).isTrue();
    assertThat(notifications.enqueue(subject + ":event", "referent:CAF:08", subject, "Texte.")).isFalse();

    mails.sendDue();
    mails.sendDue();

    assertThat(mails.recipientsOf(mails.withSubjectContaining(subject)))
        .containsExactlyElementsOf(SentMails.addresses(users.activeMembersOf("referent:CAF:08")))
        .hasSize(2);
  }

  @Test
  void twoSendersAtOnceSendEachEmailOnce() throws Exception {
    String subject = "Concurrence " + UUID.randomUUID();
    List<Recipient> people = IntStream.range(0, 30).mapToObj(i -> person(subject.substring(12, 20) + "-" + i)).toList();
    notifications.tellEach(subject, people, subject, "Texte.", null);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> runs = List.of(
          pool.submit(() -> { start.await(); return sender.sendDue(); }),
          pool.submit(() -> { start.await(); return sender.sendDue(); }));
      start.countDown();
      for (Future<Integer> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(mails.recipientsOf(mails.withSubjectContaining(subject)))
        .containsExactlyElementsOf(SentMails.addresses(people));
  }

  @Test
  void aSenderThatDiesWhileSendingLeavesTheEmailToAnotherWhoSendsItOnce() throws Exception {
    String subject = "Panne " + UUID.randomUUID();
    Recipient someone = person(subject.substring(6, 14));
    notifications.tellEach(subject, List.of(someone), subject, "Texte.", null);
    CountDownLatch sending = new CountDownLatch(1);
    CountDownLatch die = new CountDownLatch(1);
    JavaMailSenderImpl dying = new JavaMailSenderImpl() {
      @Override
      protected void doSend(jakarta.mail.internet.MimeMessage[] messages, Object[] originals) {
        sending.countDown();
        await(die);
        throw new NodeDied();
      }
    };

    ExecutorService node = Executors.newSingleThreadExecutor();
    try {
      Future<?> first = node.submit(() -> transaction.execute(status -> sender.sendNext(dying)));
      assertThat(sending.await(20, TimeUnit.SECONDS)).isTrue();
      sender.sendDue();
      assertThat(mails.withSubjectContaining(subject)).as("the row is locked by the node sending it").isEmpty();
      die.countDown();
      assertThatThrownBy(() -> first.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(NodeDied.class);
    } finally {
      node.shutdownNow();
    }

    sender.sendDue();
    assertThat(mails.recipientsOf(mails.withSubjectContaining(subject))).containsExactly(someone.email());
  }

  @Test
  void anSmtpServerDownThenUpGetsTheEmailOnceAfterTheBackoff() throws Exception {
    String subject = "Relais indisponible " + UUID.randomUUID();
    Recipient someone = person(subject.substring(21, 29));
    notifications.tellEach(subject, List.of(someone), subject, "Texte.", null);
    JavaMailSenderImpl down = new JavaMailSenderImpl();
    down.setHost("127.0.0.1");
    down.setPort(closedPort());

    sender.sendDue(down);

    Map<String, Object> row = row(subject);
    assertThat(row.get("status")).isEqualTo("PENDING");
    assertThat(row.get("attempts")).isEqualTo(1);
    assertThat((String) row.get("last_error")).isNotBlank();
    sender.sendDue();
    assertThat(mails.withSubjectContaining(subject)).as("not due again before the backoff").isEmpty();

    new RelaisApi(mvc, json).advanceClock(properties.retryAfter(1).plusSeconds(1));
    sender.sendDue();
    sender.sendDue();

    assertThat(mails.recipientsOf(mails.withSubjectContaining(subject))).containsExactly(someone.email());
    assertThat(row(subject).get("status")).isEqualTo("SENT");
    assertThat(row(subject).get("attempts")).isEqualTo(2);
  }

  @Test
  void anEmailThatKeepsFailingIsMarkedFailedWithItsReason() throws Exception {
    String subject = "Adresse refusée " + UUID.randomUUID();
    notifications.tellEach(subject, List.of(person(subject.substring(17, 25))), subject, "Texte.", null);
    JavaMailSender refusing = new JavaMailSenderImpl() {
      @Override
      protected void doSend(jakarta.mail.internet.MimeMessage[] messages, Object[] originals) {
        throw new org.springframework.mail.MailSendException("550 mailbox unavailable");
      }
    };
    UUID id = jdbc.sql("select id from mail_outbox where subject = ?").param(subject).query(UUID.class).single();

    for (int attempt = 0; attempt < properties.maxAttempts(); attempt++) {
      jdbc.sql("update mail_outbox set next_attempt_at = now() - interval '1 day' where id = ?").param(id).update();
      transaction.execute(status -> sender.sendNext(refusing));
    }

    Map<String, Object> row = row(subject);
    assertThat(row.get("status")).isEqualTo("FAILED");
    assertThat(row.get("attempts")).isEqualTo(properties.maxAttempts());
    assertThat((String) row.get("last_error")).contains("550 mailbox unavailable");
  }

  @Test
  void exponentialBackoffDoublesUpToItsCeiling() {
    assertThat(properties.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(properties.retryAfter(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(properties.retryAfter(30)).isEqualTo(Duration.ofHours(6));
  }

  private Map<String, Object> row(String subject) {
    return jdbc.sql("select status, attempts, last_error from mail_outbox where subject = ?").param(subject)
        .query().singleRow();
  }

  private static Recipient person(String name) {
    return new Recipient("test-" + name, "Personne " + name, name + "@outbox-test.relais.test",
        NotificationMode.IMMEDIATE);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A node that stops in the middle of a send: its transaction ends without a word about the row. */
  static final class NodeDied extends Error {}
}
