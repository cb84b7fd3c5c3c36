package dev.benchlens.viewer.app;

import dev.benchlens.viewer.prefs.ViewerSettings;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: where it was last, when that is still on a screen, at the size it had, never larger than
 * the screen (a 1280x800 default would not fit a 768-pixel laptop screen).
 *
 * @param position {@code empty} to let the platform centre the window
 */
record WindowPlacement(double width, double height, Optional<Point2D> position) {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    static WindowPlacement onScreens(ViewerSettings.WindowState last, List<Rectangle2D> screens) {
        Rectangle2D screen = screens.stream()
                .filter(s -> last.placed() && s.contains(last.x() + 40, last.y() + 20))
                .findFirst()
                .orElse(screens.isEmpty() ? new Rectangle2D(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT) : screens.getFirst());
        double width = Math.min(last.width() > 0 ? last.width() : DEFAULT_WIDTH, screen.getWidth());
        double height = Math.min(last.height() > 0 ? last.height() : DEFAULT_HEIGHT, screen.getHeight());
        boolean stillOnScreen = last.placed() && screen.contains(last.x() + 40, last.y() + 20);
        return new WindowPlacement(
                width,
                height,
                stillOnScreen
                        ? Optional.of(new Point2D(
                                Math.min(last.x(), screen.getMaxX() - width),
                                Math.min(last.y(), screen.getMaxY() - height)))
                        : Optional.empty());
    }
}
