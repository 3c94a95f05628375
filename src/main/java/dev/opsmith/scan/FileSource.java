package dev.opsmith.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How the scanner reads files: a seam so tests can simulate unreadable files (CI runs as root). */
public interface FileSource {
    long size(Path file) throws IOException;

    byte[] read(Path file) throws IOException;

    /** The first {@code max} bytes of a file (fewer when it is shorter), without reading the rest. */
    default byte[] head(Path file, int max) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    FileSource DISK = new FileSource() {
        @Override
        public long size(Path file) throws IOException {
            return Files.size(file);
        }

        @Override
        public byte[] read(Path file) throws IOException {
            return Files.readAllBytes(file);
        }
    };
}
