package se.finsam.handlingar.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import com.sun.net.httpserver.HttpServer;

/**
 * A tiny RFC 3161 timestamp authority on a random local port, built from BouncyCastle's TSP classes and a TSA
 * certificate from {@link TestCa}. Counts the stamps it issued, so a test can see it was used.
 */
public final class TestTimestampAuthority {

    private static TestTimestampAuthority instance;

    private final HttpServer server;
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicLong serial = new AtomicLong(1);

    private TestTimestampAuthority() {
        try {
            TestCa.Signer tsa = TestCa.instance().timestampAuthority();
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsa.key(), tsa.certificate()),
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                    org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.2.752.9999.1"));
            tokens.addCertificates(new JcaCertStore(tsa.chain()));
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/tsa", exchange -> {
                try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                    TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
                    TimeStampResponse response = responses.generate(request,
                            BigInteger.valueOf(serial.incrementAndGet()), new Date());
                    byte[] body = response.getEncoded();
                    exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                    issued.incrementAndGet();
                } catch (Exception e) {
                    exchange.sendResponseHeaders(500, -1);
                }
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test TSA", e);
        }
    }

    /** Started once per test JVM; stops with it. */
    public static synchronized TestTimestampAuthority instance() {
        if (instance == null) {
            instance = new TestTimestampAuthority();
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    public int issued() {
        return issued.get();
    }
}
