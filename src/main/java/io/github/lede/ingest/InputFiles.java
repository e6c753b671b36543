package io.github.lede.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists what a batch will read, before reading any of it: the files below each folder (recursively, in name
 * order, hidden ones passed over), following symbolic links to files and folders. Whatever cannot be read is
 * listed too, with the reason, in its place among the files: a loop of links, a named pipe, a device, a
 * broken link, a folder that cannot be opened, the same file reached a second time (through a link, or a
 * folder named twice). Listing never throws: one bad entry never costs the others. Memory: an entry and a
 * file key per file listed.
 */
final class InputFiles {
  /** One thing to read, or to report. */
  sealed interface Entry permits File, Skip, Failure {
    Path path();
  }

  /**
   * A regular file to read.
   *
   * @param id the article id the file gives a one-article format when it names none itself: the indexed
   *     folder's name and the path below it ({@code news/2024/a.txt})
   * @param size its size on disk
   */
  record File(Path path, String id, long size) implements Entry {}

  /** Passed over on purpose, with the reason. */
  record Skip(Path path, String reason) implements Entry {}

  /** Meant to be read, but could not be. */
  record Failure(Path path, String reason) implements Entry {}

  private InputFiles() {}

  /** The entries of every path, each folder's in name order, the paths in the order given. */
  static List<Entry> list(Collection<Path> paths) {
    Map<Object, Path> seen = new HashMap<>();
    List<Entry> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        out.addAll(walk(p, seen));
      } else {
        out.add(single(p, seen));
      }
    }
    return out;
  }

  /** A path given by itself: a file (through any links), or something to report. */
  private static Entry single(Path p, Map<Object, Path> seen) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException e) {
      if (Files.isSymbolicLink(p)) {
        return new Failure(p, brokenLink(p));
      }
      return new Failure(p, Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? reason(e) : "no such file or directory");
    }
    if (!attrs.isRegularFile()) {
      return new Skip(p, notRegular(p));
    }
    Path before = seen.putIfAbsent(key(p, attrs), p);
    if (before != null) {
      return new Skip(p, "the same file as " + before + ", read already");
    }
    Path parent = p.toAbsolutePath().normalize().getParent();
    return new File(p, idOf(parent == null ? null : parent.getFileName(), p.getFileName().toString()),
        attrs.size());
  }

  /**
   * Walks a folder. Paths without a symbolic link in them come first, then those through one link, then two:
   * so when a file is reached both directly and through a link, its own path is the one read (and names its
   * article), whatever the names. The order of reading is the path's name order all the same (sorted at the
   * end). Iterative: a deep tree costs no stack.
   */
  private static List<Entry> walk(Path root, Map<Object, Path> seen) {
    List<Entry> out = new ArrayList<>();
    Path rootName = root.toAbsolutePath().normalize().getFileName();
    Deque<Path> folders = new ArrayDeque<>();
    Deque<Path> links = new ArrayDeque<>();
    try {
      enterFolder(root, Files.readAttributes(root, BasicFileAttributes.class), false, seen, out, folders);
    } catch (IOException e) {
      out.add(new Failure(root, reason(e)));
    }
    while (!folders.isEmpty() || !links.isEmpty()) {
      if (folders.isEmpty()) {
        Path link = links.poll();
        visit(root, rootName, link, true, seen, out, folders);
        continue;
      }
      Path folder = folders.pop();
      try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
        for (Path child : children) {
          if (isHidden(child)) {
            continue;
          }
          if (Files.isSymbolicLink(child)) {
            links.add(child);
          } else {
            visit(root, rootName, child, false, seen, out, folders);
          }
        }
      } catch (IOException e) {
        out.add(new Failure(folder, reason(e)));
      } catch (DirectoryIteratorException e) {
        out.add(new Failure(folder, "cannot list the folder to the end: " + reason(e.getCause())));
      }
    }
    out.sort(Comparator.comparing(e -> e.path().toString()));
    return out;
  }

  /** One path below the root: a file to read, a folder to walk, or something to report. */
  private static void visit(Path root, Path rootName, Path p, boolean link, Map<Object, Path> seen,
      List<Entry> out, Deque<Path> folders) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException e) {
      out.add(link && !Files.exists(p) ? new Skip(p, brokenLink(p)) : new Failure(p, reason(e)));
      return;
    }
    if (attrs.isDirectory()) {
      enterFolder(p, attrs, link, seen, out, folders);
    } else if (!attrs.isRegularFile()) {
      out.add(new Skip(p, notRegular(p)));
    } else {
      Path before = seen.putIfAbsent(key(p, attrs), p);
      if (before != null) {
        out.add(new Skip(p, "the same file as " + before + ", read already"));
      } else {
        out.add(new File(p, idOf(rootName, relative(root, p)), attrs.size()));
      }
    }
  }

  private static void enterFolder(Path d, BasicFileAttributes attrs, boolean link, Map<Object, Path> seen,
      List<Entry> out, Deque<Path> folders) {
    Path before = seen.putIfAbsent(key(d, attrs), d);
    if (before == null) {
      folders.push(d);
    } else if (link && leadsUp(d)) {
      out.add(new Skip(d, "a symbolic link loop: it leads back to a folder above it"));
    } else {
      out.add(new Skip(d, "the same folder as " + before + ", read already"));
    }
  }

  /** True for a link to a folder that holds the link: following it would never end. */
  private static boolean leadsUp(Path link) {
    try {
      return link.getParent().toRealPath().startsWith(link.toRealPath());
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * What identifies a file or folder however it is reached: the file system's key (device and inode), else
   * the real path.
   */
  private static Object key(Path p, BasicFileAttributes attrs) {
    if (attrs.fileKey() != null) {
      return attrs.fileKey();
    }
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private static String relative(Path root, Path f) {
    StringBuilder sb = new StringBuilder();
    for (Path part : root.relativize(f)) {
      if (!sb.isEmpty()) {
        sb.append('/');
      }
      sb.append(part);
    }
    return sb.toString();
  }

  private static String idOf(Path folderName, String below) {
    return folderName == null ? below : folderName + "/" + below;
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String brokenLink(Path link) {
    try {
      return "a broken symbolic link (to " + Files.readSymbolicLink(link) + ", which does not exist)";
    } catch (IOException | UnsupportedOperationException e) {
      return "a broken symbolic link";
    }
  }

  /** Why a path that exists is not a file to read, naming what it is where the system says. */
  private static String notRegular(Path p) {
    String what = "not a regular file";
    try {
      int type = (Integer) Files.getAttribute(p, "unix:mode") & 0170000;
      what = switch (type) {
        case 0010000 -> "a named pipe (FIFO), not a regular file";
        case 0020000, 0060000 -> "a device, not a regular file";
        case 0140000 -> "a socket, not a regular file";
        default -> what;
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      // no unix view here: the plain reason stands
    }
    return what + (Files.isSymbolicLink(p) ? " (through a symbolic link)" : "") + "; lede reads files only";
  }

  /** An I/O failure as a reason: the common ones in words, the rest as the system says. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "gone: it no longer exists (deleted or moved while the batch ran?)";
    }
    String m = e.getMessage();
    return "cannot read: " + (m == null ? e.getClass().getSimpleName() : m);
  }
}
