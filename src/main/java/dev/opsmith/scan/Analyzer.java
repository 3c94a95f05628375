package dev.opsmith.scan;

import dev.opsmith.core.ExternalFinding;
import dev.opsmith.core.Format;

import java.util.List;

/** An external tool run in the analysis stage; its results reach rules as data, never as findings directly. */
public interface Analyzer {
    String tool();

    Format format();

    /** The tool's version as it reports it; recorded in every report. */
    String version();

    /** Runs the tool over one parsed file; results are mapped to spans of that file. */
    List<ExternalFinding> analyse(Object model);
}
