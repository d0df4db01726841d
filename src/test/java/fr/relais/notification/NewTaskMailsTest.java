package fr.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relais.history.CaseReference;
import fr.relais.support.RelaisSpringBootTest;
import fr.relais.tasks.IncomingTask;
import fr.relais.tasks.Task;
import fr.relais.tasks.TaskRef;
import fr.relais.tasks.TaskService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new step is told once per round: the same step given back by a restarted engine (new job, same case, element,
 * due date and people) is not told again; the step done and come back is.
 */
@RelaisSpringBootTest
class NewTaskMailsTest {

  private static final String TRAINER = "trainer@relais.test";

  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void aStepGivenBackAfterARestartIsNotToldAgainButItsNextRoundIs() {
    String agent = UUID.randomUUID().toString();
    Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    SentMails mails = new SentMails(context);

    Task first = tasks.receive(attendance("run-1", agent, due));
    int afterFirst = toldTrainer(mails, agent);
    setState(first, "WITHDRAWN");
    Task givenBack = tasks.receive(attendance("run-2", agent, due));
    int afterRestart = toldTrainer(mails, agent);
    setState(givenBack, "COMPLETED");
    Task nextRound = tasks.receive(attendance("run-2", agent, due));
    int afterNextRound = toldTrainer(mails, agent);
    setState(nextRound, "WITHDRAWN");

    assertThat(List.of(afterFirst, afterRestart, afterNextRound)).containsExactly(1, 1, 2);
  }

  private int toldTrainer(SentMails mails, String agent) {
    mails.sendDue();
    return (int) mails.withSubjectContaining("(dossier " + CaseReference.of(agent) + ")").stream()
        .filter(mail -> mail.to().contains(TRAINER)).count();
  }

  private static IncomingTask attendance(String engineRun, String agent, Instant due) {
    return new IncomingTask(new TaskRef(engineRun + "-" + agent, ThreadLocalRandom.current().nextLong(1, 1L << 50)),
        1L, "training", "Task_RecordAttendance", "training-attendance", List.of("trainer:CNFPT"), null, due, null,
        Map.of("businessKey", agent));
  }

  private void setState(Task task, String state) {
    jdbc.sql("update task set state = ? where id = ?").params(state, task.id()).update();
  }
}
