package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.QuerySyntaxException;
import io.github.lede.SearchTimeoutException;
import io.github.lede.cli.WebServer.Response;
import io.github.lede.model.Article;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Queue;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The JSON API: {@code /api/search}, {@code /api/quotes}, {@code /api/people}, {@code /api/sources} and
 * {@code /api/timeline} are the commands of those names, their parameters the commands' options
 * ({@code size=5} is {@code --size 5}, a flag is {@code exact-total=true}) and {@code q} the query; each
 * answers with what the command prints with {@code --json}. {@code /api/articles/ID} is {@code lede show ID
 * --json}. Options that would point elsewhere ({@code --index}, {@code --opensearch}) are not parameters: a
 * request reads the store the server was started on and nothing else.
 */
final class Api {
  private static final Map<String, Supplier<JsonCommand>> COMMANDS = Map.of(
      "search", SearchCommand::new,
      "quotes", QuotesCommand::new,
      "people", PeopleCommand::new,
      "sources", SourcesCommand::new,
      "timeline", TimelineCommand::new);
  /** Options of those commands that are not the API's: where the store is, the output format, help. */
  private static final Set<String> NOT_PARAMETERS = Set.of("--index", "--opensearch", "--json", "--help", "--version");
  private static final String ARTICLES = "articles/";

  private final Lede lede;
  /**
   * Command lines kept for the next request of their kind: making one costs picocli about 2 ms of reflection,
   * reusing one a fraction of that, and picocli sets every option back to its default before it parses, so
   * a command line taken from here holds nothing of the request before. One request uses one at a time.
   */
  private final Map<String, Queue<CommandLine>> idle = new ConcurrentHashMap<>();

  Api(Lede lede) {
    this.lede = lede;
  }

  /** The answer to {@code /api/<name>} with the query string as sent (still percent-encoded), or null. */
  Response answer(String path, String rawQuery) {
    String name = path.substring("/api/".length());
    try {
      List<String[]> params = parameters(rawQuery);
      if (name.startsWith(ARTICLES)) {
        return article(name.substring(ARTICLES.length()), params);
      }
      Supplier<JsonCommand> command = COMMANDS.get(name);
      if (command == null) {
        return Response.error(404, "no such API: " + path + "; there are /api/search, /api/quotes, /api/people,"
            + " /api/sources, /api/timeline and /api/articles/ID");
      }
      JsonCommand.Answer answer = run(name, command, params);
      if (answer.timedOut()) {
        return Response.error(503, "the search reached its time limit (" + lede.options().searchTimeout().toSeconds()
            + " s) before it was complete: narrow the query, or try again when the server is less busy");
      }
      return Response.json(200, answer.json());
    } catch (SearchTimeoutException e) {
      // A count cut short is refused by the library: the same answer as a search that ran out of time.
      return Response.error(503, e.getMessage());
    } catch (QuerySyntaxException e) {
      return Response.json(400, Json.error(400, e.getMessage().lines().findFirst().orElse(""), e));
    } catch (ParameterException | IllegalArgumentException e) {
      return Response.error(400, e.getMessage());
    } catch (LedeException e) {
      return Response.error(500, e.getMessage());
    }
  }

  /** Parses the parameters into the command's options, as its command line would, and runs it. */
  private JsonCommand.Answer run(String name, Supplier<JsonCommand> make, List<String[]> params) {
    Queue<CommandLine> kept = idle.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>());
    CommandLine cl = kept.poll();
    if (cl == null) {
      cl = new CommandLine(make.get());
      // A parameter starting with @ is a query or a name, never a file for picocli to read arguments from.
      cl.setExpandAtFiles(false);
    }
    try {
      return run(name, cl, params);
    } finally {
      if (kept.size() < WebServer.API_PERMITS) {
        kept.offer(cl);
      }
    }
  }

  private JsonCommand.Answer run(String name, CommandLine cl, List<String[]> params) {
    List<String> args = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String[] p : params) {
      if (p[0].equals("q")) {
        words.add(p[1]);
        continue;
      }
      OptionSpec option = p[0].startsWith("-") ? null : cl.getCommandSpec().optionsMap().get("--" + p[0]);
      if (option == null || NOT_PARAMETERS.contains(option.longestName())) {
        throw new IllegalArgumentException("/api/" + name + " has no parameter '" + p[0] + "'; it takes "
            + String.join(", ", parameterNames(cl)));
      }
      if (option.arity().max() > 0) {
        args.add("--" + p[0] + "=" + p[1]);
      } else if (p[1].isEmpty() || p[1].equals("true")) {
        args.add("--" + p[0]);
      } else if (!p[1].equals("false")) {
        throw new IllegalArgumentException(p[0] + " is true or false, not '" + p[1] + "'");
      }
    }
    // After "--" everything is the query, even words that start with a dash.
    args.add("--");
    if (!words.isEmpty()) {
      args.add(String.join(" ", words));
    }
    cl.parseArgs(args.toArray(String[]::new));
    return ((JsonCommand) cl.getCommand()).answer(lede);
  }

  private static List<String> parameterNames(CommandLine cl) {
    Set<String> names = new TreeSet<>();
    for (OptionSpec o : cl.getCommandSpec().options()) {
      if (!NOT_PARAMETERS.contains(o.longestName())) {
        names.add(o.longestName().substring(2));
      }
    }
    List<String> out = new ArrayList<>(List.of("q"));
    out.addAll(names);
    return out;
  }

  private Response article(String id, List<String[]> params) {
    if (!params.isEmpty()) {
      throw new IllegalArgumentException("/api/articles/ID takes no parameters");
    }
    Optional<Article> found = id.isEmpty() ? Optional.empty() : lede.get(id);
    return found.isPresent() ? Response.json(200, Json.article(found.get()))
        : Response.error(404, "no article with id " + id);
  }

  /** Name and value of each parameter in order: {@code a=1&b&a=2} is a=1, b="", a=2. */
  static List<String[]> parameters(String rawQuery) {
    List<String[]> out = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.add(new String[] {decode(name), decode(value)});
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a parameter is not percent-encoded as a URL's must be: " + s);
    }
  }
}
