package io.github.lede;

import java.util.List;

/**
 * How an indexing batch went.
 *
 * @param indexed articles written (new or replacing an earlier version)
 * @param updated of those, how many replaced an article already in the index, or written earlier in the
 *     batch (same id)
 * @param failed inputs that could not be indexed
 * @param skipped files passed over on purpose
 * @param durable of those indexed, how many were committed: all of them when the batch ended normally or was
 *     stopped; after a failure ({@link IndexingFailedException}), those up to the batch's last commit (on a
 *     store whose writes are durable once acknowledged, such as an OpenSearch cluster, every one acknowledged)
 * @param stopped true when the batch ended early because its listener asked it to
 *     ({@link IndexListener#stopRequested()})
 * @param failures why each failed input failed
 * @param skips why each file was skipped
 * @param duplicates articles not indexed because they repeat one earlier in the batch exactly (the same id,
 *     headline and text), each naming the one it repeats
 * @param notices what is worth knowing about inputs that were indexed all the same (text read as
 *     windows-1252, a field of the wrong type left out, the same text as another article under another id),
 *     with file and line
 */
public record IndexSummary(
    long indexed,
    long updated,
    long failed,
    long skipped,
    long durable,
    boolean stopped,
    List<ItemFailure> failures,
    List<ItemFailure> skips,
    List<ItemFailure> duplicates,
    List<ItemFailure> notices) {
  public IndexSummary {
    failures = List.copyOf(failures);
    skips = List.copyOf(skips);
    duplicates = List.copyOf(duplicates);
    notices = List.copyOf(notices);
  }

  /** A summary of a batch that ended normally (all it indexed is durable), without duplicates or notices. */
  public IndexSummary(
      long indexed, long updated, long failed, long skipped, List<ItemFailure> failures, List<ItemFailure> skips) {
    this(indexed, updated, failed, skipped, indexed, false, failures, skips, List.of(), List.of());
  }

  /** True when nothing failed. */
  public boolean ok() {
    return failed == 0;
  }
}
