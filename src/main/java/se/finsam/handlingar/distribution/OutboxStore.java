package se.finsam.handlingar.distribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Send orders and the outbox of per-recipient messages. A message is claimed with a conditional UPDATE that only
 * succeeds while the row is queued and unleased (or its lease ran out), so of two instances polling one database
 * exactly one wins each row; the lease lets another instance take over a row whose worker died.
 */
@Repository
class OutboxStore {

    enum Status { QUEUED, SENT, FAILED }

    record Order(UUID id, String idempotencyKey, String requestSha256, UUID documentId, String organ,
            LocalDate memberDate, String subject, String body, boolean attach, String filename, Instant createdAt,
            String createdBy) {
    }

    record Message(UUID id, UUID orderId, int position, String name, String role, String address, Status status,
            int attempts, Instant nextAttemptAt, String claimedBy, Instant leaseUntil, String lastError, Instant sentAt) {
    }

    private static final String ORDER_COLUMNS = "id, idempotency_key, request_sha256, document_id, organ_kod, member_date, "
            + "subject, body, attach, filename, created_at, created_by";
    private static final String MESSAGE_COLUMNS = "id, order_id, position, recipient_name, recipient_role, address, status, "
            + "attempts, next_attempt_at, claimed_by, lease_until, last_error, sent_at";

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertOrder(Order o) {
        jdbc.sql("INSERT INTO distribution_order (" + ORDER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(o.id(), o.idempotencyKey(), o.requestSha256(), o.documentId(), o.organ(), o.memberDate(),
                        o.subject(), o.body(), o.attach(), o.filename(), Timestamp.from(o.createdAt()), o.createdBy())
                .update();
    }

    void insertMessage(Message m) {
        jdbc.sql("INSERT INTO distribution_message (" + MESSAGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.id(), m.orderId(), m.position(), m.name(), m.role(), m.address(), m.status().name(),
                        m.attempts(), Timestamp.from(m.nextAttemptAt()), m.claimedBy(), ts(m.leaseUntil()),
                        m.lastError(), ts(m.sentAt()))
                .update();
    }

    Optional<Order> order(UUID id) {
        return jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM distribution_order WHERE id = ?").param(id)
                .query(OutboxStore::mapOrder).optional();
    }

    Optional<Order> orderByKey(String key) {
        return jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM distribution_order WHERE idempotency_key = ?").param(key)
                .query(OutboxStore::mapOrder).optional();
    }

    List<Order> ordersForDocument(UUID documentId) {
        return jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM distribution_order WHERE document_id = ? ORDER BY created_at, id")
                .param(documentId).query(OutboxStore::mapOrder).list();
    }

    List<Message> messages(UUID orderId) {
        return jdbc.sql("SELECT " + MESSAGE_COLUMNS + " FROM distribution_message WHERE order_id = ? ORDER BY position")
                .param(orderId).query(OutboxStore::mapMessage).list();
    }

    Optional<Message> message(UUID id) {
        return jdbc.sql("SELECT " + MESSAGE_COLUMNS + " FROM distribution_message WHERE id = ?").param(id)
                .query(OutboxStore::mapMessage).optional();
    }

    /** Claims up to {@code limit} due messages for {@code worker} until {@code leaseUntil}; returns those won. */
    List<Message> claim(String worker, Instant now, Instant leaseUntil, int limit) {
        List<Message> claimed = new ArrayList<>();
        for (UUID id : due(now, limit)) {
            claimOne(id, worker, now, leaseUntil).ifPresent(claimed::add);
        }
        return claimed;
    }

    /** Up to {@code limit} messages due at {@code now} and not leased, oldest first; nothing is claimed. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM distribution_message
                WHERE status = 'QUEUED' AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until < :now)
                ORDER BY next_attempt_at, id LIMIT :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(UUID.class).list();
    }

    /**
     * Claims one message for {@code worker} until {@code leaseUntil} when it is still queued, due and unleased at
     * {@code now}; empty when another worker has it.
     */
    Optional<Message> claimOne(UUID id, String worker, Instant now, Instant leaseUntil) {
        int won = jdbc.sql("""
                UPDATE distribution_message SET claimed_by = :worker, lease_until = :until
                WHERE id = :id AND status = 'QUEUED' AND next_attempt_at <= :now
                  AND (lease_until IS NULL OR lease_until < :now)""")
                .param("worker", worker).param("until", Timestamp.from(leaseUntil)).param("id", id)
                .param("now", Timestamp.from(now)).update();
        return won == 1 ? message(id) : Optional.empty();
    }

    /** False when the claim was lost (another worker took the row after the lease ran out). */
    boolean markSent(UUID id, String worker, Instant now) {
        return jdbc.sql("""
                UPDATE distribution_message SET status = 'SENT', sent_at = :now, attempts = attempts + 1,
                    lease_until = NULL, last_error = NULL
                WHERE id = :id AND claimed_by = :worker AND status = 'QUEUED'""")
                .param("now", Timestamp.from(now)).param("id", id).param("worker", worker).update() == 1;
    }

    boolean markRetry(UUID id, String worker, String error, Instant next) {
        return jdbc.sql("""
                UPDATE distribution_message SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error,
                    lease_until = NULL
                WHERE id = :id AND claimed_by = :worker AND status = 'QUEUED'""")
                .param("next", Timestamp.from(next)).param("error", truncate(error)).param("id", id)
                .param("worker", worker).update() == 1;
    }

    boolean markFailed(UUID id, String worker, String error) {
        return jdbc.sql("""
                UPDATE distribution_message SET status = 'FAILED', attempts = attempts + 1, last_error = :error,
                    lease_until = NULL
                WHERE id = :id AND claimed_by = :worker AND status = 'QUEUED'""")
                .param("error", truncate(error)).param("id", id).param("worker", worker).update() == 1;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Order mapOrder(ResultSet rs, int row) throws SQLException {
        java.sql.Date date = rs.getDate("member_date");
        return new Order(rs.getObject("id", UUID.class), rs.getString("idempotency_key"), rs.getString("request_sha256"),
                rs.getObject("document_id", UUID.class), rs.getString("organ_kod"),
                date == null ? null : date.toLocalDate(), rs.getString("subject"), rs.getString("body"),
                rs.getBoolean("attach"), rs.getString("filename"), instant(rs, "created_at"), rs.getString("created_by"));
    }

    private static Message mapMessage(ResultSet rs, int row) throws SQLException {
        return new Message(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class), rs.getInt("position"),
                rs.getString("recipient_name"), rs.getString("recipient_role"), rs.getString("address"),
                Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("claimed_by"), instant(rs, "lease_until"), rs.getString("last_error"), instant(rs, "sent_at"));
    }
}
