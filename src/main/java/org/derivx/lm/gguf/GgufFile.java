package org.derivx.lm.gguf;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a GGUF file's header says: the version, the metadata (integers as {@code Long}, floats as
 * {@code Double}, booleans, strings, arrays as lists of those) and the tensors, each checked to lie
 * within the file.
 */
public record GgufFile(
    long version, Map<String, Object> metadata, List<TensorInfo> tensors, long fileSize) {

  /** One tensor: name, shape (fastest dimension first), type, absolute byte offset and length. */
  public record TensorInfo(String name, long[] shape, GgmlType type, long offset, long bytes) {
    public long elements() {
      long n = 1;
      for (long d : shape) {
        n *= d;
      }
      return n;
    }
  }

  public GgufFile {
    metadata = Map.copyOf(metadata);
    tensors = List.copyOf(tensors);
  }

  public Optional<String> string(String key) {
    return metadata.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  public Optional<Long> integer(String key) {
    return metadata.get(key) instanceof Long l ? Optional.of(l) : Optional.empty();
  }

  public Optional<Double> number(String key) {
    Object o = metadata.get(key);
    if (o instanceof Double d) {
      return Optional.of(d);
    }
    return o instanceof Long l ? Optional.of(l.doubleValue()) : Optional.empty();
  }

  public Optional<Boolean> bool(String key) {
    return metadata.get(key) instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  /** A list of strings (e.g. the vocabulary), or empty. */
  public List<String> strings(String key) {
    if (metadata.get(key) instanceof List<?> l && l.stream().allMatch(String.class::isInstance)) {
      return l.stream().map(String.class::cast).toList();
    }
    return List.of();
  }

  public Optional<TensorInfo> tensor(String name) {
    return tensors.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** Total weights in all tensors. */
  public long parameters() {
    return tensors.stream().mapToLong(TensorInfo::elements).sum();
  }
}
