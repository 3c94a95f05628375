package dev.opsmith.format.terraform.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What rules need from a {@code terraform show -json} plan: the resource changes with their planned values, and
 * from the configuration section the resources' references and the module calls. Everything else in the file
 * (prior state, variables, output values) is skipped while reading: it is large and often holds secrets.
 * Look-ups by address use indexes, so rules that join resources stay linear on large plans.
 */
public final class Plan {
    private final String file;
    private final String formatVersion;
    private final String terraformVersion;
    private final boolean errored;
    private final List<ResourceChange> resourceChanges;
    private final List<ConfigResource> configResources;
    private final List<ModuleCall> moduleCalls;
    private final Map<String, ResourceChange> changesByAddress = new HashMap<>();
    private final Map<String, ConfigResource> configByAddress = new HashMap<>();

    /**
     * @param file             the plan file, relative to the scan root
     * @param formatVersion    the JSON format version, {@code 1.x}
     * @param terraformVersion the Terraform version that wrote the plan
     * @param errored          true when planning failed part way, so the plan may be incomplete
     */
    public Plan(String file, String formatVersion, String terraformVersion, boolean errored,
                List<ResourceChange> resourceChanges, List<ConfigResource> configResources,
                List<ModuleCall> moduleCalls) {
        this.file = Objects.requireNonNull(file, "file");
        this.formatVersion = Objects.requireNonNull(formatVersion, "formatVersion");
        this.terraformVersion = Objects.requireNonNull(terraformVersion, "terraformVersion");
        this.errored = errored;
        this.resourceChanges = List.copyOf(resourceChanges);
        this.configResources = List.copyOf(configResources);
        this.moduleCalls = List.copyOf(moduleCalls);
        for (ResourceChange change : this.resourceChanges) {
            if (change.deposed().isEmpty()) changesByAddress.putIfAbsent(change.address().toString(), change);
        }
        for (ConfigResource resource : this.configResources) {
            configByAddress.putIfAbsent(resource.address().configurationAddress(), resource);
        }
    }

    public String file() {
        return file;
    }

    public String formatVersion() {
        return formatVersion;
    }

    public String terraformVersion() {
        return terraformVersion;
    }

    /** True when planning failed part way: the plan may lack resources, and rules should say so. */
    public boolean errored() {
        return errored;
    }

    /** Every resource change, in plan order (Terraform sorts them by address). */
    public List<ResourceChange> resourceChanges() {
        return resourceChanges;
    }

    /** Every resource block of the configuration, the root module's first, then each called module's. */
    public List<ConfigResource> configResources() {
        return configResources;
    }

    /** Every module call of the configuration, callers before the modules they call. */
    public List<ModuleCall> moduleCalls() {
        return moduleCalls;
    }

    /** The changes to resources of one type, in plan order. */
    public List<ResourceChange> changes(String type) {
        return resourceChanges.stream().filter(change -> change.type().equals(type)).toList();
    }

    /**
     * The change of one instance (not of a deposed object), by its full address: {@code aws_s3_bucket.logs},
     * {@code module.m["a"].t.n[0]}.
     */
    public Optional<ResourceChange> change(String address) {
        return Optional.ofNullable(changesByAddress.get(address));
    }

    /** The configuration block an instance was planned from. */
    public Optional<ConfigResource> configuration(ResourceAddress instance) {
        return Optional.ofNullable(configByAddress.get(instance.configurationAddress()));
    }

    @Override
    public String toString() {
        return "Plan[" + file + ", format " + formatVersion + ", terraform " + terraformVersion + ", "
                + resourceChanges.size() + " changes]";
    }
}
