package dev.benchlens.cli;

import dev.benchlens.history.RunOrder;
import dev.benchlens.report.ReportFormat;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Picocli's converters for the options that take a word of a fixed set: each is the enum's own parser, whose
 * refusal picocli reports as the option's one-line usage error.
 */
final class OptionWords {

    private OptionWords() {}

    private static <T> T parsed(String word, Function<String, T> parser) {
        try {
            return parser.apply(word);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** {@code --order time|given}. */
    static final class Order implements ITypeConverter<RunOrder> {
        @Override
        public RunOrder convert(String word) {
            return parsed(word, RunOrder::parse);
        }
    }

    /** {@code --format markdown|text|csv|json}, and {@code md} and {@code txt}. */
    static final class Format implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String word) {
            return parsed(word, ReportFormat::parse);
        }
    }
}
