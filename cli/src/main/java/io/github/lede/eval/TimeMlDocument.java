package io.github.lede.eval;

import io.github.lede.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One TimeML file read for scoring dates: the text is the content of {@code <TEXT>} with every tag removed
 * and entities decoded; the reference date is the value of the TIMEX3 whose functionInDocument is
 * CREATION_TIME; the gold mentions are the TIMEX3 of type DATE or TIME inside the text, with their spans
 * trimmed of white space.
 *
 * @param file where it came from, for messages
 * @param reference the document creation date, or null when the file has none
 */
public record TimeMlDocument(String file, String text, LocalDate reference, List<DateSpan> gold) {

  /** Reads a file; a malformed one fails with its name and line. */
  public static TimeMlDocument read(Path path) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // No DTDs and no external entities: the files are data, never instructions to fetch anything.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    String name = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      try {
        return parse(name, r);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new InputException(name, Math.max(line, 0), "malformed TimeML: " + e.getMessage());
    } catch (IOException e) {
      throw new InputException(name, 0, "cannot read: " + e.getMessage());
    }
  }

  private static TimeMlDocument parse(String name, XMLStreamReader r) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    List<DateSpan> gold = new ArrayList<>();
    LocalDate reference = null;
    boolean inText = false;
    boolean sawText = false;
    int timexStart = -1;
    String timexType = null;
    String timexValue = null;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String tag = r.getLocalName();
        if (tag.equals("TEXT")) {
          inText = true;
          sawText = true;
        } else if (tag.equals("TIMEX3")) {
          if ("CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument"))) {
            reference = date(name, r, r.getAttributeValue(null, "value"));
          }
          if (inText) {
            timexStart = text.length();
            timexType = r.getAttributeValue(null, "type");
            timexValue = r.getAttributeValue(null, "value");
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String tag = r.getLocalName();
        if (tag.equals("TEXT")) {
          inText = false;
        } else if (tag.equals("TIMEX3") && timexStart >= 0) {
          if ("DATE".equals(timexType) || "TIME".equals(timexType)) {
            DateSpan span = DateSpan.trimmed(text, timexStart, text.length(), timexValue);
            if (span != null) {
              gold.add(span);
            }
          }
          timexStart = -1;
        }
      } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE)) {
        text.append(r.getText());
      }
    }
    if (!sawText) {
      throw new InputException(name, 0, "no <TEXT> element");
    }
    return new TimeMlDocument(name, text.toString(), reference, List.copyOf(gold));
  }

  private static LocalDate date(String name, XMLStreamReader r, String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeException e) {
      throw new InputException(name, r.getLocation().getLineNumber(), "creation time is not a date: " + value);
    }
  }
}
