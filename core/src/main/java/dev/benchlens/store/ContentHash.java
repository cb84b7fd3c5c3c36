package dev.benchlens.store;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Run;
import dev.benchlens.identity.IdentityResolver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a run is known by in the store: the SHA-256 of its file's name and its content as read (metadata, cases,
 * warnings, in Benchlens's format). The same file read from a zip, a folder or a teammate's copy has the same hash,
 * so it is stored once; where it was read from is not part of it.
 */
public final class ContentHash {

    /** Hashes shown to people are this long; any unique prefix of at least it names a run. */
    public static final int SHORT = 12;

    private ContentHash() {}

    public static String of(Run asRead) {
        // The file's name tells a week's latest.json from the same numbers kept as baseline_auto_<time>.json.
        String name = IdentityResolver.fileName(
                asRead.identity().path().isEmpty()
                        ? asRead.origin()
                        : asRead.identity().path());
        MessageDigest digest = sha256();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(ArtifactJson.toJson(asRead).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
