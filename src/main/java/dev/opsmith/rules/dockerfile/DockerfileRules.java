package dev.opsmith.rules.dockerfile;

import dev.opsmith.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/** Every Dockerfile rule, one line each ({@code r.add(new RuleClass());}), grouped by family in id order. */
public final class DockerfileRules {
    private DockerfileRules() {
    }

    public static List<Rule> all() {
        List<Rule> r = new ArrayList<>();
        // --- base images ---
        r.add(new BaseImageWithoutTag());
        r.add(new BaseImageLatestTag());
        r.add(new BaseImageNotPinnedByDigest());
        r.add(new BaseImageFromUntrustedRegistry());
        r.add(new FromPlatformHardcoded());
        r.add(new FromPlatformRedundantTarget());
        r.add(new EndOfLifeBaseImage());
        r.add(new FromVariableWithoutDefault());
        // --- end base images ---
        // --- package managers ---
        r.add(new AptGetInstallWithoutYes());
        r.add(new AptGetInstallWithRecommends());
        r.add(new AptPackageVersionNotPinned());
        r.add(new AptListsNotRemoved());
        r.add(new AptUsedInScript());
        r.add(new PackageIndexUpdateWithoutInstall());
        r.add(new DistributionUpgradeInBuild());
        r.add(new AptKeyUsed());
        r.add(new ApkAddWithoutNoCache());
        r.add(new ApkPackageVersionNotPinned());
        r.add(new YumDnfInstallWithoutYes());
        r.add(new YumDnfCacheNotCleaned());
        r.add(new YumDnfPackageVersionNotPinned());
        r.add(new ZypperWithoutNonInteractive());
        r.add(new ZypperCacheNotCleaned());
        r.add(new ZypperPackageVersionNotPinned());
        r.add(new PipPackageVersionNotPinned());
        r.add(new PipCacheNotDisabled());
        r.add(new PipInstallWithoutRequireHashes());
        r.add(new NpmPackageVersionNotPinned());
        r.add(new NpmInstallInsteadOfCi());
        r.add(new YarnCacheNotCleaned());
        r.add(new GemPackageVersionNotPinned());
        r.add(new GoInstallVersionNotPinned());
        // --- end package managers ---
        // --- users and filesystem ---
        r.add(new FinalUserIsRoot());
        r.add(new ImageRunsAsRootByDefault());
        r.add(new FinalUserNotNumeric());
        r.add(new SudoUsed());
        r.add(new UseraddHighUidWithoutNoLogInit());
        r.add(new PasswordSetDuringBuild());
        r.add(new SetuidSetgidBitAdded());
        r.add(new RunSecurityInsecure());
        r.add(new RunNetworkHost());
        r.add(new PasswordlessSudoGranted());
        r.add(new WorkdirNotAbsolute());
        r.add(new CdInsteadOfWorkdir());
        r.add(new AddForLocalFiles());
        r.add(new CopyMultipleSourcesWithoutDirDest());
        r.add(new CopyRelativeDestWithoutWorkdir());
        r.add(new CopyEntireFilesystemFromStage());
        r.add(new BuildContextCopiedWithoutDockerignore());
        r.add(new DockerignoreMissingSensitivePatterns());
        r.add(new WorkdirInSystemDirectory());
        r.add(new OwnershipChangedInSeparateLayer());
        // --- end users and filesystem ---
        // --- shell and instructions ---
        r.add(new PipeWithoutPipefail());
        r.add(new ShellFormCmdOrEntrypoint());
        r.add(new MultipleCmd());
        r.add(new MultipleEntrypoint());
        r.add(new MultipleHealthcheck());
        r.add(new MaintainerDeprecated());
        r.add(new ExposeInvalidPort());
        r.add(new ExposeSshPort());
        r.add(new HealthcheckMissing());
        r.add(new LabelSchemaViolation());
        r.add(new InvalidLabelKey());
        r.add(new DefaultShellReplacedBySymlink());
        r.add(new MisplacedParserDirective());
        r.add(new CurlAndWgetBoth());
        r.add(new WgetWithoutProgress());
        r.add(new ConsecutiveRunInstructions());
        r.add(new InteractiveOrSystemCommandInRun());
        // --- end shell and instructions ---
        // --- secrets and supply chain ---
        r.add(new SensitiveNameInEnvOrArg());
        r.add(new HardcodedSecretLiteral());
        r.add(new SensitiveFileCopied());
        r.add(new CredentialsInUrl());
        r.add(new CredentialPassedOnCommandLine());
        r.add(new WorldWritablePermissions());
        r.add(new PrivateKeyGeneratedInImage());
        r.add(new RemoteScriptPipedToShell());
        r.add(new DownloadTlsVerificationDisabled());
        r.add(new PackageManagerTlsVerificationDisabled());
        r.add(new TlsVerificationDisabledByEnv());
        r.add(new PackageSignatureVerificationDisabled());
        r.add(new PlaintextHttpDownload());
        r.add(new AddRemoteUrlWithoutChecksum());
        r.add(new DownloadWithoutIntegrityCheck());
        r.add(new GitCloneWithoutPinnedRef());
        r.add(new PipExtraIndexUrl());
        // --- end secrets and supply chain ---
        // --- correctness ---
        r.add(new CopyFromOwnStage());
        r.add(new CopyFromUndefinedStage());
        r.add(new InstructionBeforeFrom());
        r.add(new InvalidInstruction());
        r.add(new EnvSelfReference());
        r.add(new OnbuildForbiddenTrigger());
        r.add(new MalformedExecForm());
        r.add(new DuplicateStageName());
        r.add(new ReservedStageName());
        r.add(new UndefinedVariableReference());
        // --- end correctness ---
        // --- external tools ---
        r.add(new ShellCheckFinding());
        // --- end external tools ---
        return List.copyOf(r);
    }
}
