package org.derivx.gui.browser;

import java.util.Comparator;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;

/**
 * The browser's state: the filter, the sort and the model menu's choices; it fills the session's
 * visible rows. Rows are recomputed in one pass on a filter or sort change, not kept in a
 * FilteredList and SortedList: those insert each added item one by one (a 100k-item file froze the
 * window for a second per batch).
 */
public final class BrowserViewModel {
  private static final Comparator<Item> BY_ERRORS =
      Comparator.comparingLong(Item::errors).reversed();

  private final Session session;
  private final BrowserFilter filter = new BrowserFilter();
  private final ObservableList<String> models = FXCollections.observableArrayList();
  private final BooleanProperty sortByErrors = new SimpleBooleanProperty(false);

  public BrowserViewModel(Session session) {
    this.session = session;
    models.setAll(BrowserFilter.ANY);
    for (Observable p : filter.properties()) {
      p.addListener(o -> refilter());
    }
    sortByErrors.addListener((o, a, b) -> refilter());
  }

  /** A new open: no rows, no models yet. */
  public void clear() {
    models.setAll(BrowserFilter.ANY);
  }

  /** Items just read: shown if they pass the filter (in place when sorted), models noted. */
  public void added(List<Item> batch) {
    if (sortByErrors.get()) {
      refilter();
    } else {
      session.visible().addAll(batch.stream().filter(filter.predicate()).toList());
    }
    for (Item i : batch) {
      String m = BrowserFilter.modelOf(i);
      if (!models.contains(m)) {
        models.add(m);
      }
    }
  }

  /** Reports or flags arrived: refilter if what is shown depends on them. */
  public void resultsArrived() {
    if (filter.dependsOnReports() || sortByErrors.get()) {
      refilter();
    }
  }

  /** Recomputes the rows; the selection stays if it still passes, else the first row. */
  public void refilter() {
    Item keep = session.selected();
    var rows = session.items().stream().filter(filter.predicate());
    List<Item> now = (sortByErrors.get() ? rows.sorted(BY_ERRORS) : rows).toList();
    session.visible().setAll(now);
    if (keep != null && !now.contains(keep)) {
      session.selectedProperty().set(now.isEmpty() ? null : now.get(0));
    }
  }

  public BrowserFilter filter() {
    return filter;
  }

  /** The model menu's choices: any, reference, then each model that was loaded. */
  public ObservableList<String> models() {
    return models;
  }

  public BooleanProperty sortByErrorsProperty() {
    return sortByErrors;
  }
}
