package dev.benchlens.viewer.app;

import dev.benchlens.store.RunFilter;
import dev.benchlens.store.StoreAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code benchlens view} was asked to open: paths, or the runs of the run store that {@code --repo} and
 * {@code --environment} select ({@code --stored}, or any store option and no path), and which store to use
 * ({@code --store}, as every command takes it).
 *
 * @param paths  the files, folders and zips given
 * @param store  the run store named by {@code --store} (a file, postgresql://… or off), or null for the default
 * @param filter the stored runs to open, as {@code history} selects them
 * @param stored whether the stored runs are opened
 */
public record ViewArguments(List<Path> paths, String store, RunFilter filter, boolean stored) {

    /**
     * Reads the command line; {@code --name VALUE} and {@code --name=VALUE} alike.
     *
     * @throws IllegalArgumentException with one line saying what is wrong
     */
    public static ViewArguments parse(List<String> args) {
        List<Path> paths = new ArrayList<>();
        String store = null;
        String repository = null;
        String environment = null;
        boolean stored = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--stored" -> stored = true;
                case "--store", "--repo", "--environment" -> {
                    String value;
                    if (arg.contains("=")) {
                        value = arg.substring(arg.indexOf('=') + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    switch (name) {
                        case "--store" -> store = value;
                        case "--repo" -> repository = value;
                        default -> environment = value;
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option '" + arg + "' (see benchlens view --help)");
                    }
                    paths.add(Path.of(arg));
                }
            }
        }
        if (store != null) {
            try {
                StoreAddress.resolve(store, Map.of(), "", Path.of("")); // says what is wrong with an address
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--store: " + e.getMessage(), e);
            }
        }
        RunFilter filter = RunFilter.of(repository, environment);
        boolean storeAsked = stored || store != null || !filter.equals(RunFilter.ALL);
        return new ViewArguments(paths, store, filter, paths.isEmpty() && storeAsked);
    }
}
