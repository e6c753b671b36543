package io.github.lede;

import java.util.List;

/**
 * How an indexing batch went.
 *
 * @param indexed articles written (new or replacing an earlier version)
 * @param updated of those, how many replaced an article already in the index (same id)
 * @param failed inputs that could not be indexed
 * @param skipped files passed over on purpose
 * @param durable of those indexed, how many were committed: all of them when the batch ended normally or was
 *     stopped; after a failure ({@link IndexingFailedException}), those up to the batch's last commit
 * @param stopped true when the batch ended early because its listener asked it to
 *     ({@link IndexListener#stopRequested()})
 * @param failures why each failed input failed
 * @param skips why each file was skipped
 */
public record IndexSummary(
    long indexed,
    long updated,
    long failed,
    long skipped,
    long durable,
    boolean stopped,
    List<ItemFailure> failures,
    List<ItemFailure> skips) {
  public IndexSummary {
    failures = List.copyOf(failures);
    skips = List.copyOf(skips);
  }

  /** True when nothing failed. */
  public boolean ok() {
    return failed == 0;
  }
}
