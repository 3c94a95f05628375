package dev.opsmith.format.terraform.plan;

import dev.opsmith.core.Span;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads {@code terraform show -json plan.out} output (format 1.x) in one streaming pass, keeping only what rules
 * need (see {@link Plan}). Plans of large estates run to hundreds of megabytes, so nothing is held but the resource
 * changes and the configuration's references; prior state, variables and outputs are skipped unread.
 *
 * <p>Plans have their own size limit, {@value #DEFAULT_MAX_BYTES} bytes (200 MiB) unless set, separate from the
 * limit on other scanned files. Every failure, including malformed or truncated JSON and input over the limit, is
 * a {@link PlanParseException} with a position and what to do; nothing else is thrown. A reader is immutable and
 * may be shared between threads.
 */
public final class PlanReader {
    /** The default size limit: 200 MiB. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    /** The caller owns the stream it passes, so the parser must not close it. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    private static final Span WHOLE_FILE = Span.of(1, 1, 1, 1);

    private final long maxBytes;

    /** A reader with the default size limit. */
    public PlanReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses plans larger than {@code maxBytes} bytes. */
    public PlanReader(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("the plan size limit must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads a plan file.
     *
     * @param relativePath the file's path relative to the scan root, used in the values' origins
     */
    public Plan read(Path file, String relativePath) throws PlanParseException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) throw tooLarge(size);
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, relativePath);
            }
        } catch (NoSuchFileException e) {
            throw new PlanParseException("the plan file does not exist: " + file, WHOLE_FILE);
        } catch (IOException e) {
            throw new PlanParseException("cannot read the plan file " + file + ": " + e.getMessage(), WHOLE_FILE);
        }
    }

    /**
     * Reads a plan from a stream, which is not closed.
     *
     * @param relativePath the file's path relative to the scan root, used in the values' origins
     */
    public Plan read(InputStream in, String relativePath) throws PlanParseException {
        SizeLimitedInputStream limited = new SizeLimitedInputStream(in, maxBytes);
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), PlanEncoding.reader(limited))) {
            return new PlanDocument(new JsonCursor(parser, relativePath)).read();
        } catch (JacksonException e) {
            if (limited.exceeded()) throw tooLarge(-1);
            throw invalidJson(e);
        } catch (IOException e) {
            if (limited.exceeded()) throw tooLarge(-1);
            throw new PlanParseException("cannot read the plan: " + e.getMessage(), WHOLE_FILE);
        }
    }

    private PlanParseException tooLarge(long size) {
        String actual = size >= 0 ? " (" + mebibytes(size) + ")" : "";
        return new PlanParseException("the plan JSON is larger than the plan size limit of " + mebibytes(maxBytes)
                + actual + "; raise the plan size limit, or plan the configuration in smaller parts", WHOLE_FILE);
    }

    private static String mebibytes(long bytes) {
        if (bytes < 1024 * 1024) return bytes + " bytes";
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static PlanParseException invalidJson(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        Span span = WHOLE_FILE;
        if (location != null && location.getLineNr() > 0 && location.getColumnNr() > 0) {
            span = Span.of(location.getLineNr(), location.getColumnNr(), location.getLineNr(),
                    location.getColumnNr());
        }
        String detail = String.valueOf(e.getOriginalMessage());
        int newline = detail.indexOf('\n');
        if (newline >= 0) detail = detail.substring(0, newline);
        // A corrupt token may be a secret from the plan: name the problem, not the text.
        String unrecognized = "Unrecognized token '";
        if (detail.startsWith(unrecognized)) {
            int end = detail.indexOf("': was expecting");
            detail = "Unrecognized token" + (end >= 0 ? detail.substring(end + 1) : "");
        }
        return new PlanParseException("invalid plan JSON: " + detail + PlanMessages.REGENERATE, span);
    }
}
