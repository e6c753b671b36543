package io.github.lede.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.lede.text.Tokenizer;
import io.github.lede.text.Tokens;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each attribution step on its own: the phrase it finds for the last quote of its example, and that it wins. */
class AttributionStepTest {
  private static AttributionStep.Reading reading(String text) {
    Tokens tokens = Tokenizer.tokenize(text.replace("\\n", "\n"));
    List<QuoteSpan> quotes = QuoteScanner.scan(tokens.text(), false).quotes();
    return new AttributionStep.Reading(tokens, quotes, quotes.size() - 1, false);
  }

  private static String phrase(AttributionStep.Reading r, SpeakerPhrase p) {
    return p == null || !p.hasPhrase() ? null : r.text.text().substring(p.start(), p.end());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "AFTER_QUOTE|“We are ready,” Defence Minister Seo Min-jun said on Tuesday.|Defence Minister Seo Min-jun",
    "BEFORE_QUOTE|The ministry said: “We are ready.”|The ministry",
    "SUBJECT_AFTER_PARTICIPLE|Calling the plan “a disaster,” Trump accused Holt of bias.|Trump",
    "SENTENCE_BEFORE|“We are ready,” Kim said. “We will win.”|Kim",
    "CREDIT_LINE|“We will win.”\\n- Bernie Sanders.|Bernie Sanders",
    "COLON_LEAD|In a statement, the agency said:\\n“We will win.”|the agency",
  })
  void eachStepFindsItsSpeaker(AttributionStep step, String text, String speaker) {
    AttributionStep.Reading r = reading(text);
    assertEquals(speaker, phrase(r, step.find(r)));
    SpeakerPhrase found = Attribution.find(r.text, r.quotes, r.qi, false);
    assertEquals(step.label(), found.step());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "AFTER_QUOTE|The ministry said: “We are ready.”",
    "SENTENCE_BEFORE|Prices rose. “We will win.”",
    "CREDIT_LINE|“We will win.”\\nA paragraph that is too long to be a credit line goes on and on here.",
  })
  void aStepFindsNothingWithoutItsShape(AttributionStep step, String text) {
    assertNull(phrase(reading(text), step.find(reading(text))));
  }
}
