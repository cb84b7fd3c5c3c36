package dev.benchlens.read.container;

/**
 * A JSON file found on disk or inside a zip, with its content.
 *
 * @param origin where it was found, e.g. {@code results/a.json} or {@code artifact.zip!/linux/a.json}
 * @param folder the folder holding it, in the same notation, so that files beside each other can be paired
 * @param name   its file name without folders
 */
public record FoundFile(String origin, String folder, String name, FileContent content) {}
