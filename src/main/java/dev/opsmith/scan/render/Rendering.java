package dev.opsmith.scan.render;

import dev.opsmith.core.RelatedLocation;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.yaml.YamlFile;

import java.util.List;
import java.util.Optional;

/**
 * The Kubernetes documents one chart or kustomization rendered to in one context (an environment of the values
 * matrix, an overlay), as a virtual file the Kubernetes rules check, and the map from its lines back to the files
 * a person edits.
 *
 * @param unit     the chart's or kustomization's folder, relative to the scan root: the group cross-object rules
 *                 look within
 * @param context  the environment or overlay, shown in the findings' contexts; empty when the unit renders once
 */
public record Rendering(String unit, String context, SourceFile rendered, SourceMap map, Kind kind) {

    /** What rendered it: the group cross-object rules look within is this chart or this kustomization. */
    public enum Kind {
        CHART("chart"), KUSTOMIZATION("kustomization");

        private final String noun;

        Kind(String noun) {
            this.noun = noun;
        }

        /**
         * A rule's message as it reads for a rendering: cross-object rules say "in this folder" of plain files; the
         * group of a rendering is its chart or kustomization.
         */
        public String scoped(String message) {
            return message.replace(" this folder", " this " + noun).replace(" its folder", " its " + noun);
        }
    }

    /** Where a finding on the rendered text belongs. */
    public interface SourceMap {
        /** The source location of {@code span} in the rendered text, given the rendered documents. */
        Location locate(Span span, YamlFile rendered);
    }

    /**
     * A source location: the file (its text, for suppressions and excerpts), the span, extra related locations
     * (the values-file line), a note when the mapping fell back to an approximate place, and the object's name as
     * the source writes it when the rendering renamed it (a kustomize name prefix): messages then name the object
     * as the file does, so one base line found through several overlays is one finding.
     */
    public record Location(SourceFile file, Span span, List<RelatedLocation> related, Optional<String> note,
                           String renderedName, String sourceName) {
        public Location {
            related = List.copyOf(related);
        }

        public Location(SourceFile file, Span span, List<RelatedLocation> related, Optional<String> note) {
            this(file, span, related, note, "", "");
        }

        /** The message with the rendered object name replaced by the source's. */
        public String rename(String message) {
            return renderedName.isEmpty() || renderedName.equals(sourceName) ? message : message.replace(renderedName, sourceName);
        }
    }
}
