package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by the commands that use an index. */
final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR",
      description = "Index directory (default: $LEDE_INDEX, else ./lede-index).")
  Path index;

  Path path() {
    if (index != null) {
      return index;
    }
    String env = System.getenv("LEDE_INDEX");
    return Path.of(env != null && !env.isBlank() ? env : "lede-index");
  }

  /** Opens the index for searching only: another process may be writing to it meanwhile. */
  Lede openReadOnly() {
    return Lede.open(path(), LedeOptions.builder().readOnly(true).build());
  }

  /**
   * Opens an index that must already exist for writing (to delete from it): a mistyped path fails as it does
   * for reading, instead of creating an empty index to delete nothing from.
   */
  Lede openExisting() {
    openReadOnly().close();
    return Lede.open(path());
  }
}
