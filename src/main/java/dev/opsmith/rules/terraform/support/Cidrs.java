package dev.opsmith.rules.terraform.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about CIDR strings that network rules share. A CIDR whose prefix length is 0 covers every address of its
 * family, whatever the address part says ({@code 1.2.3.4/0} is as open as {@code 0.0.0.0/0}), so "the internet" is
 * decided by the prefix alone. A string that is not a valid CIDR is never "the internet": the provider rejects it
 * at plan time, which is not a finding of ours.
 */
public final class Cidrs {

    /** Which address family a CIDR belongs to. */
    public enum Family { IPV4, IPV6 }

    private static final Pattern V4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})$");
    private static final Pattern V6 = Pattern.compile("^([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)/(\\d{1,3})$");

    private Cidrs() {
    }

    /** Whether the CIDR covers every address of its family (prefix length 0). */
    public static boolean isWorld(String cidr) {
        return prefixLength(cidr).map(p -> p == 0).orElse(false);
    }

    /** The family of a valid CIDR; empty for anything else. */
    public static Optional<Family> family(String cidr) {
        String s = cidr.strip();
        if (matchesV4(s)) return Optional.of(Family.IPV4);
        if (V6.matcher(s).matches() && prefixLength(s).isPresent()) return Optional.of(Family.IPV6);
        return Optional.empty();
    }

    /** The prefix length of a valid IPv4 or IPv6 CIDR; empty when the string is not one. */
    public static Optional<Integer> prefixLength(String cidr) {
        String s = cidr.strip();
        Matcher v4 = V4.matcher(s);
        if (v4.matches()) {
            for (int i = 1; i <= 4; i++) if (Integer.parseInt(v4.group(i)) > 255) return Optional.empty();
            int prefix = Integer.parseInt(v4.group(5));
            return prefix <= 32 ? Optional.of(prefix) : Optional.empty();
        }
        Matcher v6 = V6.matcher(s);
        if (v6.matches() && validIpv6(v6.group(1))) {
            int prefix = Integer.parseInt(v6.group(2));
            return prefix <= 128 ? Optional.of(prefix) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean matchesV4(String s) {
        return V4.matcher(s).matches() && prefixLength(s).isPresent();
    }

    /** Groups of at most four hex digits, at most one {@code ::}, eight groups without it. */
    private static boolean validIpv6(String address) {
        if (address.contains(".")) return false;
        int doubleColon = address.indexOf("::");
        if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) return false;
        if (address.startsWith(":") && doubleColon != 0) return false;
        if (address.endsWith(":") && (doubleColon < 0 || doubleColon != address.length() - 2)) return false;
        int filled = 0;
        for (String group : address.split(":", -1)) {
            if (group.length() > 4) return false;
            if (!group.isEmpty()) filled++;
        }
        return doubleColon >= 0 ? filled < 8 : filled == 8;
    }
}
