package dev.benchlens.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation measured on a case, by one or more implementations.
 *
 * @param speedup the run's own speedup figure, when it states one; {@code null} when it does not
 */
public record Operation(String name, String description, List<Measurement> measurements, Speedup speedup) {

    public Operation {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        measurements = List.copyOf(Objects.requireNonNull(measurements, "measurements"));
    }

    public Optional<Measurement> measurement(String implementation) {
        return measurements.stream()
                .filter(m -> m.implementation().equals(implementation))
                .findFirst();
    }
}
