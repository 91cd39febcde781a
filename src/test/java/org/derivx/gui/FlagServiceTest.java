package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.DerivationRecord;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;
import org.derivx.gui.session.Tasks;
import org.derivx.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken model folder turns the window's flagger off with the reason; nothing else changes. */
class FlagServiceTest {
  @TempDir Path tmp;

  @Test
  void aBrokenModelFolderIsShownInTheStatusBarAndTheWindowGoesOn() throws Exception {
    Path dir = tmp.resolve("model");
    Files.createDirectories(dir);
    for (String f : new String[] {"flagger-0000.params", "vocabulary.txt", "config.properties"}) {
      Files.copy(Path.of("assets", "models", "flagger", f), dir.resolve(f));
    }
    Path config = dir.resolve("config.properties");
    Files.writeString(config, Files.readString(config).replace("heads=4", "heads=0"));
    List<String> status = new ArrayList<>();
    int[] refreshed = {0};
    Session session = new Session(Tasks.direct());
    session.statusProperty().addListener((o, was, now) -> status.add(now));
    FlagService flags = new FlagService(session, () -> refreshed[0]++);

    flags.start(dir);

    assertThat(status)
        .containsExactly(
            "Flagger off: bad flagger model: " + config + ": heads=0 is out of range (1 to 64)");
    DerivationRecord r =
        Datasets.load(Path.of("sample-derivations", "hand-written.jsonl")).records().get(0);
    Item item = new Item(r, r.variants().get(0));
    flags.flag(List.of(item));
    assertThat(item.flags()).isNull();
    assertThat(refreshed[0]).isZero();
  }
}
