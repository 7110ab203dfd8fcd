package dev.nngrade.student;

/**
 * Named in META-INF/services as a TestEngine, TestExecutionListener and ClasspathScanner, and in
 * junit-platform.properties as an extension: the intake drops all of those files, so this class is
 * never instantiated by JUnit.
 */
public class EvilEngine {
  public EvilEngine() {
    System.err.println("EVIL ENGINE CONSTRUCTED");
  }
}
