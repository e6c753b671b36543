package io.github.lede.cli;

import io.github.lede.LedeOptions;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --commit-every}: a count of articles, a time ({@code 30s}, {@code 2m}, {@code 1h}), both separated by a
 * comma (whichever comes first), or {@code end} for one commit at the end of the run.
 */
record CommitEvery(long articles, Duration interval) {
  static final CommitEvery DEFAULT = new CommitEvery(
      LedeOptions.defaults().commitEvery(), LedeOptions.defaults().commitInterval());

  LedeOptions.Builder applyTo(LedeOptions.Builder options) {
    return options.commitEvery(articles).commitInterval(interval);
  }

  static final class Converter implements ITypeConverter<CommitEvery> {
    @Override
    public CommitEvery convert(String value) {
      long articles = 0;
      Duration interval = Duration.ZERO;
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("end")) {
        return new CommitEvery(0, Duration.ZERO);
      }
      for (String part : v.split(",", -1)) {
        String p = part.strip();
        if (p.matches("[1-9][0-9]{0,17}")) {
          articles = Long.parseLong(p);
        } else if (p.matches("[1-9][0-9]{0,8}[smh]")) {
          long n = Long.parseLong(p.substring(0, p.length() - 1));
          interval = switch (p.charAt(p.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
          };
        } else {
          throw new TypeConversionException("'" + value + "' is not a number of articles, a time such as 30s, "
              + "2m or 1h, both (5000,30s), or 'end'");
        }
      }
      return new CommitEvery(articles, interval);
    }
  }
}
