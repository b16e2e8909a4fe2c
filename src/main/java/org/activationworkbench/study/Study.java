package org.activationworkbench.study;

import java.io.IOException;

/**
 * One reproduction study: trains what it needs, then writes report.md, results.csv and its figures into the
 * context's folder. Implementations hold no state between runs.
 */
public interface Study {

    /** The CLI name, e.g. "spline-vs-relu". */
    String name();

    /** One line for listings and the report's heading. */
    String title();

    void run(StudyContext context) throws IOException;
}
