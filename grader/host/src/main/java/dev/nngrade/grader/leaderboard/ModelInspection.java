package dev.nngrade.grader.leaderboard;

import dev.nngrade.contract.Exercise;
import dev.nngrade.contract.leaderboard.Weights;
import dev.nngrade.grader.intake.SubmissionJar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the host learns about a model from its jar alone, without running it: the parameters in its
 * {@code .nnw} weights, the size of its compiled code, and which of the student's exercise classes
 * it reaches from the model class (through the class files' constant pools, including classes that
 * implement an exercise's contract interface). Track rules are checked on these.
 */
public record ModelInspection(long parameters, long classBytes, Set<String> exercisesUsed, String weightsProblem) {
  private static final String STUDENT = "dev/nngrade/student/";

  /** {@code modelClass}: the simple name of the model class ({@code ImageClassifierImpl} or {@code RegressorImpl}). */
  public static ModelInspection of(byte[] canonicalJar, String modelClass) throws IOException {
    Map<String, byte[]> entries = SubmissionJar.entries(canonicalJar);
    long parameters = 0;
    long classBytes = 0;
    String weightsProblem = null;
    Map<String, References> classes = new HashMap<>();
    for (var e : entries.entrySet()) {
      if (e.getKey().endsWith(SubmissionJar.WEIGHTS_SUFFIX)) {
        try {
          // counted, not read: the sizes a file declares are checked before anything is allocated, and its values are never kept
          parameters += Weights.count(new ByteArrayInputStream(e.getValue()));
        } catch (IOException bad) {
          weightsProblem = e.getKey() + ": " + bad.getMessage();
        }
      } else if (e.getKey().endsWith(".class")) {
        classBytes += e.getValue().length;
        String name = e.getKey().substring(0, e.getKey().length() - ".class".length());
        try {
          classes.put(name, References.of(ClassFile.of().parse(e.getValue())));
        } catch (IllegalArgumentException bad) {
          // a class the JDK's parser refuses (at once, or in its constant pool) cannot load either; the run reports it
        }
      }
    }
    Map<String, String> exerciseOfImpl = new HashMap<>();
    Map<String, String> exerciseOfInterface = new HashMap<>();
    for (Exercise ex : Exercise.values()) {
      for (Class<?> i : ex.interfaces()) {
        exerciseOfImpl.put(STUDENT + i.getSimpleName() + "Impl", ex.id());
        exerciseOfInterface.put(i.getName().replace('.', '/'), ex.id());
      }
    }
    Set<String> used = new TreeSet<>();
    Set<String> seen = new java.util.HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(STUDENT + modelClass);
    while (!todo.isEmpty()) {
      String name = todo.poll();
      if (!seen.add(name)) {
        continue;
      }
      String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
      if (exerciseOfImpl.containsKey(outer)) {
        used.add(exerciseOfImpl.get(outer));
      }
      References c = classes.get(name);
      if (c == null) {
        continue;
      }
      for (String i : c.interfaces()) {
        String ex = exerciseOfInterface.get(i);
        if (ex != null) {
          used.add(ex);
        }
      }
      for (String ref : c.classes()) {
        if (ref.startsWith(STUDENT)) {
          todo.add(ref);
        } else if (exerciseOfInterface.containsKey(ref)) {
          used.add(exerciseOfInterface.get(ref));
        }
      }
    }
    return new ModelInspection(parameters, classBytes, java.util.Collections.unmodifiableSet(used), weightsProblem);
  }

  /**
   * The interfaces and the classes a class file names, read at once: the JDK's parser reads the
   * constant pool lazily, so a broken entry (found by ModelClassFuzzTests: a class index pointing
   * past the pool) throws while it is walked, and must throw here, inside the parse's catch.
   */
  private record References(java.util.List<String> interfaces, java.util.List<String> classes) {
    static References of(ClassModel c) {
      java.util.List<String> interfaces = c.interfaces().stream().map(ClassEntry::asInternalName).toList();
      java.util.List<String> classes = new java.util.ArrayList<>();
      for (PoolEntry p : c.constantPool()) {
        if (p instanceof ClassEntry ce) {
          classes.add(ce.asInternalName());
        }
      }
      return new References(interfaces, classes);
    }
  }
}
