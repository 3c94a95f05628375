package dev.opsmith.release;

import dev.opsmith.config.ReleaseConfig;
import org.eclipse.jgit.api.VerificationResult;
import org.eclipse.jgit.api.VerifySignatureCommand.VerifyMode;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signed releases with real keys. OpenPGP keys are made by the {@code gpg} binary in a temporary GnuPG home: an RSA
 * key without passphrase that signs, one with a passphrase and an ed25519 key that are refused, and a key that does
 * not exist. SSH keys are made by {@code ssh-keygen}, which also checks the SSH signatures.
 *
 * <p>JGit's OpenPGP signer resolves its GnuPG home once per process (system property {@code jgit.gpg.home}, then
 * {@code GNUPGHOME}); the property is set before any signing happens, and every key lives in that one home. The
 * signatures are checked both with JGit's verifier and with {@code gpg --verify} or {@code ssh-keygen -Y verify},
 * which is what {@code git tag -v} runs.
 */
class SigningTest {
    private static final String SIGN = "release:\n  sign: true\n";
    private static final String SIGN_ALL = "release:\n  sign: true\n  sign-commits: true\n";

    @TempDir
    static Path gnupgHome;
    private static String rsaFingerprint;
    private static String lockedFingerprint;
    private static String edwardsFingerprint;

    @TempDir
    Path dir;
    /** Keys and signature files, outside the repository so its working tree stays clean. */
    @TempDir
    Path files;
    TestRepo repo;

