import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic corpus of Dockerfiles with realistic variety for benchmarks:
 * {@code java bench/GenerateCorpus.java [N=5000] [DIR=bench/out/corpus] [SEED=42]}.
 * Services in several languages, single- and multi-stage builds, continuations, heredocs, cache mounts,
 * exec and shell forms, and the usual problems in about half of the files. Same seed, same corpus.
 */
public final class GenerateCorpus {
    private static final String[] PYTHON = {"python:3.12-slim", "python:3.11", "python:latest", "python:3.12.8-slim-bookworm"};
    private static final String[] NODE = {"node:20-alpine", "node:22-bookworm-slim", "node", "node:18"};
    private static final String[] GO = {"golang:1.23", "golang:1.22-alpine", "golang:latest"};
    private static final String[] JAVA = {"eclipse-temurin:21-jdk", "maven:3.9-eclipse-temurin-21", "eclipse-temurin:17-jre"};
    private static final String[] DEBIAN = {"debian:12", "ubuntu:24.04", "debian:bookworm-slim", "ubuntu"};
    private static final String[] RUNTIME = {"gcr.io/distroless/static-debian12:nonroot", "gcr.io/distroless/java21-debian12:nonroot",
            "alpine:3.20", "debian:12-slim", "gcr.io/distroless/python3-debian12:nonroot"};
    private static final String[] APT = {"curl", "ca-certificates", "gcc", "libpq-dev", "git", "tzdata", "openssl", "jq", "unzip"};

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path dir = Path.of(args.length > 1 ? args[1] : "bench/out/corpus");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Random random = new Random(seed);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String text = dockerfile(random, i);
            Path file = dir.resolve(String.format("svc-%05d", i)).resolve(i % 7 == 0 ? "Containerfile" : "Dockerfile");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("wrote %d Dockerfiles (%.1f MB) under %s%n", n, bytes / 1e6, dir);
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    private static String dockerfile(Random r, int i) {
        List<String> out = new ArrayList<>();
        boolean sloppy = r.nextInt(2) == 0;
        if (r.nextInt(3) == 0) out.add("# syntax=docker/dockerfile:1.7");
        out.add("# service " + i + ": generated for benchmarks");
        switch (r.nextInt(5)) {
            case 0 -> python(r, out, sloppy);
            case 1 -> node(r, out, sloppy);
            case 2 -> go(r, out, sloppy);
            case 3 -> java(r, out, sloppy);
            default -> debian(r, out, sloppy);
        }
        return String.join("\n", out) + "\n";
    }

    private static void aptInstall(Random r, List<String> out, boolean sloppy) {
        StringBuilder pkgs = new StringBuilder();
        int count = 2 + r.nextInt(5);
        for (int k = 0; k < count; k++) pkgs.append(" \\\n        ").append(pick(r, APT));
        if (sloppy) {
            out.add("RUN apt-get update && apt-get install" + pkgs);
        } else if (r.nextBoolean()) {
            out.add("RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n"
                    + "    apt-get update && apt-get install -y --no-install-recommends" + pkgs);
        } else {
            out.add("RUN apt-get update \\\n && apt-get install -y --no-install-recommends" + pkgs
                    + " \\\n && rm -rf /var/lib/apt/lists/*");
        }
    }

    private static void python(Random r, List<String> out, boolean sloppy) {
        out.add("FROM " + pick(r, PYTHON) + (sloppy ? "" : " AS build"));
        if (sloppy) out.add("MAINTAINER team-" + r.nextInt(40) + "@example.com");
        out.add("ENV PYTHONDONTWRITEBYTECODE=1 \\\n    PYTHONUNBUFFERED=1");
        if (r.nextBoolean()) aptInstall(r, out, sloppy);
        out.add("WORKDIR " + (sloppy ? "app" : "/app"));
        out.add("COPY requirements.txt ./");
        out.add(sloppy ? "RUN pip install -r requirements.txt"
                : "RUN --mount=type=cache,target=/root/.cache/pip pip install --no-cache-dir -r requirements.txt");
        out.add(sloppy ? "COPY . ." : "COPY src/ ./src/");
        if (sloppy && r.nextBoolean()) out.add("RUN curl -sSL https://install.example.com/tool.sh | sh");
        if (!sloppy) {
            out.add("FROM gcr.io/distroless/python3-debian12:nonroot");
            out.add("COPY --from=build /app /app");
            out.add("USER 65532:65532");
        }
        out.add("EXPOSE " + (8000 + r.nextInt(100)));
        out.add(sloppy ? "CMD python -m app" : "ENTRYPOINT [\"python3\", \"-m\", \"app\"]");
    }

