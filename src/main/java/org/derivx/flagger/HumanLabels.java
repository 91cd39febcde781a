package org.derivx.flagger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.derivx.annotate.Adjudication;
import org.derivx.annotate.AnnotationException;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.ItemKey;
import org.derivx.annotate.StepLabel;
import org.derivx.derivation.StepCategory;

/**
 * An annotation store's final step labels, as the flagger learns from them: a step's adjudicated
 * category, else the one every annotator of the step gave; nothing where annotators disagree and
 * nobody adjudicated, and nothing for OTHER (not one of the five categories). The store is opened
 * read-only.
 */
public record HumanLabels(
    Map<ItemKey, Map<Integer, StepCategory>> labels,
    int annotated,
    int adjudicated,
    int disputed,
    List<String> annotators) {

  /** The final labels of the store in {@code file}. */
  public static HumanLabels read(Path file) throws AnnotationException {
    try (AnnotationStore store = AnnotationStore.openReadOnly(file)) {
      return of(store.allSteps(), store.allAdjudications());
    }
  }

  static HumanLabels of(List<StepLabel> steps, List<Adjudication> adjudications) {
    Map<ItemKey, Map<Integer, List<StepCategory>>> given = new HashMap<>();
    TreeSet<String> annotators = new TreeSet<>();
    for (StepLabel l : steps) {
      given
          .computeIfAbsent(l.item(), k -> new TreeMap<>())
          .computeIfAbsent(l.step(), k -> new ArrayList<>())
          .add(l.category());
      annotators.add(l.annotator());
    }
    Map<ItemKey, Map<Integer, StepCategory>> out = new HashMap<>();
    int disputed = 0;
    for (var item : given.entrySet()) {
      for (var step : item.getValue().entrySet()) {
        List<StepCategory> cs = step.getValue();
        if (cs.stream().distinct().count() == 1) {
          put(out, item.getKey(), step.getKey(), cs.get(0));
        } else {
          disputed++;
        }
      }
    }
    int adjudicated = 0;
    for (Adjudication a : adjudications) {
      boolean wasDisputed =
          given.getOrDefault(a.item(), Map.of()).getOrDefault(a.step(), List.of()).stream()
                  .distinct()
                  .count()
              > 1;
      disputed -= wasDisputed ? 1 : 0;
      adjudicated++;
      put(out, a.item(), a.step(), a.category());
    }
    int annotated = out.values().stream().mapToInt(Map::size).sum();
    return new HumanLabels(out, annotated, adjudicated, disputed, List.copyOf(annotators));
  }

  private static void put(
      Map<ItemKey, Map<Integer, StepCategory>> out, ItemKey k, int step, StepCategory c) {
    Map<Integer, StepCategory> m = out.computeIfAbsent(k, x -> new TreeMap<>());
    if (c == StepCategory.OTHER) {
      m.remove(step);
    } else {
      m.put(step, c);
    }
  }
}
