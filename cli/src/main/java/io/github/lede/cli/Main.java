package io.github.lede.cli;

import io.github.lede.IndexLockedException;
import io.github.lede.LedeException;
import io.github.lede.QuerySyntaxException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lede} command line: index, search, show, extract, stats and a demo. */
@Command(
    name = "lede",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns news articles into structured, searchable records and searches them.",
    subcommands = {
      IndexCommand.class, SearchCommand.class, QuotesCommand.class, PeopleCommand.class, TimelineCommand.class,
      ShowCommand.class, ExtractCommand.class,
      StatsCommand.class,
      DemoCommand.class, EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 some items failed (or an error), 2 usage error (bad option or query).",
      "The index defaults to $LEDE_INDEX, else ./lede-index."
    })
public final class Main implements Runnable {
  /** Exit code when some inputs failed or an operation could not complete. */
  static final int FAILED = 1;
  /** Exit code for a usage error: a bad option, argument or query. */
  static final int USAGE = 2;

  /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Lucene reports its vector setup through java.util.logging; a command line wants only its own output.
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns its exit code; the tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof QuerySyntaxException || e instanceof IndexLockedException || e instanceof LedeException) {
        commandLine.getErr().println("lede: " + e.getMessage());
      } else {
        commandLine.getErr().println("lede: unexpected error: " + e);
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return e instanceof QuerySyntaxException ? USAGE : FAILED;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"lede " + (v == null ? "(development build)" : v)};
    }
  }
}
