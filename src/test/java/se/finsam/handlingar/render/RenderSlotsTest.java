package se.finsam.handlingar.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Finding 2 of the security review: one user's parallel previews may hold at most half the render slots, so another
 * user's document still gets one; saturation shows in the health endpoint.
 */
class RenderSlotsTest {

    @Test
    void oneUserHoldsAtMostHalfTheSlotsAndOthersStillGetTheirs() throws Exception {
        RenderSlots slots = new RenderSlots(4, 2, Clock.systemUTC());
        assertThat(slots.acquire("styrelse", Duration.ZERO)).isTrue();
        assertThat(slots.acquire("styrelse", Duration.ZERO)).isTrue();
        assertThat(slots.acquire("styrelse", Duration.ofMillis(50))).as("third slot for the same user").isFalse();
        assertThat(slots.acquire("admin", Duration.ZERO)).isTrue();
        assertThat(slots.acquire("kansli", Duration.ZERO)).isTrue();
        assertThat(slots.acquire("sekreterare", Duration.ofMillis(50))).as("all four taken").isFalse();
        slots.release("styrelse");
        assertThat(slots.acquire("sekreterare", Duration.ZERO)).isTrue();
        assertThat(slots.usage().inUse()).isEqualTo(4);
    }

    @Test
    void aWaitingUserGetsTheSlotWhenItIsReleased() throws Exception {
        RenderSlots slots = new RenderSlots(2, 1, Clock.systemUTC());
        assertThat(slots.acquire("a", Duration.ZERO)).isTrue();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            slots.release("a");
        });
        releaser.start();
        assertThat(slots.acquire("a", Duration.ofSeconds(10))).isTrue();
        releaser.join();
    }

    @Test
    void healthReportsSaturationWhileRequestsAreTurnedAway() throws Exception {
        RenderProperties properties = new RenderProperties(2, Duration.ofMillis(20), null, null, null, null);
        DocumentRenderer renderer = new DocumentRenderer(null, null, null, null, properties, Clock.systemUTC(), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        try {
            RenderHealth health = new RenderHealth(renderer, Clock.systemUTC());
            assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
            assertThat(renderer.slots().acquire("x", Duration.ZERO)).isTrue();
            assertThat(renderer.slots().acquire("y", Duration.ZERO)).isTrue();
            assertThat(renderer.slots().acquire("z", Duration.ofMillis(20))).isFalse();
            assertThat(health.health().getStatus().getCode()).isEqualTo("SATURATED");
            assertThat(health.health().getDetails()).containsEntry("inUse", 2).containsEntry("slots", 2);
        } finally {
            renderer.destroy();
        }
    }
}
