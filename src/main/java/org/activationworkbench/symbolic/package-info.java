/**
 * What did it learn? Closed-form readings of learned activations.
 *
 * <p>{@link org.activationworkbench.symbolic.SymbolicFitter} fits a library of forms
 * ({@link org.activationworkbench.symbolic.Primitive}) as a·g(b·x + c) + d, and sums of two, to one activation
 * sampled over the inputs it saw ({@link org.activationworkbench.symbolic.InputDistribution}, from the replayed
 * training data or a recorded histogram), and ranks the results by one rule
 * ({@link org.activationworkbench.symbolic.Ranking}). A result is an immutable
 * {@link org.activationworkbench.symbolic.Formula} (value, derivative, text, LaTeX, torch) with its fit
 * ({@link org.activationworkbench.symbolic.Candidate}). {@link org.activationworkbench.symbolic.RunReader} reads
 * every activation of a saved run; {@link org.activationworkbench.symbolic.ReadingTables} and
 * {@link org.activationworkbench.symbolic.ReadingJson} write the readings for the `symbolic` command and the
 * numbers export. Sits above experiment (it replays saved models) and below plot; no JavaFX.
 */
package org.activationworkbench.symbolic;
