package org.derivx.gui;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.derivx.check.CheckOptions;
import org.derivx.check.Verdict;
import org.derivx.gui.session.Item;

/**
 * Check results of indexed files, kept between sessions so reopening a checked file shows its
 * verdicts at once: one file per content (SHA-256 of the dataset's bytes), check options and
 * version of derivx, in {@code ~/.cache/derivx/checks} ({@code $XDG_CACHE_HOME/derivx/checks};
 * {@code -Dderivx.cache=DIR} elsewhere). It holds, per item in file order, the verdict of each step
 * and the errors carried: a few bytes per derivation. A cache that does not fit (another item
 * count, a verdict this version does not know, a truncated file) is ignored and rewritten.
 */
final class CheckCache {
  private static final int MAGIC = 0x44584331; // "DXC1"
  private static final byte UNCHECKED = -1;

  private final Path dir;

  /** A cache in {@code dir}; null: no cache (tests, or no home). */
  CheckCache(Path dir) {
    this.dir = dir;
  }

  /** The window's cache folder. */
  static Path defaultDir() {
    String p = System.getProperty("derivx.cache");
    if (p != null && !p.isBlank()) {
      return Path.of(p);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "derivx", "checks");
    }
    String home = System.getProperty("user.home");
    return home == null ? null : Path.of(home, ".cache", "derivx", "checks");
  }

  boolean enabled() {
    return dir != null;
  }

  /** The cache file for this content and these options (null without a cache or content). */
  Path file(String content, CheckOptions options) {
    if (dir == null || content == null) {
      return null;
    }
    // the version too: another checker may decide otherwise
    String version = CheckCache.class.getPackage().getImplementationVersion();
    String key = content + "\n" + options + "\n" + Verdict.values().length + "\n" + version;
    return dir.resolve(sha256(key).substring(0, 32) + ".checks");
  }

  /** The cached results, one per item (null: unchecked), or null when there is no fitting cache. */
  static Results read(Path file, int items) throws IOException {
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != items) {
        return null;
      }
      byte[][] verdicts = new byte[items][];
      int[] carried = new int[items];
      int known = Verdict.values().length;
      for (int i = 0; i < items; i++) {
        int n = in.readShort();
        if (n == UNCHECKED) {
          continue;
        }
        carried[i] = in.readShort();
        byte[] v = new byte[n];
        in.readFully(v);
        for (byte b : v) {
          if (b < 0 || b >= known) {
            return null;
          }
        }
        verdicts[i] = v;
      }
      return new Results(verdicts, carried);
    }
  }

  /** What was cached: per item, verdict ordinals per step (null: unchecked) and errors carried. */
  record Results(byte[][] verdicts, int[] carried) {
    /** Puts the results on {@code items} (FX thread); returns how many were checked. */
    int apply(List<Item> items) {
      int n = 0;
      for (int i = 0; i < items.size(); i++) {
        Item it = items.get(i);
        if (verdicts[i] != null && !it.isChecked() && verdicts[i].length == it.size()) {
          it.cached(verdicts[i], carried[i]);
          n++;
        }
      }
      return n;
    }
  }

  /** The results of {@code items} now (FX thread: the arrays are never changed afterwards). */
  static Results snapshot(List<Item> items) {
    byte[][] v = new byte[items.size()][];
    int[] c = new int[items.size()];
    for (int i = 0; i < v.length; i++) {
      Item it = items.get(i);
      // an edited item's verdicts are the edit's: not the file's
      if (!it.isEdited()) {
        v[i] = it.verdicts();
        c[i] = it.carried();
      }
    }
    return new Results(v, c);
  }

  /** Writes {@code r} to {@code file} whole (a temporary file moved into place). */
  static void write(Path file, Results r) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), "derivx", ".tmp");
    try {
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(r.verdicts().length);
        for (int i = 0; i < r.verdicts().length; i++) {
          byte[] v = r.verdicts()[i];
          if (v == null || v.length > Short.MAX_VALUE || r.carried()[i] > Short.MAX_VALUE) {
            out.writeShort(UNCHECKED);
            continue;
          }
          out.writeShort(v.length);
          out.writeShort(r.carried()[i]);
          out.write(v);
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
