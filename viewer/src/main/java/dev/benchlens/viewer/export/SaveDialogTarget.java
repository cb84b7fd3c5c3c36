package dev.benchlens.viewer.export;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Asks with the platform's save dialog, which itself confirms before replacing an existing file. */
public final class SaveDialogTarget implements ExportTarget {

    private final Window owner;
    private final Supplier<Optional<File>> initialFolder;

    public SaveDialogTarget(Window owner, Supplier<Optional<File>> initialFolder) {
        this.owner = owner;
        this.initialFolder = initialFolder;
    }

    @Override
    public Optional<Path> choose(String what, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(what);
        chooser.setInitialFileName(suggestedName);
        String extension = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT)
                + " files", "*." + extension));
        initialFolder.get().ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
