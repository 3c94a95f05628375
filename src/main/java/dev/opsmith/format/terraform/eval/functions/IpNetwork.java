package dev.opsmith.format.terraform.eval.functions;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An IPv4 or IPv6 network in CIDR notation, as numbers: the base address and the prefix length. Addresses print
 * as Go prints them (dotted IPv4; IPv6 lower-case with the longest run of two or more zero groups shortened to
 * {@code ::}), which is what Terraform's CIDR functions return.
 *
 * @param base   the network's first address (host bits cleared)
 * @param prefix the prefix length in bits
 * @param bits   32 for IPv4, 128 for IPv6
 */
record IpNetwork(BigInteger base, int prefix, int bits) {

    static Optional<IpNetwork> parse(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) return Optional.empty();
        Optional<BigInteger> address = cidr.contains(":") ? parseV6(cidr.substring(0, slash)) : parseV4(cidr.substring(0, slash));
        String length = cidr.substring(slash + 1);
        if (address.isEmpty() || !length.matches("\\d{1,3}")) return Optional.empty();
        int bits = cidr.contains(":") ? 128 : 32;
        int prefix = Integer.parseInt(length);
        if (prefix > bits) return Optional.empty();
        return Optional.of(new IpNetwork(address.get().and(mask(prefix, bits)), prefix, bits));
    }

    static BigInteger mask(int prefix, int bits) {
        BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        BigInteger host = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        return all.xor(host);
    }

    /** Dotted decimal; like Terraform, leading zeros are read as decimal. */
    private static Optional<BigInteger> parseV4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) return Optional.empty();
        long value = 0;
        for (String part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) return Optional.empty();
            value = value << 8 | Integer.parseInt(part);
        }
        return Optional.of(BigInteger.valueOf(value));
    }

    private static Optional<BigInteger> parseV6(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon != text.lastIndexOf("::")) return Optional.empty();
        String head = doubleColon < 0 ? text : text.substring(0, doubleColon);
        String tail = doubleColon < 0 ? "" : text.substring(doubleColon + 2);
        java.util.List<Integer> headGroups = new java.util.ArrayList<>();
        java.util.List<Integer> tailGroups = new java.util.ArrayList<>();
        if (!groups(head, headGroups) || !groups(tail, tailGroups)) return Optional.empty();
        int total = headGroups.size() + tailGroups.size();
        if (doubleColon < 0 ? total != 8 : total > 7) return Optional.empty();
        BigInteger value = BigInteger.ZERO;
        for (int g : headGroups) value = value.shiftLeft(16).or(BigInteger.valueOf(g));
        for (int i = 0; i < 8 - total; i++) value = value.shiftLeft(16);
        for (int g : tailGroups) value = value.shiftLeft(16).or(BigInteger.valueOf(g));
        return Optional.of(value);
    }

    private static boolean groups(String text, java.util.List<Integer> into) {
        if (text.isEmpty()) return true;
        String[] parts = text.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && part.contains(".")) {
                Optional<BigInteger> v4 = parseV4(part);
                if (v4.isEmpty()) return false;
                into.add(v4.get().shiftRight(16).intValue());
                into.add(v4.get().intValue() & 0xFFFF);
            } else {
                if (!part.matches("[0-9A-Fa-f]{1,4}")) return false;
                into.add(Integer.parseInt(part, 16));
            }
        }
        return true;
    }

    BigInteger size() {
        return BigInteger.ONE.shiftLeft(bits - prefix);
    }

    boolean contains(BigInteger address) {
        return address.compareTo(base) >= 0 && address.compareTo(base.add(size())) < 0;
    }

    String address(BigInteger value) {
        return bits == 32 ? v4Text(value) : v6Text(value);
    }

    @Override
    public String toString() {
        return address(base) + "/" + prefix;
    }

    private static String v4Text(BigInteger value) {
        long v = value.longValue();
        return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
    }

    private static String v6Text(BigInteger value) {
        int[] groups = new int[8];
        for (int i = 7; i >= 0; i--) {
            groups[i] = value.intValue() & 0xFFFF;
            value = value.shiftRight(16);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) j++;
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') out.append(':');
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
