package dev.benchlens.viewer.charts;

import dev.benchlens.format.Shape;
import dev.benchlens.report.NumberText;
import dev.benchlens.stats.ComparisonRow;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import dev.benchlens.viewer.background.BackgroundExecutor;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.TreeSet;

/**
 * For one operation, implementation and candidate at a time: the ratio as a colour over shape (x) and dtype (y),
 * so that where a speedup holds and where it falls away shows at once.
 */
public final class HeatMapChart extends JFreeComparisonChart {

    /** Up to this many cells each one is labelled with its ratio. */
    static final int MAX_LABELLED = 150;
    /** Past this many shapes the cells get too narrow to see; the smallest ones are drawn. */
    static final int MAX_SHAPES = 40;

    private final ComboBox<String> operation = new ComboBox<>();
    private final ComboBox<String> implementation = new ComboBox<>();
    private final ComboBox<String> candidate = new ComboBox<>();
    private final BorderPane pane = new BorderPane();
    private boolean updatingChoices;

    public HeatMapChart(BackgroundExecutor executor) {
        super("heatMapChart", executor);
        operation.setId("heatMapOperation");
        operation.setPrefWidth(130);
        implementation.setPrefWidth(100);
        candidate.setPrefWidth(200);
        Label candidateLabel = new Label("Candidate");
        // With one candidate there is nothing to choose.
        var several = javafx.beans.binding.Bindings.createBooleanBinding(() -> candidate.getItems().size() > 1,
                candidate.itemsProperty());
        for (javafx.scene.Node node : List.of(candidateLabel, candidate)) {
            node.visibleProperty().bind(several);
            node.managedProperty().bind(several);
        }
        HBox choices = new HBox(8, new Label("Operation"), operation, new Label("Implementation"), implementation,
                candidateLabel, candidate);
        for (var node : choices.getChildren()) {
            if (node instanceof javafx.scene.layout.Region region) {
                region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        choices.setPadding(new Insets(6, 8, 6, 8));
        choices.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        pane.setTop(choices);
        pane.setCenter(super.view());
        for (ComboBox<String> box : List.of(operation, implementation, candidate)) {
            box.valueProperty().addListener((obs, old, now) -> {
                if (!updatingChoices) {
                    rebuild();
                }
            });
        }
    }

    @Override
    public String title() {
        return "Heat map";
    }

    @Override
    public Node view() {
        return pane;
    }

    @Override
    Callable<Drawing> prepare(ChartInput input) {
        updateChoices(input);
        Choice choice = new Choice(operation.getValue(), implementation.getValue(), candidate.getValue());
        return () -> {
            Cells cells = new Cells(input, choice);
            return cells.chart == null ? null : cells;
        };
    }

    /** The operation, implementation and candidate the map is drawn for. */
    private record Choice(String operation, String implementation, String candidate) {
    }

    /** The cells for one input and choice, and which row each cell stands for. */
    private final class Cells implements Drawing {
        private final List<ComparisonRow> cells = new ArrayList<>();
        private List<Shape> shapes = List.of();
        private List<String> dtypes = List.of();
        private final JFreeChart chart;

        Cells(ChartInput input, Choice choice) {
            chart = build(input, choice);
        }

        @Override
        public JFreeChart chart() {
            return chart;
        }

        private JFreeChart build(ChartInput input, Choice choice) {
            List<ComparisonRow> chosen = input.rows().stream()
                    .filter(row -> row.key().operation().equals(choice.operation())
                            && row.key().implementation().equals(choice.implementation())
                            && input.candidateName(row).equals(choice.candidate()))
                    .toList();
            if (chosen.isEmpty()) {
                return null;
            }
            List<Shape> allShapes = List.copyOf(new TreeSet<>(chosen.stream().map(r -> r.key().shape()).toList()));
            shapes = allShapes.subList(0, Math.min(MAX_SHAPES, allShapes.size()));
            dtypes = List.copyOf(new TreeSet<>(chosen.stream().map(r -> r.key().dtype()).toList()));
            Map<Shape, Integer> shapeIndex = indexOf(shapes);
            Map<String, Integer> dtypeIndex = indexOf(dtypes);
            chosen.stream().filter(r -> shapeIndex.containsKey(r.key().shape())).forEach(cells::add);
            double[][] xyz = new double[3][cells.size()];
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < cells.size(); i++) {
                ComparisonRow row = cells.get(i);
                xyz[0][i] = shapeIndex.get(row.key().shape());
                xyz[1][i] = dtypeIndex.get(row.key().dtype());
                xyz[2][i] = row.ratio().value();
                if (row.ratio().value() > 0) {
                    min = Math.min(min, row.ratio().value());
                    max = Math.max(max, row.ratio().value());
                }
            }
            DefaultXYZDataset data = new DefaultXYZDataset();
            data.addSeries("ratio", xyz);

            RatioPaintScale scale = new RatioPaintScale(min, max);
            XYBlockRenderer renderer = new XYBlockRenderer();
            renderer.setPaintScale(scale);
            renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
                ComparisonRow row = cells.get(item);
                return row.key() + ": ratio " + NumberText.times(row.ratio().value()) + " "
                        + NumberText.interval(row.ratio().ci95()) + ", speedup " + NumberText.times(row.baseline().speedup())
                        + " → " + NumberText.times(row.candidate().speedup()) + " " + row.band().label();
            });
            SymbolAxis shapeAxis = new SymbolAxis("shape", shapes.stream().map(Shape::toString).toArray(String[]::new));
            shapeAxis.setGridBandsVisible(false);
            SymbolAxis dtypeAxis = new SymbolAxis("dtype", dtypes.toArray(String[]::new));
            dtypeAxis.setGridBandsVisible(false);
            XYPlot plot = new XYPlot(data, shapeAxis, dtypeAxis, renderer);
            plot.setBackgroundPaint(new Color(0xf0f0f0));
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(false);
            if (cells.size() <= MAX_LABELLED) {
                Font font = new Font(Font.SANS_SERIF, Font.BOLD, 12);
                for (int i = 0; i < cells.size(); i++) {
                    XYTextAnnotation label = new XYTextAnnotation(NumberText.times(xyz[2][i]), xyz[0][i], xyz[1][i]);
                    label.setFont(font);
                    plot.addAnnotation(label);
                }
            }
            JFreeChart chart = new JFreeChart("Ratio by shape and dtype: " + choice.operation() + " ["
                    + choice.implementation() + "]", TITLE_FONT, plot, false);
            chart.addSubtitle(new TextTitle(choice.candidate() + " / " + input.baselineName()
                    + "; green: candidate better, red: worse, white: same"
                    + (allShapes.size() > shapes.size()
                    ? "; smallest " + shapes.size() + " of " + allShapes.size() + " shapes, filter to see others" : "")));
            LogAxis legendAxis = new LogAxis("ratio");
            legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
            legendAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.##'x'"));
            PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
            legend.setMargin(4, 4, 40, 4);
            legend.setStripWidth(14);
            legend.setSubdivisionCount(200);
            chart.addSubtitle(legend);
            return chart;
        }

