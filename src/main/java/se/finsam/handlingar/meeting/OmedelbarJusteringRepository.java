package se.finsam.handlingar.meeting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Repository
class OmedelbarJusteringRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OmedelbarJusteringRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One stored justering with the §§ as they were justerade ({@code index} in the draft → draft entry). */
    record Stored(OmedelbarJustering justering, JsonNode innehall) {
    }

    void insert(OmedelbarJustering j, JsonNode innehall) {
        Anslag a = j.anslag();
        jdbc.sql("""
                INSERT INTO omedelbar_justering (id, meeting_id, paragrafer, justerat_innehall, justeringsdatum,
                justerad_av, anslag_uppsatt, anslag_nedtas, anslag_organ, anslag_forvaras, dokument, publik_dokument,
                created_at, created_by, vantar_underskrifter) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(j.id(), j.meetingId(), String.join(",", j.paragrafer().stream().map(String::valueOf).toList()),
                        json.writeValueAsString(innehall), Date.valueOf(j.justeringsdatum()),
                        String.join("\n", j.justeradAv()), Date.valueOf(a.uppsatt()), Date.valueOf(a.nedtas()),
                        a.organNamn(), a.forvaringsplats(), j.utdragDokument(), a.publikDokument(),
                        Timestamp.from(j.createdAt()), j.createdBy(), j.vantarUnderskrifter())
                .update();
    }

    /** The meeting's omedelbara justeringar that count (not withdrawn), oldest first. */
    List<Stored> forMeeting(UUID meetingId) {
        return jdbc.sql(SELECT + " WHERE o.meeting_id = ? AND o.aterkallad_at IS NULL ORDER BY o.created_at, o.id")
                .param(meetingId).query(this::map).list();
    }

    /** The meeting's omedelbara justeringar, withdrawn ones too, oldest first. */
    List<Stored> allForMeeting(UUID meetingId) {
        return jdbc.sql(SELECT + " WHERE o.meeting_id = ? ORDER BY o.created_at, o.id").param(meetingId)
                .query(this::map).list();
    }

    /** The meeting's justering {@code id}, withdrawn or not. */
    java.util.Optional<Stored> find(UUID meetingId, UUID id) {
        return jdbc.sql(SELECT + " WHERE o.id = ? AND o.meeting_id = ?").params(id, meetingId)
                .query(this::map).optional();
    }

    /** Withdraws a digital omedelbar justering still waiting; false when it no longer waits. */
    boolean withdraw(UUID id, Instant at, String by, String reason) {
        return jdbc.sql("""
                UPDATE omedelbar_justering SET vantar_underskrifter = FALSE, aterkallad_at = ?, aterkallad_av = ?,
                aterkallad_orsak = ? WHERE id = ? AND vantar_underskrifter = TRUE AND aterkallad_at IS NULL""")
                .params(Timestamp.from(at), by, reason, id).update() == 1;
    }

    List<Anslag> anslagOn(LocalDate day) {
        return jdbc.sql(SELECT + " WHERE o.anslag_uppsatt <= :d AND o.anslag_nedtas >= :d"
                + " AND o.vantar_underskrifter = FALSE AND o.aterkallad_at IS NULL")
                .param("d", Date.valueOf(day)).query(this::map).list()
                .stream().map(s -> s.justering().anslag()).toList();
    }

    List<Anslag> anslagTakenDown(LocalDate day, LocalDate since) {
        return jdbc.sql(SELECT + " WHERE o.anslag_nedtas < :d AND o.anslag_nedtas >= :since"
                + " AND o.vantar_underskrifter = FALSE AND o.aterkallad_at IS NULL")
                .param("d", Date.valueOf(day)).param("since", Date.valueOf(since)).query(this::map).list()
                .stream().map(s -> s.justering().anslag()).toList();
    }

    /** The digital omedelbar justering whose utdrag (first revision) this is, if it still waits. */
    java.util.Optional<Stored> waitingWithUtdrag(UUID utdrag) {
        return jdbc.sql(SELECT + " WHERE o.dokument = ? AND o.vantar_underskrifter = TRUE"
                + " AND o.aterkallad_at IS NULL").param(utdrag)
                .query(this::map).optional();
    }

    /** Ends a digital omedelbar justering with its dates; false when it was not waiting. */
    boolean completeSigned(UUID id, LocalDate justeringsdatum, LocalDate uppsatt, LocalDate nedtas, LocalDate signedOn) {
        return jdbc.sql("""
                UPDATE omedelbar_justering SET vantar_underskrifter = FALSE, justeringsdatum = ?, anslag_uppsatt = ?,
                anslag_nedtas = ?, underskrifter_klara = ? WHERE id = ? AND vantar_underskrifter = TRUE
                AND aterkallad_at IS NULL""")
                .params(Date.valueOf(justeringsdatum), Date.valueOf(uppsatt), Date.valueOf(nedtas),
                        Date.valueOf(signedOn), id)
                .update() == 1;
    }

    private static final String SELECT = """
            SELECT o.*, m.organ_kod, m.datum FROM omedelbar_justering o JOIN meeting m ON m.id = o.meeting_id""";

    private Stored map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID meetingId = rs.getObject("meeting_id", UUID.class);
        List<Integer> paragrafer = Arrays.stream(rs.getString("paragrafer").split(",")).map(Integer::valueOf).toList();
        LocalDate justering = rs.getDate("justeringsdatum").toLocalDate();
        UUID dokument = rs.getObject("dokument", UUID.class);
        Anslag anslag = new Anslag(meetingId, rs.getString("organ_kod"), rs.getString("anslag_organ"),
                rs.getDate("datum").toLocalDate(), justering, rs.getDate("anslag_uppsatt").toLocalDate(),
                rs.getDate("anslag_nedtas").toLocalDate(), rs.getString("anslag_forvaras"), dokument,
                rs.getObject("publik_dokument", UUID.class), id, paragrafer);
        Instant created = rs.getTimestamp("created_at").toInstant();
        return new Stored(new OmedelbarJustering(id, meetingId, paragrafer, justering,
                Arrays.asList(rs.getString("justerad_av").split("\n")), dokument, anslag, created,
                rs.getString("created_by"), rs.getBoolean("vantar_underskrifter"),
                rs.getDate("underskrifter_klara") == null ? null : rs.getDate("underskrifter_klara").toLocalDate(),
                rs.getTimestamp("aterkallad_at") == null ? null : new OmedelbarJustering.Aterkallad(
                        rs.getTimestamp("aterkallad_at").toInstant(), rs.getString("aterkallad_av"),
                        rs.getString("aterkallad_orsak"))),
                json.readTree(rs.getString("justerat_innehall")));
    }
}
