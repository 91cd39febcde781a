package org.derivx.gui.annotate;

import java.util.function.Predicate;
import org.derivx.gui.session.Item;

/** The browser's annotation filter choices. */
public enum AnnotationFilter {
  ALL("all derivations"),
  UNANNOTATED("not fully annotated by me"),
  DISPUTED("annotators disagree"),
  DISAGREEING("my labels differ from the checker");

  private final String text;

  AnnotationFilter(String text) {
    this.text = text;
  }

  /** The predicate for the browser filter; null for all. */
  public Predicate<Item> predicate(AnnotationViewModel a) {
    return switch (this) {
      case ALL -> null;
      case UNANNOTATED -> i -> !a.read().annotated(i);
      case DISPUTED -> a.read()::disputed;
      case DISAGREEING -> a.read()::disagreesWithChecker;
    };
  }

  @Override
  public String toString() {
    return text;
  }
}
