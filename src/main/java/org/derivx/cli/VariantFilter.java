package org.derivx.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import org.derivx.derivation.Derivation;

/** {@code --variant GLOB}: selects derivations by variant name with a shell glob. */
final class VariantFilter {
  private final PathMatcher glob;

  VariantFilter(String pattern) {
    this.glob = pattern == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + pattern);
  }

  boolean accepts(Derivation d) {
    return glob == null || glob.matches(Path.of(d.name().replace('/', '_')));
  }
}
