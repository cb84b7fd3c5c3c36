package dev.benchlens.github;

/** An artifact of a workflow run; an expired one can no longer be downloaded. */
public record Artifact(long id, String name, long sizeInBytes, boolean expired) {}
