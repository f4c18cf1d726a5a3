package se.finsam.handlingar.render;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The render slots, shared fairly: at most {@code total} renders at once and at most {@code perUser} of them for any
 * one user, so one user's burst of heavy previews cannot stop everybody else's documents. Counts feed the health
 * endpoint.
 */
final class RenderSlots {

    record Usage(int total, int perUser, int inUse, int waiting, Instant lastRefused) {
    }

    private final int total;
    private final int perUser;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private final Map<String, Integer> held = new HashMap<>();
    private int inUse;
    private int waiting;
    private Instant lastRefused;

    RenderSlots(int total, int perUser, Clock clock) {
        this.total = total;
        this.perUser = perUser;
        this.clock = clock;
    }

    /** Takes a slot for the user, waiting at most {@code maxWait}; false when none came free in time. */
    boolean acquire(String user, Duration maxWait) throws InterruptedException {
        long nanos = maxWait.toNanos();
        lock.lockInterruptibly();
        try {
            waiting++;
            try {
                while (inUse >= total || held.getOrDefault(user, 0) >= perUser) {
                    if (nanos <= 0) {
                        lastRefused = clock.instant();
                        return false;
                    }
                    nanos = freed.awaitNanos(nanos);
                }
            } finally {
                waiting--;
            }
            inUse++;
            held.merge(user, 1, Integer::sum);
            return true;
        } finally {
            lock.unlock();
        }
    }

    void release(String user) {
        lock.lock();
        try {
            inUse--;
            held.computeIfPresent(user, (k, n) -> n == 1 ? null : n - 1);
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    Usage usage() {
        lock.lock();
        try {
            return new Usage(total, perUser, inUse, waiting, lastRefused);
        } finally {
            lock.unlock();
        }
    }
}