    @BeforeAll
    static void makeKeys() throws Exception {
        if (!installed("gpg")) return;
        if (gnupgHome.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // gpg warns about, and newer versions refuse, a home others can read
            Files.setPosixFilePermissions(gnupgHome, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
        System.setProperty("jgit.gpg.home", gnupgHome.toString());
        assertThat(jgitGnupgHome()).as("JGit's OpenPGP signer fixes its GnuPG home when it is first used in a JVM;"
                + " a test that signed earlier in this JVM fixed another one").isEqualTo(gnupgHome);
        rsaFingerprint = generate("Release Bot <release-bot@example.com>", "rsa3072", "");
        lockedFingerprint = generate("Locked Bot <locked@example.com>", "rsa3072", "correct horse battery staple");
        edwardsFingerprint = generate("Edwards Bot <edwards@example.com>", "ed25519", "");
    }

    @AfterAll
    static void stopAgent() throws Exception {
        // key generation started a gpg-agent for the temporary home; it must not outlive the test
        if (installed("gpg")) run(List.of("gpgconf", "--kill", "all"), null);
    }

    private static void requireGpg() {
        Assumptions.assumeTrue(rsaFingerprint != null, "the gpg binary is not installed, so no OpenPGP test keys can be made");
    }

    private static void requireSshKeygen() {
        Assumptions.assumeTrue(installed("ssh-keygen"), "ssh-keygen is not installed, so no SSH test keys can be made");
    }

    @BeforeEach
    void init() throws Exception {
        repo = TestRepo.init(dir);
        repo.commit("feat: settle payments in EUR");
        repo.commit("fix(ledger): round half even");
    }

    @AfterEach
    void close() {
        repo.close();
    }

    @Test
    void signsTheReleaseTagWithTheConfiguredKey() throws Exception {
        requireGpg();
        useKey(rsaFingerprint);
        ReleaseResult result = release(SIGN);

        String tag = result.tags().get(0);
        byte[] raw = rawObject(Constants.R_TAGS + tag);
        String text = new String(raw, StandardCharsets.UTF_8);
        assertThat(text).contains("tag " + tag + "\n").contains("-----BEGIN PGP SIGNATURE-----");

        VerificationResult jgit = verifyWithJGit(tag, VerifyMode.TAGS);
        assertThat(jgit.getException()).isNull();
        assertThat(jgit.getVerification().verified()).isTrue();
        assertThat(jgit.getVerification().keyFingerprint()).isEqualToIgnoringCase(rsaFingerprint);

        int at = text.indexOf("-----BEGIN PGP SIGNATURE-----");
        GpgRun gpg = gpgVerify(Arrays.copyOfRange(raw, 0, at), Arrays.copyOfRange(raw, at, raw.length));
        assertThat(gpg.exit()).as(gpg.output()).isZero();
        assertThat(gpg.output()).contains("[GNUPG:] VALIDSIG " + rsaFingerprint);

        assertThat(headCommitText()).as("release.sign alone leaves the release commit unsigned").doesNotContain("gpgsig");
    }

    @Test
    void aTamperedTagMessageNoLongerVerifies() throws Exception {
        requireGpg();
        useKey(rsaFingerprint);
        String tag = release(SIGN).tags().get(0);
        byte[] raw = rawObject(Constants.R_TAGS + tag);
        String text = new String(raw, StandardCharsets.UTF_8);
        int at = text.indexOf("-----BEGIN PGP SIGNATURE-----");
        String forged = text.substring(0, at).replace("settle payments", "settle bribes");

        GpgRun gpg = gpgVerify(forged.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(raw, at, raw.length));
        assertThat(gpg.exit()).isNotZero();
        assertThat(gpg.output()).contains("[GNUPG:] BADSIG");
    }

    @Test
    void signsTheReleaseCommitTooWhenAskedWithTheCommitterKeyWhenNoKeyIsNamed() throws Exception {
        requireGpg();
        StoredConfig config = repo.git.getRepository().getConfig();
        config.setString("gpg", null, "format", "openpgp");
        config.save();
        ReleaseResult result = release(SIGN_ALL);

        assertThat(headCommitText()).contains("gpgsig -----BEGIN PGP SIGNATURE-----");
        VerificationResult commit = verifyWithJGit(result.commit(), VerifyMode.COMMITS);
        assertThat(commit.getVerification().verified()).isTrue();
        assertThat(commit.getVerification().keyFingerprint()).isEqualToIgnoringCase(rsaFingerprint);
        VerificationResult tag = verifyWithJGit(result.tags().get(0), VerifyMode.TAGS);
        assertThat(tag.getVerification().verified()).isTrue();
    }

    @Test
    void aKeyThatIsNotInTheKeyringIsRefusedBeforeTheReleaseCommit() throws Exception {
        requireGpg();
        useKey("treasury-signing@example.com");
        assertRefusedBeforeAnyWrite(SIGN, "signing key treasury-signing@example.com was not found in the GnuPG home "
                + gnupgHome);
    }

    @Test
    void aKeyWithAPassphraseIsRefusedInsteadOfPrompting() throws Exception {
        requireGpg();
        useKey(lockedFingerprint);
        assertRefusedBeforeAnyWrite(SIGN, "signing key " + lockedFingerprint + " is protected by a passphrase");
    }

    @Test
    void aPassphraseKeyForCommitsAloneIsAlsoRefusedUpFront() throws Exception {
        requireGpg();
        useKey(lockedFingerprint);
        assertRefusedBeforeAnyWrite("release:\n  sign-commits: true\n", "is protected by a passphrase");
    }

    @Test
    void anEd25519KeyIsRefusedBecauseItsSignaturesWouldNotVerify() throws Exception {
        requireGpg();
        useKey(edwardsFingerprint);
        assertRefusedBeforeAnyWrite(SIGN, "is an ed25519 (EdDSA) key");
    }

    @Test
    void signsWithAnSshKeyWhenGpgFormatIsSsh() throws Exception {
        requireSshKeygen();
        Path key = sshKey("release", "");
        Path allowed = Files.writeString(files.resolve("allowed_signers"), "release-bot@example.com "
                + Files.readString(Path.of(key + ".pub")).strip() + "\n");
        useSshKey(Path.of(key + ".pub"));
        StoredConfig config = repo.git.getRepository().getConfig();
        config.setString("gpg", "ssh", "allowedSignersFile", allowed.toString());
        config.save();
        String tag = release(SIGN).tags().get(0);

        VerificationResult jgit = verifyWithJGit(tag, VerifyMode.TAGS);
        assertThat(jgit.getException()).isNull();
        assertThat(jgit.getVerification().verified()).isTrue();

        byte[] raw = rawObject(Constants.R_TAGS + tag);
        int at = new String(raw, StandardCharsets.UTF_8).indexOf("-----BEGIN SSH SIGNATURE-----");
        assertThat(at).isPositive();
        Path sig = Files.write(files.resolve("tag.sig"), Arrays.copyOfRange(raw, at, raw.length));
        Path payload = Files.write(files.resolve("tag.payload"), Arrays.copyOfRange(raw, 0, at));
        GpgRun check = run(List.of("ssh-keygen", "-Y", "verify", "-f", allowed.toString(), "-I",
                "release-bot@example.com", "-n", "git", "-s", sig.toString()), payload);
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("Good \"git\" signature for release-bot@example.com");
    }

    @Test
    void anSshKeyWithAPassphraseIsRefused() throws Exception {
        requireSshKeygen();
        useSshKey(Path.of(sshKey("locked", "correct horse battery staple") + ".pub"));
        assertRefusedBeforeAnyWrite(SIGN, "is protected by a passphrase");
    }

    @Test
    void aMissingSshKeyFileIsRefused() throws Exception {
        useSshKey(files.resolve("nowhere/id_ed25519.pub"));
        assertRefusedBeforeAnyWrite(SIGN, "cannot be used");
    }

    @Test
    void x509SigningIsRefusedWithTheFormatNamed() throws Exception {
        StoredConfig config = repo.git.getRepository().getConfig();
        config.setString("gpg", null, "format", "x509");
        config.save();
        assertRefusedBeforeAnyWrite(SIGN, "no signer for gpg.format x509");
    }

    @Test
    void theTaggingStepOfBranchModeSignsToo() throws Exception {
        requireGpg();
        useKey(rsaFingerprint);
        ReleaseSettings settings = settings(SIGN);
        try (ReleaseRepository r = repo.open()) {
            ReleasePlan plan = new ReleasePlanner(r, settings, TestRepo.CLOCK).plan(PlanOptions.DEFAULT);
            ReleaseResult branch = new ReleaseWriter(r, settings).write(plan,
                    new WriteOptions(false, java.util.Optional.of("release/next"), false, "origin"));
            assertThat(branch.tags()).isEmpty();
            ReleaseTagger tagger = new ReleaseTagger(r, settings);
            List<String> created = tagger.tag(tagger.find().orElseThrow());
            assertThat(created).hasSize(1);
            VerificationResult tag = verifyWithJGit(created.get(0), VerifyMode.TAGS);
            assertThat(tag.getVerification().verified()).isTrue();
        }
    }

    private void assertRefusedBeforeAnyWrite(String yaml, String expected) throws Exception {
        ObjectId before = repo.git.getRepository().resolve(Constants.HEAD);
        assertThatThrownBy(() -> release(yaml))
                .isInstanceOf(ReleaseException.class)
                .hasMessageContaining(expected)
                .hasMessageContaining("git tag -s");
        assertThat(repo.git.getRepository().resolve(Constants.HEAD)).isEqualTo(before);
        assertThat(repo.git.tagList().call()).isEmpty();
        assertThat(repo.git.status().call().isClean()).as("no changelog or version file was written").isTrue();
    }

    private Path sshKey(String name, String passphrase) throws Exception {
        Path key = Files.createDirectories(files.resolve("ssh")).resolve(name);
        GpgRun made = run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", name + "@example.com",
                "-f", key.toString()), null);
        assertThat(made.exit()).as(made.output()).isZero();
        return key;
    }

