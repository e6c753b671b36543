// The near-duplicate figures of the README's "Related stories and near duplicates": how many groups an index
// holds, a few of them, and how often lede folds a pair against the pair's exact resemblance. Run from the
// checkout after `./lede` has built the CLI jar and an index exists (./lede index ../shared/corpus/bbc
// --index /tmp/bbc):
//
//   java --add-modules jdk.incubator.vector -cp cli/target/lede-cli.jar tools/duplicates/NearDuplicateGroups.java /tmp/bbc
//
// Groups: every article with a body, folded in index order by lede's own rule (duplicates.Folding), as a
// collapsed search folds its matches. Fold rate: candidate pairs are those sharing any single MinHash minimum
// (buckets of over 100 articles skipped), each pair's exact resemblance (Jaccard similarity of its 5-word
// shingle sets) is computed, and the pairs are binned by it: the count lede folds, and the count it would
// fold with other resemblance thresholds (a shared band is needed in every case).
import io.github.lede.duplicates.BodySignature;
import io.github.lede.duplicates.Folding;
import java.nio.file.Path;
import java.util.*;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

public class NearDuplicateGroups {
  private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8};

  public static void main(String[] args) throws Exception {
    List<String> ids = new ArrayList<>();
    List<String> headlines = new ArrayList<>();
    List<long[]> shingles = new ArrayList<>();
    List<List<String>> bands = new ArrayList<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
      StoredFields stored = r.storedFields();
      for (LeafReaderContext leaf : r.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          Document doc = live == null || live.get(d) ? stored.document(leaf.docBase + d) : null;
          if (doc == null || doc.get("id") == null || doc.get("body") == null) {
            continue;
          }
          ids.add(doc.get("id"));
          headlines.add(doc.get("headline"));
          shingles.add(shingles(doc.get("body")));
          bands.add(BodySignature.bands(doc.get("body")));
        }
      }
    }
    groups(ids, headlines, shingles, bands);
    foldRates(shingles, bands);
  }

  private static void groups(List<String> ids, List<String> headlines, List<long[]> shingles,
      List<List<String>> bands) {
    TreeMap<Integer, Integer> sizes = new TreeMap<>();
    List<Folding.Group> groups = new ArrayList<>();
    int articles = 0;
    for (Folding.Group g : Folding.fold(bands, Integer.MAX_VALUE).groups()) {
      if (!g.folded().isEmpty()) {
        groups.add(g);
        articles += 1 + g.folded().size();
        sizes.merge(1 + g.folded().size(), 1, Integer::sum);
      }
    }
    System.out.printf("%d articles; %d groups of two or more, holding %d articles; groups by size %s%n",
        ids.size(), groups.size(), articles, sizes);
    groups.sort(Comparator.comparingInt((Folding.Group g) -> -g.folded().size()));
    Random random = new Random(7);
    List<Folding.Group> shown = new ArrayList<>(groups.subList(0, Math.min(4, groups.size())));
    for (int i = 0; i < 6 && groups.size() > 4; i++) {
      shown.add(groups.get(4 + random.nextInt(groups.size() - 4)));
    }
    for (Folding.Group g : shown) {
      System.out.println("  " + (1 + g.folded().size()) + ": " + ids.get(g.head()) + " \"" + headlines.get(g.head()) + "\"");
      for (int m : g.folded().subList(0, Math.min(4, g.folded().size()))) {
        System.out.printf("     %s \"%s\" (resemblance %.2f)%n", ids.get(m), headlines.get(m),
            jaccard(shingles.get(g.head()), shingles.get(m)));
      }
    }
  }

  private static void foldRates(List<long[]> shingles, List<List<String>> bands) {
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < bands.size(); i++) {
      for (String band : bands.get(i)) {
        int colon = band.indexOf(':');
        for (int row = 0; row < BodySignature.ROWS; row++) {
          int at = colon + 1 + row * 8;
          buckets.computeIfAbsent(band.substring(0, colon) + "/" + band.substring(at, at + 8), k -> new ArrayList<>())
              .add(i);
        }
      }
    }
    Set<Long> seen = new HashSet<>();
    int[] pairs = new int[11];
    int[][] folded = new int[THRESHOLDS.length + 1][11];
    for (List<Integer> bucket : buckets.values()) {
      if (bucket.size() > 100) {
        continue;
      }
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          int x = Math.min(bucket.get(a), bucket.get(b));
          int y = Math.max(bucket.get(a), bucket.get(b));
          if (x == y || !seen.add(((long) x << 32) | y)) {
            continue;
          }
          int bin = (int) Math.floor(jaccard(shingles.get(x), shingles.get(y)) * 10);
          pairs[bin]++;
          if (BodySignature.nearDuplicates(bands.get(x), bands.get(y))) {
            folded[0][bin]++;
          }
          boolean shared = false;
          for (int k = 0; k < Math.min(bands.get(x).size(), bands.get(y).size()); k++) {
            shared |= bands.get(x).get(k).equals(bands.get(y).get(k));
          }
          double estimate = BodySignature.resemblance(bands.get(x), bands.get(y));
          for (int t = 0; t < THRESHOLDS.length; t++) {
            if (shared && estimate >= THRESHOLDS[t]) {
              folded[t + 1][bin]++;
            }
          }
        }
      }
    }
    System.out.println("resemblance | candidate pairs | lede folds | with threshold " + Arrays.toString(THRESHOLDS));
    for (int b = 0; b <= 10; b++) {
      System.out.printf("  %.1f%s | %d | %d |", b / 10.0, b == 10 ? "    " : "-" + (b + 1) / 10.0, pairs[b], folded[0][b]);
      for (int t = 0; t < THRESHOLDS.length; t++) {
        System.out.print(" " + folded[t + 1][b]);
      }
      System.out.println();
    }
  }

  /** The body's 5-word shingles, hashed, sorted: words are runs of letters and digits, lower-cased. */
  static long[] shingles(String text) {
    List<Long> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        words.add(w.toString().hashCode() * 0x9E3779B97F4A7C15L);
        w.setLength(0);
      }
    }
    TreeSet<Long> set = new TreeSet<>();
    int n = Math.min(5, words.size());
    for (int i = 0; i + n <= words.size() && n > 0; i++) {
      long h = 0;
      for (int k = i; k < i + n; k++) {
        h = h * 1000003 + words.get(k);
      }
      set.add(h);
    }
    return set.stream().mapToLong(Long::longValue).toArray();
  }

  /** The exact resemblance of two sorted shingle sets. */
  static double jaccard(long[] a, long[] b) {
    int i = 0, j = 0, same = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        same++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - same;
    return union == 0 ? 1 : same / (double) union;
  }
}
