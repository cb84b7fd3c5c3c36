package dev.benchlens.read.container;

/** Small, valid documents for tests that are about containers rather than formats. */
final class TestFilesText {

    private TestFilesText() {}

    static String upstream(String dtype) {
        return """
                {"metadata": {}, "cases": [{"shape": [4, 4], "dtype": "%s", "operations": [
                  {"name": "sum", "numpy_mean_s": 2e-6, "raptors_mean_s": 1e-6, "speedup": 2.0}]}]}
                """.formatted(dtype);
    }
}
