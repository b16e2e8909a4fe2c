/**
 * Statistics over seeds, written once for the studies, compare and the window: {@link
 * org.activationworkbench.stats.Summary} (n, mean, sd, standard error, 95 % interval, range), {@link
 * org.activationworkbench.stats.Difference} (two arms, Welch's interval) and {@link
 * org.activationworkbench.stats.StudentT} (its quantiles). Pure arithmetic on doubles: no project package below it.
 */
package org.activationworkbench.stats;
