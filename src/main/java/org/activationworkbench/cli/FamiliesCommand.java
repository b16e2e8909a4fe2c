package org.activationworkbench.cli;

import java.util.concurrent.Callable;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.FamilyInfo;
import picocli.CommandLine.Command;

@Command(name = "families", mixinStandardHelpOptions = true,
        description = "List every activation family: name, kind, default options, parameter count, description.")
final class FamiliesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        for (FamilyInfo f : ActivationRegistry.all()) {
            System.out.println(String.join("\t", f.name(), f.learnable() ? "learnable" : "fixed",
                    f.defaultOptions().isEmpty() ? "-" : f.defaultOptions(), f.parameterCountFormula(), f.description()));
        }
        return 0;
    }
}
