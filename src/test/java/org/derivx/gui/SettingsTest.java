package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @Test
  void roundTripsThroughItsFile(@TempDir Path dir) {
    Path file = dir.resolve("nested/settings.json");
    Settings s = Settings.load(file);
    assertThat(s.values().recent).isEmpty();
    assertThat(Double.isNaN(s.values().x)).isTrue();
    s.values().recent = List.of("/data/a.json", "/data/b.jsonl");
    s.values().dark = true;
    s.values().x = 10;
    s.values().width = 900;
    s.values().dividers = new double[] {0.3, 0.7};
    s.save();
    Settings back = Settings.load(file);
    assertThat(back.values().recent).containsExactly("/data/a.json", "/data/b.jsonl");
    assertThat(back.values().dark).isTrue();
    assertThat(back.values().x).isEqualTo(10);
    assertThat(back.values().width).isEqualTo(900);
    assertThat(back.values().dividers).containsExactly(0.3, 0.7);
    assertThat(dir.resolve("nested/settings.json.tmp")).doesNotExist();
  }

  @Test
  void aBrokenFileGivesDefaultsAndUnknownKeysAreIgnored(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"recent\": [");
    List<String> warnings = new ArrayList<>();
    assertThat(Settings.load(broken, warnings::add).values().recent).isEmpty();
    assertThat(warnings).singleElement().asString().contains("broken.json");
    Path newer = Files.writeString(dir.resolve("newer.json"), "{\"dark\": true, \"future\": 1}");
    assertThat(Settings.load(newer).values().dark).isTrue();
  }

  @Test
  void inMemorySettingsAreNeverWritten() {
    Settings s = Settings.inMemory();
    s.values().dark = true;
    s.save(); // no file, no exception
    assertThat(s.values().dark).isTrue();
  }
}
