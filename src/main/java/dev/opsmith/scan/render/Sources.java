package dev.opsmith.scan.render;

import dev.opsmith.core.SourceFile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the source files renders map back to (templates, values files, patches) as UTF-8 text. */
final class Sources {
    private Sources() {
    }

    /** A path as reports show it: relative to the scan root with forward slashes, absolute when outside it. */
    static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return (abs.startsWith(r) ? r.relativize(abs).toString() : abs.toString()).replace('\\', '/');
    }

    static SourceFile read(Path file, String relativePath) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new SourceFile(file, relativePath, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }
}
