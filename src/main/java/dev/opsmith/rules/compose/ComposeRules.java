package dev.opsmith.rules.compose;

import dev.opsmith.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/** Every Docker Compose rule, one line each ({@code r.add(new RuleClass());}), grouped by family in id order. */
public final class ComposeRules {
    private ComposeRules() {
    }

    public static List<Rule> all() {
        List<Rule> r = new ArrayList<>();
        // --- services ---
        // --- end services ---
        // --- security ---
        r.add(new PrivilegedService());
        r.add(new HostPidNamespace());
        r.add(new HostIpcNamespace());
        r.add(new HostNetworkMode());
        r.add(new HostUserNamespace());
        r.add(new ContainerRuntimeSocketMounted());
        r.add(new SensitiveHostPathMounted());
        r.add(new DangerousCapabilityAdded());
        r.add(new CapabilitiesNotDroppedAll());
        r.add(new SeccompUnconfined());
        r.add(new MacConfinementDisabled());
        r.add(new NoNewPrivilegesNotSet());
        r.add(new RunsAsRoot());
        r.add(new ReadOnlyRootFilesystemNotSet());
        r.add(new HostDeviceMapped());
        r.add(new SysctlOutsideSafeSet());
        r.add(new SharedMountPropagation());
        // --- end security ---
        // --- networking ---
        r.add(new DataServicePortOnAllInterfaces());
        r.add(new PortOnAllInterfaces());
        r.add(new PrivilegedHostPort());
        // --- end networking ---
        // --- images ---
        r.add(new ImageWithoutTag());
        r.add(new ImageLatestTag());
        r.add(new ImageNotPinnedByDigest());
        // --- end images ---
        // --- resources ---
        r.add(new MemoryLimitMissing());
        r.add(new CpuLimitMissing());
        r.add(new HealthcheckMissing());
        r.add(new HealthyDependencyWithoutHealthcheck());
        r.add(new PidsLimitMissing());
        r.add(new OnFailureRestartUnbounded());
        r.add(new RestartLoopOnOneShotService());
        r.add(new CustomCgroupParent());
        // --- end resources ---
        // --- secrets ---
        r.add(new SecretLiteralInEnvironment());
        r.add(new CredentialInValue());
        r.add(new DatabaseAuthDisabled());
        // --- end secrets ---
        // --- hygiene ---
        r.add(new ObsoleteVersionKey());
        r.add(new ContainerNameSet());
        r.add(new LegacyLinkingKeys());
        r.add(new UndefinedReference());
        r.add(new DuplicateHostPort());
        // --- end hygiene ---
        return r;
    }
}
