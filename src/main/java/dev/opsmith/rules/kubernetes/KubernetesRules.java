package dev.opsmith.rules.kubernetes;

import dev.opsmith.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/** Every Kubernetes rule, one line each ({@code r.add(new RuleClass());}), grouped by family in id order. */
public final class KubernetesRules {
    private KubernetesRules() {
    }

    public static List<Rule> all() {
        List<Rule> r = new ArrayList<>();
        // --- security context ---
        r.add(new HostProcessContainer());
        r.add(new PrivilegedContainer());
        r.add(new CapabilityBeyondBaselineAdded());
        r.add(new DangerousCapabilityAdded());
        r.add(new NetRawNotDropped());
        r.add(new CapabilitiesNotDroppedAll());
        r.add(new CapabilityBeyondRestrictedAdded());
        r.add(new PrivilegeEscalationExplicitlyAllowed());
        r.add(new PrivilegeEscalationNotDisabled());
        r.add(new RunAsNonRootNotTrue());
        r.add(new RunAsUserRoot());
        r.add(new LowUserOrGroupId());
        r.add(new RootGroupId());
        r.add(new ReadOnlyRootFilesystemNotSet());
        r.add(new SeccompProfileNotSet());
        r.add(new SeccompUnconfined());
        r.add(new AppArmorUnconfined());
        r.add(new SELinuxCustomOptions());
        r.add(new ProcMountUnmasked());
        r.add(new UnsafeSysctl());
        r.add(new RestrictedVolumeType());
        r.add(new SecurityContextMissing());
        // --- end security context ---
        // --- host ---
        r.add(new HostNetwork());
        r.add(new HostPid());
        r.add(new HostIpc());
        r.add(new HostPort());
        r.add(new HostPathVolume());
        r.add(new ContainerRuntimeSocketMounted());
        r.add(new SensitiveHostPathMounted());
        r.add(new WritableHostPathMount());
        r.add(new SshPortDeclared());
        r.add(new PrivilegedContainerPort());
        r.add(new HostAliasesSet());
        // --- end host ---
        // --- images ---
        r.add(new ImageWithoutTag());
        r.add(new ImageLatestTag());
        r.add(new ImageNotPinnedByDigest());
        r.add(new ImagePullPolicyNotAlways());
        r.add(new ImageFromUntrustedRegistry());
        r.add(new ObsoleteRiskyComponent());
        // --- end images ---
        // --- resources and probes ---
        r.add(new CpuRequestMissing());
        r.add(new MemoryRequestMissing());
        r.add(new MemoryLimitMissing());
        r.add(new CpuLimitMissing());
        r.add(new EphemeralStorageUnset());
        r.add(new RequestsNotEqualLimits());
        r.add(new RequestExceedsLimit());
        r.add(new ReadinessProbeMissing());
        r.add(new LivenessProbeMissing());
        r.add(new StartupProbeMissing());
        r.add(new ProbeNamedPortUndefined());
        r.add(new LivenessSameAsReadiness());
        // --- end resources and probes ---
        // --- availability ---
        r.add(new SingleReplica());
        r.add(new ReplicasSetWithHpa());
        r.add(new NoSpreadAcrossNodes());
        r.add(new TopologySpreadConstraintInvalid());
        r.add(new PdbMissing());
        r.add(new PdbBlocksEviction());
        r.add(new PdbWithoutBudget());
        r.add(new PdbUnhealthyPodEvictionPolicyUnset());
        r.add(new HpaMinReplicasBelowTwo());
        r.add(new HpaMaxNotAboveMin());
        r.add(new RecreateStrategyBehindService());
        r.add(new PriorityClassNotSet());
        r.add(new WorkloadSelectorMismatch());
        // --- end availability ---
        // --- rbac ---
        r.add(new ServiceAccountTokenAutomounted());
        r.add(new DefaultServiceAccountUsed());
        r.add(new BindingToDefaultServiceAccount());
        r.add(new DeprecatedServiceAccountField());
        r.add(new ServiceAccountNotFound());
        r.add(new ClusterAdminBinding());
        r.add(new WildcardInRbacRule());
        r.add(new FullWildcardRbacRule());
        r.add(new SecretsReadAccess());
        r.add(new PodExecOrNodeProxyAccess());
        r.add(new RbacEscalationVerb());
        r.add(new WorkloadCreateAccess());
        r.add(new RbacObjectWriteAccess());
        r.add(new AdmissionWebhookWriteAccess());
        r.add(new CsrApprovalAccess());
        r.add(new BindingToAnonymousOrAllUsers());
        r.add(new SensitiveResourceWriteAccess());
        // --- end rbac ---
        // --- secrets ---
        r.add(new SecretLiteralInEnv());
        r.add(new SecretExposedAsEnv());
        r.add(new CredentialInConfigMap());
        r.add(new CredentialInSecretManifest());
        r.add(new DuplicateEnvVar());
        r.add(new LongLivedProjectedToken());
        // --- end secrets ---
        // --- networking ---
        r.add(new NodePortService());
        r.add(new ExternalLoadBalancerService());
        r.add(new ServiceExternalIps());
        r.add(new ExternalNameService());
        r.add(new IngressWithoutTls());
        r.add(new NginxSnippetAnnotation());
        r.add(new NetworkPolicyMissing());
        r.add(new DanglingService());
        r.add(new DanglingIngressBackend());
        r.add(new DanglingNetworkPolicy());
        r.add(new DanglingPdb());
        r.add(new DanglingHpa());
        r.add(new ServiceTargetPortUndefined());
        r.add(new InvalidPortName());
        r.add(new StatefulSetServiceNameInvalid());
        // --- end networking ---
        // --- namespaces and jobs ---
        r.add(new ExplicitDefaultNamespace());
        r.add(new WorkloadInKubeSystem());
        r.add(new RequiredMetadataMissing());
        r.add(new InvalidLabelValue());
        r.add(new NamespaceWithoutQuotaOrLimits());
        r.add(new CronJobStartingDeadlineMissing());
        r.add(new JobTtlMissing());
        r.add(new JobRestartPolicyInvalid());
        r.add(new CronJobScheduleInvalid());
        // --- end namespaces and jobs ---
        // --- api and schema ---
        r.add(new RemovedApiVersion());
        r.add(new DeprecatedApiVersion());
        r.add(new SchemaViolation());
        r.add(new DuplicateYamlKey());
        r.add(new DuplicateObject());
        r.add(new DeprecatedAnnotation());
        // --- end api and schema ---
        // --- control plane ---
        r.add(new ApiServerInsecureFlag());
        r.add(new ControllerManagerOrSchedulerInsecureFlag());
        r.add(new EtcdInsecureFlag());
        r.add(new KubeletInsecureFlag());
        // --- end control plane ---
        return List.copyOf(r);
    }
}
