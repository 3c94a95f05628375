package dev.opsmith.release;

import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.UnsupportedSigningFormatException;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.GpgConfig.GpgFormat;
import org.eclipse.jgit.lib.GpgSignature;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.SignatureVerifier.SignatureVerification;
import org.eclipse.jgit.lib.SignatureVerifiers;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.lib.Signers;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.SystemReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Signing of release tags and commits with the signer JGit finds for git's {@code gpg.format} and the key git's
 * {@code user.signingKey} names. For {@code openpgp} the key (the committer's e-mail when unset) is read from the
 * GnuPG home: the {@code jgit.gpg.home} system property, else {@code GNUPGHOME}, else {@code ~/.gnupg}, resolved once
 * per process. For {@code ssh} it is a key file (the public or the private one) or a {@code key::} literal whose
 * private key an ssh-agent holds.
 *
 * <p>A release runs unattended, often in CI, so nothing may prompt for a passphrase and nothing may fail half-way:
 * {@link #require} makes a trial signature before the release writes anything and checks that it verifies, and
 * {@link #NO_PROMPT} declines every passphrase request so a protected key is refused instead of waiting for input.
 */
final class ReleaseSigning {

    /**
     * Declines every credential request. JGit's OpenPGP signer asks its credentials provider for a protected key's
     * passphrase; declining makes it cancel, which {@link #require} reports as a refusal.
     */
    static final CredentialsProvider NO_PROMPT = new CredentialsProvider() {
        @Override
        public boolean isInteractive() {
            return false;
        }

        @Override
        public boolean supports(CredentialItem... items) {
            return false;
        }

        @Override
        public boolean get(URIish uri, CredentialItem... items) {
            return false;
        }
    };

    private static final byte[] TRIAL = "opsmith release signing check\n".getBytes(StandardCharsets.UTF_8);
    private static final String SIGN_LATER = "or set release.sign: false (and release.sign-commits: false) and sign"
            + " afterwards with git tag -s";

    private ReleaseSigning() {
    }

    /**
     * Refuses unless a signature can be made now, without a prompt, and verifies: the signer exists for the format,
     * the key is found, it needs no passphrase, and a trial signature checks out against the keyring.
     */
    static void require(ReleaseRepository releaseRepo) throws ReleaseException {
        Repository repo = releaseRepo.jgit();
        GpgConfig gpg = new GpgConfig(repo.getConfig());
        GpgFormat format = gpg.getKeyFormat();
        Signer signer = Signers.get(format);
        if (signer == null) {
            throw new ReleaseException(List.of("signing was asked for (release.sign / release.sign-commits), but this"
                            + " opsmith has no signer for gpg.format " + format.toConfigValue()
                            + " (it signs with gpg.format openpgp or ssh)",
                    "set gpg.format to openpgp or ssh and name the key in user.signingKey, " + SIGN_LATER));
        }
        PersonIdent signerIdent = new PersonIdent(repo);
        String key = gpg.getSigningKey();
        boolean ssh = format == GpgFormat.SSH;
        String shownKey = key != null && !key.isBlank() ? key
                : ssh ? "(none: user.signingKey is not set)"
                : "<" + signerIdent.getEmailAddress() + "> (no user.signingKey is set, so the committer e-mail)";
        boolean found;
        try {
            found = signer.canLocateSigningKey(repo, gpg, signerIdent, key, NO_PROMPT);
        } catch (CanceledException e) {
            throw passphraseRefusal(shownKey);
        } catch (RuntimeException e) {
            throw unusable(shownKey, ssh, e);
        }
        if (!found) {
            throw new ReleaseException(List.of("signing key " + shownKey + " was not found in the GnuPG home "
                            + gnupgHome(),
                    "set user.signingKey to the key's fingerprint, import the key there (gpg --import), or point"
                            + " GNUPGHOME at the folder that holds it; " + SIGN_LATER));
        }
        GpgSignature trial;
        try {
            trial = signer.sign(repo, gpg, TRIAL, signerIdent, key, NO_PROMPT);
        } catch (CanceledException e) {
            throw passphraseRefusal(shownKey);
        } catch (IOException | UnsupportedSigningFormatException | RuntimeException e) {
            throw unusable(shownKey, ssh, e);
        }
        byte[] armored = trial.toExternalString().getBytes(StandardCharsets.US_ASCII);
        if (format == GpgFormat.OPENPGP && isLegacyEdDsa(armored)) {
            // JGit's OpenPGP signer rebuilds an ed25519 GnuPG key with a new creation time, so the issuer
            // fingerprint in its signatures matches no key: git and gpg then report the tag as unverifiable
            throw new ReleaseException(List.of("signing key " + shownKey + " is an ed25519 (EdDSA) key, and the"
                            + " OpenPGP signer opsmith uses writes signatures with such keys that git tag -v cannot verify",
                    "sign releases with an RSA key (gpg --quick-gen-key 'NAME <EMAIL>' rsa3072 sign), " + SIGN_LATER));
        }
        // an SSH signature is checked against gpg.ssh.allowedSignersFile; without one there is nothing to check
        // it against, and git itself signs without one
        if (ssh && gpg.getSshAllowedSignersFile() == null) return;
        SignatureVerification check;
        try {
            check = SignatureVerifiers.verify(repo, gpg, TRIAL, armored);
        } catch (IOException | RuntimeException e) {
            throw unusable(shownKey, ssh, e);
        }
        if (check == null || !check.verified()) {
            throw new ReleaseException(List.of("signing key " + shownKey + " made a trial signature that does not verify"
                            + (check != null && check.message() != null ? " (" + check.message() + ")" : ""),
                    (ssh ? "check that gpg.ssh.allowedSignersFile lists the key for " + signerIdent.getEmailAddress()
                            : "check that the public key is in the keyring of " + gnupgHome()) + ", " + SIGN_LATER));
        }
    }

    private static ReleaseException passphraseRefusal(String shownKey) {
        return new ReleaseException(List.of("signing key " + shownKey + " is protected by a passphrase, and a release"
                        + " does not prompt for one (it must run unattended)",
                "use a signing key without a passphrase, kept where only the release job can read it (a CI secret"
                        + " imported into a temporary GNUPGHOME, or written to a key file), " + SIGN_LATER));
    }

    private static ReleaseException unusable(String shownKey, boolean ssh, Exception e) {
        String check = ssh
                ? "user.signingKey must name an SSH key file (the .pub or the private key next to it) or a key:: literal"
                        + " whose private key the ssh-agent (SSH_AUTH_SOCK) holds"
                : "check the key with gpg --list-secret-keys in " + gnupgHome();
        return new ReleaseException(List.of("signing key " + shownKey + " cannot be used: " + e.getMessage(),
                check + ", " + SIGN_LATER));
    }

    /** Whether an armored OpenPGP signature was made with a legacy EdDSA (ed25519) key. */
    private static boolean isLegacyEdDsa(byte[] armored) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored))) {
            Object first = new BcPGPObjectFactory(in).nextObject();
            return first instanceof PGPSignatureList list && !list.isEmpty()
                    && list.get(0).getKeyAlgorithm() == PublicKeyAlgorithmTags.EDDSA_LEGACY;
        } catch (IOException e) {
            return false;
        }
    }

    /** The GnuPG home JGit's OpenPGP signer reads, in the order it looks, for messages. */
    static String gnupgHome() {
        SystemReader system = SystemReader.getInstance();
        String property = system.getProperty("jgit.gpg.home");
        if (property != null && !property.isBlank()) return property + " (system property jgit.gpg.home)";
        String env = system.getenv("GNUPGHOME");
        if (env != null && !env.isBlank()) return env + " (GNUPGHOME)";
        return "~/.gnupg (GNUPGHOME is not set)";
    }
}
