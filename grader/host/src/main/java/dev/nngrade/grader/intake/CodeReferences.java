package dev.nngrade.grader.intake;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.MemberRefEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.StringEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a submission's classes refer to that no exercise needs: reflection past access checks, Unsafe,
 * the grader's or the reference's classes, exiting the JVM, processes, threads, native memory, the
 * stack, files and the network. Found in the class files' constant pools (class, method and string
 * constants), so it says what the code names, not what it did: the sandbox holds all of these, and a
 * submission whose attempt failed scores as if it had not tried. This is for the instructor, who
 * should know that it tried (a submission reaching into the runner otherwise shows as plainly GRADED).
 */
public final class CodeReferences {
  /** What the code reaches for, in the instructor's words. */
  public enum Kind {
    ACCESS_CHECKS("reflection past access checks (setAccessible, privateLookupIn)"),
    UNSAFE("sun.misc.Unsafe or JDK internals"),
    TRUSTED_CLASSES("the grader's, the reference's or JUnit's classes"),
    EXIT("exiting the JVM (System.exit, Runtime.halt)"),
    PROCESSES("starting processes"),
    THREADS("starting threads"),
    NATIVE("native memory or code (java.lang.foreign)"),
    STACK("the call stack (getStackTrace, StackWalker)"),
    FILES_OR_NETWORK("files or the network");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** One kind of reference and the submission's classes that make it (simple names, sorted). */
  public record Finding(Kind kind, List<String> classes) {
    public Finding {
      classes = List.copyOf(classes);
    }
  }

  private static final String STUDENT = "dev/nngrade/student/";

  private CodeReferences() {}

  /** The findings in a canonical jar, by kind; a class the JDK's parser refuses is skipped (it cannot load either). */
  public static List<Finding> in(byte[] canonicalJar) throws IOException {
    Map<Kind, Set<String>> found = new EnumMap<>(Kind.class);
    for (var e : SubmissionJar.entries(canonicalJar).entrySet()) {
      if (!e.getKey().endsWith(".class")) {
        continue;
      }
      ClassModel c;
      try {
        c = ClassFile.of().parse(e.getValue());
      } catch (IllegalArgumentException refused) {
        continue;
      }
      String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1, e.getKey().length() - ".class".length());
      for (PoolEntry p : c.constantPool()) {
        for (Kind k : kinds(p)) {
          found.computeIfAbsent(k, x -> new TreeSet<>()).add(name);
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    found.forEach((k, classes) -> out.add(new Finding(k, List.copyOf(classes))));
    return out;
  }

  private static List<Kind> kinds(PoolEntry p) {
    return switch (p) {
      case MemberRefEntry m -> member(m.owner().asInternalName(), m.name().stringValue());
      case ClassEntry c -> type(c.asInternalName());
      case StringEntry s -> text(s.stringValue());
      default -> List.of();
    };
  }

  private static List<Kind> member(String owner, String name) {
    List<Kind> k = new ArrayList<>();
    if (name.equals("setAccessible") || name.equals("trySetAccessible") || name.equals("privateLookupIn")) {
      k.add(Kind.ACCESS_CHECKS);
    }
    if ((owner.equals("java/lang/System") || owner.equals("java/lang/Runtime")) && (name.equals("exit") || name.equals("halt"))) {
      k.add(Kind.EXIT);
    }
    if (owner.equals("java/lang/Runtime") && name.equals("exec")) {
      k.add(Kind.PROCESSES);
    }
    if (owner.startsWith("java/lang/Thread") && (name.equals("start") || name.equals("startVirtualThread") || name.equals("ofPlatform")
        || name.equals("ofVirtual"))) {
      k.add(Kind.THREADS);
    }
    if (name.equals("getStackTrace") || name.equals("getAllStackTraces")) {
      k.add(Kind.STACK);
    }
    return k;
  }

  private static List<Kind> type(String name) {
    if (name.startsWith("[")) {
      name = name.replaceAll("^\\[+L?|;$", "");
    }
    if (name.startsWith(STUDENT)) {
      return List.of();
    }
    if (name.equals("sun/misc/Unsafe") || name.startsWith("jdk/internal/")) {
      return List.of(Kind.UNSAFE);
    }
    if (trusted(name)) {
      return List.of(Kind.TRUSTED_CLASSES);
    }
    if (name.equals("java/lang/ProcessBuilder") || name.startsWith("java/lang/ProcessHandle")) {
      return List.of(Kind.PROCESSES);
    }
    if (name.startsWith("java/util/concurrent/Executor") || name.equals("java/util/concurrent/ForkJoinPool")) {
      return List.of(Kind.THREADS);
    }
    if (name.startsWith("java/lang/foreign/")) {
      return List.of(Kind.NATIVE);
    }
    if (name.equals("java/lang/StackWalker")) {
      return List.of(Kind.STACK);
    }
    if (name.startsWith("java/net/") || name.startsWith("java/nio/file/") || name.startsWith("java/nio/channels/") || name.startsWith("java/io/File")
        || name.equals("java/io/RandomAccessFile")) {
      return List.of(Kind.FILES_OR_NETWORK);
    }
    return List.of();
  }

  /** A class named in a string (for {@code Class.forName}), in either spelling. */
  private static List<Kind> text(String s) {
    String name = s.replace('.', '/');
    if (name.startsWith(STUDENT)) {
      return List.of();
    }
    if (name.startsWith("sun/misc/Unsafe") || name.startsWith("jdk/internal/")) {
      return List.of(Kind.UNSAFE);
    }
    return trusted(name) ? List.of(Kind.TRUSTED_CLASSES) : List.of();
  }

  private static boolean trusted(String internalName) {
    return internalName.startsWith("dev/nngrade/grader/") || internalName.startsWith("dev/nngrade/solution/") || internalName.startsWith("dev/nngrade/nn/")
        || internalName.startsWith("dev/nngrade/exercises/") || internalName.startsWith("org/junit/") || internalName.startsWith("org/opentest4j/");
  }
}
