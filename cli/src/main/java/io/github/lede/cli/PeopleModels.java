package io.github.lede.cli;

import io.github.lede.LedeException;
import io.github.lede.extract.people.tagger.TaggerModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a people model file for the commands that take {@code --model}, with a one-line error. */
final class PeopleModels {
  private PeopleModels() {}

  static TaggerModel read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return TaggerModel.read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new LedeException(file + ": no such model file");
    } catch (IOException e) {
      throw new LedeException(e.getMessage());
    }
  }
}
