package dev.opsmith.rules.terraform;

import dev.opsmith.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/** Every Terraform rule, one line each ({@code r.add(new RuleClass());}), grouped by family in id order. */
public final class TerraformRules {
    private TerraformRules() {
    }

    public static List<Rule> all() {
        List<Rule> r = new ArrayList<>();
        // --- terraform practice (TF) ---
        r.add(new RequiredVersionMissing());
        r.add(new ProviderVersionUnconstrained());
        r.add(new ProviderVersionWithoutUpperBound());
        r.add(new ProviderVersionInProviderBlock());
        r.add(new RegistryModuleWithoutVersion());
        r.add(new RemoteModuleNotPinned());
        r.add(new RemoteModuleRefNotCommit());
        r.add(new ModuleSourceOverPlainHttp());
        r.add(new LocalStateInRoot());
        r.add(new S3BackendNotEncrypted());
        r.add(new S3BackendWithoutLocking());
        r.add(new ProviderCredentialsHardcoded());
        r.add(new VariableWithoutType());
        // --- end terraform practice ---
        // --- ec2 / vpc (AWS100-AWS149) ---
        r.add(new SecurityGroupSshOpenToWorld());
        // --- end ec2 / vpc ---
        // --- kms eks logs ecr ---
        r.add(new KmsKeyRotationDisabled());
        r.add(new KmsKeyDisabled());
        r.add(new KmsKeyPolicyLockoutCheckBypassed());
        r.add(new EksPublicEndpointEnabled());
        r.add(new EksPublicEndpointOpenToWorld());
        r.add(new EksControlPlaneLoggingIncomplete());
        r.add(new EksSecretsNotEncrypted());
        r.add(new EksNodeGroupSshOpenToWorld());
        r.add(new EksClusterCreatorAdmin());
        r.add(new LogGroupRetentionNotSet());
        r.add(new LogGroupNotKmsEncrypted());
        r.add(new EcrTagsMutable());
        r.add(new EcrNotKmsEncrypted());
        r.add(new EcrWithoutLifecyclePolicy());
        // --- end kms eks logs ecr ---
        // --- rds (AWS170-AWS199) ---
        r.add(new RdsInstanceNotEncrypted());
        r.add(new RdsPubliclyAccessible());
        r.add(new RdsInstanceDeletionProtectionDisabled());
        r.add(new RdsClusterDeletionProtectionDisabled());
        r.add(new RdsAutoMinorUpgradeDisabled());
        r.add(new RdsSkipFinalSnapshot());
        r.add(new RdsCaCertificateOutdated());
        r.add(new DynamoDbPitrDisabled());
        r.add(new DaxClusterNotEncrypted());
        r.add(new DynamoDbDeletionProtectionDisabled());
        r.add(new DynamoDbAwsOwnedKey());
        r.add(new RdsPerformanceInsightsDisabled());
        r.add(new RdsCopyTagsToSnapshotDisabled());
        r.add(new RdsEnhancedMonitoringDisabled());
        r.add(new RdsInstanceNotMultiAz());
        r.add(new RdsIamAuthenticationDisabled());
        r.add(new RdsClusterNotEncrypted());
        r.add(new RdsLogExportsMissing());
        // --- end rds ---
        return r;
    }
}
