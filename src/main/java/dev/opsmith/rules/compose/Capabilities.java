package dev.opsmith.rules.compose;

import java.util.Locale;
import java.util.Set;

/**
 * Linux capability names as Compose services write them in {@code cap_add} and {@code cap_drop}: compared
 * case-insensitively, with or without {@code CAP_}, as Docker accepts both. CMP008 and CMP009.
 */
final class Capabilities {
    /**
     * Docker's default capability set (moby {@code oci/caps/defaults.go}). It differs from the Pod Security baseline
     * set that the Kubernetes rules use by one item: Docker keeps NET_RAW.
     */
    static final Set<String> DOCKER_DEFAULT = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID",
            "KILL", "MKNOD", "NET_BIND_SERVICE", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    private Capabilities() {
    }

    /** {@code cap_sys_admin} → {@code SYS_ADMIN}; {@code all} → {@code ALL}. */
    static String normalise(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        return n.startsWith("CAP_") ? n.substring(4) : n;
    }
}
