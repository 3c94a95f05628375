package dev.opsmith.format.terraform.eval;

/**
 * Which instance of a block with {@code count} or {@code for_each} an evaluation is for, written as Terraform
 * writes it in addresses: {@code [0]}, {@code ["eu-west-1"]}; nothing for a block without either.
 */
public sealed interface InstanceKey {

    /** The suffix of the instance address. */
    String suffix();

    /** A block without {@code count} or {@code for_each}: one instance, no key. */
    InstanceKey NONE = new None();

    /** {@code count}: the index. */
    record Index(int index) implements InstanceKey {
        @Override
        public String suffix() {
            return "[" + index + "]";
        }
    }

    /** {@code for_each}: the key. */
    record Key(String key) implements InstanceKey {
        @Override
        public String suffix() {
            StringBuilder out = new StringBuilder("[\"");
            for (char c : key.toCharArray()) {
                if (c == '"' || c == '\\') out.append('\\');
                out.append(c);
            }
            return out.append("\"]").toString();
        }
    }

    /**
     * The one instance evaluated in place of all of them when the collection of {@code count} or {@code for_each} is
     * unknown: {@code count.index} or {@code each} are unknown inside it, everything else is evaluated as usual.
     * Its address ends in {@code [*]}, which is not a Terraform address: it stands for every instance.
     *
     * @param reason why the instances are not known, naming the unknown inputs
     */
    record Undecided(String reason) implements InstanceKey {
        @Override
        public String suffix() {
            return "[*]";
        }
    }

    /** Without count or for_each. */
    final class None implements InstanceKey {
        private None() {
        }

        @Override
        public String suffix() {
            return "";
        }

        @Override
        public String toString() {
            return "InstanceKey.NONE";
        }
    }
}
