package org.derivx.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import org.derivx.derivation.Derivation;

/**
 * {@code --variant GLOB}: selects derivations by variant name with a shell glob (also the Spark
 * job's {@code --variant}, so both select the same derivations).
 */
public final class VariantFilter {
  private final PathMatcher glob;

  /** {@code pattern} null accepts every derivation. */
  public VariantFilter(String pattern) {
    this.glob = pattern == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + pattern);
  }

  public boolean accepts(Derivation d) {
    return glob == null || glob.matches(Path.of(d.name().replace('/', '_')));
  }
}
