package dev.opsmith.scan;

import dev.opsmith.core.SourceFile;

/**
 * Statement extents by indentation, for files that are not parsed as YAML (Helm templates) or are read only for
 * their pragmas: a line's statement runs on while the following lines are indented deeper.
 */
final class IndentedStatements {
    private IndentedStatements() {
    }

    static int end(SourceFile file, int line) {
        if (line < 1 || line > file.lineCount()) return line;
        int indent = indent(file.line(line));
        int end = line;
        for (int n = line + 1; n <= file.lineCount(); n++) {
            String text = file.line(n);
            if (text.isBlank()) continue;
            if (indent(text) <= indent) break;
            end = n;
        }
        return end;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }
}
