package org.derivx.gui.browser;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.derivx.check.Verdict;
import org.derivx.gui.session.Item;

/**
 * What the browser shows: text (id, model, variant), only derivations with errors, only those with
 * a step of one verdict ("show derivations with INCORRECT steps"), one model, one perturbation.
 */
public final class BrowserFilter {
  /** The choice that means "no restriction" in the model and perturbation menus. */
  public static final String ANY = "any";

  /** Model menu value for reference derivations. */
  public static final String REFERENCE = "reference";

  private final StringProperty text = new SimpleStringProperty("");
  private final BooleanProperty errorsOnly = new SimpleBooleanProperty(false);
  private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
  private final BooleanProperty disagreeOnly = new SimpleBooleanProperty(false);
  private final StringProperty model = new SimpleStringProperty(ANY);
  private final StringProperty perturbation = new SimpleStringProperty(ANY);
  private final ObjectProperty<Predicate<Item>> annotation = new SimpleObjectProperty<>();

  public Predicate<Item> predicate() {
    String q = text.get() == null ? "" : text.get().trim().toLowerCase(Locale.ROOT);
    boolean errors = errorsOnly.get();
    Verdict v = verdict.get();
    String m = model.get();
    String p = perturbation.get();
    boolean disagree = disagreeOnly.get();
    Predicate<Item> a = annotation.get();
    return i ->
        (!disagree || i.disagrees())
            && (a == null || a.test(i))
            && (q.isEmpty() || i.searchText().contains(q))
            && (!errors || i.errors() > 0)
            && (v == null || i.count(v) > 0)
            && (m == null || ANY.equals(m) || m.equals(modelOf(i)))
            && (p == null || ANY.equals(p) || Objects.equals(p, i.perturbation()));
  }

  /** The model menu's name for an item: its model, or {@link #REFERENCE}. */
  public static String modelOf(Item i) {
    return i.isReference() ? REFERENCE : i.author();
  }

  /** True when the filter depends on check results (refilter as reports arrive). */
  public boolean dependsOnReports() {
    return errorsOnly.get()
        || verdict.get() != null
        || disagreeOnly.get()
        || annotation.get() != null;
  }

  /** Every property, to listen to them all at once. */
  public Observable[] properties() {
    return new Observable[] {
      text, errorsOnly, verdict, model, perturbation, disagreeOnly, annotation
    };
  }

  /** Only items the annotation state accepts (unannotated, disputed, …); null for any. */
  public ObjectProperty<Predicate<Item>> annotationProperty() {
    return annotation;
  }

  public StringProperty textProperty() {
    return text;
  }

  public BooleanProperty errorsOnlyProperty() {
    return errorsOnly;
  }

  /** Only derivations with at least one step of this verdict; null for any. */
  public ObjectProperty<Verdict> verdictProperty() {
    return verdict;
  }

  /** Only derivations where the checker and the flagger disagree on some step. */
  public BooleanProperty disagreeOnlyProperty() {
    return disagreeOnly;
  }

  public StringProperty modelProperty() {
    return model;
  }

  public StringProperty perturbationProperty() {
    return perturbation;
  }
}
