package io.github.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A prompt's explanation goes with the prompt; the page's sign-off after it goes too; reporting stays. */
class PromptExplanationsTest {

  @Test
  void theSentencesExplainingAFollowPromptGoWithIt() {
    assertEquals(List.of("The ferry sailed again on Monday."), Articles.extract("""
        Ferry sails again

        The ferry sailed again on Monday.

        Follow related authors and topics
        Ada Ferreira
        Follow
        You must be logged in to follow.
        Authors and topics you follow will be added to your personal news feed in Following.

        Interact with The Island Courier
        """).paragraphs());
  }

  @Test
  void aSignUpPromptsExplanationGoesAcrossABlankLine() {
    assertEquals(List.of("The ferry sailed again on Monday.", "Crews worked through the night."),
        Articles.extract("""
            Ferry sails again

            The ferry sailed again on Monday.

            Sign up for the morning briefing

            You can sign up in a minute and leave at any time.

            Crews worked through the night.
            """).paragraphs());
  }

  @Test
  void reportingAfterAPromptStaysEvenWhenItAddressesTheReader() {
    // It addresses the reader but does not name the prompt's action: not an explanation, and it ends the run.
    assertEquals(List.of("The ferry sailed again on Monday.", "If you travel on Friday, you should expect delays.",
        "Fans who follow the club can buy tickets."), Articles.extract("""
            Ferry sails again

            The ferry sailed again on Monday.

            Follow us on X
            If you travel on Friday, you should expect delays.

            Fans who follow the club can buy tickets.
            """).paragraphs());
  }
}
