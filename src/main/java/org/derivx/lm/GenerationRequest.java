package org.derivx.lm;

/**
 * One generation: the prompt text as the model sees it, sampling (temperature 0 is greedy), the
 * seed, a bound on new tokens and an optional GBNF grammar (null: free text).
 */
public record GenerationRequest(
    String prompt, float temperature, int seed, int maxTokens, String grammar) {
  public GenerationRequest {
    if (prompt == null) {
      throw new IllegalArgumentException("no prompt");
    }
    if (maxTokens < 1 || !(temperature >= 0)) {
      throw new IllegalArgumentException(
          "max tokens must be positive and temperature not negative: "
              + maxTokens
              + ", "
              + temperature);
    }
  }

  public static GenerationRequest greedy(String prompt, int maxTokens) {
    return new GenerationRequest(prompt, 0f, 1, maxTokens, null);
  }
}
