package org.activationworkbench.data;

/**
 * One line of the dataset listing.
 *
 * @param name        registry name
 * @param task        classification or regression
 * @param inputs      input features
 * @param outputs     classes (classification) or outputs (regression)
 * @param trainSize   training rows at default options
 * @param testSize    test rows at default options
 * @param source      where the data comes from
 * @param license     its licence
 * @param description one line
 */
public record DatasetInfo(String name, Task task, int inputs, int outputs, int trainSize, int testSize,
                          String source, String license, String description) {

    static DatasetInfo of(Dataset d) {
        return new DatasetInfo(d.name(), d.task(), d.inputs(), d.outputs(), d.train().rows(), d.test().rows(),
                d.source(), d.license(), d.description());
    }
}
