package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * File functions, confined to the repository: a path that leaves {@link FunctionContext#repositoryRoot()} (by
 * {@code ..}, by being absolute elsewhere, or through a symbolic link) is an error value naming the path, and
 * nothing outside is ever opened. Relative paths resolve against the module folder, which is what configurations
 * mean when they write {@code "${path.module}/policy.json"} or a bare {@code "policy.json"} in a root module.
 */
final class FileFunctions {
    /** Larger files are refused rather than read whole into memory. */
    private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private FileFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                FunctionSpec.of("file", a -> Value.of(text(a, read(a))), "path"),
                FunctionSpec.of("fileexists", FileFunctions::fileExists, "path"),
                FunctionSpec.of("filebase64", a -> Value.of(Base64.getEncoder().encodeToString(read(a))), "path"),
                FunctionSpec.of("filemd5", a -> Value.of(HashFunctions.hex("MD5", read(a))), "path"),
                FunctionSpec.of("filesha1", a -> Value.of(HashFunctions.hex("SHA-1", read(a))), "path"),
                FunctionSpec.of("filesha256", a -> Value.of(HashFunctions.hex("SHA-256", read(a))), "path"),
                FunctionSpec.of("filesha512", a -> Value.of(HashFunctions.hex("SHA-512", read(a))), "path"),
                FunctionSpec.of("filebase64sha256", a -> Value.of(HashFunctions.base64("SHA-256", read(a))), "path"),
                FunctionSpec.of("filebase64sha512", a -> Value.of(HashFunctions.base64("SHA-512", read(a))), "path"),
                FunctionSpec.of("fileset", FileFunctions::fileSet, "path", "pattern"),
                FunctionSpec.of("templatefile", FileFunctions::templateFile, "path", "vars"),
                FunctionSpec.of("templatestring", a -> TemplateRenderer.render("templatestring", a.string(0),
                        variables(a), a.context()), "template", "vars"));
    }

    /** The path resolved inside the repository, or an error value's exception naming it. */
    static Path confined(Arguments a, int index) {
        FunctionContext context = a.context();
        if (context.moduleDir() == null || context.repositoryRoot() == null) {
            throw a.failed("file functions need a module folder");
        }
        String text = a.string(index);
        Path root = context.repositoryRoot().toAbsolutePath().normalize();
        Path path;
        try {
            path = context.moduleDir().toAbsolutePath().resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw a.invalid(index, "\"" + text + "\" is not a valid path");
        }
        if (!path.startsWith(root)) {
            throw a.invalid(index, "\"" + text + "\" is outside the repository; only files inside it are read");
        }
        try {
            if (Files.exists(path) && !path.toRealPath().startsWith(root.toRealPath())) {
                throw a.invalid(index, "\"" + text + "\" leads outside the repository through a symbolic link; only files inside it are read");
            }
        } catch (IOException e) {
            throw a.failed("cannot read \"" + text + "\": " + e.getMessage());
        }
        return path;
    }

    private static byte[] read(Arguments a) {
        Path path = confined(a, 0);
        String text = a.string(0);
        if (!Files.exists(path)) {
            throw a.invalid(0, "no file exists at \"" + text + "\"; this function works only with files that are"
                    + " distributed as part of the configuration source code, so if this file will be created by a"
                    + " resource in this configuration you must instead obtain this result from an attribute of that resource");
        }
        if (!Files.isRegularFile(path)) throw a.invalid(0, "\"" + text + "\" is a directory, not a file");
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw a.failed("\"" + text + "\" is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB; opsmith does not read it");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw a.failed("cannot read \"" + text + "\": " + e.getMessage());
        }
    }

    private static String text(Arguments a, byte[] bytes) {
        return EncodingFunctions.utf8(a, bytes, "contents of \"" + a.string(0) + "\" are not valid UTF-8; use the"
                + " filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g."
                + " filemd5, filesha256) to obtain file hashing results instead");
    }

    private static Value fileExists(Arguments a) {
        Path path = confined(a, 0);
        if (!Files.exists(path)) return Value.of(false);
        if (!Files.isRegularFile(path)) {
            throw a.failed("\"" + a.string(0) + "\" is not a regular file, but a directory");
        }
        return Value.of(true);
    }

    private static Value fileSet(Arguments a) {
        Path base = confined(a, 0);
        String pattern = a.string(1);
        Glob glob;
        try {
            glob = Glob.compile(pattern);
        } catch (IllegalArgumentException e) {
            throw a.invalid(1, "failed to glob pattern \"" + pattern + "\": " + e.getMessage());
        }
        List<String> matches = new ArrayList<>();
        if (!Files.isDirectory(base)) return Value.list(List.of());
        Path root = a.context().repositoryRoot().toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(base)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || isRegularInside(p, root))
                    .map(p -> base.relativize(p).toString().replace('\\', '/'))
                    .filter(glob::matches)
                    .forEach(matches::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw a.failed("cannot list \"" + a.string(0) + "\": " + e.getMessage());
        }
        return Conversions.sortedSet(matches.stream().map(Value::of).toList());
    }

    /** A symbolic link counts as a file only when it leads to a regular file inside the repository. */
    private static boolean isRegularInside(Path path, Path root) {
        try {
            return Files.isSymbolicLink(path) && Files.isRegularFile(path) && path.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, Value> variables(Arguments a) {
        Map<String, Value> variables = a.map(1);
        for (String name : variables.keySet()) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
                throw a.invalid(1, "invalid template variable name \"" + name + "\": must start with a letter, followed by zero or more letters, digits, and underscores");
            }
        }
        return variables;
    }

    private static Value templateFile(Arguments a) {
        Map<String, Value> variables = variables(a);
        String text = text(a, read(a));
        return TemplateRenderer.render(a.string(0), text, variables, a.context());
    }
}
