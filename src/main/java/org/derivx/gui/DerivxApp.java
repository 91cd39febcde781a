package org.derivx.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.derivx.cas.SymjaRuntime;
import org.derivx.check.CheckOptions;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Tasks;
import org.derivx.render.AwtFonts;
import org.derivx.render.Formulas;

/**
 * The JavaFX application. Started by {@link GuiLauncher} (the jar's main class is a plain class).
 * Named parameters: {@code --snapshot=OUT.png} renders the window once the checks are done, writes
 * the PNG and exits; {@code --id=ID}, {@code --variant=NAME}, {@code --step=K} select a derivation
 * and step; {@code --theme=dark}, {@code --view=compare} choose the look; the unnamed ones are the
 * files or folders to open.
 */
public final class DerivxApp extends Application {
  /** The window's checks: as the CLI's, and Symja confirms (the details pane shows how). */
  static CheckOptions checkOptions() {
    return CheckOptions.defaults().withConfirm(true);
  }

  @Override
  public void start(Stage stage) {
    // JLaTeXMath's first formula and Symja's rule tables each take a second or more to load: done
    // on a background thread at start, not on the FX thread or inside the first check; Symja (and
    // the flagger's model) only once the first derivation is on screen: the first view needs the
    // two cores more
    // started by GuiLauncher before JavaFX; here too for other ways in (nothing the second time):
    // the warm-up below must not start AWT's fonts while the window loads JavaFX's (AwtFonts)
    AwtFonts.start();
    CountDownLatch firstView = new CountDownLatch(1);
    Thread warm =
        new Thread(
            () -> {
              Formulas.warmUp();
              try {
                firstView.await(FIRST_VIEW_WAIT_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              SymjaRuntime.warm();
            },
            "derivx-warm-up");
    warm.setDaemon(true);
    warm.start();
    Map<String, String> named = getParameters().getNamed();
    List<Path> files = new ArrayList<>();
    getParameters().getUnnamed().forEach(f -> files.add(Path.of(f)));
    String id = named.get("id");
    String variant = named.get("variant");
    String snapshot = named.get("snapshot");
    ExplorerViewModel vm =
        ExplorerViewModel.withCache(
            Tasks.fx(Runtime.getRuntime().availableProcessors() + 2),
            checkOptions(),
            CheckCache.defaultDir());
    // a snapshot must not depend on (or change) the user's remembered window
    Settings settings =
        snapshot != null || named.containsKey("bench") ? Settings.inMemory() : Settings.user();
    if (named.containsKey("theme")) {
      settings.values().dark = "dark".equals(named.get("theme"));
    }
    ExplorerWindow window = new ExplorerWindow(vm, settings);
    whenFirstShown(
        window,
        () -> {
          firstView.countDown();
          window.editorView(); // not before: the first view need not wait for RichTextFX
          vm.startFlagger();
        });
    if ("compare".equals(named.get("view"))) {
      window.showTab(1);
    }
    boolean[] settled = {false};
    Runnable ready =
        () -> {
          if (settled[0]) {
            return;
          }
          settled[0] = true;
          if (id != null) {
            vm.navigator().select(id, variant);
          }
          if (named.containsKey("step")) {
            vm.selectedStepProperty().set(Math.max(1, stepOf(named)));
          }
          if (snapshot != null) {
            settleThenSnapshot(vm, window, Path.of(snapshot));
          }
        };
    vm.checkingProperty()
        .addListener(
            (o, was, now) -> {
              if (was && !now) {
                ready.run();
              }
            });
    // a large file is never checked to the end in a snapshot's time: once it is read
    vm.loadingProperty()
        .addListener(
            (o, was, now) -> {
              if (was && !now && vm.items().size() > GuiBench.MAX_CHECKED) {
                ready.run();
              }
            });
    // reading starts before the window is shown: showing it (the first CSS and layout pass) takes
    // the FX thread a second or more, and the reader's batches arrive after start() returns
    if (!files.isEmpty()) {
      vm.open(files);
    }
    window.show(stage);
    if (named.containsKey("bench")) {
      new GuiBench(window, vm).start();
    } else if (snapshot == null && !settings.values().welcomed) {
      // the first start on this profile: what the app does, the colours, the tour
      window.showWelcome();
      settings.values().welcomed = true;
      settings.save();
    }
  }

  /** Symja and the flagger wait at most this long for the first derivation to be shown. */
  static final long FIRST_VIEW_WAIT_SECONDS = 5;

  /** Runs {@code r} once a derivation is laid out, or after the wait, whichever is first. */
  private static void whenFirstShown(ExplorerWindow window, Runnable r) {
    boolean[] done = {false};
    Runnable once =
        () -> {
          if (!done[0]) {
            done[0] = true;
            r.run();
          }
        };
    Runnable[] watch = new Runnable[1];
    watch[0] =
        () -> {
          if (window.derivationView().stepCount() > 0) {
            window.scene().removePostLayoutPulseListener(watch[0]);
            Platform.runLater(once);
          }
        };
    window.scene().addPostLayoutPulseListener(watch[0]);
    PauseTransition limit = new PauseTransition(Duration.seconds(FIRST_VIEW_WAIT_SECONDS));
    limit.setOnFinished(e -> once.run());
    limit.play();
  }

  /**
   * Takes the picture once the selected derivation is checked, one more pulse later so it is laid
   * out.
   */
  private static void settleThenSnapshot(ExplorerViewModel vm, ExplorerWindow window, Path out) {
    Runnable shoot =
        () -> {
          PauseTransition settle = new PauseTransition(Duration.millis(400));
          settle.setOnFinished(e -> snapshotAndExit(window, out));
          settle.play();
        };
    Item selected = vm.selectedProperty().get();
    if (selected == null || selected.report() != null || selected.failure() != null) {
      shoot.run();
      return;
    }
    boolean[] shot = {false};
    vm.session()
        .onSelectedState(
            () -> {
              Item i = vm.selectedProperty().get();
              if (!shot[0] && (i == null || i.report() != null || i.failure() != null)) {
                shot[0] = true;
                shoot.run();
              }
            });
  }

  private static int stepOf(Map<String, String> named) {
    try {
      return Integer.parseInt(named.getOrDefault("step", "1"));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static void snapshotAndExit(ExplorerWindow window, Path out) {
    int status = 0;
    try {
      WritableImage image = window.scene().snapshot(null);
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
      System.out.println(out);
    } catch (IOException | RuntimeException e) {
      System.err.println("derivx: snapshot failed: " + e.getMessage());
      status = 2;
    }
    Platform.exit();
    System.exit(status);
  }
}
