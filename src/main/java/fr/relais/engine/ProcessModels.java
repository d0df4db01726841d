package fr.relais.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The BPMN models Relais deploys. A user-task job carries only the element id; the task list shows the
 * name the modeler gave the step, and case pages draw the model itself.
 */
@Component
public class ProcessModels {

  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, byte[]> diagrams = new HashMap<>();

  ProcessModels() throws IOException {
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
      try (InputStream in = resource.getInputStream()) {
        byte[] xml = in.readAllBytes();
        // The file name is the process id (CONVENTIONS.md), so a caller's id is only ever a key here.
        diagrams.put(resource.getFilename().replaceFirst("\\.bpmn$", ""), xml);
        index(new ByteArrayInputStream(xml));
      }
    }
  }

  /** The deployed BPMN XML of a process, empty for any id that is not one of the models. */
  public Optional<byte[]> diagram(String processId) {
    return Optional.ofNullable(diagrams.get(processId)).map(byte[]::clone);
  }

  public String elementName(String processId, String elementId) {
    return names.getOrDefault(processId + "/" + elementId, elementId);
  }

  private void index(InputStream in) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList processes = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(BPMN_NS, "process");
      for (int p = 0; p < processes.getLength(); p++) {
        Element process = (Element) processes.item(p);
        NodeList elements = process.getElementsByTagNameNS(BPMN_NS, "*");
        for (int e = 0; e < elements.getLength(); e++) {
          Element element = (Element) elements.item(e);
          if (!element.getAttribute("id").isEmpty() && !element.getAttribute("name").isEmpty()) {
            names.put(process.getAttribute("id") + "/" + element.getAttribute("id"), element.getAttribute("name"));
          }
        }
      }
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("a BPMN model in processes/ is not valid XML", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
