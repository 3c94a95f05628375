package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.dockerfile.ImageRef;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The images a pod spec's containers (regular, init and ephemeral) run, parsed with the Dockerfile model's
 * {@link ImageRef} so both formats read {@code registry:5000/team/app:1.2@sha256:…} the same way. Values that
 * cannot be judged are left out: an absent or empty {@code image}, a non-string, and unrendered template values
 * ({@code {{ .Values.image }}}, {@code ${IMAGE}}).
 */
final class ContainerImages {

    /** One container's image: the {@code image} value node and its parsed reference. */
    record ContainerImage(Container container, YamlNode node, ImageRef ref) {
        /** The image as written, for messages. */
        String text() {
            return ref.text();
        }

        /** The registry host ({@code docker.io} for bare names and Docker Hub's aliases), lower case, with port. */
        String registry() {
            return ref.registryHost();
        }

        boolean hasDigest() {
            return ref.hasDigest();
        }

        /** Neither a tag nor a digest: the runtime pulls {@code latest}. */
        boolean isUntagged() {
            return ref.tag() == null && !ref.hasDigest();
        }
    }

    private ContainerImages() {
    }

    static List<ContainerImage> of(PodSpec spec) {
        List<ContainerImage> out = new ArrayList<>();
        for (Container c : spec.allContainers()) {
            YamlNode node = c.image();
            String text = node.isScalar() ? node.text().orElse("").strip() : "";
            if (text.isEmpty() || TemplateValues.isUnrendered(text) || text.indexOf('$') >= 0
                    || text.chars().anyMatch(Character::isWhitespace)) {
                continue;
            }
            out.add(new ContainerImage(c, node, ImageRef.parse(text, text, node.span())));
        }
        return out;
    }
}