        @Override
        public ComparisonRow rowOf(ChartEntity entity) {
            if (entity instanceof XYItemEntity item && item.getItem() < cells.size()) {
                return cells.get(item.getItem());
            }
            return null;
        }

        @Override
        public void mark(ComparisonRow row) {
            XYPlot plot = chart.getXYPlot();
            plot.getAnnotations().stream().filter(a -> a instanceof org.jfree.chart.annotations.XYBoxAnnotation)
                    .toList().forEach(plot::removeAnnotation);
            int index = row == null ? -1 : cells.indexOf(row);
            if (index >= 0) {
                double x = shapes.indexOf(row.key().shape());
                double y = dtypes.indexOf(row.key().dtype());
                plot.addAnnotation(new org.jfree.chart.annotations.XYBoxAnnotation(x - 0.5, y - 0.5, x + 0.5, y + 0.5,
                        new BasicStroke(3f), SELECTED));
            } else if (row != null && !Objects.equals(row.key().operation(), operation.getValue())
                    && operation.getItems().contains(row.key().operation())) {
                // Follow a row chosen elsewhere to the operation it belongs to.
                updatingChoices = true;
                operation.setValue(row.key().operation());
                implementation.setValue(row.key().implementation());
                updatingChoices = false;
                rebuild();
            }
        }
    }

    private static <T> Map<T, Integer> indexOf(List<T> values) {
        Map<T, Integer> index = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            index.put(values.get(i), i);
        }
        return index;
    }

    /** Offers the operations, implementations and candidates present, keeping the user's choice where it still is. */
    private void updateChoices(ChartInput input) {
        updatingChoices = true;
        try {
            choose(operation, input.rows().stream().map(r -> r.key().operation()).toList());
            choose(implementation, input.rows().stream().map(r -> r.key().implementation()).toList());
            choose(candidate, input.rows().stream().map(input::candidateName).toList());
        } finally {
            updatingChoices = false;
        }
    }

    private static void choose(ComboBox<String> box, List<String> values) {
        List<String> distinct = values.stream().distinct().sorted().toList();
        if (!distinct.equals(box.getItems())) {
            String kept = box.getValue();
            box.setItems(FXCollections.observableArrayList(distinct));
            box.setValue(distinct.contains(kept) ? kept : distinct.isEmpty() ? null : distinct.getFirst());
        } else if (box.getValue() == null && !distinct.isEmpty()) {
            box.setValue(distinct.getFirst());
        }
    }
}
