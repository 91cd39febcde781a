package org.derivx.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands command-line paths: a directory stands for the dataset files directly inside it. */
public final class DatasetFiles {
  private DatasetFiles() {}

  public static boolean isDatasetFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p)
        && (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".txt"));
  }

  /** Files as given; directories replaced by their dataset files in name order. */
  public static List<Path> expand(List<Path> paths) throws DatasetException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          List<Path> found = s.filter(DatasetFiles::isDatasetFile).sorted().toList();
          if (found.isEmpty()) {
            throw new DatasetException(p + ": no .json, .jsonl or .txt files in this directory");
          }
          out.addAll(found);
        } catch (IOException e) {
          throw new DatasetException(p + ": cannot list: " + FormatDetector.describe(e), e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
