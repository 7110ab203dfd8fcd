package dev.nngrade.grader.results;

/** A finished test as the child reported it (fields that only trusted exception classes can fill may be null). */
public record TestEvent(String id, Outcome outcome, long millis, String exception, String message, String studentMessage, String where) {}
