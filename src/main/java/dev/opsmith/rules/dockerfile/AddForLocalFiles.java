package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Locale;

/** ADD has hidden behaviours (extraction, downloads); for plain files COPY says exactly what happens. */
public final class AddForLocalFiles extends DockerfileRule {
    private static final List<String> ARCHIVES = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz",
            ".txz", ".tar.zst");

    static final RuleMeta META = RuleMeta.builder("DF062", "ADD used to copy plain local files")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Reports an ADD (also under ONBUILD) whose sources are all local files that ADD does not "
                    + "extract. Tar archives that ADD unpacks (`.tar`, `.tar.gz`, `.tgz`, `.tar.bz2`, `.tbz2`, "
                    + "`.tar.xz`, `.txz`, `.tar.zst`) and remote http(s) or git sources (see DF126) are not reported; "
                    + "`.zip` files are, because ADD copies them unextracted. Sources with unresolved variables and "
                    + "heredocs are skipped.")
            .rationale("ADD silently unpacks a file that happens to be a tar archive and can fetch URLs, so a "
                    + "reviewer cannot tell from the line what ends up in the image. COPY only copies, which keeps "
                    + "the build predictable and the audit trail of image contents simple.")
            .remediation("Replace ADD with COPY for local files; keep ADD only where you want a local tar archive "
                    + "extracted.")
            .reference("https://docs.docker.com/build/building/best-practices/#add-or-copy")
            .equivalent("hadolint", "DL3020")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction ins : dockerfile.instructions()) {
            Instruction add = ins.inner() != null ? ins.inner() : ins;
            if (!add.is("ADD") || add.words().size() < 2 || !add.heredocs().isEmpty()) continue;
            List<Word> sources = add.words().subList(0, add.words().size() - 1);
            boolean plainLocal = true;
            for (Word w : sources) {
                String src = dockerfile.expand(add, w.value()).toLowerCase(Locale.ROOT);
                if (src.indexOf('$') >= 0 || isRemote(src) || isArchive(src)) plainLocal = false;
            }
            if (plainLocal) {
                context.report(add.keywordSpan(), "ADD of local files (" + String.join(" ",
                        sources.stream().map(Word::value).toList()) + "): use COPY, which only copies");
            }
        }
    }

    private static boolean isRemote(String src) {
        return src.startsWith("http://") || src.startsWith("https://") || src.startsWith("git@")
                || src.startsWith("git://") || src.startsWith("ssh://");
    }

    private static boolean isArchive(String src) {
        for (String ext : ARCHIVES) if (src.endsWith(ext)) return true;
        return false;
    }
}
