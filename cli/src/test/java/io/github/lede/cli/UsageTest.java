package io.github.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What every command does when asked for help or pointed at no index, checked by walking picocli's command
 * tree, so that a command added later is checked too.
 */
class UsageTest {
  @TempDir Path dir;

  /** Every command below {@code lede}, with the words that call it ("eval people"). */
  private static List<List<String>> commands() {
    List<List<String>> out = new ArrayList<>();
    walk(Main.commandLine(), new ArrayList<>(), out);
    return out;
  }

  private static void walk(CommandLine cl, List<String> path, List<List<String>> out) {
    out.add(List.copyOf(path));
    cl.getSubcommands().forEach((name, sub) -> {
      List<String> next = new ArrayList<>(path);
      next.add(name);
      walk(sub, next, out);
    });
  }

  private static CommandSpec spec(List<String> path) {
    CommandLine cl = Main.commandLine();
    for (String name : path) {
      cl = cl.getSubcommands().get(name);
    }
    return cl.getCommandSpec();
  }

  @TestFactory
  Stream<DynamicTest> helpWorksOnEveryCommand() {
    assertTrue(commands().size() >= 15, commands().toString());
    return commands().stream().flatMap(path -> Stream.of("--help", "-h").map(flag -> DynamicTest.dynamicTest(
        String.join(" ", path) + " " + flag, () -> {
          List<String> args = new ArrayList<>(path);
          args.add(flag);
          Run r = CliTest.lede(args.toArray(String[]::new));
          assertEquals(0, r.code(), r.err() + r.out());
          String usage = "Usage: " + String.join(" ", Stream.concat(Stream.of("lede"), path.stream()).toList());
          // "help" puts its one-line description above its usage; every other command starts with it.
          assertTrue(path.equals(List.of("help")) ? r.out().contains("\n" + usage) : r.out().startsWith(usage),
              r.out());
          assertEquals("", r.err());
        })));
  }

  /** Every command with --index, given one that is not there: exit 2, one line, and nothing created. */
  @TestFactory
  Stream<DynamicTest> noCommandButIndexCreatesAMissingIndex() {
    List<List<String>> withIndex = commands().stream()
        .filter(p -> spec(p).optionsMap().containsKey("--index") && !p.equals(List.of("index"))).toList();
    assertTrue(withIndex.size() >= 7, withIndex.toString());
    return withIndex.stream().map(path -> DynamicTest.dynamicTest(String.join(" ", path), () -> {
      Path missing = dir.resolve(String.join("-", path)).resolve("lede-index");
      List<String> args = new ArrayList<>(path);
      args.add("--index");
      args.add(missing.toString());
      // Required options (eval ranking's --queries and --qrels) name an empty file that is there to be read.
      Path empty = Files.write(dir.resolve("empty-" + String.join("-", path)), new byte[0]);
      for (OptionSpec o : spec(path).options()) {
        if (o.required()) {
          args.add(o.longestName());
          args.add(empty.toString());
        }
      }
      for (PositionalParamSpec p : spec(path).positionalParameters()) {
        for (int i = 0; i < p.arity().min(); i++) {
          args.add("x");
        }
      }
      Run r = CliTest.lede(args.toArray(String[]::new));
      assertEquals(Main.USAGE, r.code(), r.err());
      assertEquals("lede: no index at " + missing + ": no such directory\n", r.err());
      assertEquals("", r.out());
      assertFalse(Files.exists(missing.getParent()), "created " + missing.getParent());
    }));
  }
}
