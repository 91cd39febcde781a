package org.derivx.gui.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The loaded items, least recently used first: beyond {@link #limit} the oldest are unloaded (not
 * the selected one, not an edited one), so memory holds a bounded number of derivations whatever
 * the size of the file. FX thread only.
 */
final class ItemPool {
  private final int limit;
  private final Predicate<Item> pinned;
  private final LinkedHashMap<Item, Boolean> loaded = new LinkedHashMap<>(64, 0.75f, true);
  private final List<Consumer<Item>> onLoad = new ArrayList<>();
  private long loads;

  ItemPool(int limit, Predicate<Item> pinned) {
    this.limit = Math.max(1, limit);
    this.pinned = pinned;
  }

  int limit() {
    return limit;
  }

  void touch(Item i) {
    loaded.get(i);
  }

  /** An item that is loaded (it was read with its file): counted, the oldest unloaded. */
  void admit(Item i) {
    loaded.put(i, Boolean.TRUE);
    trim();
  }

  /** {@code i} was just read again: admitted, then every hook runs on it. */
  void loaded(Item i) {
    loads++;
    admit(i);
    for (Consumer<Item> c : List.copyOf(onLoad)) {
      c.accept(i);
    }
  }

  void onLoad(Consumer<Item> c) {
    onLoad.add(c);
  }

  int size() {
    return loaded.size();
  }

  /** How many times an item was read again since the pool was made. */
  long loads() {
    return loads;
  }

  void clear() {
    loaded.clear();
  }

  private void trim() {
    if (loaded.size() <= limit) {
      return;
    }
    // victims are chosen first and unloaded after: an unloaded item's listeners may load again
    List<Item> victims = new ArrayList<>();
    int excess = loaded.size() - limit;
    for (Item i : loaded.keySet()) {
      if (victims.size() >= excess) {
        break;
      }
      if (!pinned.test(i) && !i.isEdited()) {
        victims.add(i);
      }
    }
    for (Item v : victims) {
      if (v.unload()) {
        loaded.remove(v);
      }
    }
  }
}
