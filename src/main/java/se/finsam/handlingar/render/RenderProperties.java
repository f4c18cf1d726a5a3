package se.finsam.handlingar.render;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code handlingar.render.*}.
 *
 * @param maxConcurrent renders running at once; more than the cores only adds heap (a long report allocates
 *                      ~200 MB while it renders), so the default is the number of processors
 * @param maxWait how long a render waits for its turn before the request gets 503
 * @param timeout wall-clock limit of one render once it has its slot (then 422 and the slot is free again)
 * @param maxOutputSize largest template output (XHTML) and largest finished file of one render (then 422)
 * @param maxPages most pages one PDF may have (then 422)
 * @param maxDepth deepest element nesting the template's XHTML may have (then 422)
 */
@ConfigurationProperties("handlingar.render")
public record RenderProperties(Integer maxConcurrent, Duration maxWait, Duration timeout, DataSize maxOutputSize,
        Integer maxPages, Integer maxDepth) {

    public RenderProperties {
        if (maxConcurrent == null || maxConcurrent < 1) {
            maxConcurrent = Runtime.getRuntime().availableProcessors();
        }
        if (maxWait == null) {
            maxWait = Duration.ofSeconds(60);
        }
        if (timeout == null) {
            timeout = Duration.ofSeconds(60);
        }
        if (maxOutputSize == null) {
            maxOutputSize = DataSize.ofMegabytes(25);
        }
        if (maxPages == null || maxPages < 1) {
            maxPages = 500;
        }
        if (maxDepth == null || maxDepth < 10) {
            maxDepth = 200;
        }
    }

    /** The most slots one user may hold at once: half of them, at least one. */
    public int maxPerUser() {
        return Math.max(1, maxConcurrent / 2);
    }
}
