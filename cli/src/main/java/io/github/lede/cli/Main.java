package io.github.lede.cli;

import io.github.lede.IndexLockedException;
import io.github.lede.LedeException;
import io.github.lede.NoIndexException;
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
      IndexCommand.class, SearchCommand.class, QuotesCommand.class, PeopleCommand.class, SourcesCommand.class,
      TimelineCommand.class, ServeCommand.class,
      ShowCommand.class, DeleteCommand.class, ExtractCommand.class,
      StatsCommand.class,
      DemoCommand.class, EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 some items failed (or an error), 2 usage error (a bad option or query, or no index"
          + " where --index points).",
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
    CommandLine cl = commandLine();
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
      return isUsageError(e) ? USAGE : FAILED;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The command tree, every command and subcommand with {@code -h/--help} (and {@code -V/--version}): added
   * here by walking the tree rather than on each class, so a command added later cannot lack it.
   */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    addHelp(cl);
    return cl;
  }

  private static void addHelp(CommandLine cl) {
    CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
    if (spec.optionsMap().get("--help") == null) {
      spec.mixinStandardHelpOptions(true);
    }
    cl.getSubcommands().values().forEach(Main::addHelp);
  }

  /**
   * A fault in how lede was called rather than in what it read: a bad query, or an index option naming no
   * index (a mistyped --index, like a mistyped --sort, is a usage error: nothing was read or written).
   */
  private static boolean isUsageError(Exception e) {
    return e instanceof QuerySyntaxException || e instanceof NoIndexException;
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
