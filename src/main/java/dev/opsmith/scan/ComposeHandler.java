package dev.opsmith.scan;

import dev.opsmith.core.Format;
import dev.opsmith.core.SourceFile;
import dev.opsmith.format.compose.ComposeFiles;
import dev.opsmith.format.compose.ComposeParseException;
import dev.opsmith.format.compose.ComposeProject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Docker Compose files, claimed by name and read as Compose reads them (YAML 1.2): merged with the files Compose
 * reads with them by default (base, then override, in the same folder) and interpolated from the {@code .env}
 * beside them, both read through {@link FileSource}. Each file is scanned on its own and reports only what it wrote.
 */
final class ComposeHandler implements FormatHandler {

    @Override
    public Format format() {
        return Format.COMPOSE;
    }

    @Override
    public boolean claims(String text) {
        return true;
    }

    @Override
    public boolean trailingComments() {
        return true;
    }

    @Override
    public Object parse(SourceFile file, FileSource files) throws ParseFailure {
        Path dir = file.path().toAbsolutePath().getParent();
        String relDir = file.relativePath().contains("/")
                ? file.relativePath().substring(0, file.relativePath().lastIndexOf('/') + 1) : "";
        List<SourceFile> ordered = new ArrayList<>();
        for (String name : ComposeFiles.mergeOrder(file.name(), n -> dir != null && Files.isRegularFile(dir.resolve(n)))) {
            if (name.equals(file.name())) {
                ordered.add(file);
                continue;
            }
            read(files, dir.resolve(name)).ifPresent(text -> ordered.add(new SourceFile(dir.resolve(name), relDir + name, text)));
        }
        Optional<String> dotEnv = dir == null ? Optional.empty() : read(files, dir.resolve(".env"));
        try {
            return ComposeProject.parse(file, ordered, dotEnv);
        } catch (ComposeParseException e) {
            throw new ParseFailure(e.getMessage(), e.span());
        }
    }

    /** A companion's text; absent when missing or unreadable (its own scan reports an unreadable Compose file). */
    private static Optional<String> read(FileSource files, Path p) {
        if (!Files.isRegularFile(p)) return Optional.empty();
        try {
            return Optional.of(new String(files.read(p), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public int statementEnd(Object model, int line) {
        return YamlStatements.end(((ComposeProject) model).yaml(), line);
    }
}
