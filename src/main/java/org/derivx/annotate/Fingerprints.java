package org.derivx.annotate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;

/**
 * Content hashes that identify records and datasets whatever their order in the file. A record is
 * its prompt and its reference derivations (what the task is), or, lacking both, all its variants'
 * steps; a dataset is the sorted set of its records; a variant's content is its steps.
 */
public final class Fingerprints {
  private Fingerprints() {}

  public static String record(DerivationRecord r) {
    StringBuilder b = new StringBuilder();
    Prompt p = r.prompt();
    if (p != null) {
      b.append("prompt\n").append(p.text() == null ? "" : p.text()).append('\n');
      p.premises().forEach(e -> b.append(e.raw()).append('\n'));
      if (p.goal() != null) {
        b.append(p.goal().raw()).append('\n');
      }
    }
    boolean references = r.variants().stream().anyMatch(Derivation::isReference);
    for (Derivation d : r.variants()) {
      if (d.isReference() || !references && p == null) {
        b.append(d.name()).append('\n');
        d.steps().forEach(e -> b.append(e.raw()).append('\n'));
      }
    }
    return hash(b.toString()).substring(0, 16);
  }

  public static String content(Derivation d) {
    StringBuilder b = new StringBuilder();
    for (Equation e : d.steps()) {
      b.append(e.raw()).append('\n');
    }
    return hash(b.toString()).substring(0, 16);
  }

  /** The dataset: its records' fingerprints, sorted, hashed; reordering the file keeps it. */
  public static String dataset(Dataset d) {
    return dataset(d.records());
  }

  public static String dataset(Collection<DerivationRecord> records) {
    List<String> all = new ArrayList<>();
    records.forEach(r -> all.add(record(r)));
    return datasetOf(all);
  }

  /** The dataset from its records' fingerprints ({@link #record}), made earlier, in any order. */
  public static String datasetOf(Collection<String> recordFingerprints) {
    List<String> all = new ArrayList<>(recordFingerprints);
    all.sort(null);
    return hash(String.join("\n", all));
  }

  private static String hash(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
