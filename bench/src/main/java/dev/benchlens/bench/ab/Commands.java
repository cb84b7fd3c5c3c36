package dev.benchlens.bench.ab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs a short external command (git) and returns what it printed, or a message naming it and its error. */
final class Commands {

    private Commands() {}

    /** What {@code command} printed on standard output, trimmed; throws naming the command when it fails. */
    static String output(Path dir, String... command) throws IOException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(false)
                .start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        try {
            int status = process.waitFor();
            if (status != 0) {
                String message = new String(err, StandardCharsets.UTF_8).strip();
                throw new IOException(String.join(" ", List.of(command)) + " failed in " + dir + ": "
                        + (message.isEmpty()
                                ? "exit " + status
                                : message.lines().findFirst().orElse("")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command[0], e);
        }
        return new String(out, StandardCharsets.UTF_8).strip();
    }

    /** Whether {@code command} succeeds, its output ignored. */
    static boolean succeeds(Path dir, String... command) {
        try {
            output(dir, command);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
