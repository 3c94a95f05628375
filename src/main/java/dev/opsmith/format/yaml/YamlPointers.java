package dev.opsmith.format.yaml;

/** JSON pointer escaping (RFC 6901) and the dotted form users read ({@code spec.containers[0].image}). */
public final class YamlPointers {
    private YamlPointers() {
    }

    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** {@code /spec/containers/0/image} → {@code spec.containers[0].image}. */
    public static String dotted(String pointer) {
        if (pointer.isEmpty()) return "(document)";
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) out.append('[').append(name).append(']');
            else out.append(out.length() == 0 ? "" : ".").append(name);
        }
        return out.toString();
    }
}
