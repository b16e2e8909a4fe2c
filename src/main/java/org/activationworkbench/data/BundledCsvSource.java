package org.activationworkbench.data;

/** A registry entry for a CSV file under sample-data/ (origins in sample-data/SOURCES.md). */
record BundledCsvSource(String name, String file, String about, String source, String license)
        implements DatasetSource {

    @Override
    public DatasetInfo info() {
        return DatasetInfo.of(load(DataOptions.defaults()));
    }

    @Override
    public Dataset load(DataOptions options) {
        return CsvDatasetReader.read(SampleData.require(file), options, name, about, source, license);
    }
}
