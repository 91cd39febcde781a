package org.derivx.gui;

import java.net.URL;
import javafx.scene.Scene;

/** The light and dark stylesheets, shipped in {@code assets/css/}. */
public final class Themes {
  public static final String LIGHT = "explorer-light.css";
  public static final String DARK = "explorer-dark.css";

  private Themes() {}

  public static String stylesheet(String name) {
    URL url = Themes.class.getResource("/assets/css/" + name);
    if (url == null) {
      throw new IllegalStateException("missing stylesheet assets/css/" + name);
    }
    return url.toExternalForm();
  }

  public static void apply(Scene scene, String name) {
    scene.getStylesheets().setAll(stylesheet("explorer-base.css"), stylesheet(name));
  }
}
