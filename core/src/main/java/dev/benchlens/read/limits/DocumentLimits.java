package dev.benchlens.read.limits;

/**
 * What one JSON document may hold, checked token by token while it is read, so that a small file cannot ask for
 * a large heap (a 20 MB list of ten million dimensions once took 6 GB). The counts that cost memory follow the
 * heap; the others are far beyond any real result file.
 *
 * @param maxValues      JSON values (numbers, strings, lists, objects) in one document
 * @param maxOperations  operations in one document (objects in an {@code operations} list, or JMH results)
 * @param maxSamples     raw samples in one document (numbers in {@code raw} or {@code rawData} lists)
 * @param maxStringChars characters in one string or field name
 * @param maxDimensions  dimensions in one shape
 * @param maxDepth       how deep lists and objects may nest
 * @param maxNumberChars characters in one number
 */
public record DocumentLimits(
        long maxValues,
        long maxOperations,
        long maxSamples,
        int maxStringChars,
        int maxDimensions,
        int maxDepth,
        int maxNumberChars) {

    private static final long KIB = 1024;

    /** NumPy's own limit on dimensions. */
    public static final int MAX_DIMENSIONS = 64;

    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_CHARS = 100;
    /** Jackson refuses longer strings whatever we allow. */
    private static final int JACKSON_MAX_STRING = 20_000_000;

    public DocumentLimits {
        if (maxValues < 1
                || maxOperations < 1
                || maxSamples < 1
                || maxStringChars < 1
                || maxDimensions < 1
                || maxDepth < 1
                || maxNumberChars < 1) {
            throw new IllegalArgumentException("document limits must be positive");
        }
    }

    /**
     * These limits for a document bound straight into records (our own format) rather than built into a tree
     * first: a value then takes about a quarter of what it takes in a tree, a sample eight bytes instead of 32,
     * and an operation with its measurements well under 1 KiB (100,000 operations with five samples per
     * measurement keep 62 MB), so four times the values and samples and eight times the operations are read.
     */
    public DocumentLimits boundIntoRecords() {
        return new DocumentLimits(
                maxValues * 4,
                maxOperations * 8,
                maxSamples * 4,
                maxStringChars,
                maxDimensions,
                maxDepth,
                maxNumberChars);
    }

    /**
     * For a heap of {@code heapBytes}: a value read into a tree takes up to about 100 bytes with its share of the
     * lists holding it, a sample up to 32, an operation with its measurements up to 8 KiB (one million operations
     * once took 4.7 GB), and a string two bytes a character. Each limit lets one document fill at most half the
     * heap (values a quarter, since the file's bytes are held beside its tree), so that a second document read
     * at the same time, or what the command does next, still has room.
     */
    public static DocumentLimits forHeap(long heapBytes) {
        long half = Math.max(64 * KIB * KIB, heapBytes) / 2;
        return new DocumentLimits(
                half / 200,
                half / (8 * KIB),
                half / 32,
                (int) Math.min(JACKSON_MAX_STRING, half / 512),
                MAX_DIMENSIONS,
                MAX_DEPTH,
                MAX_NUMBER_CHARS);
    }
}
