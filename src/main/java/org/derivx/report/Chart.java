package org.derivx.report;

import java.util.List;
import java.util.Locale;

/**
 * A chart's data, independent of how it is drawn: bars stacked (shares per group) or side by side
 * (signed values per group), or a heat map (rows × columns of counts). {@code values[s][g]} is
 * series s (or row s) at group g (or column g). {@code colours} are "#rrggbb", one per series;
 * empty for a heat map.
 */
public record Chart(
    Kind kind,
    String title,
    String valueLabel,
    List<String> groups,
    List<String> series,
    List<String> colours,
    double[][] values) {
  public enum Kind {
    STACKED,
    GROUPED,
    HEAT_MAP
  }

  /** A file-name-friendly name for the chart. */
  public String slug() {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
