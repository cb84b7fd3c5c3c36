package dev.benchlens.viewer.runs;

import dev.benchlens.format.Run;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A loaded run in the run list: the run itself, the name the user sees (renamable) and whether it is a candidate. */
public final class RunEntry {

    private final Run run;
    private final StringProperty name;
    private final BooleanProperty candidate = new SimpleBooleanProperty(true);

    public RunEntry(Run run) {
        this.run = run;
        this.name = new SimpleStringProperty(run.name());
    }

    public Run run() {
        return run;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public String name() {
        return name.get();
    }

    /** The run under the name shown: what the comparison, the exports and core's baseline rule are given. */
    public Run named() {
        return run.withIdentity(run.identity().withName(name()));
    }

    /** Whether this run is compared against the baseline (ignored while it is the baseline). */
    public BooleanProperty candidateProperty() {
        return candidate;
    }

    @Override
    public String toString() {
        return name();
    }
}
