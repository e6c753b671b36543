package io.github.lede.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.text.Tokenizer;
import io.github.lede.text.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each step of the person verdict on its own: it holds for its example, and it is the step that decides. */
class PersonRuleTest {
  /** The run {@code name} as it stands in {@code text}, with what was taken off its front. */
  private static PersonRule.Run run(String text, String name, boolean titled) {
    Tokens t = Tokenizer.tokenize(text);
    int at = text.indexOf(name);
    int from = t.tokenAt(at);
    int to = t.tokenAt(at + name.length() - 1) + 1;
    return new PersonRule.Run(t, from, from, to, titled, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ORGANISATION_WORD_LAST|The deal went to Carrow Centre on Monday.|Carrow Centre|false",
    "ORGANISATION_WORD_INSIDE|He joined Major League Baseball.|Major League Baseball|false",
    "PLACE_NAME_START|They flew to San Diego.|San Diego|false",
    "ACRONYM|A spokesman for the PUK said so.|PUK|false",
    "NEVER_A_NAME|It happened on Monday.|Monday|false",
    "AFTER_LOCATIVE|a farmer in Morvath Telbrin said|Morvath Telbrin|false",
    "AFTER_THE|officials at the Telbrin declined|Telbrin|false",
    "TOO_LONG|They met Qan Bor Cet Dov Eli Fam Gon Hul Ivo there.|Qan Bor Cet Dov Eli Fam Gon Hul Ivo|false",
    "CAPS_LINE_FULL_NAME|JOHN SMITH ARRIVES HOME|JOHN SMITH|false",
    "TITLE_OR_ROLE|Defence Minister Seo Min-jun spoke.|Seo Min-jun|true",
    "AGE_AFTER|Lennart Meri, 67, has left.|Lennart Meri|false",
    "RESULTS_LINE|Jiri Novak (Czech Republic) beat him|Jiri Novak|false",
    "GIVEN_NAME_FIRST|We met Sue Mi Terry yesterday.|Sue Mi Terry|false",
    "INITIALS|They saw Bluxo Q. Vandermeerk there.|Bluxo Q. Vandermeerk|false",
    "KNOWN_NAME_SPEAKS|The plan will fail, Peres said.|Peres|false",
    "NO_EVIDENCE|We met Peres there.|Peres|false",
  })
  void eachStepDecidesItsExample(PersonRule rule, String text, String name, boolean titled) {
    PersonRule.Run r = run(text, name, titled);
    assertTrue(rule.holds(r), rule + " holds for \"" + name + "\"");
    assertEquals(rule, PersonRule.decide(r));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ACRONYM|A spokesman for Putin said so.|Putin",
    "AFTER_THE|officials at Telbrin declined|Telbrin",
    "AGE_AFTER|Lennart Meri, 1967, has left.|Lennart Meri",
    "KNOWN_NAME_SPEAKS|The plan will fail, Israel said.|Israel",
  })
  void aStepDoesNotHoldWithoutItsEvidence(PersonRule rule, String text, String name) {
    assertFalse(rule.holds(run(text, name, false)));
  }

  @ParameterizedTest
  @CsvSource({"TITLE_OR_ROLE,title-or-role", "NO_EVIDENCE,no-evidence"})
  void stepsHaveThePlainNamesPrinted(PersonRule rule, String label) {
    assertEquals(label, rule.label());
  }
}
