package dev.benchlens.viewer.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks with the platform's save dialog, which itself confirms before replacing an existing file. */
public final class SaveDialogTarget implements ExportTarget {

    private final Window owner;
    private final Supplier<Optional<File>> initialFolder;
    private final Consumer<Path> folderChosen;

    /** {@code folderChosen} hears the folder of every file chosen, so that the next dialog can open there. */
    public SaveDialogTarget(Window owner, Supplier<Optional<File>> initialFolder, Consumer<Path> folderChosen) {
        this.owner = owner;
        this.initialFolder = initialFolder;
        this.folderChosen = folderChosen;
    }

    @Override
    public Optional<Path> choose(String what, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(what);
        chooser.setInitialFileName(suggestedName);
        String extension = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        extension.toUpperCase(java.util.Locale.ROOT) + " files", "*." + extension));
        initialFolder.get().ifPresent(chooser::setInitialDirectory);
        Optional<Path> chosen =
                Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        chosen.map(Path::getParent).ifPresent(folderChosen);
        return chosen;
    }
}
