package org.derivx.gui.session;

import org.derivx.derivation.DerivationRecord;

/**
 * Reads an item's record again (from its offset in the file): items that are not loaded hold this
 * instead of their equations. Called on the FX thread for one item at a time and on worker threads
 * for background checks, so it must be safe to call from any thread.
 */
@FunctionalInterface
public interface RecordSource {
  DerivationRecord read() throws Exception;
}
