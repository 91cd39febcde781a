package org.derivx.flagger;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine starts offline from the bundled natives, into the predictable cache directory. */
class TorchRuntimeTest {
  @Test
  void startsOfflineAndComputes() throws Exception {
    List<String> notices = new ArrayList<>();
    var engine = TorchRuntime.engine(notices::add);
    assertThat(engine.getEngineName()).isEqualTo("PyTorch");
    assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    assertThat(TorchRuntime.nativesUnpacked()).isTrue();
    assertThat(notices).allSatisfy(n -> assertThat(n).contains("first start only"));
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray x = m.create(new float[] {1, 2, 3, 4}, new Shape(2, 2));
      assertThat(x.matMul(x).toFloatArray()).containsExactly(7, 10, 15, 22);
    }
    assertThat(TorchRuntime.engine(notices::add)).isSameAs(engine); // started once
  }
}
