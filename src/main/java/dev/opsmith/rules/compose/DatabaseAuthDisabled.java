package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.EnvVar;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A database that accepts connections without a password is open to every container on its network. */
public final class DatabaseAuthDisabled extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP052", "Database started without authentication")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports the switches of official and Bitnami images that start a data store without "
                    + "authentication, after `.env` interpolation: `POSTGRES_HOST_AUTH_METHOD=trust`; "
                    + "`MYSQL_ALLOW_EMPTY_PASSWORD`, `MARIADB_ALLOW_EMPTY_ROOT_PASSWORD` or "
                    + "`MARIADB_ALLOW_EMPTY_PASSWORD` set to any non-empty value (the entrypoints test only that "
                    + "it is non-empty, so `no` enables it too); `ALLOW_EMPTY_PASSWORD=yes`; "
                    + "`xpack.security.enabled=false`; and a `command` with `--protected-mode no` (Redis). Points at "
                    + "the value or the `command` item in the file that wrote it; values using a variable that `.env` "
                    + "does not define are skipped.")
            .rationale("Without authentication any process that reaches the port reads and changes the data: every "
                    + "other container on the Compose network, anything that compromises one of them, and the whole "
                    + "network when the port is published. Severity does not depend on published ports.")
            .remediation("Remove the switch and give the database a password through a secret "
                    + "(`POSTGRES_PASSWORD_FILE`, `MYSQL_ROOT_PASSWORD_FILE`, `requirepass` in a mounted "
                    + "configuration), and give clients the matching credential the same way.")
            .reference("https://hub.docker.com/_/postgres")
            .reference("https://hub.docker.com/_/mysql")
            .reference("https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html")
            .reference("https://redis.io/docs/latest/operate/oss_and_stack/management/security/")
            .build();

    private static final Set<String> ANY_VALUE = Set.of("MYSQL_ALLOW_EMPTY_PASSWORD",
            "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "MARIADB_ALLOW_EMPTY_PASSWORD");
    private static final Pattern PROTECTED_MODE_OFF = Pattern.compile("(?i)(^|\\s)--protected-mode\\s+no(\\s|$)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            for (EnvVar env : service.environment()) {
                if (env.unresolved() || env.value().isEmpty()) continue;
                String value = env.value().get().strip();
                authDisabledBy(env.name(), value).ifPresent(what -> report(context, service, env.node(),
                        "service \"" + service.name() + "\" " + what + " with " + env.name() + "; remove "
                                + "it and give the database a password through a secret"));
            }
            protectedModeOff(service.command().items()).ifPresent(item -> report(context, service, item,
                    "service \"" + service.name() + "\" starts Redis with protected mode off "
                            + "(--protected-mode no); remove it and set requirepass from a secret"));
        }
    }

    /** What a variable does when it switches authentication off; empty when it does not. */
    static Optional<String> authDisabledBy(String name, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (name.equals("POSTGRES_HOST_AUTH_METHOD") && v.equals("trust")) {
            return Optional.of("lets every client connect to PostgreSQL without a password");
        }
        if (ANY_VALUE.contains(name) && !value.isEmpty()) {
            return Optional.of("allows an empty database password (the image checks only that the variable is set)");
        }
        if (name.equals("ALLOW_EMPTY_PASSWORD") && v.equals("yes")) {
            return Optional.of("allows an empty password");
        }
        if (name.equals("xpack.security.enabled") && v.equals("false")) {
            return Optional.of("turns Elasticsearch security off");
        }
        return Optional.empty();
    }

    /** The {@code command} item that turns Redis protected mode off (the {@code no} of a list, or the string). */
    private static Optional<ComposeNode> protectedModeOff(List<ComposeNode> items) {
        for (int i = 0; i < items.size(); i++) {
            Optional<String> text = items.get(i).resolved().map(String::strip);
            if (text.isEmpty()) continue;
            if (PROTECTED_MODE_OFF.matcher(text.get()).find()) return Optional.of(items.get(i));
            if (text.get().equalsIgnoreCase("--protected-mode") && i + 1 < items.size()
                    && items.get(i + 1).resolved().map(s -> s.strip().equalsIgnoreCase("no")).orElse(false)) {
                return Optional.of(items.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
