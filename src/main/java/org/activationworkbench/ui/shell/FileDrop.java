package org.activationworkbench.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.ui.model.Banner;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.panels.ExperimentPanel;

/**
 * Files dropped on the window open as File ▸ Open… and Open dataset… open them: an {@code .awb} workbench file, a
 * CSV file (the Import CSV dialog), a folder of IDX files (a run on it). The checks and messages are those of the
 * open paths themselves; anything else gets one message saying what can be dropped. While files are dragged over
 * the window it wears the {@value #HOVER} style (an accent outline).
 */
final class FileDrop {

    /** The style class of the window's root while files are dragged over it. */
    static final String HOVER = "drop-hover";
    static final List<String> TABLE_ENDINGS = List.of(".csv", ".tsv", ".txt");

    /** What a drop is taken for. */
    enum Kind { WORKBENCH, TABLE, IDX_FOLDER, UNSUPPORTED }

    private final WorkbenchViewModel vm;
    private final FileActions files;
    private final ExperimentPanel experiment;
    private final Node target;

    FileDrop(WorkbenchViewModel vm, FileActions files, ExperimentPanel experiment, Node target) {
        this.vm = vm;
        this.files = files;
        this.experiment = experiment;
        this.target = target;
        target.setOnDragOver(this::dragOver);
        target.setOnDragEntered(e -> {
            if (e.getDragboard().hasFiles()) setHover(true);
        });
        target.setOnDragExited(e -> setHover(false));
        target.setOnDragDropped(e -> {
            boolean hasFiles = e.getDragboard().hasFiles();
            if (hasFiles) drop(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            setHover(false);
            e.setDropCompleted(hasFiles);
            e.consume();
        });
    }

    /** Any files are taken, so that a wrong one gets its message rather than a silent refusal. */
    private void dragOver(DragEvent e) {
        if (e.getGestureSource() == null && e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
        e.consume();
    }

    void setHover(boolean on) {
        var classes = target.getStyleClass();
        if (on && !classes.contains(HOVER)) classes.add(HOVER);
        if (!on) classes.remove(HOVER);
    }

    boolean hovering() {
        return target.getStyleClass().contains(HOVER);
    }

    static Kind kind(Path p) {
        if (Files.isDirectory(p)) return Kind.IDX_FOLDER;
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(WorkbenchFile.EXTENSION)) return Kind.WORKBENCH;
        if (TABLE_ENDINGS.stream().anyMatch(name::endsWith)) return Kind.TABLE;
        return Kind.UNSUPPORTED;
    }

    /** Opens what was dropped, or says in the banner why it cannot. */
    void drop(List<Path> dropped) {
        if (dropped.size() != 1) {
            vm.banner.set(Banner.error("Drop one file or folder at a time (" + dropped.size() + " were dropped): "
                    + WHAT_CAN_BE_DROPPED));
            return;
        }
        Path p = dropped.get(0);
        switch (kind(p)) {
            case WORKBENCH -> files.whenSafeToDiscard(() -> files.open(p));
            case TABLE -> experiment.openDataset(p);
            case IDX_FOLDER -> experiment.openDatasetFolder(p);
            case UNSUPPORTED -> vm.banner.set(Banner.error("Cannot open " + p.getFileName() + " by dropping it: "
                    + WHAT_CAN_BE_DROPPED));
        }
    }

    static final String WHAT_CAN_BE_DROPPED = "drop a workbench file (.awb), a CSV file (.csv, .tsv, .txt) "
            + "or a folder holding the four IDX files of an MNIST-style image set.";
}
