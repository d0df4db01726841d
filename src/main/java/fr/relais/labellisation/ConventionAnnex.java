package fr.relais.labellisation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The structure's annex to the departmental France Services framework convention (the amendment the 2019 FAQ
 * describes): how the structure operates, who runs it, the national operators and any local partners.
 */
record ConventionAnnex(String departmentName, String structureName, String labelNumber, LocalDate effectiveDate,
    String carrier, StructureKind kind, String address, String email, String phone, List<OpeningSlot> openingHours,
    int agents, List<String> nationalOperators, List<String> localPartners, String referentialTitle) {

  private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 10);
  private static final Map<String, String> CARRIERS = Map.of("COMMUNE", "Commune", "INTERCOMMUNALITE",
      "Intercommunalité", "LA_POSTE", "La Poste", "MSA", "MSA", "ASSOCIATION", "Association", "ETAT",
      "État", "AUTRE", "Autre porteur");

  String fileName() {
    return "annexe-convention-" + labelNumber + ".pdf";
  }

  byte[] toPdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Annexe à la convention cadre départementale France Services — " + structureName);
      document.open();
      paragraph(document, "Convention cadre départementale France Services — " + departmentName, TITLE);
      paragraph(document, "Annexe relative à la structure « " + structureName + " »", HEADING);
      section(document, "Identification");
      document.add(table(new String[][] {
          {"Numéro de label", labelNumber},
          {"Date d'effet", effectiveDate.format(LabellisationTexts.DATE)},
          {"Type", kind == StructureKind.ITINERANT ? "Itinérante" : "Fixe"},
          {"Porteur (gestionnaire)", CARRIERS.getOrDefault(carrier, carrier)},
          {"Adresse", address},
          {"Contact", email + " — " + phone},
          {"Conseillers France services", String.valueOf(agents)},
      }));
      section(document, "Horaires d'ouverture au public");
      document.add(table(hours()));
      section(document, "Opérateurs nationaux partenaires");
      paragraph(document, String.join(" ; ", nationalOperators) + ".", BODY);
      section(document, "Partenaires locaux");
      paragraph(document, localPartners.isEmpty() ? "Aucun partenaire local supplémentaire."
          : String.join(" ; ", localPartners) + ".", BODY);
      section(document, "Engagements");
      paragraph(document, "La structure respecte les critères obligatoires du label (" + referentialTitle
          + ") et participe aux enquêtes annuelles de satisfaction et aux visites mystère.", BODY);
      paragraph(document, "\nPour le préfet de département,", BODY);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the convention annex could not be drawn up", e);
    }
    return out.toByteArray();
  }

  private String[][] hours() {
    Map<DayOfWeek, String> byDay = new TreeMap<>(openingHours.stream().collect(Collectors.groupingBy(
        OpeningSlot::day, Collectors.mapping(slot -> slot.opens() + "-" + slot.closes(), Collectors.joining(", ")))));
    return byDay.entrySet().stream()
        .map(day -> new String[] {day.getKey().getDisplayName(TextStyle.FULL, Locale.FRANCE), day.getValue()})
        .toArray(String[][]::new);
  }

  private static void section(Document document, String title) {
    Paragraph heading = new Paragraph(title, HEADING);
    heading.setSpacingBefore(12);
    heading.setSpacingAfter(4);
    document.add(heading);
  }

  private static void paragraph(Document document, String text, Font font) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_LEFT);
    document.add(paragraph);
  }

  private static PdfPTable table(String[][] rows) {
    PdfPTable table = new PdfPTable(new float[] {1, 2});
    table.setWidthPercentage(100);
    for (String[] row : rows) {
      table.addCell(new Paragraph(row[0], HEADING));
      table.addCell(new Paragraph(row[1], BODY));
    }
    return table;
  }
}
