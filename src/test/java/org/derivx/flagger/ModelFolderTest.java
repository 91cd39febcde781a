package org.derivx.flagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken model folders, made from the shipped one: each is refused by {@link ModelFolder} before
 * the engine starts or anything is allocated, with the file and what is wrong. (Issue 17, item 8: a
 * truncated weights file said "null", garbage "Malformed \\uxxxx encoding.", heads=0 or
 * layers=100000 "Head count not initialized.", and dim=16384 allocated 7.5 GB before failing.)
 */
class ModelFolderTest {
  @TempDir Path tmp;

  private Path copy() throws IOException {
    Path dir = Files.createTempDirectory(tmp, "model");
    for (String f : Models.FILES) {
      Files.copy(Models.PROJECT_DIR.resolve(f), dir.resolve(f));
    }
    return dir;
  }

  private Path withConfig(UnaryOperator<String> edit) throws IOException {
    Path dir = copy();
    Path c = dir.resolve(ModelFolder.CONFIG);
    Files.writeString(c, edit.apply(Files.readString(c, StandardCharsets.ISO_8859_1)));
    return dir;
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(Path dir, String file) {
    return assertThatThrownBy(() -> ModelFolder.read(dir))
        .isInstanceOf(FlaggerException.class)
        .hasMessageStartingWith("bad flagger model: " + dir.resolve(file) + ": ");
  }

  @Test
  void theShippedFolderPassesAndItsWeightsAreExactlyTheConfiguredNetwork() throws Exception {
    ModelFolder.Contents c = ModelFolder.read(copy());
    assertThat(c.config()).isEqualTo(new FlaggerBlock.Config(64, 32, 4, 2, 64));
    assertThat(c.temperature()).isEqualTo(0.5);
    assertThat(c.bias()).containsExactly(0f, 0f, 0f, 0f, 0f);
    // 70 arrays, and the file is their numbers plus about 100 bytes of names per array
    assertThat(WeightsFile.expected(c.config())).hasSize(70);
    assertThat(WeightsFile.count(c.config())).isEqualTo(31_789);
    long size = Files.size(Models.PROJECT_DIR.resolve(ModelFolder.WEIGHTS));
    assertThat(size - 4 * 31_789).isBetween(0L, 70L * 200);
  }

  @Test
  void aTruncatedWeightsFileIsNamedAsTruncated() throws Exception {
    Path dir = copy();
    Path w = dir.resolve(ModelFolder.WEIGHTS);
    byte[] all = Files.readAllBytes(w);
    Files.write(w, Arrays.copyOf(all, all.length / 2));
    refused(dir, ModelFolder.WEIGHTS)
        .hasMessageContaining("truncated")
        .hasMessageContaining("31,789 weights")
        .hasMessageContaining("dim=32, heads=4, layers=2, hidden=64");
    // cut in the last array: long enough for the numbers, not for the names around them
    Files.write(w, Arrays.copyOf(all, all.length - 10));
    refused(dir, ModelFolder.WEIGHTS)
        .hasMessageContaining("truncated inside weight 70 of 70 (direct.bias)");
    Files.write(w, new byte[0]);
    refused(dir, ModelFolder.WEIGHTS).hasMessageContaining("truncated");
  }

  @Test
  void garbageWeightsAreNotADjlFile() throws Exception {
    Path dir = copy();
    Path w = dir.resolve(ModelFolder.WEIGHTS);
    byte[] garbage = new byte[(int) Files.size(w)];
    new Random(1).nextBytes(garbage);
    Files.write(w, garbage);
    refused(dir, ModelFolder.WEIGHTS).hasMessageContaining("not a DJL weights file");
  }

  @Test
  void damageInsideTheFileNamesTheWeightItHit() throws Exception {
    Path dir = copy();
    Path w = dir.resolve(ModelFolder.WEIGHTS);
    byte[] all = Files.readAllBytes(w);
    // the array header of the fifth parameter (the relations' weight): a huge length or a
    // nonsense version, which DJL would have tried to allocate or misread
    int at = nth(all, "NDAR".getBytes(StandardCharsets.US_ASCII), 5) + 4;
    Arrays.fill(all, at, at + 40, (byte) 0x7f);
    Files.write(w, all);
    refused(dir, ModelFolder.WEIGHTS)
        .hasMessageContaining("weight 5 of 70 (relations.weight) is damaged");
    // bytes added at the end
    all = Files.readAllBytes(Models.PROJECT_DIR.resolve(ModelFolder.WEIGHTS));
    Files.write(w, Arrays.copyOf(all, all.length + 1000));
    refused(dir, ModelFolder.WEIGHTS).hasMessageContaining("1,000 bytes follow the last weight");
  }

  private static int nth(byte[] hay, byte[] needle, int n) {
    int seen = 0;
    for (int i = 0; i + needle.length <= hay.length; i++) {
      if (Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length) && ++seen == n) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  @Test
  void garbageInTheConfigIsNamedNotAnEngineError() throws Exception {
    refused(withConfig(s -> s + "\\u12\n"), ModelFolder.CONFIG)
        .hasMessageContaining("not a model configuration (a malformed \\u escape)");
    byte[] garbage = new byte[300];
    new Random(2).nextBytes(garbage);
    garbage[7] = 0;
    Path dir = copy();
    Files.write(dir.resolve(ModelFolder.CONFIG), garbage);
    refused(dir, ModelFolder.CONFIG).hasMessageContaining("binary data");
    Files.writeString(dir.resolve(ModelFolder.CONFIG), "hello\n");
    refused(dir, ModelFolder.CONFIG).hasMessageContaining("trained for other inputs");
  }

  @Test
  void sizesOutOfRangeAreRefusedBeforeAnythingIsAllocated() throws Exception {
    refused(withConfig(s -> s.replace("heads=4", "heads=0")), ModelFolder.CONFIG)
        .hasMessageEndingWith("heads=0 is out of range (1 to 64)");
    refused(withConfig(s -> s.replace("layers=2", "layers=100000")), ModelFolder.CONFIG)
        .hasMessageEndingWith("layers=100000 is out of range (1 to 16)");
    // 7.5 GB before: now refused on reading the file
    refused(withConfig(s -> s.replace("dim=32", "dim=16384")), ModelFolder.CONFIG)
        .hasMessageEndingWith("dim=16384 is out of range (4 to 1024)");
    refused(withConfig(s -> s.replace("dim=32", "dim=-32")), ModelFolder.CONFIG)
        .hasMessageEndingWith("dim=-32 is out of range (4 to 1024)");
    refused(withConfig(s -> s.replace("heads=4", "heads=5")), ModelFolder.CONFIG)
        .hasMessageEndingWith("dim=32 is not a multiple of heads=5");
    refused(withConfig(s -> s.replace("hidden=64", "hidden=lots")), ModelFolder.CONFIG)
        .hasMessageEndingWith("hidden=lots is not a whole number");
    refused(withConfig(s -> s.replace("dim=32", "")), ModelFolder.CONFIG)
        .hasMessageEndingWith("no dim= line");
    refused(withConfig(s -> s.replace("temperature=0.5000", "temperature=0")), ModelFolder.CONFIG)
        .hasMessageContaining("temperature=0 is out of range");
    refused(withConfig(s -> s.replace("bias=0.000,", "bias=")), ModelFolder.CONFIG)
        .hasMessageContaining("bias has 4 numbers, not 5");
    refused(withConfig(s -> s.replace("bias=0.000", "bias=NaN")), ModelFolder.CONFIG)
        .hasMessageContaining("bias NaN is out of range");
  }

  @Test
  void sizesInRangeThatDisagreeWithTheWeightsNameBoth() throws Exception {
    refused(withConfig(s -> s.replace("dim=32", "dim=16")), ModelFolder.WEIGHTS)
        .hasMessageEndingWith(
            "weight 1 of 70 (tokens) has shape (64, 32), but 64 tokens in vocabulary.txt and"
                + " dim=16 need (64, 16)");
    refused(withConfig(s -> s.replace("dim=32", "dim=128")), ModelFolder.WEIGHTS)
        .hasMessageContaining("truncated, or made for a smaller model: 134,875 bytes");
    refused(withConfig(s -> s.replace("layers=2", "layers=1")), ModelFolder.WEIGHTS)
        .hasMessageContaining("weight 47 of 50 (output.weight) has shape (32, 32)");
    refused(withConfig(s -> s.replace("hidden=64", "hidden=48")), ModelFolder.WEIGHTS)
        .hasMessageContaining(
            "weight 19 of 70 (reader.hidden.weight) has shape (64, 32), but dim=32, heads=4,"
                + " layers=2, hidden=48 in config.properties need (48, 32)");
    // dim and heads fit, sizes are many: the vocabulary makes it too large
    refused(
            withConfig(s -> s.replace("dim=32", "dim=1024").replace("hidden=64", "hidden=8192")),
            ModelFolder.CONFIG)
        .hasMessageContaining("weights, more than the 50,000,000 allowed");
  }

  @Test
  void theVocabularyMustMatchTheWeightsAndBeAVocabulary() throws Exception {
    Path dir = copy();
    Path v = dir.resolve(ModelFolder.VOCABULARY);
    Files.writeString(v, "extra\n", StandardOpenOption.APPEND);
    refused(dir, ModelFolder.WEIGHTS).hasMessageContaining("65 tokens");
    Files.writeString(
        v, Files.readString(Models.PROJECT_DIR.resolve(ModelFolder.VOCABULARY)) + "{\n");
    refused(dir, ModelFolder.VOCABULARY)
        .hasMessageEndingWith("line 65 repeats the token '{' of line 5");
    Files.write(v, new byte[] {'[', (byte) 0xff, ']'});
    refused(dir, ModelFolder.VOCABULARY).hasMessageEndingWith("not UTF-8 text");
    Files.writeString(v, "a\nb\n");
    refused(dir, ModelFolder.VOCABULARY).hasMessageContaining("reserved tokens");
    Files.delete(v);
    refused(dir, ModelFolder.VOCABULARY).hasMessageEndingWith("missing");
  }

  @Test
  void aMissingFolderOrWeightsFileIsNamed() throws Exception {
    Path none = tmp.resolve("none");
    assertThatThrownBy(() -> ModelFolder.read(none))
        .hasMessage("bad flagger model: " + none + ": no such folder");
    Path dir = copy();
    Files.delete(dir.resolve(ModelFolder.WEIGHTS));
    refused(dir, ModelFolder.WEIGHTS).hasMessageEndingWith("missing");
    Files.delete(dir.resolve(ModelFolder.CONFIG));
    refused(dir, ModelFolder.CONFIG).hasMessageEndingWith("missing");
  }

  @Test
  void theCheckedFileIsTheOneLoadedAndABrokenFolderNeverReachesTheEngine() throws Exception {
    Path dir = copy();
    // DJL alone would load the highest epoch
    Files.write(dir.resolve("flagger-0001.params"), new byte[] {1, 2, 3});
    try (FlaggerModel m = FlaggerModel.load(dir, s -> {})) {
      assertThat(m.vocabulary().size()).isEqualTo(64);
      assertThat(m.bias()).containsExactly(0f, 0f, 0f, 0f, 0f);
    }
    Path bad = withConfig(s -> s.replace("dim=32", "dim=16384"));
    assertThatThrownBy(() -> FlaggerModel.load(bad, s -> {}))
        .hasMessageEndingWith("dim=16384 is out of range (4 to 1024)");
  }

  @Test
  void trainingRefusesTheSameSizes() {
    assertThatThrownBy(
            () ->
                FlaggerModel.create(
                    new Vocabulary(Vocabulary.RESERVED),
                    new FlaggerBlock.Config(4, 16384, 4, 2, 128),
                    s -> {}))
        .isInstanceOf(FlaggerException.class)
        .hasMessage("cannot build this flagger: dim=16384 is out of range (4 to 1024)");
  }
}
