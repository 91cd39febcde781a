package org.derivx.inject;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derivx.annotate.Fingerprints;
import org.derivx.derivation.DerivationRecord;

/**
 * Which records of a dataset the flagger may learn from and which are kept for evaluation, by
 * record, so a prompt (and its perturbations) is never in both. Held out: every record of the
 * paper's data that has a derivation in the project's real-output golden set (identified by
 * content, {@link Fingerprints#record}), and every record whose position in its file is a multiple
 * of 5 ({@code file#0}, {@code file#5}, …; a record whose id carries no position counts by its
 * fingerprint's first eight hex digits instead). Fixed, so training data, calibration and
 * evaluation agree.
 */
public final class RecordSplit {
  /** Which records a command takes. */
  public enum Part {
    TRAIN,
    HELD_OUT,
    ALL;

    public boolean accepts(DerivationRecord r) {
      return this == ALL || heldOut(r) == (this == HELD_OUT);
    }

    /** {@code train}, {@code held-out}, {@code all} (any case). */
    public static Part parse(String s) {
      return switch (s.toLowerCase(Locale.ROOT)) {
        case "train" -> TRAIN;
        case "held-out", "heldout" -> HELD_OUT;
        case "all" -> ALL;
        default ->
            throw new IllegalArgumentException(
                "unknown split '" + s + "' (expected train, held-out or all)");
      };
    }
  }

  /**
   * The fingerprints of the 59 records of {@code chatgpt_results.json} with a derivation in {@code
   * src/test/resources/golden/real-derivations.tsv} (a test holds the two together).
   */
  static final Set<String> GOLDEN =
      Set.of(
          "0175f296d928908f",
          "0257f2932e77ebee",
          "14687ec75fefd57a",
          "17e87462c3f7558e",
          "1817fe771e65d82d",
          "1cfd138421ce9d46",
          "1e178dccd87256d1",
          "204ee27aa27e047d",
          "2644b520ec4c7730",
          "27bba7077f5d1c46",
          "3663c76211e88328",
          "36c9c56f2ffa41be",
          "41ef79cdd659d0c5",
          "46d8076e97129fa4",
          "4a6a55bb0ad3783a",
          "4b8e582330837f35",
          "4ba23767a90c749b",
          "54927faf70dacea9",
          "59e3f14628578ca5",
          "5d231155f4009996",
          "625a160219015ab4",
          "6295663289fede8a",
          "66041020ae9c827f",
          "6894a78b8cb7f740",
          "75ebd134b6c9b993",
          "75ff1d0597d6df50",
          "7dcc2f3579087c72",
          "7e8ee0d11eb61bab",
          "80c30cdb4d5c0d80",
          "8120cc45efada6ab",
          "82f4c44c5110a4e3",
          "850115e531b1fe8c",
          "86c53050ff44b24f",
          "91ada61116b2f6a6",
          "94ede1c28ec40972",
          "9571954a9d761f06",
          "959594161f30b1e3",
          "9822c9c8eb7b520f",
          "a0bfcc6f79ccef7a",
          "a59249250d9dfa7c",
          "b114686e60c04d40",
          "b3ee44181f368b18",
          "b472aabd267b52b3",
          "b4a7b74aee8a66f0",
          "bb1acd99d06f856f",
          "be48500f12162f52",
          "c0b2ae51d361caae",
          "c7a349f0c19edd62",
          "ce69fdaed0917131",
          "cf9fcbec3786204e",
          "d80905fa3518b63f",
          "e1898df51026563a",
          "e89ae6f989c7cb68",
          "e9f2786723a8a41f",
          "ec59506a8a93524c",
          "f3fe0104ed86400d",
          "f6ff639831f42501",
          "fa9511866c7b5218",
          "ff6182d6a13e141b");

  private static final Pattern POSITION = Pattern.compile("#(\\d{1,9})$");

  private RecordSplit() {}

  /** True when {@code r} is kept for evaluation. */
  public static boolean heldOut(DerivationRecord r) {
    String fingerprint = Fingerprints.record(r);
    if (GOLDEN.contains(fingerprint)) {
      return true;
    }
    Matcher m = POSITION.matcher(r.id());
    long position =
        m.find() ? Long.parseLong(m.group(1)) : Long.parseLong(fingerprint.substring(0, 8), 16);
    return position % 5 == 0;
  }
}
