package org.derivx.gui.browser;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.derivx.check.Verdict;
import org.derivx.derivation.Derivation;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;
import org.derivx.render.VerdictStyle;

/** The dataset browser (left): filter box, error filters, and one row per record variant. */
public final class BrowserView extends BorderPane {
  private final ListView<Item> list = new ListView<>();

  public BrowserView(BrowserViewModel vm, Session session) {
    getStyleClass().add("browser");
    TextField filter = new TextField();
    filter.setPromptText("Filter: id, model, variant");
    filter.textProperty().bindBidirectional(vm.filter().textProperty());
    filter.setFocusTraversable(false);
    // Enter or Esc hands the keys back to stepping through the derivations
    filter.setOnAction(e -> list.requestFocus());
    filter.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            list.requestFocus();
          }
        });
    CheckBox errors = new CheckBox("with errors");
    errors.selectedProperty().bindBidirectional(vm.filter().errorsOnlyProperty());
    errors.setFocusTraversable(false);
    CheckBox sort = new CheckBox("most errors first");
    sort.selectedProperty().bindBidirectional(vm.sortByErrorsProperty());
    sort.setFocusTraversable(false);
    BrowserFilter f = vm.filter();
    ComboBox<Verdict> verdict = new ComboBox<>();
    verdict.getItems().add(null);
    verdict.getItems().addAll(Verdict.values());
    verdict.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Verdict v) {
            return v == null ? "verdict" : "has " + VerdictStyle.of(v).word();
          }

          @Override
          public Verdict fromString(String s) {
            return null;
          }
        });
    verdict.valueProperty().bindBidirectional(f.verdictProperty());
    verdict.setTooltip(new Tooltip("Only derivations with a step of this verdict"));
    ComboBox<String> model = new ComboBox<>(vm.models());
    model.setConverter(any("model"));
    model.valueProperty().bindBidirectional(f.modelProperty());
    model.setTooltip(new Tooltip("Only the reference, or one model's generations"));
    ComboBox<String> perturbation = new ComboBox<>();
    perturbation.getItems().add(BrowserFilter.ANY);
    perturbation.getItems().addAll(Derivation.PERTURBATIONS);
    perturbation.setConverter(any("variant"));
    perturbation.valueProperty().bindBidirectional(f.perturbationProperty());
    perturbation.setTooltip(new Tooltip("Only one perturbation: static, VR, EE, AG, SR"));
    // the menus show their whole prompt or choice: a narrow pane wraps them onto a second row
    // (in one row they were cut to "ver…", "mo…" at 1280×800)
    FlowPane menus = new FlowPane(6, 6, verdict, model, perturbation);
    for (ComboBox<?> c : List.of(verdict, model, perturbation)) {
      c.setFocusTraversable(false);
      c.setPrefWidth(100);
      c.setMinWidth(Region.USE_PREF_SIZE);
      c.maxWidthProperty().bind(menus.widthProperty());
    }
    CheckBox disagree = new CheckBox("checker \u2260 flagger");
    disagree.selectedProperty().bindBidirectional(f.disagreeOnlyProperty());
    disagree.setFocusTraversable(false);
    disagree.setTooltip(new Tooltip("Only derivations where the checker and the flagger disagree"));
    VBox top = new VBox(6, filter, menus, new HBox(10, errors, sort), disagree);
    top.setPadding(new Insets(8));
    setTop(top);

    list.setId("browser-list");
    list.setItems(session.visible());
    list.setCellFactory(v -> new ItemCell());
    list.setFocusTraversable(false);
    session
        .selectedProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
                list.scrollTo(b);
              }
            });
    // rows are replaced on a filter change; keep the selection shown
    session
        .visible()
        .addListener(
            (ListChangeListener<Item>)
                c -> {
                  Item b = session.selectedProperty().get();
                  if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                    list.getSelectionModel().select(b);
                  }
                });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                session.selectedProperty().set(b);
              }
            });
    setCenter(list);
    setPrefWidth(300);
  }

  /** Shows {@link BrowserFilter#ANY} as {@code text}, other choices as they are. */
  private static StringConverter<String> any(String text) {
    return new StringConverter<>() {
      @Override
      public String toString(String s) {
        return s == null || BrowserFilter.ANY.equals(s) ? text : s;
      }

      @Override
      public String fromString(String s) {
        return s;
      }
    };
  }

  private static final class ItemCell extends ListCell<Item> {
    private final Label id = new Label();
    private final Label variant = new Label();
    private final Label badge = new Label();
    private final HBox box;
    private Item shown;
    // the version, not the state: an item that is not loaded gets verdicts without a state
    private final InvalidationListener onReport = o -> updateItem(shown, shown == null);

    ItemCell() {
      id.getStyleClass().add("item-id");
      variant.getStyleClass().add("item-variant");
      badge.getStyleClass().add("item-badge");
      Region gap = new Region();
      HBox.setHgrow(gap, Priority.ALWAYS);
      box = new HBox(6, new VBox(1, id, variant), gap, badge);
      // a long id is cut with an ellipsis, never the badge: the row is as wide as the list (no
      // sideways scrolling), the badge keeps its width and the id and variant take what is left
      badge.setMinWidth(Region.USE_PREF_SIZE);
      id.setMinWidth(0);
      variant.setMinWidth(0);
      setPrefWidth(0);
      box.setMinWidth(0);
      box.prefWidthProperty()
          .bind(
              Bindings.createDoubleBinding(
                  () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()),
                  widthProperty(),
                  paddingProperty()));
    }

    /**
     * Every row has the same two lines: the first row laid out gives the list its fixed row height,
     * so scrolling a 100k-row list measures no rows (with rows of unknown height, the list measured
     * rows around every scroll to estimate its length: most of a frame's work).
     */
    @Override
    protected void layoutChildren() {
      super.layoutChildren();
      ListView<Item> lv = getListView();
      if (lv != null && lv.getFixedCellSize() <= 0 && getItem() != null) {
        double h = Math.ceil(prefHeight(-1));
        if (h > 0) {
          lv.setFixedCellSize(h);
        }
      }
    }

    @Override
    protected void updateItem(Item item, boolean empty) {
      super.updateItem(item, empty);
      if (shown != item) {
        if (shown != null) {
          shown.versionProperty().removeListener(onReport);
        }
        shown = item;
        if (item != null) {
          item.versionProperty().addListener(onReport);
        }
      }
      getStyleClass().removeAll("has-errors", "clean");
      if (empty || item == null) {
        setGraphic(null);
        return;
      }
      id.setText(item.id());
      variant.setText(item.label());
      badge.setText(item.badge());
      long e = item.errors();
      if (e >= 0) {
        getStyleClass().add(e > 0 ? "has-errors" : "clean");
      }
      setGraphic(box);
    }
  }
}
