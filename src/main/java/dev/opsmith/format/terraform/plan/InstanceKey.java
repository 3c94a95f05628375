package dev.opsmith.format.terraform.plan;

import java.util.Objects;

/**
 * The key of one instance of a resource or module: a number under {@code count}, a string under
 * {@code for_each}.
 */
public sealed interface InstanceKey permits InstanceKey.Index, InstanceKey.Name {

    /** The key as it appears in an address: {@code [0]} or {@code ["eu-west-1"]}. */
    String inAddress();

    /** An instance created by {@code count}. */
    record Index(int value) implements InstanceKey {
        public Index {
            if (value < 0) throw new IllegalArgumentException("a count index is never negative: " + value);
        }

        @Override
        public String inAddress() {
            return "[" + value + "]";
        }
    }

    /** An instance created by {@code for_each}. */
    record Name(String value) implements InstanceKey {
        public Name {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String inAddress() {
            StringBuilder out = new StringBuilder("[\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"', '\\' -> out.append('\\').append(c);
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
            return out.append("\"]").toString();
        }
    }
}
