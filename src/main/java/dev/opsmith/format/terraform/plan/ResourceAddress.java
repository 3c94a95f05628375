package dev.opsmith.format.terraform.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Terraform resource instance address, such as {@code module.net.module.sg["x"].aws_security_group.this[0]} or
 * {@code data.aws_iam_policy_document.trust}: the module path, the mode (managed or data), the type, the name and
 * the instance key. Addresses without a key also name a resource in the configuration, across its instances.
 */
public record ResourceAddress(List<ModuleStep> modulePath, Mode mode, String type, String name,
                              Optional<InstanceKey> key) {

    /** Whether the address names a managed resource or a data source. */
    public enum Mode {
        MANAGED, DATA
    }

    public ResourceAddress {
        modulePath = List.copyOf(modulePath);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
    }

    /**
     * Reads an address as Terraform writes it in plans and state.
     *
     * @throws IllegalArgumentException when {@code text} is not a resource address; the message says where
     */
    public static ResourceAddress parse(String text) {
        AddressScanner scanner = new AddressScanner(text);
        List<ModuleStep> modules = new ArrayList<>();
        while (scanner.lookingAt("module.")) {
            scanner.expect("module.");
            String moduleName = scanner.identifier("a module name");
            modules.add(new ModuleStep(moduleName, scanner.optionalKey()));
            scanner.expect(".");
        }
        Mode mode = Mode.MANAGED;
        if (scanner.lookingAt("data.")) {
            scanner.expect("data.");
            mode = Mode.DATA;
        }
        String type = scanner.identifier("a resource type");
        scanner.expect(".");
        String name = scanner.identifier("a resource name");
        Optional<InstanceKey> key = scanner.optionalKey();
        scanner.expectEnd();
        return new ResourceAddress(modules, mode, type, name, key);
    }

    /** The module path as Terraform writes it ({@code module.net.module.sg["x"]}); empty for the root module. */
    public String moduleAddress() {
        StringBuilder out = new StringBuilder();
        for (ModuleStep step : modulePath) {
            if (out.length() > 0) out.append('.');
            out.append(step);
        }
        return out.toString();
    }

    public boolean inRootModule() {
        return modulePath.isEmpty();
    }

    /** This address without the instance key: the resource in the configuration. */
    public ResourceAddress withoutKey() {
        return new ResourceAddress(modulePath, mode, type, name, Optional.empty());
    }

    /**
     * The address of the resource block in its module's configuration, as the plan's {@code configuration}
     * section writes it: module names without instance keys, no resource key
     * ({@code module.net.module.sg.aws_security_group.this}).
     */
    public String configurationAddress() {
        StringBuilder out = new StringBuilder();
        for (ModuleStep step : modulePath) out.append("module.").append(step.name()).append('.');
        return out.append(localAddress(false)).toString();
    }

    /** The resource's address inside its module, without instance key ({@code aws_s3_bucket.logs}, {@code data.x.y}). */
    public String localAddress() {
        return localAddress(false);
    }

    private String localAddress(boolean withKey) {
        String local = (mode == Mode.DATA ? "data." : "") + type + "." + name;
        return withKey ? local + key.map(InstanceKey::inAddress).orElse("") : local;
    }

    @Override
    public String toString() {
        String module = moduleAddress();
        return (module.isEmpty() ? "" : module + ".") + localAddress(true);
    }
}
