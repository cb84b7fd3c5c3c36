package dev.benchlens.viewer.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * A dragboard holding files, as the desktop hands one to a drop: Monocle has no drag and drop of its own, so the
 * window's drop handling is driven with events carrying this board.
 */
final class SyntheticDragboard {

    private SyntheticDragboard() {}

    static Dragboard holding(List<File> files) {
        TKClipboard peer = (TKClipboard) Proxy.newProxyInstance(
                TKClipboard.class.getClassLoader(),
                new Class<?>[] {TKClipboard.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContentTypes" -> Set.of(DataFormat.FILES);
                    case "hasContent" -> DataFormat.FILES.equals(args[0]);
                    case "getContent" -> DataFormat.FILES.equals(args[0]) ? files : null;
                    case "getTransferModes" -> Set.of(TransferMode.COPY);
                    case "getDragViewOffsetX", "getDragViewOffsetY" -> 0.0;
                    case "putContent" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "dragboard holding " + files;
                    default -> null;
                });
        return DragboardHelper.createDragboard(peer);
    }
}
