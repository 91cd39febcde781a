package org.derivx.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a golden table from test resources: tab-separated columns, '#' comment lines. */
public final class Golden {
  private Golden() {}

  public static List<String[]> table(String resource) {
    try (InputStream in = Golden.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        rows.add(Arrays.copyOf(cols, Math.max(cols.length, 3)));
      }
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