    private void useSshKey(Path publicKey) throws IOException {
        StoredConfig config = repo.git.getRepository().getConfig();
        config.setString("gpg", null, "format", "ssh");
        config.setString("user", null, "signingKey", publicKey.toString());
        config.save();
    }

    private void useKey(String key) throws IOException {
        StoredConfig config = repo.git.getRepository().getConfig();
        config.setString("user", null, "signingKey", key);
        config.setString("gpg", null, "format", "openpgp");
        config.save();
    }

    private static ReleaseSettings settings(String yaml) throws Exception {
        return ReleaseSettings.from(ReleaseConfig.parse(yaml, ".opsmith.yaml"));
    }

    private ReleaseResult release(String yaml) throws Exception {
        ReleaseSettings settings = settings(yaml);
        try (ReleaseRepository r = repo.open()) {
            ReleasePlan plan = new ReleasePlanner(r, settings, TestRepo.CLOCK).plan(PlanOptions.DEFAULT);
            return new ReleaseWriter(r, settings).write(plan, WriteOptions.DEFAULT);
        }
    }

    private byte[] rawObject(String ref) throws IOException {
        ObjectId id = repo.git.getRepository().exactRef(ref).getObjectId();
        return repo.git.getRepository().open(id).getBytes();
    }

    private String headCommitText() throws IOException {
        try (RevWalk walk = new RevWalk(repo.git.getRepository())) {
            RevCommit head = walk.parseCommit(repo.git.getRepository().resolve(Constants.HEAD));
            return new String(head.getRawBuffer(), StandardCharsets.UTF_8);
        }
    }

