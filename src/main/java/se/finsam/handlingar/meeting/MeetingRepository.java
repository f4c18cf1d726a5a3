package se.finsam.handlingar.meeting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

@Repository
class MeetingRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MeetingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, String organ, LocalDate datum, String agenda, Instant now, String user) {
        jdbc.sql("""
                INSERT INTO meeting (id, organ_kod, datum, agenda, created_at, created_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organ, Date.valueOf(datum), agenda, Timestamp.from(now), user, Timestamp.from(now))
                .update();
    }

    /** Changes only while not justerat; false otherwise. */
    boolean updateAgenda(UUID id, LocalDate datum, String agenda, Instant now) {
        return jdbc.sql("""
                UPDATE meeting SET datum = ?, agenda = ?, updated_at = ?, revision = revision + 1
                WHERE id = ? AND justeringsdatum IS NULL""")
                .params(Date.valueOf(datum), agenda, Timestamp.from(now), id).update() == 1;
    }

    boolean updateProtokoll(UUID id, String protokoll, Instant now) {
        return jdbc.sql("""
                UPDATE meeting SET protokoll = ?, updated_at = ?, revision = revision + 1
                WHERE id = ? AND justeringsdatum IS NULL""")
                .params(protokoll, Timestamp.from(now), id).update() == 1;
    }

    Optional<Meeting> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE m.id = ?").param(id).query(this::map).optional();
    }

    List<Meeting> list(String organ, Integer year) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (organ != null) {
            where.append(" AND m.organ_kod = :organ");
        }
        if (year != null) {
            where.append(" AND m.datum >= :from AND m.datum < :to");
        }
        var spec = jdbc.sql(SELECT + where + " ORDER BY m.datum DESC, m.created_at DESC");
        if (organ != null) {
            spec = spec.param("organ", organ);
        }
        if (year != null) {
            spec = spec.param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                    .param("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)));
        }
        return spec.query(this::map).list();
    }

    /** Numbered meetings of the organ in the year dated after the given day. */
    long numberedAfter(String organ, LocalDate datum) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM meeting WHERE organ_kod = ? AND forsta_paragraf IS NOT NULL
                AND datum > ? AND datum < ?""")
                .params(organ, Date.valueOf(datum), Date.valueOf(LocalDate.of(datum.getYear() + 1, 1, 1)))
                .query(Long.class).single();
    }

    /**
     * The last § number used by the organ in the year (0 before the first), locking the series row until the
     * transaction ends. The row is created first when missing, so concurrent first numberings also wait for each other.
     */
    int lockSeries(String organ, int year) {
        jdbc.sql("INSERT INTO paragraf_serie (organ_kod, ar, senaste) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
                .params(organ, year).update();
        return jdbc.sql("SELECT senaste FROM paragraf_serie WHERE organ_kod = ? AND ar = ? FOR UPDATE")
                .params(organ, year).query(Integer.class).single();
    }

    /** The last § number used by the organ in the year, 0 when none; without locking (for previews). */
    int peekSeries(String organ, int year) {
        return jdbc.sql("SELECT senaste FROM paragraf_serie WHERE organ_kod = ? AND ar = ?")
                .params(organ, year).query(Integer.class).optional().orElse(0);
    }

    void saveSeries(String organ, int year, int last) {
        jdbc.sql("UPDATE paragraf_serie SET senaste = ? WHERE organ_kod = ? AND ar = ?").params(last, organ, year)
                .update();
    }

    boolean number(UUID id, int first, int count, Instant now) {
        return jdbc.sql("""
                UPDATE meeting SET forsta_paragraf = ?, antal_paragrafer = ?, updated_at = ?, revision = revision + 1
                WHERE id = ? AND forsta_paragraf IS NULL""")
                .params(first, count, Timestamp.from(now), id).update() == 1;
    }

    /** A new revision without other changes (an omedelbar justering changed what a later justering renders). */
    boolean touch(UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE meeting SET updated_at = ?, revision = revision + 1 WHERE id = ? AND justeringsdatum IS NULL""")
                .params(Timestamp.from(now), id).update() == 1;
    }

    /** The meeting as stored now, its row locked until the transaction ends. */
    Optional<Meeting> lock(UUID id) {
        return jdbc.sql(SELECT + " WHERE m.id = ? FOR UPDATE").param(id).query(this::map).optional();
    }

    /** @param awaitingSignatures digital justering: the meeting waits for the signatures (JUSTERAS) */
    boolean justera(UUID id, LocalDate datum, List<String> by, Anslag anslag, boolean awaitingSignatures,
            Instant now) {
        return jdbc.sql("""
                UPDATE meeting SET justeringsdatum = ?, justerad_av = ?, anslag_uppsatt = ?, anslag_nedtas = ?,
                anslag_organ = ?, anslag_forvaras = ?, protokoll_dokument = ?, publik_dokument = ?,
                vantar_underskrifter = ?, updated_at = ?,
                revision = revision + 1
                WHERE id = ? AND justeringsdatum IS NULL""")
                .params(Date.valueOf(datum), String.join("\n", by), Date.valueOf(anslag.uppsatt()),
                        Date.valueOf(anslag.nedtas()), anslag.organNamn(), anslag.forvaringsplats(),
                        anslag.protokollDokument(), anslag.publikDokument(), awaitingSignatures,
                        Timestamp.from(now), id)
                .update() == 1;
    }

    /**
     * Withdraws a digital justering still waiting for signatures: the meeting is numbered again (same §§), without
     * justering, anslag or protokoll; false when it was not waiting.
     */
    boolean withdrawJustering(UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE meeting SET justeringsdatum = NULL, justerad_av = NULL, anslag_uppsatt = NULL,
                anslag_nedtas = NULL, anslag_organ = NULL, anslag_forvaras = NULL, protokoll_dokument = NULL,
                publik_dokument = NULL, vantar_underskrifter = FALSE, underskrifter_klara = NULL, updated_at = ?,
                revision = revision + 1
                WHERE id = ? AND vantar_underskrifter = TRUE""")
                .params(Timestamp.from(now), id)
                .update() == 1;
    }

    /** The meeting whose justering archived this protokoll (the first revision), if any. */
    Optional<UUID> meetingOfProtokoll(UUID protokoll) {
        return jdbc.sql("SELECT id FROM meeting WHERE protokoll_dokument = ?").param(protokoll).query(UUID.class)
                .optional();
    }

    /** Ends a digital justering: JUSTERAS becomes JUSTERAT with the given dates; false when it was not waiting. */
    boolean completeSignedJustering(UUID id, LocalDate justeringsdatum, LocalDate uppsatt, LocalDate nedtas,
            LocalDate signedOn, Instant now) {
        return jdbc.sql("""
                UPDATE meeting SET vantar_underskrifter = FALSE, justeringsdatum = ?, anslag_uppsatt = ?,
                anslag_nedtas = ?, underskrifter_klara = ?, updated_at = ?, revision = revision + 1
                WHERE id = ? AND vantar_underskrifter = TRUE""")
                .params(Date.valueOf(justeringsdatum), Date.valueOf(uppsatt), Date.valueOf(nedtas),
                        Date.valueOf(signedOn), Timestamp.from(now), id)
                .update() == 1;
    }

    List<Anslag> anslagOn(LocalDate day) {
        return jdbc.sql(SELECT + " WHERE m.anslag_uppsatt <= :d AND m.anslag_nedtas >= :d"
                + " AND m.vantar_underskrifter = FALSE"
                + " ORDER BY m.anslag_uppsatt DESC, m.datum DESC")
                .param("d", Date.valueOf(day)).query(this::map).list()
                .stream().map(Meeting::anslag).toList();
    }

    /** Anslag taken down before {@code day} but not before {@code since}, most recently taken down first. */
    List<Anslag> anslagTakenDown(LocalDate day, LocalDate since) {
        return jdbc.sql(SELECT + " WHERE m.anslag_nedtas < :d AND m.anslag_nedtas >= :since"
                + " AND m.vantar_underskrifter = FALSE"
                + " ORDER BY m.anslag_nedtas DESC, m.datum DESC")
                .param("d", Date.valueOf(day)).param("since", Date.valueOf(since)).query(this::map).list()
                .stream().map(Meeting::anslag).toList();
    }

    private static final String SELECT = """
            SELECT m.* FROM meeting m""";

    private Meeting map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Integer first = rs.getObject("forsta_paragraf", Integer.class);
        Integer count = rs.getObject("antal_paragrafer", Integer.class);
        LocalDate justering = localDate(rs, "justeringsdatum");
        LocalDate datum = localDate(rs, "datum");
        UUID document = rs.getObject("protokoll_dokument", UUID.class);
        Anslag anslag = justering == null ? null
                : new Anslag(id, rs.getString("organ_kod"), rs.getString("anslag_organ"), datum, justering,
                        localDate(rs, "anslag_uppsatt"), localDate(rs, "anslag_nedtas"),
                        rs.getString("anslag_forvaras"), document,
                        rs.getObject("publik_dokument", UUID.class));
        String protokoll = rs.getString("protokoll");
        String by = rs.getString("justerad_av");
        MeetingStatus status = justering != null
                ? rs.getBoolean("vantar_underskrifter") ? MeetingStatus.JUSTERAS : MeetingStatus.JUSTERAT
                : first != null ? MeetingStatus.NUMRERAT : MeetingStatus.PLANERAT;
        return new Meeting(id, rs.getString("organ_kod"), datum, status, json.readTree(rs.getString("agenda")),
                protokoll == null ? null : json.readTree(protokoll), first,
                first == null ? null : first + count - 1, justering,
                by == null ? List.of() : Arrays.asList(by.split("\n")), anslag, document,
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("revision"),
                localDate(rs, "underskrifter_klara"));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
