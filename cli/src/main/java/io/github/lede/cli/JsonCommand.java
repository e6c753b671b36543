package io.github.lede.cli;

import io.github.lede.Lede;

/**
 * A command whose {@code --json} output {@code lede serve} serves as well. It answers from a store opened
 * by its caller, so the command line and the web API share one parser (picocli's, of the same options) and
 * one writer ({@link Json}): an API parameter is the option of the same name, and the API's answer is the
 * command's {@code --json} line.
 */
interface JsonCommand {
  /** What {@code --json} prints for the options parsed, from an open store. */
  Answer answer(Lede lede);

  /**
   * @param json the JSON object or array, as {@code --json} prints it
   * @param timedOut whether the search behind it reached its time limit
   */
  record Answer(String json, boolean timedOut) {
    static Answer of(String json) {
      return new Answer(json, false);
    }
  }
}
