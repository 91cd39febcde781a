package org.derivx.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The paper's text-similarity scores of a generation against its reference, with the conventions of
 * the scripts that produced the stored values (Hugging Face {@code evaluate}):
 *
 * <ul>
 *   <li>ROUGE-2: F-measure of bigram overlap, {@code rouge_score}'s tokeniser (lower case, every
 *       run of characters other than {@code a-z0-9} a separator, no stemming). LaTeX commands thus
 *       lose their backslash and braces vanish: {@code \frac{d}{d a}} reads "frac d d a".
 *   <li>BLEU: corpus BLEU of the one pair, n-grams 1–4, uniform weights, no smoothing, brevity
 *       penalty {@code exp(1 − r/c)}; sacreBLEU's {@code 13a} tokeniser.
 *   <li>Google-BLEU: min(precision, recall) over all 1–4-grams pooled; {@code 13a} tokeniser.
 * </ul>
 *
 * All 100 {@code static_*} values of the paper's {@code chatgpt_results.json} are reproduced to
 * 1e-9 (a test holds this); the perturbed ones there are differences static − perturbed.
 */
public final class TextMetrics {
  private TextMetrics() {}

  /** The three scores of one pair. */
  public record Scores(double rouge2, double bleu, double gleu) {}

  public static Scores all(String reference, String generation) {
    return new Scores(
        rouge2(reference, generation), bleu(reference, generation), gleu(reference, generation));
  }

  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  /** {@code rouge_score}'s default tokeniser. */
  static List<String> rougeTokens(String text) {
    List<String> out = new ArrayList<>();
    for (String t : NON_ALNUM.split(text.toLowerCase(Locale.ROOT))) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static final Pattern PUNCT = Pattern.compile("([\\{-~\\[-` -&(-+:-@/])");
  private static final Pattern PERIOD_COMMA_A = Pattern.compile("([^0-9])([.,])");
  private static final Pattern PERIOD_COMMA_B = Pattern.compile("([.,])([^0-9])");
  private static final Pattern DASH = Pattern.compile("([0-9])(-)");

  /** sacreBLEU's {@code 13a} tokeniser (mteval-v13a), as {@code evaluate}'s bleu uses it. */
  static List<String> tokens13a(String text) {
    String line = text.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
    if (line.indexOf('&') >= 0) {
      line =
          line.replace("&quot;", "\"")
              .replace("&amp;", "&")
              .replace("&lt;", "<")
              .replace("&gt;", ">");
    }
    line = " " + line + " ";
    line = PUNCT.matcher(line).replaceAll(" $1 ");
    line = PERIOD_COMMA_A.matcher(line).replaceAll("$1 $2 ");
    line = PERIOD_COMMA_B.matcher(line).replaceAll(" $1 $2");
    line = DASH.matcher(line).replaceAll("$1 $2 ");
    List<String> out = new ArrayList<>();
    for (String t : line.trim().split("\\s+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  public static double rouge2(String reference, String generation) {
    Map<List<String>, Integer> r = ngrams(rougeTokens(reference), 2);
    Map<List<String>, Integer> g = ngrams(rougeTokens(generation), 2);
    int overlap = overlap(r, g);
    int total = total(g);
    int wanted = total(r);
    if (total == 0 || wanted == 0 || overlap == 0) {
      return 0;
    }
    double p = (double) overlap / total;
    double rc = (double) overlap / wanted;
    return 2 * p * rc / (p + rc);
  }

  public static double bleu(String reference, String generation) {
    List<String> r = tokens13a(reference);
    List<String> g = tokens13a(generation);
    double logSum = 0;
    for (int n = 1; n <= 4; n++) {
      int matches = overlap(ngrams(r, n), ngrams(g, n));
      int possible = Math.max(0, g.size() - n + 1);
      if (matches == 0) {
        return 0;
      }
      logSum += Math.log((double) matches / possible);
    }
    double ratio = (double) g.size() / r.size();
    double brevity = ratio > 1 ? 1 : Math.exp(1 - 1 / ratio);
    return brevity * Math.exp(logSum / 4);
  }

  public static double gleu(String reference, String generation) {
    List<String> r = tokens13a(reference);
    List<String> g = tokens13a(generation);
    int matches = 0;
    int inGeneration = 0;
    int inReference = 0;
    for (int n = 1; n <= 4; n++) {
      Map<List<String>, Integer> rn = ngrams(r, n);
      Map<List<String>, Integer> gn = ngrams(g, n);
      matches += overlap(rn, gn);
      inGeneration += total(gn);
      inReference += total(rn);
    }
    if (inGeneration == 0 || inReference == 0) {
      return 0;
    }
    return Math.min((double) matches / inGeneration, (double) matches / inReference);
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  /** Clipped overlap: per n-gram the smaller count. */
  private static int overlap(Map<List<String>, Integer> a, Map<List<String>, Integer> b) {
    int sum = 0;
    for (Map.Entry<List<String>, Integer> e : a.entrySet()) {
      Integer c = b.get(e.getKey());
      if (c != null) {
        sum += Math.min(c, e.getValue());
      }
    }
    return sum;
  }

  private static int total(Map<List<String>, Integer> counts) {
    int sum = 0;
    for (int c : counts.values()) {
      sum += c;
    }
    return sum;
  }
}
