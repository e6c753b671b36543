package io.github.lede.cli;

import io.github.lede.cli.WebServer.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The page's files, from the jar ({@code io/github/lede/cli/web/}). A request names one file of that folder by
 * a plain name ({@code /app.js}), which is looked up in the jar rather than on disk, and a name with anything
 * else in it (a slash, dots, a percent sign) is no file's: no request can reach outside the folder, nor the
 * classes beside it.
 */
final class StaticFiles {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}\\.(html|js|css|svg|png)");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png");

  /** Files found so far; only files that exist are kept, so a scan of made-up names costs no memory. */
  private final Map<String, Response> found = new ConcurrentHashMap<>();

  /** The file a path names, or null when there is none. */
  Response get(String path) {
    String name = path.equals("/") ? "index.html" : path.substring(1);
    if (!NAME.matcher(name).matches()) {
      return null;
    }
    Response cached = found.get(name);
    if (cached != null) {
      return cached;
    }
    try (InputStream in = StaticFiles.class.getResourceAsStream("web/" + name)) {
      if (in == null) {
        return null;
      }
      String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
      Response r = new Response(200, type, in.readAllBytes());
      found.put(name, r);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
