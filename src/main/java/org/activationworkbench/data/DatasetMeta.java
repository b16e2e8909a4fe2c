package org.activationworkbench.data;

import java.util.List;

/** Everything about a dataset except its numbers; the assembler combines it with the samples. */
public record DatasetMeta(String name, String description, List<String> classNames, List<String> featureNames,
                          String source, String license, String checksum) {

    public DatasetMeta {
        classNames = List.copyOf(classNames);
        featureNames = List.copyOf(featureNames);
    }
}
