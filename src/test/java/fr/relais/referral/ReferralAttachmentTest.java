package fr.relais.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Documents joined to a referral: accepted by content, limited, scoped like the case, gone with its personal data. */
@RelaisSpringBootTest
class ReferralAttachmentTest {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;
  @Autowired JdbcClient jdbc;
  @Autowired ReferralService referrals;
  @LocalServerPort int port;

  RelaisApi api;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
  }

  @Test
  void anAgentJoinsDocumentsToTheNewReferralAndItsReadersDownloadThem() throws Exception {
    MockHttpServletResponse posted = perform(newReferralPage("agent-35")
        .file(new MockMultipartFile("attachments", "avis-de-suspension.pdf", "application/pdf", PDF))
        .file(new MockMultipartFile("attachments", "C:\\Users\\agent\\courrier.png", "image/png", PNG)));

    assertThat(posted.getStatus()).isEqualTo(302);
    String id = posted.getRedirectedUrl().substring("/referrals/".length());
    JsonNode referral = api.read(api.getJson("referent-caf-35", "/api/referrals/" + id));
    assertThat(referral.get("attachments")).hasSize(2);
    assertThat(referral.get("attachments").get(1).get("fileName").asText()).isEqualTo("courrier.png");
    assertThat(referral.get("history").toString()).contains("ATTACHMENT_ADDED").doesNotContain("avis-de-suspension");

    String attachmentId = referral.get("attachments").get(0).get("id").asText();
    MockHttpServletResponse download = api.call("referent-caf-35",
        get("/api/referrals/" + id + "/attachments/" + attachmentId));
    assertThat(download.getStatus()).isEqualTo(200);
    assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
    assertThat(download.getContentType()).isEqualTo("application/pdf");
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("avis-de-suspension.pdf");
    assertThat(perform(get("/referrals/" + id + "/attachments/" + attachmentId).with(user(users.loadUserByUsername("agent-35"))))
        .getStatus()).isEqualTo(200);
  }

  @Test
  void filesThatAreNotDocumentsOrTooBigOrTooManyAreRefusedBesideTheFieldAndNothingIsStored() throws Exception {
    int before = referralsOf("agent-65");
    byte[] script = "<script>alert('x')</script>".getBytes(StandardCharsets.UTF_8);
    byte[] tooBig = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);

    MockHttpServletResponse disguised = perform(newReferralPage("agent-65")
        .file(new MockMultipartFile("attachments", "<script>avis.pdf", "application/pdf", script)));
    MockHttpServletResponse oversize = perform(newReferralPage("agent-65")
        .file(new MockMultipartFile("attachments", "scan.pdf", "application/pdf", tooBig)));
    MockMultipartHttpServletRequestBuilder six = newReferralPage("agent-65");
    for (int i = 0; i < 6; i++) {
      six.file(new MockMultipartFile("attachments", "page-" + i + ".pdf", "application/pdf", PDF));
    }
    MockHttpServletResponse tooMany = perform(six);

    assertThat(disguised.getStatus()).isEqualTo(200);
    assertThat(disguised.getContentAsString())
        .contains("ni un PDF", "&lt;script&gt;avis.pdf").doesNotContain("<script>avis", "attachments :");
    assertThat(oversize.getContentAsString()).contains("dépasse 5 Mo");
    assertThat(tooMany.getContentAsString()).contains("Pas plus de 5 pièces jointes");
    assertThat(referralsOf("agent-65")).isEqualTo(before);
  }

  @Test
  void theApiAddsOneDocumentAtATimeForTheSubmittingStructureOnly() throws Exception {
    String id = api.submitReferral("agent-84", "CAF");

    assertThat(attachByApi("agent-84", id, "notice.pdf", PDF).getStatus()).isEqualTo(201);
    assertThat(attachByApi("agent-14", id, "notice.pdf", PDF).getStatus()).isEqualTo(403);
    assertThat(attachByApi("referent-caf-84", id, "notice.pdf", PDF).getStatus()).isEqualTo(403);
    MockHttpServletResponse notADocument = attachByApi("agent-84", id, "notice.pdf", "MZ executable".getBytes());
    assertThat(notADocument.getStatus()).isEqualTo(400);
    assertThat(api.read(notADocument).get("errors").get("attachments").asText()).contains("ni un PDF");
    MockHttpServletResponse noFile = api.call("agent-84", multipart("/api/referrals/" + id + "/attachments"));
    assertThat(noFile.getStatus()).isEqualTo(400);
    assertThat(api.read(noFile).get("errors").has("attachments")).isTrue();

    assertThat(api.read(api.getJson("agent-84", "/api/referrals/" + id)).get("attachments")).hasSize(1);
  }

  @Test
  void documentsAreReadOnlyByTheCaseReaders() throws Exception {
    String id = api.submitReferral("agent-85", "CAF");
    String attachmentId = api.read(attachByApi("agent-85", id, "notice.pdf", PDF)).get("id").asText();
    String path = "/api/referrals/" + id + "/attachments/" + attachmentId;

    for (String refused : new String[] {"agent-14", "referent-caf-14", "referent-msa-85", "prefect-14", "admin"}) {
      assertThat(api.call(refused, get(path)).getStatus()).as(refused).isEqualTo(403);
    }
    for (String allowed : new String[] {"agent-85", "referent2-caf-85", "prefect-85", "anct"}) {
      assertThat(api.call(allowed, get(path)).getStatus()).as(allowed).isEqualTo(200);
    }
    assertThat(perform(get(path)).getStatus()).isEqualTo(401);
    assertThat(api.call("agent-85", get("/api/referrals/" + id + "/attachments/" + id)).getStatus()).isEqualTo(404);
  }

  @Test
  void aClosedCaseTakesNoMoreDocumentsAndAnonymisationDeletesThem() throws Exception {
    String id = api.submitReferral("agent-08", "CAF");
    attachByApi("agent-08", id, "notice.pdf", PDF);
    String task = api.awaitTask("referent-caf-08", id, "Task_AnswerReferral").get("id").asText();
    api.complete("referent-caf-08", task, Map.of("outcome", "ANSWERED", "answer", "Dossier débloqué."));
    String review = api.awaitTask("agent-08", id, "Task_ReviewAnswer").get("id").asText();
    api.complete("agent-08", review, Map.of("decision", "CLOSE"));
    api.awaitReferral("agent-08", id, "CLOSED");

    MockHttpServletResponse late = attachByApi("agent-08", id, "late.pdf", PDF);
    assertThat(late.getStatus()).isEqualTo(409);
    assertThat(api.read(late).get("error").asText()).contains("close");

    referrals.anonymise(UUID.fromString(id));

    assertThat(jdbc.sql("select count(*) from referral_attachment where referral_id = cast(? as uuid)").param(id)
        .query(Integer.class).single()).isZero();
    assertThat(api.read(api.getJson("agent-08", "/api/referrals/" + id)).get("attachments")).isEmpty();
  }

  @Test
  void bigUploadsOverRealHttpGetAFieldErrorNeverAFailure() throws Exception {
    String id = api.submitReferral("agent-35", "CAF");

    HttpResponse<String> overTheLimit = postFileOverHttp(id, 11 * 1024 * 1024);
    HttpResponse<String> overTheServersCeiling = postFileOverHttp(id, 61 * 1024 * 1024);

    assertThat(overTheLimit.statusCode()).as(overTheLimit.body()).isEqualTo(400);
    assertThat(json.readTree(overTheLimit.body()).get("errors").get("attachments").asText()).contains("dépasse 5 Mo");
    assertThat(overTheServersCeiling.statusCode()).as(overTheServersCeiling.body()).isEqualTo(400);
    assertThat(json.readTree(overTheServersCeiling.body()).get("errors").get("attachments").asText())
        .contains("trop volumineux");
    assertThat(api.read(api.getJson("agent-35", "/api/referrals/" + id)).get("attachments")).isEmpty();
  }

  /** A multipart post through Tomcat itself: MockMvc knows nothing of the servlet's upload limits. */
  private HttpResponse<String> postFileOverHttp(String id, int size) throws Exception {
    String boundary = "relais-test-boundary";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[head.length + size + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(PDF, 0, body, head.length, PDF.length);
    System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
    String credentials = Base64.getEncoder()
        .encodeToString(("agent-35:" + RelaisApi.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/referrals/" + id + "/attachments"))
            .header("Authorization", "Basic " + credentials)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private MockMultipartHttpServletRequestBuilder newReferralPage(String agent) {
    MockMultipartHttpServletRequestBuilder request = multipart("/referrals");
    RelaisApi.referralRequest("CAF").forEach((field, value) -> request.param(field, String.valueOf(value)));
    request.with(user(users.loadUserByUsername(agent))).with(csrf());
    return request;
  }

  private MockHttpServletResponse attachByApi(String user, String id, String fileName, byte[] content) throws Exception {
    return perform(multipart("/api/referrals/" + id + "/attachments")
        .file(new MockMultipartFile("file", fileName, "application/pdf", content))
        .with(httpBasic(user, RelaisApi.PASSWORD)));
  }

  private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private int referralsOf(String agent) {
    return jdbc.sql("select count(*) from referral where submitted_by = ?").param(agent).query(Integer.class).single();
  }
}
