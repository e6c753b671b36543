package io.github.lede.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds near duplicates in a ranked list into the best-ranked of them, as a collapsed search shows them. Each
 * item is compared with the heads before it that share one of its bands (a map lookup per band), never with
 * every earlier item, and joins the first that is a near duplicate of it ({@link BodySignature#nearDuplicates});
 * otherwise it is a head itself. Comparing with heads only keeps a chain of small edits (a like b, b like c,
 * a unlike c) from folding unlike texts together.
 */
public final class Folding {
  private Folding() {}

  /**
   * A head and the items folded into it.
   *
   * @param head the head's index in the ranked list
   * @param folded the indexes of its near duplicates, in rank order
   */
  public record Group(int head, List<Integer> folded) {}

  /**
   * The groups of a ranked list, in the order of their heads, until {@code maxGroups} heads are found.
   *
   * @param bands each item's bands ({@link BodySignature#bands}), best-ranked first; an item without bands
   *     is always a head
   * @return the groups and how many items of the list they used ({@link Result#scanned})
   */
  public static Result fold(List<List<String>> bands, int maxGroups) {
    List<Group> groups = new ArrayList<>();
    List<List<Integer>> members = new ArrayList<>();
    Map<String, List<Integer>> headsByBand = new HashMap<>();
    int i = 0;
    for (; i < bands.size(); i++) {
      List<String> mine = bands.get(i);
      int into = -1;
      for (String band : mine) {
        for (int g : headsByBand.getOrDefault(band, List.of())) {
          if (into < 0 || g < into) {
            if (BodySignature.nearDuplicates(bands.get(groups.get(g).head()), mine)) {
              into = g;
            }
          }
        }
      }
      if (into >= 0) {
        members.get(into).add(i);
        continue;
      }
      if (groups.size() == maxGroups) {
        break;
      }
      int g = groups.size();
      List<Integer> folded = new ArrayList<>();
      groups.add(new Group(i, folded));
      members.add(folded);
      for (String band : mine) {
        headsByBand.computeIfAbsent(band, k -> new ArrayList<>(1)).add(g);
      }
    }
    List<Group> out = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      out.add(new Group(groups.get(g).head(), List.copyOf(members.get(g))));
    }
    return new Result(out, i);
  }

  /**
   * @param groups the groups, best head first
   * @param scanned how many items of the list were read: the groups' items are all among them, and the item
   *     at {@code scanned} (if any) would have been the next head
   */
  public record Result(List<Group> groups, int scanned) {}
}
