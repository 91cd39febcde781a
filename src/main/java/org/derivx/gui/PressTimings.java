package org.derivx.gui;

import java.util.ArrayList;
import java.util.List;

/**
 * The hold-down benchmark's accounting, per frame rather than per press: on a busy machine a late
 * pulse runs several of the key-repeat timeline's presses before one layout, so a press is not
 * always followed by its own frame. Each frame that handled presses records its FX-thread work once
 * (the presses' handlers plus that frame's CSS and layout); each press records its latency to the
 * end of that frame. (Recording per press left coalesced presses at 0 ms and printed p50 0.00.)
 */
final class PressTimings {
  private final List<Long> pending = new ArrayList<>();
  private long handlers;
  private final List<Long> frameWork = new ArrayList<>();
  private final List<Long> latencies = new ArrayList<>();
  private int shared;

  /** A press fired at {@code firedAt} whose key handler ran for {@code handlerNanos}. */
  void press(long firedAt, long handlerNanos) {
    pending.add(firedAt);
    handlers += handlerNanos;
  }

  /** A frame's layout ran from {@code layoutStart} to {@code now}; no-op when no press waited. */
  void frame(long layoutStart, long now) {
    if (pending.isEmpty()) {
      return;
    }
    frameWork.add(handlers + (now - layoutStart));
    pending.forEach(t -> latencies.add(now - t));
    shared += pending.size() - 1;
    pending.clear();
    handlers = 0;
  }

  /** True when every press so far has been laid out. */
  boolean settled() {
    return pending.isEmpty();
  }

  long[] frameWork() {
    return frameWork.stream().mapToLong(Long::longValue).toArray();
  }

  long[] latencies() {
    return latencies.stream().mapToLong(Long::longValue).toArray();
  }

  /** Presses laid out in a frame together with an earlier press. */
  int shared() {
    return shared;
  }
}
