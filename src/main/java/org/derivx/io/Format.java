package org.derivx.io;

import java.util.Locale;

/** The dataset formats we read. */
public enum Format {
  /** The paper's {@code *_results.json}: a JSON array of records. */
  RESULTS_JSON("results-json"),
  /** Our JSON Lines: one derivation object per line. */
  JSONL("jsonl"),
  /** Plain text: one equation per line, blank lines between derivations. */
  TEXT("text");

  private final String cliName;

  Format(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  public static Format fromCliName(String name) {
    for (Format f : values()) {
      if (f.cliName.equals(name.toLowerCase(Locale.ROOT)) || f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "' (use results-json, jsonl or text)");
  }
}