    private static void node(Random r, List<String> out, boolean sloppy) {
        out.add("FROM " + pick(r, NODE) + " AS deps");
        out.add("WORKDIR /usr/src/app");
        out.add("COPY package.json package-lock.json ./");
        out.add(sloppy ? "RUN npm install" : "RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev");
        out.add("COPY . .");
        if (sloppy) out.add("RUN npm config set strict-ssl false && npm run build");
        else out.add("RUN npm run build");
        out.add("FROM " + pick(r, NODE));
        out.add("WORKDIR /usr/src/app");
        out.add("COPY --from=deps /usr/src/app/dist ./dist");
        out.add("COPY --from=deps /usr/src/app/node_modules ./node_modules");
        if (!sloppy) out.add("USER node");
        out.add("HEALTHCHECK --interval=30s --timeout=3s CMD [\"node\", \"dist/health.js\"]");
        out.add("CMD [\"node\", \"dist/server.js\"]");
    }

    private static void go(Random r, List<String> out, boolean sloppy) {
        out.add("ARG GO_VERSION=1.23");
        out.add("FROM " + (sloppy ? pick(r, GO) : "golang:${GO_VERSION}") + " AS build");
        out.add("WORKDIR /src");
        out.add("COPY go.mod go.sum ./");
        out.add("RUN --mount=type=cache,target=/go/pkg/mod go mod download");
        out.add("COPY . .");
        if (sloppy) out.add("RUN go install github.com/example/tool@latest");
        out.add("RUN <<EOF\nset -eu\nCGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w\" -o /out/svc ./cmd/svc\nEOF");
        out.add("FROM " + pick(r, RUNTIME));
        out.add("COPY --from=build /out/svc /svc");
        if (!sloppy) out.add("USER 65532:65532");
        out.add("ENTRYPOINT [\"/svc\"]");
    }

    private static void java(Random r, List<String> out, boolean sloppy) {
        out.add("FROM " + pick(r, JAVA) + " AS build");
        out.add("WORKDIR /workspace");
        out.add("COPY mvnw pom.xml ./\nCOPY .mvn .mvn");
        out.add("RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline");
        out.add("COPY src src");
        out.add("RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -DskipTests");
        out.add("FROM eclipse-temurin:21-jre");
        if (sloppy) out.add("ENV DB_PASSWORD=Sup3rS3cret" + r.nextInt(1000));
        else out.add("RUN groupadd --system app && useradd --system -l --uid 10001 --gid app app");
        out.add("COPY --from=build /workspace/target/*.jar /opt/app/app.jar");
        if (!sloppy) out.add("USER 10001");
        out.add("EXPOSE 8080");
        out.add("ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"/opt/app/app.jar\"]");
    }

    private static void debian(Random r, List<String> out, boolean sloppy) {
        out.add("FROM " + pick(r, DEBIAN));
        out.add("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]");
        aptInstall(r, out, sloppy);
        if (sloppy) out.add("RUN wget --no-check-certificate https://downloads.example.com/agent.tar.gz && tar xzf agent.tar.gz");
        else out.add("ADD --checksum=sha256:" + "ab".repeat(32) + " https://downloads.example.com/agent.tar.gz /tmp/agent.tar.gz");
        out.add("RUN useradd -m -u " + (sloppy ? 1000 + r.nextInt(10) : 10001) + " svc");
        out.add("COPY --chown=svc:svc scripts/ /opt/scripts/");
        out.add("WORKDIR /opt/scripts");
        if (!sloppy) out.add("USER svc");
        out.add("CMD [\"/opt/scripts/run.sh\"]");
    }
}
