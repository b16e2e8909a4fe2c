import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.data.Split;

/**
 * Writes the exact standardised train/test splits `train --seed S` uses, so a peer library can be measured on
 * the same rows. Usage (after mvn -q package -DskipTests):
 * java -cp target/activation-workbench.jar tools/SplitTables.java DATASET SEEDS OUTDIR
 * → OUTDIR/seed{S}_{train,test}.csv for S = 0..SEEDS-1, features then the class index (or targets).
 */
public class SplitTables {
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SplitTables DATASET SEEDS OUTDIR");
            System.exit(2);
        }
        DatasetRegistry registry = new DatasetRegistry();
        Path out = Files.createDirectories(Path.of(args[2]));
        for (int seed = 0; seed < Integer.parseInt(args[1]); seed++) {
            Dataset d = registry.load(args[0], DataOptions.defaults().withSeed(seed));
            write(out.resolve("seed" + seed + "_train.csv"), d.train(), d.inputs());
            write(out.resolve("seed" + seed + "_test.csv"), d.test(), d.inputs());
        }
    }

    private static void write(Path file, Split split, int inputs) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            for (int r = 0; r < split.rows(); r++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < inputs; i++) line.append(split.x()[r * inputs + i]).append(',');
                if (split.labels() != null) line.append(split.labels()[r]);
                else line.append(split.targets()[r]);
                w.println(line);
            }
        }
    }
}
