package se.finsam.handlingar.signing.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;

/**
 * An RFC 3161 timestamp client over HTTP (application/timestamp-query), with the JDK's HTTP client and BouncyCastle's
 * TSP classes. The response is checked against the request (digest, nonce, status) before DSS embeds the token.
 */
public final class Rfc3161Client implements TSPSource {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String url;
    private final transient HttpClient http;

    public Rfc3161Client(String url) {
        this.url = url;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(new ASN1ObjectIdentifier(digestAlgorithm.getOid()), digest,
                new BigInteger(64, RANDOM));
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new DSSException("Tidsstämpeltjänsten " + url + " svarade " + response.statusCode());
            }
            TimeStampResponse timeStamp = new TimeStampResponse(response.body());
            timeStamp.validate(request);
            if (timeStamp.getTimeStampToken() == null) {
                throw new DSSException("Tidsstämpeltjänsten " + url + " gav ingen stämpel: " + timeStamp.getStatusString());
            }
            return new TimestampBinary(timeStamp.getTimeStampToken().getEncoded());
        } catch (IOException | TSPException e) {
            throw new DSSException("Tidsstämpeltjänsten " + url + " kunde inte användas: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DSSException("Avbruten", e);
        }
    }
}
