package fr.relais.account;

import fr.relais.security.RelaisUser;
import fr.relais.security.UserAccounts;
import fr.relais.web.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Creates accounts from a CSV file (UTF-8, {@code ;} or {@code ,}, a header naming the columns as the API's fields).
 * Each line stands alone: a line with an error creates nothing and is reported by line and field, the valid ones are
 * created (each in its own transaction, with its invitation), and a username that exists already is left as it is,
 * so importing the same file twice creates nothing new.
 */
@Service
public class UserImport {

  static final List<String> COLUMNS =
      List.of("username", "displayName", "email", "role", "department", "operator", "structureId", "trainingBody");
  static final int MAX_LINES = 5000;
  static final int MAX_BYTES = 1024 * 1024;

  /** What an import did; lines are numbered as in a spreadsheet (the header is line 1). */
  public record Report(List<String> created, List<String> alreadyPresent, List<LineError> errors) {}

  public record LineError(long line, String field, String message) {}

  private final UserAdministration administration;
  private final UserAccounts users;

  UserImport(UserAdministration administration, UserAccounts users) {
    this.administration = administration;
    this.users = users;
  }

  public Report importCsv(RelaisUser actor, byte[] file) {
    UserAdministration.checkMayManageAccounts(actor);
    List<CSVRecord> lines = parse(file);
    List<String> created = new ArrayList<>();
    List<String> present = new ArrayList<>();
    List<LineError> errors = new ArrayList<>();
    for (CSVRecord record : lines) {
      long line = record.getRecordNumber() + 1;
      Map<String, Object> values = values(record);
      String username = (String) values.get("username");
      if (username != null && users.find(username).isPresent()) {
        present.add(username);
        continue;
      }
      try {
        created.add(administration.create(actor, values).username());
      } catch (InvalidInputException invalid) {
        invalid.errors().forEach((field, message) -> errors.add(new LineError(line, field, message)));
      } catch (AccessDeniedException outOfScope) {
        errors.add(new LineError(line, "role", "Ce compte sort de votre périmètre : vous gérez les référents de"
            + " votre département."));
      }
    }
    return new Report(created, present, errors);
  }

  private static Map<String, Object> values(CSVRecord record) {
    Map<String, Object> values = new LinkedHashMap<>();
    record.toMap().forEach((column, value) -> {
      if (value != null && !value.isBlank()) {
        values.put(column, value.strip());
      }
    });
    return values;
  }

  /** The file's lines after its header, or an {@link InvalidInputException} on the {@code file} field. */
  private static List<CSVRecord> parse(byte[] file) {
    if (file.length == 0) {
      throw fileError("Le fichier est vide.");
    }
    if (file.length > MAX_BYTES) {
      throw fileError("Le fichier dépasse 1 Mo : découpez-le.");
    }
    String text = utf8(file);
    String header = text.lines().findFirst().orElse("");
    char delimiter = header.contains(";") ? ';' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> unknown = parser.getHeaderNames().stream().filter(name -> !COLUMNS.contains(name)).toList();
      if (!unknown.isEmpty() || !parser.getHeaderNames().containsAll(List.of("username", "displayName", "email",
          "role"))) {
        throw fileError("La première ligne doit nommer les colonnes : " + String.join(delimiter + "", COLUMNS)
            + (unknown.isEmpty() ? "" : " (inconnues : " + String.join(", ", unknown) + ")") + ".");
      }
      List<CSVRecord> records = parser.getRecords();
      if (records.size() > MAX_LINES) {
        throw fileError("Le fichier compte plus de " + MAX_LINES + " lignes : découpez-le.");
      }
      return records;
    } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      throw fileError("Le fichier n'est pas un CSV lisible : vérifiez les guillemets et le séparateur de chaque ligne.");
    }
  }

  private static String utf8(byte[] file) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw fileError("Le fichier n'est pas en UTF-8 : enregistrez-le en « CSV UTF-8 ».");
    }
  }

  private static InvalidInputException fileError(String message) {
    return new InvalidInputException(Map.of("file", message));
  }
}