    private VerificationResult verifyWithJGit(String name, VerifyMode mode) throws Exception {
        Map<String, VerificationResult> results = repo.git.verifySignature().addName(name).setMode(mode).call();
        assertThat(results).containsKey(name);
        return results.get(name);
    }

    private record GpgRun(int exit, String output) {
    }

    private GpgRun gpgVerify(byte[] payload, byte[] signature) throws Exception {
        Path data = files.resolve("payload.txt");
        Path sig = files.resolve("payload.txt.asc");
        Files.write(data, payload);
        Files.write(sig, signature);
        return run(List.of("gpg", "--batch", "--status-fd", "1", "--verify", sig.toString(), data.toString()), null);
    }

    /** Makes a signing-only key and returns its fingerprint. */
    private static String generate(String userId, String algorithm, String passphrase) throws Exception {
        GpgRun made = run(List.of("gpg", "--batch", "--pinentry-mode", "loopback", "--passphrase", passphrase,
                "--quick-gen-key", userId, algorithm, "sign", "never"), null);
        assertThat(made.exit()).as(made.output()).isZero();
        GpgRun listed = run(List.of("gpg", "--batch", "--with-colons", "--list-secret-keys", userId), null);
        for (String line : listed.output().split("\n")) {
            if (line.startsWith("fpr:")) return line.split(":")[9];
        }
        throw new AssertionError("no fingerprint for " + userId + ":\n" + listed.output());
    }

    /** The GnuPG home JGit's OpenPGP signer settled on; loading its key locator here makes it read ours. */
    private static Path jgitGnupgHome() throws ReflectiveOperationException {
        Class<?> locator = Class.forName("org.eclipse.jgit.gpg.bc.internal.BouncyCastleGpgKeyLocator");
        java.lang.reflect.Field home = locator.getDeclaredField("GPG_DIRECTORY");
        home.setAccessible(true);
        return (Path) home.get(null);
    }

    private static boolean installed(String program) {
        try {
            return run(List.of(program, program.equals("gpg") ? "--version" : "-?"), null).exit() != 127;
        } catch (IOException | InterruptedException | AssertionError e) {
            return false;
        }
    }

    /** Runs a tool with the test GnuPG home, {@code input} (or nothing) on its standard input. */
    private static GpgRun run(List<String> command, Path input) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        if (gnupgHome != null) pb.environment().put("GNUPGHOME", gnupgHome.toString());
        if (input != null) pb.redirectInput(input.toFile());
        Process p = pb.start();
        if (input == null) p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("gpg did not finish: " + command);
        }
        return new GpgRun(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
