package fr.relais.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The reference people read out on the phone: one per case, never twice, and the search finds the case by it. */
@RelaisSpringBootTest
class ReferralReferenceTest {

  private static final int SUBMITTERS = 20;

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;
  @Autowired JdbcClient jdbc;

  RelaisApi api;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
  }

  @Test
  void twentyAgentsSubmittingAtOnceGetTwentyDifferentReferencesOfTheirDepartment() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<String> ids;
    try (ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS)) {
      List<Future<String>> submissions = IntStream.range(0, SUBMITTERS)
          .mapToObj(i -> pool.submit(() -> {
            start.await();
            return api.submitReferral("agent-35", "CAF");
          }))
          .toList();
      start.countDown();
      ids = submissions.stream().map(ReferralReferenceTest::result).toList();
    }

    List<String> references = ids.stream()
        .map(id -> api.read(api.getJson("agent-35", "/api/referrals/" + id)).get("reference").asText())
        .toList();
    String year = api.now().toString().substring(0, 4);
    assertThat(references).doesNotHaveDuplicates()
        .allMatch(reference -> reference.matches("SAI-35-" + year + "-\\d{6}"));
    List<Integer> numbers = references.stream()
        .map(reference -> Integer.parseInt(reference.substring(12))).sorted().toList();
    assertThat(numbers.getLast() - numbers.getFirst()).as("consecutive, none skipped by a lost race")
        .isEqualTo(SUBMITTERS - 1);
    assertThat(jdbc.sql("select count(*) from referral where reference = any (?)")
        .param(references.toArray(String[]::new)).query(Integer.class).single()).isEqualTo(SUBMITTERS);
  }

  @Test
  void theApiSearchFindsACaseByItsReferenceForThoseWhoMayReadItOnly() {
    String id = api.submitReferral("agent-35", "CAF");
    String reference = api.read(api.getJson("agent-35", "/api/referrals/" + id)).get("reference").asText();

    JsonNode found = api.read(api.getJson("agent-35", "/api/referrals?q=" + reference.toLowerCase(Locale.ROOT)));
    assertThat(StreamSupport.stream(found.spliterator(), false).map(r -> r.get("id").asText())).containsExactly(id);
    JsonNode bySequence = api.read(api.getJson("agent-35", "/api/referrals?q=" + reference.substring(12)));
    assertThat(StreamSupport.stream(bySequence.spliterator(), false).map(r -> r.get("reference").asText()))
        .contains(reference);

    assertThat(api.read(api.getJson("agent-08", "/api/referrals?q=" + reference))).as("another structure").isEmpty();
    assertThat(api.read(api.getJson("referent-msa-08", "/api/referrals?q=" + reference))).as("another operator")
        .isEmpty();
  }

  @Test
  void theListPageFindsACaseByItsReferenceAndTheCaseAndTaskPagesShowIt() throws Exception {
    String id = api.submitReferral("agent-35", "CAF");
    String reference = api.read(api.getJson("agent-35", "/api/referrals/" + id)).get("reference").asText();

    String list = page("agent-35", "/referrals?q=" + reference);
    assertThat(list).contains("Saisines correspondant à « " + reference + " »", reference, "/referrals/" + id);
    assertThat(page("agent-35", "/referrals/" + id)).contains("id=\"referral-reference\">" + reference + "<");

    api.awaitTask("referent-caf-35", id, "Task_AnswerReferral");
    assertThat(page("referent-caf-35", "/tasks")).as("the task's title names its case")
        .contains("Dossier " + reference);

    String elsewhere = page("agent-08", "/referrals?q=" + reference);
    assertThat(elsewhere).contains("Aucune saisine ne correspond").doesNotContain(id);
  }

  private String page(String username, String path) throws Exception {
    return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
        .andReturn().getResponse().getContentAsString();
  }

  private static String result(Future<String> submission) {
    try {
      return submission.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
