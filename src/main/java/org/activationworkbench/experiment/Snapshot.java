package org.activationworkbench.experiment;

import java.util.List;

/**
 * An immutable picture of a run at one moment: where it is, its latest metrics, and every activation's
 * parameters. Published by the training thread; read by the UI and the exports.
 */
public record Snapshot(long step, double epoch, double seconds, MetricsRow metrics, List<LayerSnapshot> layers) {
}
