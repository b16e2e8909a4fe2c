package org.activationworkbench.data;

/** One named entry of the registry. */
interface DatasetSource {

    String name();

    /** The listing line, at default options; may be cheaper than a load. */
    DatasetInfo info();

    Dataset load(DataOptions options);
}
