package fr.relais.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The little markdown a form's text may use, made safe for {@code th:utext}: the text is HTML-escaped first,
 * then only paragraphs, {@code **bold**} and {@code [links](https://…)} become markup. Headings become bold
 * paragraphs; anything else stays visible as the characters typed. Links go to http(s), mailto or a path of
 * this site only, so no {@code javascript:} URL can get through.
 */
final class Markdown {

  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");
  private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]+)]\\(((?:https?://|mailto:|/)[^\\s()*]*)\\)");

  private Markdown() {}

  static String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    List<String> paragraphs = new ArrayList<>();
    for (String block : BLANK_LINES.split(markdown.replace("\r\n", "\n").strip())) {
      String text = block.strip().replaceAll("\\s*\\n\\s*", " ");
      Matcher heading = HEADING.matcher(text);
      boolean isHeading = heading.matches();
      String html = inline(HtmlUtils.htmlEscape(isHeading ? heading.group(1) : text, "UTF-8"));
      paragraphs.add(isHeading ? "<p><strong>" + html + "</strong></p>" : "<p>" + html + "</p>");
    }
    return String.join("\n", paragraphs);
  }

  /** Runs on escaped text: the quotes and angle brackets of any input are entities by now. */
  private static String inline(String escaped) {
    String linked = LINK.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement(
        "<a class=\"fr-link\" href=\"" + match.group(2) + "\">" + match.group(1) + "</a>"));
    return BOLD.matcher(linked).replaceAll("<strong>$1</strong>");
  }
}
