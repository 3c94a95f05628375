package dev.opsmith.format.terraform.plan;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the plan's {@code resource_changes}: which resource instance, which provider, what Terraform will
 * do, and the planned values after the change.
 *
 * @param address      the instance address
 * @param providerName the provider's full name, e.g. {@code registry.terraform.io/hashicorp/aws}
 * @param actions      Terraform's actions in order: {@code ["create"]}, {@code ["update"]},
 *                     {@code ["delete", "create"]} for a replacement, {@code ["no-op"]}, {@code ["read"]} …
 * @param deposed      the deposed object's key when this change is about a deposed object
 * @param after        the planned values, with attributes known only after apply as unknown values and
 *                     sensitive attributes marked; absent for a resource this plan deletes, or forgets
 *                     (a {@code removed} block: the object stays, but Terraform no longer manages it)
 * @param span         the change's JSON object in the plan file
 */
public record ResourceChange(ResourceAddress address, String providerName, List<String> actions,
                             Optional<String> deposed, Value after, Span span) {

    public ResourceChange {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(providerName, "providerName");
        actions = List.copyOf(actions);
        Objects.requireNonNull(deposed, "deposed");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(span, "span");
    }

    public String type() {
        return address.type();
    }

    public String name() {
        return address.name();
    }

    public ResourceAddress.Mode mode() {
        return address.mode();
    }

    /** The module path, {@code module.net.module.sg["x"]}; empty in the root module. */
    public String moduleAddress() {
        return address.moduleAddress();
    }

    public Optional<InstanceKey> key() {
        return address.key();
    }

    /** True when the resource is only destroyed (a replacement also creates, so it is not a deletion). */
    public boolean isDeletion() {
        return actions.equals(List.of("delete"));
    }

    /** True when the plan only stops managing the resource ({@code removed} block); the object stays. */
    public boolean isForgotten() {
        return actions.equals(List.of("forget"));
    }

    /** Whether the change leaves an object Terraform manages with planned values: not deleted, forgotten or deposed. */
    public boolean hasPlannedObject() {
        return deposed.isEmpty() && !isDeletion() && !isForgotten();
    }

    /** True when Terraform destroys and creates the resource, in either order. */
    public boolean isReplacement() {
        return actions.contains("delete") && actions.contains("create");
    }
}
