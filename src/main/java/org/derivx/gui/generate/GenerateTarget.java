package org.derivx.gui.generate;

import java.nio.file.Path;
import org.derivx.derivation.Derivation;
import org.derivx.gui.session.Item;

/**
 * Where the Generate panel's results go, given by the window: the open dataset (a finished
 * generation joins it as a new item) and the JSONL beside it; and the flagger, when one is loaded.
 */
public interface GenerateTarget {
  /** Nothing joins, nothing is saved, nothing is flagged (the panel on its own, tests). */
  GenerateTarget NONE =
      new GenerateTarget() {
        @Override
        public Path jsonl() {
          return null;
        }

        @Override
        public void add(Item item) {}

        @Override
        public float[][] flag(Derivation d) {
          return null;
        }
      };

  /** The JSONL results are appended to (beside the open dataset), or null: not saved. */
  Path jsonl();

  /** Adds a checked generation to the open dataset (FX thread). */
  void add(Item item);

  /** The flagger's probabilities for each step, or null without a flagger (any thread). */
  float[][] flag(Derivation d);
}
