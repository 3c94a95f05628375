package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The deterministic hash functions, over the UTF-8 bytes of a string, and {@code uuidv5}. {@code uuid()} and
 * {@code bcrypt()} give a different answer on every run (bcrypt salts randomly), so they are unknown here.
 */
final class HashFunctions {
    private static final Map<String, String> NAMESPACES = Map.of(
            "dns", "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
            "url", "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
            "oid", "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
            "x500", "6ba7b814-9dad-11d1-80b4-00c04fd430c8");

    private HashFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                FunctionSpec.of("md5", a -> Value.of(hex("MD5", bytes(a))), "str"),
                FunctionSpec.of("sha1", a -> Value.of(hex("SHA-1", bytes(a))), "str"),
                FunctionSpec.of("sha256", a -> Value.of(hex("SHA-256", bytes(a))), "str"),
                FunctionSpec.of("sha512", a -> Value.of(hex("SHA-512", bytes(a))), "str"),
                FunctionSpec.of("base64sha256", a -> Value.of(base64("SHA-256", bytes(a))), "str"),
                FunctionSpec.of("base64sha512", a -> Value.of(base64("SHA-512", bytes(a))), "str"),
                FunctionSpec.of("uuidv5", HashFunctions::uuidv5, "namespace", "name"),
                FunctionSpec.of("uuid", a -> Value.unknown("uuid() gives a new random value on every run")),
                FunctionSpec.of("bcrypt", a -> Value.unknown("bcrypt() uses a random salt, so its result changes on every run"),
                        "str", "cost").repeatingLast());
    }

    private static byte[] bytes(Arguments a) {
        return a.string(0).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }

    static String hex(String algorithm, byte[] data) {
        return HexFormat.of().formatHex(digest(algorithm, data));
    }

    static String base64(String algorithm, byte[] data) {
        return Base64.getEncoder().encodeToString(digest(algorithm, data));
    }

    private static Value uuidv5(Arguments a) {
        String namespace = a.string(0);
        UUID space;
        try {
            space = UUID.fromString(NAMESPACES.getOrDefault(namespace, namespace));
        } catch (IllegalArgumentException e) {
            throw a.invalid(0, "uuidv5() doesn't support namespace \"" + namespace + "\"; use dns, url, oid, x500 or a UUID");
        }
        byte[] name = a.string(1).getBytes(StandardCharsets.UTF_8);
        ByteBuffer input = ByteBuffer.allocate(16 + name.length);
        input.putLong(space.getMostSignificantBits()).putLong(space.getLeastSignificantBits()).put(name);
        byte[] hash = digest("SHA-1", input.array());
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer out = ByteBuffer.wrap(hash, 0, 16);
        return Value.of(new UUID(out.getLong(), out.getLong()).toString());
    }
}
