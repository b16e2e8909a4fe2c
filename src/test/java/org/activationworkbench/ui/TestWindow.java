package org.activationworkbench.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationworkbench.ui.model.FrameLoop;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.shell.WorkbenchApp;
import org.activationworkbench.ui.shell.WorkbenchController;

/** The whole workbench window on a test stage, as the app builds it, with its frame loop; confirmations say yes. */
public record TestWindow(WorkbenchViewModel vm, WorkbenchController controller) {

    public static TestWindow show(Stage stage) throws Exception {
        WorkbenchViewModel vm = new WorkbenchViewModel();
        Scene scene = WorkbenchApp.createScene(vm);
        WorkbenchController controller = (WorkbenchController) scene.getUserData();
        new FrameLoop(vm);
        controller.experimentController.confirm = message -> true;
        stage.setScene(scene);
        stage.show();
        return new TestWindow(vm, controller);
    }
}
