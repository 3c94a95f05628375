package dev.opsmith.release.bump;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one bump reads and the splices it plans, shared by every format handler so a file reached twice (a root
 * pom that is both a project and a parent) is read once and edited once.
 */
final class Workspace {
    private final Map<Path, BuildFile> files = new LinkedHashMap<>();
    private final Map<Path, Splices> splices = new LinkedHashMap<>();

    BuildFile file(Path path) throws BumpException {
        Path key = path.toAbsolutePath().normalize();
        BuildFile file = files.get(key);
        if (file == null) {
            file = BuildFile.read(path);
            files.put(key, file);
        }
        return file;
    }

    Splices splices(BuildFile file) {
        Path key = file.path().toAbsolutePath().normalize();
        return splices.computeIfAbsent(key, k -> new Splices(file));
    }

    /** The planned edits, one per file touched, in the order the files were first edited. */
    List<FileEdit> edits() {
        List<FileEdit> out = new ArrayList<>();
        for (Splices s : splices.values()) {
            if (!s.isEmpty()) {
                out.add(s.toEdit());
            }
        }
        return out;
    }
}
