package dev.opsmith.format.terraform.plan;

import java.util.Objects;
import java.util.Optional;

/** One {@code module.<name>[key]} step of a module path. */
public record ModuleStep(String name, Optional<InstanceKey> key) {

    public ModuleStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String toString() {
        return "module." + name + key.map(InstanceKey::inAddress).orElse("");
    }
}
