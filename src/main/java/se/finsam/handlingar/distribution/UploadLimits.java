package se.finsam.handlingar.distribution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How far an uploaded PDF's streams may expand when decoded ({@code handlingar.distribution.upload.*}); a
 * decompression bomb (1 MB that inflates to 1 GB) is refused before it is stored or bundled.
 *
 * @param maxDecodedSize the most all streams of one upload may decode to, image codecs (JPEG, JPEG 2000, JBIG2,
 *                       CCITT) left as they are
 * @param maxExpansion the most the decoded streams may be, as a multiple of the file's size, once they exceed
 *                     {@code expansionFloor}
 * @param expansionFloor below this much decoded content the ratio is not looked at (a blank scanned page compresses
 *                       a thousandfold)
 */
@ConfigurationProperties("handlingar.distribution.upload")
public record UploadLimits(DataSize maxDecodedSize, Integer maxExpansion, DataSize expansionFloor) {

    public UploadLimits {
        maxDecodedSize = maxDecodedSize == null ? DataSize.ofMegabytes(256) : maxDecodedSize;
        maxExpansion = maxExpansion == null ? 200 : maxExpansion;
        expansionFloor = expansionFloor == null ? DataSize.ofMegabytes(32) : expansionFloor;
    }

    static UploadLimits defaults() {
        return new UploadLimits(null, null, null);
    }
}
