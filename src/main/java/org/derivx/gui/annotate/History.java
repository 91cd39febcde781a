package org.derivx.gui.annotate;

import java.util.ArrayDeque;
import java.util.Deque;
import org.derivx.derivation.StepCategory;
import org.derivx.gui.session.Item;

/** Label changes that can be undone and redone, newest first. */
final class History {
  /** One label change: before and after (null: no label). */
  record Change(
      Item item, int step, boolean adjudication, StepCategory before, StepCategory after) {
    Change inverse() {
      return new Change(item, step, adjudication, after, before);
    }
  }

  private final Deque<Change> undo = new ArrayDeque<>();
  private final Deque<Change> redo = new ArrayDeque<>();

  /** A new change: undoable; what was undone before can no longer be redone. */
  void done(Change c) {
    undo.push(c);
    redo.clear();
  }

  /** The change that takes back the newest one (it becomes redoable), or null. */
  Change undo() {
    Change c = undo.poll();
    if (c == null) {
      return null;
    }
    redo.push(c);
    return c.inverse();
  }

  /** The newest undone change, to make again, or null. */
  Change redo() {
    Change c = redo.poll();
    if (c != null) {
      undo.push(c);
    }
    return c;
  }

  void clear() {
    undo.clear();
    redo.clear();
  }
}
