package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.rules.RuleContext;

/** MAINTAINER is deprecated; the OCI authors label carries the same information where tools look for it. */
public final class MaintainerDeprecated extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF085", "MAINTAINER is deprecated")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags every `MAINTAINER` instruction. Accepted: `LABEL org.opencontainers.image.authors=…`. "
                    + "`ONBUILD MAINTAINER` is left to DF145.")
            .rationale("MAINTAINER has been deprecated since Docker 1.13. It fills a legacy `Author` field that "
                    + "registries, SBOM tools and scanners do not read, whereas the OCI `authors` annotation is what "
                    + "ownership and audit tooling queries.")
            .remediation("Replace it with `LABEL org.opencontainers.image.authors=\"team@example.com\"`.")
            .reference("https://docs.docker.com/reference/dockerfile/#maintainer-deprecated")
            .reference("https://docs.docker.com/reference/build-checks/maintainer-deprecated/")
            .reference("https://github.com/opencontainers/image-spec/blob/main/annotations.md")
            .equivalent("hadolint", "DL4000").equivalent("checkov", "CKV_DOCKER_6").equivalent("trivy", "DS022")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        for (Instruction i : df.instructions("MAINTAINER")) {
            String value = i.arguments().replace("\"", "\\\"");
            ctx.report(i.span(), "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors=\"" + value + "\"");
        }
    }
}
