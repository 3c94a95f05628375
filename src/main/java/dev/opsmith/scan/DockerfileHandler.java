package dev.opsmith.scan;

import dev.opsmith.core.Format;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.DockerIgnore;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.DockerfileParseException;
import dev.opsmith.format.dockerfile.DockerfileParser;
import dev.opsmith.format.dockerfile.Instruction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dockerfiles: our own parser; a statement is an instruction with its continuation lines and heredocs. */
final class DockerfileHandler implements FormatHandler {

    @Override
    public Format format() {
        return Format.DOCKERFILE;
    }

    @Override
    public Object parse(SourceFile file, FileSource files) throws ParseFailure {
        Dockerfile model;
        try {
            model = DockerfileParser.parse(file);
        } catch (DockerfileParseException e) {
            throw new ParseFailure(e.reason(), e.span());
        }
        if (model.instructions().isEmpty()) {
            throw new ParseFailure("no instructions: docker build rejects an empty Dockerfile", Span.of(1, 1, 1, 1));
        }
        return dockerIgnore(file, files).map(model::withDockerIgnore).orElse(model);
    }

    /** {@code <name>.dockerignore} beside the Dockerfile wins over the context's {@code .dockerignore} (BuildKit). */
    private static Optional<DockerIgnore> dockerIgnore(SourceFile dockerfile, FileSource files) {
        Path dir = dockerfile.path().toAbsolutePath().getParent();
        if (dir == null) return Optional.empty();
        String relDir = dockerfile.relativePath().contains("/")
                ? dockerfile.relativePath().substring(0, dockerfile.relativePath().lastIndexOf('/') + 1) : "";
        for (String name : List.of(dockerfile.name() + ".dockerignore", ".dockerignore")) {
            Path p = dir.resolve(name);
            if (!Files.isRegularFile(p)) continue;
            try {
                String text = new String(files.read(p), StandardCharsets.UTF_8);
                return Optional.of(DockerIgnore.parse(new SourceFile(p, relDir + name, text)));
            } catch (IOException e) {
                return Optional.empty(); // unreadable: the rules see no ignore file and say so
            }
        }
        return Optional.empty();
    }

    @Override
    public int statementEnd(Object model, int line) {
        for (Instruction i : ((Dockerfile) model).instructions()) {
            if (i.span().line() <= line && line <= i.span().endLine()) return i.span().endLine();
        }
        return line;
    }
}
