package fr.relais.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Without a relay ({@code spring.mail.host} unset) Relais runs its own SMTP server in-process, on a free loopback port
 * only, and sends to it: a newcomer sees every message on the "Courriels envoyés" page and nothing leaves the machine.
 * With a relay set, Spring Boot builds the sender from {@code spring.mail.*} and none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class EmbeddedMailboxConfiguration {

  private static final String LOOPBACK = "127.0.0.1";
  private static final String TIMEOUT_MILLIS = "10000";

  @Bean(destroyMethod = "stop")
  EmbeddedMailbox embeddedMailbox() {
    GreenMail server = new GreenMail(new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP).dynamicPort());
    server.start();
    return new EmbeddedMailbox(server);
  }

  @Bean
  JavaMailSender embeddedMailSender(EmbeddedMailbox mailbox) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(LOOPBACK);
    sender.setPort(mailbox.smtpPort());
    sender.setDefaultEncoding("UTF-8");
    // A relay that stops answering must not hold the sender (and the row it locked) for ever.
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    sender.setJavaMailProperties(properties);
    return sender;
  }
}
