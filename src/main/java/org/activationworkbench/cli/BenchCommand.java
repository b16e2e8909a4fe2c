package org.activationworkbench.cli;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.nn.Blas;
import org.activationworkbench.train.TrainingOptions;
import org.activationworkbench.train.TrainingSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.activationworkbench.core.JvmRelaunch;

/**
 * Training throughput, the same protocol as shared/bench/torch_peer.py: Adam 1e-3, each family at its
 * default options and sharing; 20 warm-up steps (and at least a second, for the JIT), then as many steps
 * as fit in --seconds. The cnn-* lines train conv 16,32 + hidden 128, as bench/torch_peer_cnn.py does; the res-*
 * lines a residual pre-LayerNorm network with one block per --hidden entry (no PyTorch peer: compare them with the
 * plain MLP per parameter).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Training throughput per family: prints family<TAB>samples_per_second<TAB>final_loss.")
final class BenchCommand implements Callable<Integer> {

    static final String THREADS_ENV = "OPENBLAS_NUM_THREADS";
    /** A line "cnn-relu" measures the CNN with relu (the peer: bench/torch_peer_cnn.py). */
    static final String CNN_PREFIX = "cnn-";
    /** A line "res-hermite" measures residual pre-LayerNorm blocks with hermite. */
    static final String RES_PREFIX = "res-";

    @Option(names = "--dataset", defaultValue = "fashion-mnist", paramLabel = "NAME|PATH", description = "Dataset (default ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--hidden", defaultValue = "256,256", paramLabel = "W1,W2,...", description = "Hidden widths (default ${DEFAULT-VALUE}).")
    String hidden;

    @Option(names = "--batch", defaultValue = "128", paramLabel = "B", description = "Batch size (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--families", defaultValue = "relu,gelu,prelu,dyn,bspline,hermite,fourier,tropical,slaf,rational,cnn-relu,cnn-bspline",
            paramLabel = "A,B,...", description = "Families to measure; cnn-NAME trains the CNN (--cnn-conv, --cnn-hidden) with that family, res-NAME residual pre-LayerNorm blocks, one per --hidden entry (default ${DEFAULT-VALUE}).")
    String families;

    @Option(names = "--cnn-conv", defaultValue = "16,32", paramLabel = "C1,C2,...", description = "Conv channels of the cnn-* lines (default ${DEFAULT-VALUE}).")
    String cnnConv;

    @Option(names = "--cnn-hidden", defaultValue = "128", paramLabel = "W1,...", description = "Hidden widths of the cnn-* lines (default ${DEFAULT-VALUE}).")
    String cnnHidden;

    @Option(names = "--seconds", defaultValue = "8", paramLabel = "S", description = "Measured seconds per family (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "BLAS threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new IllegalArgumentException("--seconds must be more than 0 and at most 3600, got " + seconds);
        }
        if (!String.valueOf(threads).equals(System.getProperty("workbench.threads"))) {
            return relaunchWithThreads();
        }
        int[] widths = Numbers.parseIntList(hidden, "--hidden");
        Dataset data = new DatasetRegistry().load(dataset, DataOptions.defaults());
        System.out.println("blas\t" + Blas.implementation() + "\tthreads " + threads
                + (Blas.isNative() ? "" : " (activation kernels; the Java BLAS runs on one)"));
        int[] cnnChannels = Numbers.parseIntList(cnnConv, "--cnn-conv");
        int[] cnnWidths = Numbers.parseIntList(cnnHidden, "--cnn-hidden");
        for (String name : families.split(",")) {
            String line = name.trim();
            boolean cnn = line.startsWith(CNN_PREFIX);
            boolean residual = line.startsWith(RES_PREFIX);
            String family = cnn ? line.substring(CNN_PREFIX.length())
                    : residual ? line.substring(RES_PREFIX.length()) : line;
            TrainingOptions opts = TrainingOptions.defaults().withEpochs(1).withBatch(batch).withRates(1e-3, 1e-3)
                    .withMomentum(0).withClip("slaf".equals(family) ? 1.0 : 0.0);
            ExperimentConfig cfg = new ExperimentConfig(dataset, DataOptions.defaults(), ActivationSpec.of(family), null,
                    boxed(cnn ? cnnWidths : widths), opts, cnn ? boxed(cnnChannels) : null, null);
            if (residual) cfg = cfg.withArchitecture(new Architecture(Architecture.Block.RESIDUAL, Architecture.Norm.LAYER));
            TrainingSession session = new Experiment(cfg, data).session();
            long warmStart = System.nanoTime();
            for (int i = 0; i < 20 || System.nanoTime() - warmStart < 1_000_000_000L; i++) session.step();
            long start = System.nanoTime();
            long seen = 0;
            double loss;
            do {
                loss = session.step();
                seen += Math.min(batch, data.train().rows());
            } while (System.nanoTime() - start < seconds * 1e9);
            double rate = seen / ((System.nanoTime() - start) / 1e9);
            System.out.println(String.format(Locale.ROOT, "%s\t%.0f\t%.4f", line, rate, loss));
            System.out.flush();
        }
        return 0;
    }

    private static List<Integer> boxed(int[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
    }

    /**
     * OpenBLAS reads its thread count once, from the environment, so a different count needs a fresh JVM;
     * the activation kernels get the same cap through -Dworkbench.threads.
     */
    private int relaunchWithThreads() throws Exception {
        return JvmRelaunch.run(List.of("-Dworkbench.threads=" + threads), Map.of(THREADS_ENV, String.valueOf(threads)),
                WorkbenchCli.class.getName(),
                List.of("bench", "--dataset", dataset, "--hidden", hidden, "--batch", String.valueOf(batch),
                        "--families", families, "--cnn-conv", cnnConv, "--cnn-hidden", cnnHidden,
                        "--seconds", String.valueOf(seconds), "--threads", String.valueOf(threads)));
    }
}
