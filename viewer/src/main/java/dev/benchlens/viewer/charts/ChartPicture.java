package dev.benchlens.viewer.charts;

import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.background.Lane;
import dev.benchlens.viewer.background.Latest;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;

/**
 * Shows a JFreeChart as a picture painted in the drawing lane. Painting a chart of a few dozen named cases
 * takes a fifth of a second of text layout on a slow machine; done on the UI thread, as JFreeChart-FX's canvas
 * does, it froze the window each time the rows changed.
 *
 * <p>Once a chart is handed over, only the drawing lane touches it: the edit given with each paint (marking the
 * selected row) runs there, just before the chart is drawn, and so does {@link #export}.
 */
final class ChartPicture extends Region {

    private final ImageView image = new ImageView();
    private final Tooltip tooltip = new Tooltip();
    private final BackgroundExecutor executor;
    /** Only the latest paint asked for is drawn; older ones are skipped, or dropped when they finish. */
    private final Latest paints;

    private JFreeChart chart;
    private Runnable edit = () -> {};
    private EntityCollection entities;
    private boolean tooltipInstalled;
    /** The size of the latest paint asked for: the picture is painted again when the region's size differs. */
    private double requestedWidth;

    private double requestedHeight;

    ChartPicture(BackgroundExecutor executor) {
        this.executor = executor;
        this.paints = executor.latest(Lane.DRAWING);
        getChildren().add(image);
        image.setManaged(false);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> explain(entityAt(e.getX(), e.getY())));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> explain(Optional.empty()));
        // Sharp again after the window moves to a screen of another scale.
        sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::outputScaleXProperty)
                .addListener((obs, was, now) -> repaint());
    }

    /** Shows {@code chart}, running {@code edit} on it before each paint; {@code null} clears the picture. */
    void show(JFreeChart chart, Runnable edit) {
        this.chart = chart;
        this.edit = edit;
        repaint();
    }

    /** Paints the chart again after its edit would change it (another row marked). */
    void repaint() {
        double width = getWidth();
        double height = getHeight();
        requestedWidth = width;
        requestedHeight = height;
        if (chart == null || width < 1 || height < 1) {
            paints.next();
            image.setImage(null);
            entities = null;
            return;
        }
        JFreeChart painted = chart;
        Runnable before = edit;
        double scale = outputScale();
        paints.submit(
                () -> {
                    before.run();
                    ChartRenderingInfo info = new ChartRenderingInfo();
                    BufferedImage picture = paint(painted, width, height, scale, info);
                    return new Painted(picture, info.getEntityCollection());
                },
                done -> showPicture(done.picture(), done.entities()),
                failure -> System.err.println(
                        "benchlens: cannot draw " + painted.getTitle().getText() + ": " + failure));
    }

    /**
     * The chart drawn at the given size for export; waits for the drawing lane, which owns the chart.
     *
     * @throws IllegalStateException when there is no chart, or painting it failed
     */
    BufferedImage export(int width, int height) {
        JFreeChart exported = chart;
        Runnable before = edit;
        if (exported == null) {
            throw new IllegalStateException("there is no chart to export yet");
        }
        try {
            return executor.await(Lane.DRAWING, () -> {
                before.run();
                return exported.createBufferedImage(width, height);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the chart", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot draw the chart: " + e, e);
        }
    }

    /** The mark (bar, point) under a point of this picture, in its own coordinates. */
    Optional<ChartEntity> entityAt(double x, double y) {
        return entities == null ? Optional.empty() : Optional.ofNullable(entities.getEntity(x, y));
    }

    /** Where the first mark {@code wanted} accepts is drawn, on screen. */
    Optional<Point2D> screenPointOf(Predicate<ChartEntity> wanted) {
        if (entities == null) {
            return Optional.empty();
        }
        for (Object item : entities.getEntities()) {
            ChartEntity entity = (ChartEntity) item;
            if (wanted.test(entity)) {
                Rectangle2D bounds = entity.getArea().getBounds2D();
                return Optional.ofNullable(localToScreen(bounds.getCenterX(), bounds.getCenterY()));
            }
        }
        return Optional.empty();
    }

    @Override
    protected void layoutChildren() {
        image.setFitWidth(getWidth());
        image.setFitHeight(getHeight());
        if (chart != null && (getWidth() != requestedWidth || getHeight() != requestedHeight)) {
            repaint();
        }
    }

    private void showPicture(BufferedImage picture, EntityCollection painted) {
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(
                picture.getWidth(), picture.getHeight(), IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        image.setImage(new WritableImage(buffer));
        entities = painted;
    }

    /** A picture of the chart, and where its marks are. */
    private record Painted(BufferedImage picture, EntityCollection entities) {}

    private static BufferedImage paint(
            JFreeChart chart, double width, double height, double scale, ChartRenderingInfo info) {
        BufferedImage picture = new BufferedImage(
                (int) Math.ceil(width * scale), (int) Math.ceil(height * scale), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = picture.createGraphics();
        try {
            // Entities come out in the chart's own units, which are this region's coordinates.
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g.dispose();
        }
        return picture;
    }

    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }

    private void explain(Optional<ChartEntity> entity) {
        String text = entity.map(ChartEntity::getToolTipText).orElse(null);
        if (text != null) {
            tooltip.setText(text);
        }
        if (tooltipInstalled != (text != null)) {
            tooltipInstalled = text != null;
            if (tooltipInstalled) {
                Tooltip.install(this, tooltip);
            } else {
                Tooltip.uninstall(this, tooltip);
            }
        }
    }
}
