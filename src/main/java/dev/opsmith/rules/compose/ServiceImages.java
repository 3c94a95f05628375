package dev.opsmith.rules.compose;

import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.dockerfile.ImageRef;

import java.util.Optional;

/**
 * The image family's reading of a service's {@code image}, parsed with the Dockerfile model's {@link ImageRef} so
 * that Dockerfiles, Kubernetes manifests and Compose files read {@code registry:5000/team/app:1.2@sha256:…} alike.
 * Services with {@code build:} are left out (their {@code image} names the build output), and so are values whose
 * last path segment (where tag and digest live) still holds an unresolved variable: {@code ${REGISTRY}/app:latest}
 * is judged by its literal tail, {@code app:${TAG}} is not judged.
 */
final class ServiceImages {
    /** A service's image: the {@code image} value and its reference after {@code .env} interpolation. */
    record ServiceImage(ComposeNode node, ImageRef ref) {
        /** Neither a tag nor a digest: Docker pulls {@code latest}. */
        boolean isUntagged() {
            return ref.tag() == null && !ref.hasDigest();
        }

        /** The image as written, for messages. */
        String text() {
            return ref.text();
        }
    }

    private ServiceImages() {
    }

    static Optional<ServiceImage> of(ComposeService service) {
        if (service.build().present()) return Optional.empty();
        ComposeNode image = service.image();
        Optional<String> written = image.text().map(String::strip);
        Optional<String> value = image.interpolated().map(String::strip);
        if (written.isEmpty() || value.isEmpty() || value.get().isEmpty()
                || value.get().chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String tail = value.get().substring(value.get().lastIndexOf('/') + 1);
        if (tail.indexOf('$') >= 0 || tail.indexOf('}') >= 0) return Optional.empty();
        return Optional.of(new ServiceImage(image, ImageRef.parse(written.get(), value.get(), image.span())));
    }
}
