package dev.benchlens.viewer.github;

import dev.benchlens.github.WorkflowRun;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Open from GitHub…: a repository field (a pasted run URL opens that run), the token's status, the
 * workflow's recent runs with branch, commit, event, date and conclusion; select several and open them. A run URL
 * dropped on the window opens it too.
 */
public final class GitHubOpenDialog {

    /** UTC, as the run list, the run names and the command line show times. */
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final Stage stage = new Stage();

    public GitHubOpenDialog(GitHubOpenModel model, Window owner) {
        TextField repository = new TextField();
        repository.setId("githubRepository");
        repository.setPromptText("OWNER/REPO, or paste a run's URL");
        repository.textProperty().bindBidirectional(model.repositoryProperty());
        repository.setOnAction(e -> model.listRuns());
        HBox.setHgrow(repository, Priority.ALWAYS);
        TextField workflow = new TextField();
        workflow.textProperty().bindBidirectional(model.workflowProperty());
        workflow.setPrefColumnCount(16);
        Button list = new Button("List runs");
        list.setId("githubList");
        list.setOnAction(e -> model.listRuns());
        HBox top = new HBox(8, new Label("Repository"), repository, new Label("Workflow"), workflow, list);

        Label token = new Label();
        token.setId("githubToken");
        token.setWrapText(true);
        token.textProperty().bind(model.tokenStatusProperty());

        TableView<WorkflowRun> table = new TableView<>(model.runs());
        table.setId("githubRuns");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns()
                .setAll(List.of(
                        column("Run", r -> Long.toString(r.id())),
                        column("Branch", WorkflowRun::branch),
                        column("Commit", WorkflowRun::shortCommit),
                        column("Event", WorkflowRun::event),
                        column("Created (UTC)", r -> r.createdAt() == null ? "" : UTC.format(r.createdAt())),
                        column("Conclusion", WorkflowRun::conclusion)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button open = new Button("Open selected");
        open.setId("githubOpen");
        open.setDefaultButton(true);
        open.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        open.setOnAction(e -> model.open(List.copyOf(table.getSelectionModel().getSelectedItems())));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("githubStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        Label cache = new Label("Cache: " + model.cacheRoot());
        cache.getStyleClass().add("hint");
        HBox bottom = new HBox(8, busy, status, open);

        VBox root = new VBox(8, top, token, table, bottom, cache);
        root.setPadding(new Insets(10));
        root.setOnDragOver(GitHubOpenDialog::acceptText);
        root.setOnDragDropped(e -> dropped(e, model));
        stage.setScene(new Scene(root, 820, 480));
        stage.setTitle("Open from GitHub");
        stage.initOwner(owner);
    }

    public void show() {
        stage.show();
    }

    private static TableColumn<WorkflowRun, String> column(String title, Function<WorkflowRun, String> value) {
        TableColumn<WorkflowRun, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static void acceptText(DragEvent event) {
        if (event.getDragboard().hasUrl() || event.getDragboard().hasString()) {
            event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
        }
        event.consume();
    }

    private static void dropped(DragEvent event, GitHubOpenModel model) {
        String text = event.getDragboard().hasUrl()
                ? event.getDragboard().getUrl()
                : event.getDragboard().getString();
        boolean ok = text != null;
        if (ok) {
            model.openUrl(text.strip());
        }
        event.setDropCompleted(ok);
        event.consume();
    }
}
