package io.github.lede.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lede eval}: scores an extractor against public annotated data, so every quality figure lede
 * reports can be re-run with one command.
 */
@Command(name = "eval", description = "Score lede's extraction and ranking against annotated data.",
    subcommands = {EvalPeopleCommand.class, DatesEvalCommand.class, EvalQuotesCommand.class,
        EvalHtmlCommand.class, EvalRankingCommand.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
