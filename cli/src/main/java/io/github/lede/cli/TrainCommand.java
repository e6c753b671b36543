package io.github.lede.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lede train}: learns a model from annotated data, reproducibly, for lede to ship or a user to use. */
@Command(name = "train", description = "Train one of lede's learned models from annotated data.",
    subcommands = {TrainPeopleCommand.class, TrainQuotesCommand.class})
final class TrainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
