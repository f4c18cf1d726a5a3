package se.finsam.handlingar.render;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code render}: SATURATED while every slot is taken and requests queue, or when
 * a request was turned away (503) within the last minute; UP otherwise. Details: slots, in use, waiting, per user.
 */
@Component("render")
class RenderHealth implements HealthIndicator {

    static final Status SATURATED = new Status("SATURATED", "Alla renderingsplatser är upptagna; nya renderingar köar eller avvisas.");

    private final DocumentRenderer renderer;
    private final Clock clock;

    RenderHealth(DocumentRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public Health health() {
        RenderSlots.Usage usage = renderer.usage();
        boolean refusedRecently = usage.lastRefused() != null
                && Duration.between(usage.lastRefused(), clock.instant()).compareTo(Duration.ofMinutes(1)) < 0;
        boolean saturated = (usage.inUse() >= usage.total() && usage.waiting() > 0) || refusedRecently;
        return Health.status(saturated ? SATURATED : Status.UP)
                .withDetail("slots", usage.total())
                .withDetail("perUser", usage.perUser())
                .withDetail("inUse", usage.inUse())
                .withDetail("waiting", usage.waiting())
                .withDetail("lastRefused", usage.lastRefused() == null ? "–" : usage.lastRefused().toString())
                .build();
    }
}
