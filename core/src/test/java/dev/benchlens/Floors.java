package dev.benchlens;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;

/**
 * Packages on floors, top to bottom: a package may use only packages on floors below its own, never one beside or
 * above it, and every class lies on a floor, so that a new package has to be given its place.
 */
public final class Floors {

    private Floors() {}

    /**
     * The rule for {@code floors}, each a list of packages under {@code root} (the empty name is {@code root}
     * itself), the top floor first.
     */
    public static LayeredArchitecture of(String root, List<List<String>> floors) {
        LayeredArchitecture rule = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (List<String> floor : floors) {
            for (String name : floor) {
                rule = rule.layer(layerName(name)).definedBy(name.isEmpty() ? root : root + "." + name);
            }
        }
        List<String> above = new ArrayList<>();
        for (List<String> floor : floors) {
            for (String name : floor) {
                rule = above.isEmpty()
                        ? rule.whereLayer(layerName(name)).mayNotBeAccessedByAnyLayer()
                        : rule.whereLayer(layerName(name)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
            floor.forEach(name -> above.add(layerName(name)));
        }
        return rule;
    }

    private static String layerName(String name) {
        return name.isEmpty() ? "(root)" : name;
    }
}
