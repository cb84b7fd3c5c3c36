package dev.benchlens.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads a {@link Measurement} token by token. A large artifact holds hundreds of thousands of them, and general
 * record binding (every property buffered, then a reflective constructor call, every raw sample boxed) was most
 * of the time such a file took to read. Values in other shapes than the usual ones (numbers written as strings
 * such as {@code "NaN"}, nulls) are handed to Jackson's standard readers, so they mean what they meant before.
 * Fields it does not know, such as the {@code ci95} of older artifacts, are skipped.
 */
final class MeasurementDeserializer extends StdDeserializer<Measurement> {

    MeasurementDeserializer() {
        super(Measurement.class);
    }

    @Override
    public Measurement deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            return (Measurement) ctxt.handleUnexpectedToken(Measurement.class, p);
        }
        String implementation = null;
        String unit = null;
        Integer samples = null;
        double mean = 0;
        Double median = null;
        Double min = null;
        Double stddev = null;
        DoubleList raw = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            switch (field) {
                case "implementation" -> implementation = text(p, token, ctxt);
                case "unit" -> unit = text(p, token, ctxt);
                case "samples" ->
                    samples = token == JsonToken.VALUE_NUMBER_INT
                            ? count(p, ctxt)
                            : token == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Integer.class);
                case "mean" -> {
                    Double value = number(p, token, ctxt);
                    mean = value == null ? 0 : value;
                }
                case "median" -> median = number(p, token, ctxt);
                case "min" -> min = number(p, token, ctxt);
                case "stddev" -> stddev = number(p, token, ctxt);
                case "raw" -> raw = token == JsonToken.VALUE_NULL ? null : samples(p, ctxt, samples);
                default -> p.skipChildren();
            }
        }
        try {
            return new Measurement(implementation, unit, samples, mean, median, min, stddev, raw);
        } catch (NullPointerException | IllegalArgumentException e) {
            // As record binding reports a refused constructor call, so that ArtifactJson words it the same way.
            throw ValueInstantiationException.from(p, e.getMessage(), ctxt.constructType(Measurement.class), e);
        }
    }

    private Integer count(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            return ctxt.reportInputMismatch(
                    this,
                    "'samples' %s is out of range: a whole number up to 2,147,483,647" + " is expected",
                    p.getText());
        }
        return p.getIntValue();
    }

    private static String text(JsonParser p, JsonToken token, DeserializationContext ctxt) throws IOException {
        return switch (token) {
            case VALUE_STRING -> SharedStrings.shared(p, ctxt);
            case VALUE_NULL -> null;
            default -> ctxt.readValue(p, String.class);
        };
    }

    private static Double number(JsonParser p, JsonToken token, DeserializationContext ctxt) throws IOException {
        return switch (token) {
            case VALUE_NUMBER_FLOAT, VALUE_NUMBER_INT -> p.getDoubleValue();
            case VALUE_NULL -> null;
            default -> ctxt.readValue(p, Double.class);
        };
    }

    private double unusual(JsonParser p, JsonToken token, DeserializationContext ctxt, int index) throws IOException {
        Double value = number(p, token, ctxt);
        if (value == null) {
            return ctxt.reportInputMismatch(this, "raw sample %d is null", index);
        }
        return value;
    }

    /** The raw samples, in an array of the stated count when the count came first (as we write it). */
    private DoubleList samples(JsonParser p, DeserializationContext ctxt, Integer stated) throws IOException {
        if (!p.isExpectedStartArrayToken()) {
            return ctxt.reportInputMismatch(this, "'raw' must be a list of numbers, not %s", p.currentToken());
        }
        double[] values = new double[stated != null && stated > 0 && stated <= 4096 ? stated : 16];
        int size = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size] = token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT
                    ? p.getDoubleValue()
                    : unusual(p, token, ctxt, size);
            size++;
        }
        return DoubleList.adopt(size == values.length ? values : Arrays.copyOf(values, size));
    }
}
