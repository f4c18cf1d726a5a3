package se.finsam.handlingar.render;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code handlingar.render.*}.
 *
 * @param maxConcurrent renders running at once; more than the cores only adds heap (a long report allocates
 *                      ~200 MB while it renders), so the default is the number of processors
 * @param maxWait how long a render waits for its turn before the request gets 503
 */
@ConfigurationProperties("handlingar.render")
public record RenderProperties(Integer maxConcurrent, Duration maxWait) {

    public RenderProperties {
        if (maxConcurrent == null || maxConcurrent < 1) {
            maxConcurrent = Runtime.getRuntime().availableProcessors();
        }
        if (maxWait == null) {
            maxWait = Duration.ofSeconds(60);
        }
    }
}
