package io.github.lede;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A disk of a set size around a real Lucene directory: writes past it fail as the JDK's do on a full disk
 * ({@code java.io.IOException: No space left on device}), and deleting files frees their space. Records what
 * Lucene was doing when the disk filled (writing new articles, a commit, a merge), read from the stack of the
 * thread that hit it.
 */
final class QuotaDirectory extends FilterDirectory {
  private final AtomicLong used = new AtomicLong();
  private volatile long capacity = Long.MAX_VALUE;
  private volatile String firstFailure;

  QuotaDirectory(Directory in) throws IOException {
    super(in);
    for (String f : in.listAll()) {
      used.addAndGet(in.fileLength(f));
    }
  }

  /** Bytes the files take now. */
  long used() {
    return used.get();
  }

  /** Leaves this many bytes free from now on. */
  void leaveFree(long bytes) {
    capacity = used.get() + bytes;
    firstFailure = null;
  }

  void unlimited() {
    capacity = Long.MAX_VALUE;
  }

  /** What Lucene was doing when the disk first filled since {@link #leaveFree}: writing, committing or merging. */
  String firstFailure() {
    return firstFailure;
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    return new Metered(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
    return new Metered(in.createTempOutput(prefix, suffix, context));
  }

  @Override
  public void deleteFile(String name) throws IOException {
    long length = in.fileLength(name);
    in.deleteFile(name);
    used.addAndGet(-length);
  }

  /**
   * Does not wait for the device: this disk models space, not power loss (the CLI's crash suite kills real
   * processes on a real disk), and a test that commits every few articles would spend its time in fsync.
   */
  @Override
  public void sync(Collection<String> names) {}

  @Override
  public void syncMetaData() {}

  private void take(long bytes) throws IOException {
    if (used.addAndGet(bytes) > capacity) {
      used.addAndGet(-bytes);
      if (firstFailure == null) {
        firstFailure = doing();
      }
      throw new IOException("No space left on device");
    }
  }

  private static String doing() {
    if (Thread.currentThread().getName().contains("Merge")) {
      return "in a merge";
    }
    for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
      String m = e.getMethodName();
      if (e.getClassName().endsWith("IndexWriter") && (m.equals("commit") || m.contains("Commit"))) {
        return "in a commit";
      }
      if (e.getClassName().endsWith("IndexWriter") && m.equals("merge")) {
        return "in a merge";
      }
    }
    return "while writing articles";
  }

  /** An output that takes its bytes from the disk's space before writing them. */
  private final class Metered extends IndexOutput {
    private final IndexOutput out;

    Metered(IndexOutput out) {
      super("metered(" + out + ")", out.getName());
      this.out = out;
    }

    @Override
    public void writeByte(byte b) throws IOException {
      take(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      take(length);
      out.writeBytes(b, offset, length);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }
  }
}
