package se.finsam.handlingar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made fresh for the test run (root → signers, TSA, seal), with the root written as PEM for
 * {@code handlingar.signing.trust-anchors}. Stands in for BankID / Freja / an underskriftstjänst, which hold the keys
 * in real use.
 */
public final class TestCa {

    private static final TestCa INSTANCE = new TestCa();
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    private final KeyPair rootKeys;
    private final X509Certificate root;
    private final Path rootPem;

    /** A signer: its key never leaves the test, as it would never leave BankID. */
    public record Signer(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {

        public String certificateBase64() {
            return base64(certificate);
        }

        public List<String> chainBase64() {
            return chain.stream().map(TestCa::base64).toList();
        }

        /** What an external signing service does with dataToSign. */
        public byte[] sign(byte[] dataToSign) {
            try {
                Signature signature = Signature.getInstance(
                        key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA");
                signature.initSign(key);
                signature.update(dataToSign);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private TestCa() {
        try {
            rootKeys = rsa();
            X500Name name = new X500Name("CN=Handlingar Test Root CA, O=Handlingar test, C=SE");
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(1), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), name, rootKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createSubjectKeyIdentifier(rootKeys.getPublic()));
            root = convert(builder, rootKeys.getPrivate());
            rootPem = Files.createTempFile("handlingar-test-root-", ".pem");
            Files.writeString(rootPem, pem(root), StandardCharsets.US_ASCII);
            rootPem.toFile().deleteOnExit();
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the test CA", e);
        }
    }

    public static TestCa instance() {
        return INSTANCE;
    }

    public X509Certificate root() {
        return root;
    }

    public Path rootPem() {
        return rootPem;
    }

    /** A person's signing certificate (given name, surname, common name), RSA or EC P-256. */
    public Signer person(String givenName, String surname, boolean rsa) {
        try {
            KeyPair keys = rsa ? rsa() : ec();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "SE")
                    .addRDN(BCStyle.GIVENNAME, givenName).addRDN(BCStyle.SURNAME, surname)
                    .addRDN(BCStyle.CN, givenName + " " + surname).build();
            X509Certificate certificate = issue(subject, keys, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null);
            return new Signer(keys.getPrivate(), certificate, List.of(certificate, root));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An organisation's seal certificate. */
    public Signer organisation(String name) {
        try {
            KeyPair keys = rsa();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "SE")
                    .addRDN(BCStyle.O, name).addRDN(BCStyle.CN, name).build();
            X509Certificate certificate = issue(subject, keys, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null);
            return new Signer(keys.getPrivate(), certificate, List.of(certificate, root));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A timestamp authority's certificate (critical extended key usage timeStamping, as RFC 3161 requires). */
    public Signer timestampAuthority() {
        try {
            KeyPair keys = rsa();
            X500Name subject = new X500Name("CN=Handlingar Test TSA, O=Handlingar test, C=SE");
            X509Certificate certificate = issue(subject, keys, new KeyUsage(KeyUsage.digitalSignature),
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            return new Signer(keys.getPrivate(), certificate, List.of(certificate, root));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the signer's key and chain to a PKCS#12 keystore. */
    public static Path pkcs12(Signer signer, String alias, String password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, signer.key(), password.toCharArray(), signer.chain().toArray(new X509Certificate[0]));
            Path file = Files.createTempFile("handlingar-test-seal-", ".p12");
            try (var out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate issue(X500Name subject, KeyPair keys, KeyUsage usage, ExtendedKeyUsage extended)
            throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root, BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(730))), subject, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, usage);
        if (extended != null) {
            builder.addExtension(Extension.extendedKeyUsage, true, extended);
        }
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(root));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        return convert(builder, rootKeys.getPrivate());
    }

    private static X509Certificate convert(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws Exception {
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey);
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    public static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(X509Certificate certificate) {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificateBytes(certificate)) + "\n-----END CERTIFICATE-----\n";
    }

    private static byte[] certificateBytes(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
