package io.github.lede.extract.people.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sequence-tagging machinery on a toy language where a name is a run of words starting with 'N':
 * BILOU constraints, exact decoding, learning, and the model file.
 */
class TaggerTest {
  @Test
  void bilouLetsOnlyWellFormedSequencesThrough() {
    assertTrue(Bilou.allowed(Bilou.O, Bilou.B));
    assertTrue(Bilou.allowed(Bilou.B, Bilou.L));
    assertTrue(Bilou.allowed(Bilou.U, Bilou.U));
    assertFalse(Bilou.allowed(Bilou.O, Bilou.I));
    assertFalse(Bilou.allowed(Bilou.B, Bilou.O));
    assertFalse(Bilou.canEnd(Bilou.B));
    assertArrayEquals(new int[] {Bilou.O, Bilou.B, Bilou.I, Bilou.L, Bilou.U},
        Bilou.encode(5, new int[] {1, 4, 4, 5}));
  }

  @Test
  void viterbiNeverOpensANameItCannotClose() {
    // Position 0 wants B and position 1 wants O: B then O is not allowed, so the best legal path wins.
    double[] emission = new double[2 * Bilou.COUNT];
    emission[Bilou.B] = 5;
    emission[Bilou.COUNT + Bilou.O] = 5;
    emission[Bilou.U] = 1;
    int[] out = new int[2];
    new Viterbi().decode(emission, 2, new double[(Bilou.COUNT + 1) * Bilou.COUNT], out);
    assertArrayEquals(new int[] {Bilou.U, Bilou.O}, out);
  }

  @Test
  void thePerceptronLearnsNamesAndTheModelFileKeepsWhatItLearned() throws IOException {
    Random random = new Random(3);
    List<FeatureRows.Frozen> xs = new ArrayList<>();
    List<int[]> ys = new ArrayList<>();
    for (int s = 0; s < 300; s++) {
      List<String> words = sentence(random);
      xs.add(rows(words).freeze(0, words.size()));
      ys.add(tags(words));
    }
    AveragedPerceptron p = new AveragedPerceptron(16);
    for (int epoch = 0; epoch < 5; epoch++) {
      for (int i = 0; i < xs.size(); i++) {
        p.learn(xs.get(i), ys.get(i));
      }
    }
    LinearTagger tagger = p.average();
    List<String> unseen = List.of("the", "Nora", "Nilsen", "met", "Nadia", "today");
    int[] out = new int[unseen.size()];
    new LinearTagger.Decoder().tag(tagger, rows(unseen), 0, unseen.size(), out);
    assertArrayEquals(tags(unseen), out);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new TaggerModel(Map.of("trained on", "toy"), List.of(tagger)).write(bytes);
    TaggerModel back = TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray()), "toy.bin");
    assertEquals("toy", back.facts().get("trained on"));
    int[] again = new int[unseen.size()];
    new LinearTagger.Decoder().tag(back.passes().get(0), rows(unseen), 0, unseen.size(), again);
    assertArrayEquals(out, again);
    assertEquals(tagger.usedBuckets(), back.passes().get(0).usedBuckets());
  }

  @Test
  void aFileThatIsNoModelIsRefusedByName() {
    IOException e = assertThrows(IOException.class,
        () -> TaggerModel.read(new ByteArrayInputStream("not a model".getBytes()), "notes.txt"));
    assertTrue(e.getMessage().startsWith("notes.txt: "), e.getMessage());
  }

  /** Words; names are words that start with 'N', in runs of one to three. */
  private static List<String> sentence(Random random) {
    String[] plain = {"the", "met", "said", "today", "and", "a", "report", "on"};
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      if (random.nextInt(3) == 0) {
        for (int n = random.nextInt(3); n >= 0; n--) {
          words.add("N" + (char) ('a' + random.nextInt(26)) + "x" + random.nextInt(50));
        }
        words.add(plain[random.nextInt(plain.length)]);
      } else {
        words.add(plain[random.nextInt(plain.length)]);
      }
    }
    return words;
  }

  private static int[] tags(List<String> words) {
    List<Integer> spans = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      if (words.get(i).startsWith("N")) {
        int j = i;
        while (j < words.size() && words.get(j).startsWith("N")) {
          j++;
        }
        spans.add(i);
        spans.add(j);
        i = j;
      } else {
        i++;
      }
    }
    return Bilou.encode(words.size(), spans.stream().mapToInt(Integer::intValue).toArray());
  }

  private static FeatureRows rows(List<String> words) {
    FeatureRows rows = new FeatureRows();
    for (int i = 0; i < words.size(); i++) {
      rows.startRow();
      String w = words.get(i);
      rows.add(FeatureHash.of(1, w.hashCode()));
      rows.add(FeatureHash.of(2, w.charAt(0)));
      rows.add(FeatureHash.of(3, i > 0 ? words.get(i - 1).charAt(0) : '^'));
      rows.add(FeatureHash.of(4, i + 1 < words.size() ? words.get(i + 1).charAt(0) : '$'));
    }
    return rows;
  }
}
