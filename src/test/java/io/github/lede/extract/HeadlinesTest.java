package io.github.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A derived headline is the lede's first sentence, as the one tokenizer splits sentences. */
class HeadlinesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Mr. Putin spoke. He left.|Mr. Putin spoke.",
    "It rose in Sept. 2023 and fell. Then more.|It rose in Sept. 2023 and fell.",
    "John F. Kennedy spoke. Then more.|John F. Kennedy spoke.",
    "\"We will win,\" she said. \"Soon.\"|\"We will win,\" she said.",
    "Is it over? Nobody knows.|Is it over?",
    "One sentence only|One sentence only",
    "Prices rose 2.5 percent. Then fell.|Prices rose 2.5 percent.",
  })
  void findsTheFirstSentence(String text, String first) {
    assertEquals(first, Headlines.derive(text));
  }
}
