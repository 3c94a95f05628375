package dev.opsmith.format.terraform.eval.functions;

import java.nio.file.Path;

/**
 * What file functions ({@code file}, {@code fileexists}, {@code templatefile}, …) may read: only files inside the
 * repository being scanned. A scan must never read a file outside what was handed to it, even when a module writes
 * {@code file("/etc/passwd")} or {@code file("../../secrets")}.
 */
public interface FunctionContext {

    /** The folder of the module being evaluated ({@code path.module}); relative paths resolve against it. */
    Path moduleDir();

    /** The repository root; nothing outside it is ever read. */
    Path repositoryRoot();

    /** No files at all: file functions then answer an error value saying they need a module folder. */
    FunctionContext NONE = new FunctionContext() {
        @Override
        public Path moduleDir() {
            return null;
        }

        @Override
        public Path repositoryRoot() {
            return null;
        }

        @Override
        public String toString() {
            return "FunctionContext.NONE";
        }
    };

    /** A context for a module folder inside a repository. */
    static FunctionContext of(Path moduleDir, Path repositoryRoot) {
        Path module = moduleDir.toAbsolutePath().normalize();
        Path root = repositoryRoot.toAbsolutePath().normalize();
        return new FunctionContext() {
            @Override
            public Path moduleDir() {
                return module;
            }

            @Override
            public Path repositoryRoot() {
                return root;
            }

            @Override
            public String toString() {
                return "FunctionContext[" + module + " in " + root + "]";
            }
        };
    }
}
