package org.activationworkbench.data;

import java.util.List;

/**
 * A dataset ready for training: standardised float32 train and test splits plus what describes it.
 *
 * @param name            registry name or file name ("spiral", "iris", "my.csv")
 * @param description     one line for listings
 * @param task            classification or regression
 * @param inputs          number of input features
 * @param outputs         classes (classification) or regression outputs
 * @param classNames      one per class (classification), else empty
 * @param featureNames    one per input
 * @param train           standardised training split
 * @param test            standardised test split (standardised with the training statistics)
 * @param standardisation the transform applied to the raw inputs
 * @param source          where the data comes from
 * @param license         its licence
 * @param checksum        SHA-256 (hex) over the raw data or the generator's parameters, recorded in run.json
 */
public record Dataset(String name, String description, Task task, int inputs, int outputs,
                      List<String> classNames, List<String> featureNames, Split train, Split test,
                      Standardisation standardisation, String source, String license, String checksum) {
}
