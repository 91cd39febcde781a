package org.derivx.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.derivx.derivation.Derivation;
import org.derivx.gui.annotate.AnnotationViewModel;
import org.derivx.gui.browser.BrowserViewModel;
import org.derivx.gui.generate.GenerateTarget;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;

/**
 * Where the Generate panel's results go: they join the open items (flagged if the panel could not,
 * listed by the browser, annotatable) and are appended to the JSONL beside the open dataset.
 */
final class GeneratedItems implements GenerateTarget {
  private final Session session;
  private final BrowserViewModel browser;
  private final AnnotationViewModel annotations;
  private final FlagService flags;
  private final Supplier<Path> jsonl;

  GeneratedItems(
      Session session,
      BrowserViewModel browser,
      AnnotationViewModel annotations,
      FlagService flags,
      Supplier<Path> jsonl) {
    this.session = session;
    this.browser = browser;
    this.annotations = annotations;
    this.flags = flags;
    this.jsonl = jsonl;
  }

  @Override
  public Path jsonl() {
    return jsonl.get();
  }

  @Override
  public void add(Item item) {
    List<Item> one = List.of(item);
    session.add(one);
    browser.added(one);
    annotations.added(one);
    if (item.flags() == null) {
      flags.flag(one);
    }
    browser.resultsArrived();
  }

  @Override
  public float[][] flag(Derivation d) {
    return flags.flagNow(d);
  }

  /**
   * The JSONL beside the open dataset that generations are appended to: {@code X.generated.jsonl}
   * beside the first open file {@code X.jsonl}, {@code generated.jsonl} inside an open folder (so
   * it opens with the folder next time), else {@code generated.jsonl} in the working directory.
   */
  static Path beside(List<Path> opened) {
    if (opened.isEmpty()) {
      return Path.of("generated.jsonl").toAbsolutePath();
    }
    Path first = opened.get(0).toAbsolutePath().normalize();
    if (Files.isDirectory(first)) {
      return first.resolve("generated.jsonl");
    }
    String name = first.getFileName().toString().replaceFirst("\\.(jsonl|json|txt)$", "");
    return first.resolveSibling(name + ".generated.jsonl");
  }
}
