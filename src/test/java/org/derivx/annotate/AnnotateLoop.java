package org.derivx.annotate;

import java.nio.file.Path;
import org.derivx.derivation.StepCategory;

/**
 * Annotates forever, printing the number of each label once {@code setStep} has returned: the child
 * process of {@link KillNineTest}.
 */
public final class AnnotateLoop {
  private AnnotateLoop() {}

  public static void main(String[] args) throws Exception {
    try (AnnotationStore s = AnnotationStore.open(Path.of(args[0]))) {
      StepCategory[] all = StepCategory.values();
      for (int i = 0; ; i++) {
        Item item = new Item(new ItemKey("r" + (i / 7), "gpt"), "#" + i / 7, "c");
        s.setStep(item, i % 7 + 1, "ann", all[i % all.length], "label " + i);
        System.out.println(i);
        System.out.flush();
      }
    }
  }
}
