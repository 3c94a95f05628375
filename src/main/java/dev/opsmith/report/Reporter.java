package dev.opsmith.report;

import dev.opsmith.core.ScanResult;

import java.io.IOException;
import java.io.Writer;

/** Writes one output format of a scan. Reporters never close {@code out}; the caller owns it. */
public interface Reporter {
    void write(ScanResult result, Writer out) throws IOException;
}
