package org.derivx.gui.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.derivx.annotate.Adjudication;
import org.derivx.annotate.AnnotationException;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.DerivationLabel;
import org.derivx.annotate.ItemKey;
import org.derivx.annotate.Overall;
import org.derivx.annotate.StepLabel;
import org.derivx.derivation.StepCategory;

/** The store's labels in memory, changed at once by the window; the store follows on its thread. */
final class Labels {
  private final Map<ItemKey, List<StepLabel>> steps = new HashMap<>();
  private final Map<ItemKey, Map<Integer, Adjudication>> adjudications = new HashMap<>();
  private final Map<ItemKey, Map<String, DerivationLabel>> derivations = new HashMap<>();

  boolean isEmpty() {
    return steps.isEmpty() && adjudications.isEmpty() && derivations.isEmpty();
  }

  void clear() {
    steps.clear();
    adjudications.clear();
    derivations.clear();
  }

  void load(AnnotationStore s) throws AnnotationException {
    clear();
    for (StepLabel l : s.allSteps()) {
      steps.computeIfAbsent(l.item(), k -> new ArrayList<>()).add(l);
    }
    for (Adjudication a : s.allAdjudications()) {
      adjudications.computeIfAbsent(a.item(), k -> new TreeMap<>()).put(a.step(), a);
    }
    for (DerivationLabel d : s.allDerivations()) {
      derivations.computeIfAbsent(d.item(), k -> new TreeMap<>()).put(d.annotator(), d);
    }
  }

  private Optional<StepLabel> find(ItemKey key, int step, String who) {
    return steps.getOrDefault(key, List.of()).stream()
        .filter(l -> l.step() == step && l.annotator().equals(who))
        .findFirst();
  }

  StepCategory of(ItemKey key, int step, String who) {
    return find(key, step, who).map(StepLabel::category).orElse(null);
  }

  StepCategory adjudicated(ItemKey key, int step) {
    Adjudication a = adjudications.getOrDefault(key, Map.of()).get(step);
    return a == null ? null : a.category();
  }

  String note(ItemKey key, int step, String who) {
    return find(key, step, who).map(StepLabel::note).orElse("");
  }

  void put(ItemKey key, int step, String who, boolean adjudication, StepCategory c) {
    if (adjudication) {
      Map<Integer, Adjudication> m = adjudications.computeIfAbsent(key, k -> new TreeMap<>());
      if (c == null) {
        m.remove(step);
      } else {
        m.put(step, new Adjudication(key, step, c, who, "", ""));
      }
      return;
    }
    String note = note(key, step, who);
    List<StepLabel> l = steps.computeIfAbsent(key, k -> new ArrayList<>());
    l.removeIf(x -> x.step() == step && x.annotator().equals(who));
    if (c != null) {
      l.add(new StepLabel(key, step, who, c, note, ""));
    }
  }

  void setNote(ItemKey key, int step, String who, String note) {
    find(key, step, who)
        .ifPresent(
            x -> {
              List<StepLabel> l = steps.get(key);
              l.set(l.indexOf(x), new StepLabel(key, step, who, x.category(), note, x.updated()));
            });
  }

  List<StepLabel> all(ItemKey key) {
    List<StepLabel> out = new ArrayList<>(steps.getOrDefault(key, List.of()));
    out.sort(Comparator.comparingInt(StepLabel::step).thenComparing(StepLabel::annotator));
    return out;
  }

  List<Adjudication> adjudications(ItemKey key) {
    return List.copyOf(adjudications.getOrDefault(key, Map.of()).values());
  }

  boolean disputed(ItemKey key) {
    Map<Integer, StepCategory> first = new HashMap<>();
    Map<Integer, Adjudication> adj = adjudications.getOrDefault(key, Map.of());
    for (StepLabel l : steps.getOrDefault(key, List.of())) {
      StepCategory c = first.putIfAbsent(l.step(), l.category());
      if (c != null && c != l.category() && !adj.containsKey(l.step())) {
        return true;
      }
    }
    return false;
  }

  Optional<DerivationLabel> derivation(ItemKey key, String who) {
    return Optional.ofNullable(derivations.getOrDefault(key, Map.of()).get(who));
  }

  void putDerivation(ItemKey key, String who, Boolean goal, Overall overall, String note) {
    double seconds = derivation(key, who).map(DerivationLabel::seconds).orElse(0.0);
    derivations
        .computeIfAbsent(key, k -> new TreeMap<>())
        .put(who, new DerivationLabel(key, who, goal, overall, note, seconds, ""));
  }

  void addSeconds(ItemKey key, String who, double s) {
    Optional<DerivationLabel> d = derivation(key, who);
    derivations
        .computeIfAbsent(key, k -> new TreeMap<>())
        .put(
            who,
            d.map(
                    x ->
                        new DerivationLabel(
                            key, who, x.goalReached(), x.overall(), x.note(), x.seconds() + s, ""))
                .orElse(new DerivationLabel(key, who, null, null, "", s, "")));
  }
}
