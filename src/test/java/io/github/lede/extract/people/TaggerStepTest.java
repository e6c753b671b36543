package io.github.lede.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.model.Article;
import io.github.lede.text.ArticleTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each step of the verdict on a span the tagger tagged, on its own: the span is given (as if tagged), so the
 * step is tested without the model.
 */
class TaggerStepTest {
  private static TaggerStep decide(String body, String span, boolean vetoed) {
    PeopleExtractor.ArticleRead read = PeopleExtractor.rulesOnly()
        .read(ArticleTokens.of(Article.builder("t", "", body).build()));
    NameRuns f = read.fields().get(read.fields().size() - 1);
    int at = body.indexOf(span);
    int from = f.tokens.tokenAt(at);
    int to = f.tokens.tokenAt(at + span.length() - 1) + 1;
    Candidate rule = f.candidates.stream().filter(c -> c.from == from).findFirst().orElse(null);
    return TaggerStep.decide(read.evidence(), f, from, to, rule, vetoed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "TOO_LONG|They met Qan Bor Cet Dov Eli Fam Gon Hul Ivo there.|Qan Bor Cet Dov Eli Fam Gon Hul Ivo",
    "ORGANISATION_LIST|The figures came from Reuters on Monday.|Reuters",
    "FIRM_NAMED_BY_ENDING|Shares of Harris Upham and Co rose.|Harris Upham",
    "SENTENCE_OPENER|Later Kim Jong Un spoke.|Later",
    "CAPS_LINE|Harbour talks go on.\\n\\nQAN BOR ARRIVES TODAY\\n\\nThe talks went on.|QAN BOR",
    "AFTER_LOCATIVE|A farmer in Morvath Telbrin said so.|Morvath Telbrin",
    "TAGGER|Defence Minister Seo Min-jun spoke.|Seo Min-jun",
  })
  void eachStepDecidesItsExample(TaggerStep step, String body, String span) {
    assertEquals(step, decide(body.replace("\\n", "\n"), span, false));
  }

  @Test
  void theRulesFirmNoOnTheSameWordsStands() {
    assertEquals(TaggerStep.RULES_SAY_NOT_A_PERSON, decide("They met Qan Bor there.", "Qan Bor", true));
  }

  @Test
  void aReasonSaysTheStepAndWhatTheRulesSaid() {
    assertEquals("tagger (rules: none)", TaggerStep.TAGGER.label(null));
    assertEquals("tagger overruled: caps-line (rules: none)", TaggerStep.CAPS_LINE.label(null));
  }
}
