package dev.benchlens.read.container;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zips in memory for tests, entry by entry, as java.util.zip writes them. */
public final class Zips {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    public static Zips create() {
        return new Zips();
    }

    public Zips add(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public Zips add(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
