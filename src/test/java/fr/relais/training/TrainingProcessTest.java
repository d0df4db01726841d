package fr.relais.training;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relais.support.OwnEngine;
import fr.relais.support.ProcessTestSupport;
import fr.relais.support.ProcessTestSupport.UserTaskJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of processes/training.bpmn, with workers, prefecture and trainers played by the test. */
@OwnEngine
@ZeebeProcessTest
class TrainingProcessTest {

  private static final String PLAN = "ServiceTask_PlanNextModule";
  private static final String ENROL = "ServiceTask_EnrolInSession";
  private static final String CREATE_SESSIONS = TrainingProcess.CREATE_SESSIONS_TASK;
  private static final String CONVOCATION = "ServiceTask_SendConvocation";
  private static final String SESSION_ENDED = "Event_SessionEnded";
  private static final String ATTENDANCE = TrainingProcess.RECORD_ATTENDANCE_TASK;
  private static final String CERTIFY = "ServiceTask_CertifyAgent";
  private static final String CERTIFIED = "EndEvent_AgentCertified";

  private static final String AGENT_ID = UUID.randomUUID().toString();
  private static final Duration SESSION_ENDS_IN = Duration.ofDays(12);

  private ZeebeTestEngine engine;
  private ProcessTestSupport process;

  @BeforeEach
  void deployTrainingProcess() {
    process = new ProcessTestSupport(engine);
    process.deploy(TrainingProcess.ID);
  }

  @AfterEach
  void closeClient() {
    process.close();
  }

  @Test
  void withSessionsAvailableTheAgentAttendsEachModuleAndIsCertified() {
    long agent = registerAgent();

    attendModule("SOCLE_COMMUN");
    attendModule("SOCLE_DISTANCIEL");
    process.completeJob(TrainingProcess.PLAN_NEXT_MODULE, Map.of("allAttended", true));
    process.completeJob(TrainingProcess.CERTIFY_AGENT, Map.of());

    process.assertThatInstance(agent)
        .hasPassedElementsInOrder(PLAN, ENROL, CONVOCATION, SESSION_ENDED, ATTENDANCE, PLAN, ENROL, CONVOCATION,
            SESSION_ENDED, ATTENDANCE, PLAN, CERTIFY, CERTIFIED)
        .hasNotPassedElement(CREATE_SESSIONS)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void withoutASeatThePrefectureIsAskedAndTheAgentIsEnrolledOnceItCreatedSessions() {
    long agent = registerAgent();
    process.completeJob(TrainingProcess.PLAN_NEXT_MODULE, Map.of("allAttended", false, "module", "SOCLE_COMMUN"));
    process.completeJob(TrainingProcess.ENROL_IN_SESSION, Map.of("enrolled", false));

    UserTaskJob ask = process.userTask(CREATE_SESSIONS);
    assertThat(ask.candidateGroups()).containsExactly("prefect:35");
    assertThat(ask.formKey()).isEqualTo(TrainingProcess.SESSIONS_NEEDED_FORM);
    process.completeUserTask(CREATE_SESSIONS, Map.of("sessionsCreated", true));
    enrolAndAttend("ATTENDED");

    process.assertThatInstance(agent)
        .hasPassedElementsInOrder(PLAN, ENROL, CREATE_SESSIONS, ENROL, CONVOCATION, SESSION_ENDED, ATTENDANCE)
        .hasPassedElement(ENROL, 2)
        .isWaitingExactlyAtElements(PLAN)
        .hasNoIncidents();
  }

  @Test
  void anAbsentAgentIsEnrolledInAnotherSessionOfTheSameModule() {
    long agent = registerAgent();
    process.completeJob(TrainingProcess.PLAN_NEXT_MODULE, Map.of("allAttended", false, "module", "SOCLE_COMMUN"));
    enrolAndAttend("ABSENT");

    process.assertThatInstance(agent).as("the same module again").hasVariableWithValue("module", "SOCLE_COMMUN")
        .isWaitingExactlyAtElements(ENROL);
    process.completeJob(TrainingProcess.ENROL_IN_SESSION, seat());
    process.completeJob(TrainingProcess.SEND_CONVOCATION, Map.of());
    process.moveClockPast(process.isoIn(SESSION_ENDS_IN));
    process.completeUserTask(ATTENDANCE, Map.of("attendance", "ATTENDED"));

    process.assertThatInstance(agent)
        .hasPassedElementsInOrder(ENROL, ATTENDANCE, ENROL, ATTENDANCE)
        .hasPassedElement(ENROL, 2)
        .isWaitingExactlyAtElements(PLAN)
        .hasNotPassedElement(CREATE_SESSIONS)
        .hasNoIncidents();
  }

  @Test
  void attendanceIsAskedOfTheSessionsTrainingBodyOnlyOnceTheSessionHasEnded() {
    long agent = registerAgent();
    process.completeJob(TrainingProcess.PLAN_NEXT_MODULE, Map.of("allAttended", false, "module", "SOCLE_COMMUN"));
    String endsAt = process.isoIn(SESSION_ENDS_IN);
    process.completeJob(TrainingProcess.ENROL_IN_SESSION, seat(endsAt));
    process.completeJob(TrainingProcess.SEND_CONVOCATION, Map.of());

    process.increaseTime(SESSION_ENDS_IN.minus(Duration.ofHours(1)));
    assertThat(process.hasOpenUserTask(ATTENDANCE)).as("not before the session ends").isFalse();
    process.assertWaitingAt(agent, SESSION_ENDED);

    process.moveClockPast(endsAt);
    UserTaskJob attendance = process.userTask(ATTENDANCE);
    assertThat(attendance.candidateGroups()).containsExactly("trainer:CNFPT");
    assertThat(attendance.formKey()).isEqualTo(TrainingProcess.ATTENDANCE_FORM);
  }

  private long registerAgent() {
    return process.startInstance(TrainingProcess.ID, Map.of("agentId", AGENT_ID, "businessKey", AGENT_ID,
        "structureId", UUID.randomUUID().toString(), "department", "35"));
  }

  private void attendModule(String module) {
    process.completeJob(TrainingProcess.PLAN_NEXT_MODULE, Map.of("allAttended", false, "module", module));
    enrolAndAttend("ATTENDED");
  }

  private void enrolAndAttend(String attendance) {
    process.completeJob(TrainingProcess.ENROL_IN_SESSION, seat());
    process.completeJob(TrainingProcess.SEND_CONVOCATION, Map.of());
    process.moveClockPast(process.isoIn(SESSION_ENDS_IN));
    process.completeUserTask(ATTENDANCE, Map.of("attendance", attendance));
  }

  private Map<String, Object> seat() {
    return seat(process.isoIn(SESSION_ENDS_IN));
  }

  private Map<String, Object> seat(String endsAt) {
    Map<String, Object> seat = new HashMap<>();
    seat.put("enrolled", true);
    seat.put("sessionId", UUID.randomUUID().toString());
    seat.put("sessionEndsAt", endsAt);
    seat.put("trainerBody", "CNFPT");
    return seat;
  }
}
