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
        r.add(new SensitiveOutputNotMarked());
        r.add(new VariableWithoutType());
        // --- end terraform practice ---
        // --- ec2 / vpc (AWS100-AWS149) ---
        r.add(new SecurityGroupSshOpenToWorld());
        r.add(new SecurityGroupRdpOpenToWorld());
        r.add(new SecurityGroupAllPortsOpenToWorld());
        r.add(new SecurityGroupDatabasePortOpenToWorld());
        r.add(new SecurityGroupAdminPortOpenToWorld());
        r.add(new SecurityGroupHttpOpenToWorld());
        r.add(new SecurityGroupWideIngressRange());
        r.add(new SecurityGroupUnrestrictedEgress());
        r.add(new SecurityGroupWithoutDescription());
        r.add(new SecurityGroupRuleWithoutDescription());
        r.add(new DefaultSecurityGroupNotRestricted());
        r.add(new VpcFlowLogsDisabled());
        r.add(new FlowLogAcceptOnly());
        r.add(new Ec2ImdsV2NotRequired());
        r.add(new Ec2ImdsHopLimitAboveOne());
        r.add(new EbsVolumeNotEncrypted());
        r.add(new EbsDefaultEncryptionDisabled());
        r.add(new Ec2BlockDeviceNotEncrypted());
        r.add(new EbsVolumeNotCmkEncrypted());
        r.add(new Ec2InstancePublicIp());
        r.add(new SubnetMapsPublicIpOnLaunch());
        r.add(new Ec2UserDataSecrets());
        r.add(new DefaultVpcManaged());
        r.add(new NetworkAclAllowsAllFromWorld());
        r.add(new NetworkAclAdminPortsFromWorld());
        r.add(new Ec2DetailedMonitoringDisabled());
        r.add(new KmsKeyPolicyPublic());
        r.add(new KmsKeyPolicyAllActionsToNonRoot());
        r.add(new KmsKeyDeletionWindowShort());
        r.add(new KmsKeyWithoutPolicy());
        r.add(new KmsKeyRotationPeriodTooLong());
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
        // --- elb ---
        r.add(new LbListenerPlainHttp());
        r.add(new LbListenerWeakTlsPolicy());
        r.add(new AlbNotDroppingInvalidHeaders());
        r.add(new LbAccessLogsDisabled());
        r.add(new LbDeletionProtectionDisabled());
        r.add(new ClassicLbPlainListener());
        r.add(new AlbDesyncMitigationMonitorOnly());
        r.add(new LbTargetGroupPlainHttp());
        r.add(new LbInternetFacing());
        r.add(new ClassicLoadBalancerUsed());
        // --- end elb ---
        // --- waf ---
        r.add(new PublicAlbWithoutWaf());
        r.add(new ApiStageWithoutWaf());
        r.add(new WafWebAclLoggingDisabled());
        r.add(new WafWebAclWithoutManagedBaseline());
        r.add(new WafWebAclAllowsByDefaultWithoutRules());
        // --- end waf ---
        // --- cloudtrail ---
        r.add(new CloudTrailNotMultiRegion());
        r.add(new CloudTrailLogValidationDisabled());
        r.add(new CloudTrailNotKmsEncrypted());
        r.add(new CloudTrailNotSentToCloudWatch());
        r.add(new CloudTrailLoggingStopped());
        r.add(new CloudTrailBucketNotLogged());
        r.add(new CloudTrailGlobalEventsExcluded());
        r.add(new CloudTrailS3DataEventsNotLogged());
        r.add(new CloudTrailMissing());
        // --- end cloudtrail ---
        // --- api gateway ---
        r.add(new ApiGatewayAccessLoggingDisabled());
        r.add(new ApiGatewayExecutionLoggingDisabled());
        r.add(new ApiGatewayTracingDisabled());
        r.add(new ApiGatewayCacheNotEncrypted());
        r.add(new ApiGatewayDomainWeakTls());
        r.add(new ApiGatewayRestMethodWithoutAuth());
        r.add(new ApiGatewayRouteWithoutAuth());
        r.add(new ApiGatewayDefaultEndpointEnabled());
        r.add(new ApiGatewayResourcePolicyPublic());
        r.add(new ApiGatewayNoClientCertificate());
        r.add(new ApiGatewayCacheDisabled());
        // --- end api gateway ---
        // --- elasticache ---
        r.add(new ElastiCacheNotEncryptedAtRest());
        r.add(new ElastiCacheNotEncryptedInTransit());
        r.add(new ElastiCacheWithoutAuthentication());
        r.add(new ElastiCacheBackupDisabled());
        r.add(new ElastiCacheNotCmkEncrypted());
        r.add(new ElastiCacheWithoutFailover());
        // --- end elasticache ---
        // --- opensearch ---
        r.add(new OpenSearchNotEncryptedAtRest());
        r.add(new OpenSearchNodeToNodeUnencrypted());
        r.add(new OpenSearchHttpsNotEnforced());
        r.add(new OpenSearchWeakTlsPolicy());
        r.add(new OpenSearchNotInVpc());
        r.add(new OpenSearchFineGrainedAccessDisabled());
        r.add(new OpenSearchAuditLogsDisabled());
        r.add(new OpenSearchApplicationLogsDisabled());
        r.add(new OpenSearchAccessPolicyPublic());
        r.add(new OpenSearchNotCmkEncrypted());
        // --- end opensearch ---
        // --- msk ---
        r.add(new MskPlaintextTraffic());
        r.add(new MskNotCmkEncrypted());
        r.add(new MskBrokerLoggingDisabled());
        r.add(new MskPublicAccess());
        r.add(new MskUnauthenticatedClients());
        // --- end msk ---
        // --- lambda ---
        r.add(new LambdaTracingDisabled());
        r.add(new LambdaWithoutFailureDestination());
        r.add(new LambdaConcurrencyUnreserved());
        r.add(new LambdaEnvironmentSecrets());
        r.add(new LambdaEnvironmentNotCmkEncrypted());
        r.add(new LambdaPermissionPublic());
        r.add(new LambdaServicePermissionWithoutSource());
        r.add(new LambdaFunctionUrlWithoutAuth());
        r.add(new LambdaDeprecatedRuntime());
        r.add(new LambdaNotInVpc());
        r.add(new LambdaCodeSigningNotEnforced());
        // --- end lambda ---
        // --- sqs sns ---
        r.add(new SqsQueueNotEncrypted());
        r.add(new SqsQueueNotCmkEncrypted());
        r.add(new SqsQueuePolicyPublic());
        r.add(new SqsQueuePolicyWildcardAction());
        r.add(new SnsTopicNotEncrypted());
        r.add(new SnsTopicAwsManagedKey());
        r.add(new SnsTopicPolicyPublic());
        r.add(new SqsQueueWithoutDeadLetterQueue());
        // --- end sqs sns ---
        // --- secrets ---
        r.add(new SecretRotationDisabled());
        r.add(new SecretNotCmkEncrypted());
        r.add(new SecretRotationIntervalTooLong());
        r.add(new SecretValueHardcoded());
        r.add(new SecretRecoveryWindowZero());
        r.add(new SsmParameterSecretNotSecure());
        r.add(new SsmSecureStringDefaultKey());
        // --- end secrets ---
        // --- baseline ---
        r.add(new GuardDutyDetectorDisabled());
        r.add(new GuardDutyMissing());
        r.add(new GuardDutyS3ProtectionDisabled());
        r.add(new GuardDutyRuntimeFeatureDisabled());
        r.add(new ConfigRecorderNotRecordingAll());
        r.add(new ConfigRecorderNotStarted());
        r.add(new ConfigAggregatorNotAllRegions());
        r.add(new SecurityHubWithoutStandards());
        r.add(new SecurityHubMissing());
        r.add(new AccessAnalyzerMissing());
        // --- end baseline ---
        // --- backup ---
        r.add(new BackupVaultNotCmkEncrypted());
        r.add(new BackupVaultWithoutLock());
        r.add(new BackupPlanRetentionTooShort());
        r.add(new BackupPlanWithoutCopy());
        r.add(new BackupPlanWithoutSelection());
        r.add(new DatabaseNotInBackupPlan());
        r.add(new EbsNotInBackupPlan());
        r.add(new EfsNotInBackupPlan());
        r.add(new BackupVaultPolicyPublic());
        r.add(new BackupVaultLockRetentionTooShort());
        // --- end backup ---
        // --- leftovers (eks rds dynamodb logs ecr) ---
        r.add(new RdsBackupRetentionTooShort());
        r.add(new RdsPerformanceInsightsNotCmkEncrypted());
        r.add(new RdsNotCmkEncrypted());
        r.add(new DynamoDbNotCmkEncrypted());
        r.add(new LogGroupRetentionTooShort());
        r.add(new EcrRepositoryPolicyPublic());
        r.add(new EksUnsupportedVersion());
        r.add(new EksAuthenticationConfigMapOnly());
        r.add(new AuroraClusterSingleInstance());
        r.add(new EcrScanOnPushDisabled());
        r.add(new RdsMasterPasswordHardcoded());
        r.add(new RdsParameterGroupTlsNotEnforced());
        // --- end leftovers ---
        // --- s3 ---
        r.add(new S3BucketWithoutEncryption());
        r.add(new S3BucketNotEncryptedWithKms());
        r.add(new S3BucketVersioningDisabled());
        r.add(new S3BucketAccessLoggingDisabled());
        r.add(new S3BucketPublicAccessBlockMissing());
        r.add(new S3PublicAclsNotBlocked());
        r.add(new S3PublicPolicyNotBlocked());
        r.add(new S3PublicAclsNotIgnored());
        r.add(new S3PublicBucketsNotRestricted());
        r.add(new S3AccountPublicAccessBlockIncomplete());
        r.add(new S3BucketPublicReadAcl());
        r.add(new S3BucketPublicWriteAcl());
        r.add(new S3BucketWithoutLifecycle());
        r.add(new S3LifecycleWithoutAbortIncompleteUploads());
        r.add(new S3BucketKmsKeyNotCustomerManaged());
        r.add(new S3BucketMfaDeleteDisabled());
        r.add(new S3BucketWithoutReplication());
        r.add(new S3BucketWithoutEventNotifications());
        r.add(new S3BucketAclsEnabled());
        r.add(new S3StaticWebsiteEnabled());
        r.add(new S3BucketLogsToItself());
        r.add(new S3InlineAndSplitConfigurationConflict());
        r.add(new S3BucketPolicyPublic());
        r.add(new S3BucketPolicyNotTlsOnly());
        r.add(new S3BucketPolicyLocksOutEveryone());
        r.add(new S3BucketKeyDisabled());
        r.add(new S3AuditBucketWithoutObjectLock());
        r.add(new S3AccountPublicAccessBlockMissing());
        r.add(new S3ObjectLockRetentionTooShort());
        r.add(new S3VersionedBucketKeepsOldVersionsForever());
        // --- end s3 ---
        // --- iam ---
        r.add(new IamPolicyFullAdmin());
        r.add(new IamPolicyAllowsAllActions());
        r.add(new IamPolicyServiceWildcardAction());
        r.add(new IamPassRoleToAnyRole());
        r.add(new IamPolicyAllowWithNotAction());
        r.add(new IamPolicyAllowWithNotResource());
        r.add(new IamPolicyAttachedToUser());
        r.add(new IamUserWithAdminPolicy());
        r.add(new IamAdministratorAccessOnRoleOrGroup());
        r.add(new IamUserAccessKey());
        r.add(new IamAccessKeySecretInState());
        r.add(new IamUserConsoleAccess());
        r.add(new IamPasswordMinLengthTooShort());
        r.add(new IamPasswordReuseAllowed());
        r.add(new IamPasswordNoLowercase());
        r.add(new IamPasswordNoUppercase());
        r.add(new IamPasswordNoNumbers());
        r.add(new IamPasswordNoSymbols());
        r.add(new IamPasswordNoExpiry());
        r.add(new IamRoleTrustsEveryone());
        r.add(new IamRoleTrustsWholeAccount());
        r.add(new GithubOidcTrustTooBroad());
        r.add(new OidcTrustWithoutAudience());
        r.add(new IamPolicyVersionMissing());
        r.add(new IamUserNotInGroup());
        // --- end iam ---
        return r;
    }
}
