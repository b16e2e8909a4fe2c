package org.activationworkbench.data;

/**
 * A registry entry for a CSV file under sample-data/ (origins in sample-data/SOURCES.md). A table of pixels
 * (digits) is standardised with one mean and std over all pixels, as images are.
 */
record BundledCsvSource(String name, String file, String about, String source, String license, boolean pixels)
        implements DatasetSource {

    BundledCsvSource(String name, String file, String about, String source, String license) {
        this(name, file, about, source, license, false);
    }

    @Override
    public DatasetInfo info() {
        return DatasetInfo.of(load(DataOptions.defaults()));
    }

    @Override
    public Dataset load(DataOptions options) {
        return CsvDatasetReader.read(SampleData.require(file), options, name, about, source, license, pixels);
    }
}
