package se.finsam.handlingar.organisation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private static final String MEMBER_SELECT = """
            SELECT u.id, u.person_id, p.namn, p.email, p.parti, u.roll, u.fran, u.till, e.namn AS ersatter,
                   h.kod AS h_kod, h.namn AS h_namn, h.typ AS h_typ, h.medlem_fran AS h_fran, h.medlem_till AS h_till
            FROM uppdrag u JOIN person p ON p.id = u.person_id
            LEFT JOIN person e ON e.id = u.ersatter_id
            LEFT JOIN huvudman h ON h.kod = u.huvudman_kod
            """;
    private static final String ON_DATE = "(u.fran IS NULL OR u.fran <= :d) AND (u.till IS NULL OR u.till >= :d)";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Forbund> forbund() {
        return jdbc.sql("SELECT * FROM forbund WHERE id = 1").query((rs, i) -> new Forbund(rs.getString("namn"),
                rs.getString("organisationsnummer"), rs.getString("ort"), rs.getInt("justering_inom_dagar"),
                rs.getString("protokoll_forvaras"), rs.getString("anslag_publiceras"))).optional();
    }

    void saveForbund(Forbund f) {
        int updated = jdbc.sql("""
                UPDATE forbund SET namn = ?, organisationsnummer = ?, ort = ?, justering_inom_dagar = ?,
                protokoll_forvaras = ?, anslag_publiceras = ? WHERE id = 1""")
                .params(f.namn(), f.organisationsnummer(), f.ort(), f.justeringInomDagar(), f.protokollForvaras(),
                        f.anslagPubliceras())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO forbund (id, namn, organisationsnummer, ort, justering_inom_dagar, protokoll_forvaras,
                    anslag_publiceras) VALUES (1, ?, ?, ?, ?, ?, ?)""")
                    .params(f.namn(), f.organisationsnummer(), f.ort(), f.justeringInomDagar(), f.protokollForvaras(),
                            f.anslagPubliceras())
                    .update();
        }
    }

    void insertForbundIfAbsent(Forbund f) {
        jdbc.sql("""
                INSERT INTO forbund (id, namn, organisationsnummer, ort, justering_inom_dagar, protokoll_forvaras,
                anslag_publiceras) VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(f.namn(), f.organisationsnummer(), f.ort(), f.justeringInomDagar(), f.protokollForvaras(),
                        f.anslagPubliceras())
                .update();
    }

    List<Huvudman> huvudman() {
        return jdbc.sql("SELECT * FROM huvudman ORDER BY typ DESC, namn").query((rs, i) -> huvudman(rs, "")).list();
    }

    Optional<Huvudman> huvudman(String kod) {
        return jdbc.sql("SELECT * FROM huvudman WHERE kod = ?").param(kod).query((rs, i) -> huvudman(rs, "")).optional();
    }

    void saveHuvudman(Huvudman h) {
        int updated = jdbc.sql("UPDATE huvudman SET namn = ?, typ = ?, medlem_fran = ?, medlem_till = ? WHERE kod = ?")
                .params(h.namn(), h.typ(), date(h.medlemFran()), date(h.medlemTill()), h.kod()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO huvudman (kod, namn, typ, medlem_fran, medlem_till) VALUES (?, ?, ?, ?, ?)")
                    .params(h.kod(), h.namn(), h.typ(), date(h.medlemFran()), date(h.medlemTill())).update();
        }
    }

    void insertHuvudmanIfAbsent(Huvudman h) {
        jdbc.sql("INSERT INTO huvudman (kod, namn, typ, medlem_fran, medlem_till) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(h.kod(), h.namn(), h.typ(), date(h.medlemFran()), date(h.medlemTill())).update();
    }

    List<Organ> organs() {
        return jdbc.sql("SELECT * FROM organ ORDER BY namn").query((rs, i) -> organ(rs)).list();
    }

    Optional<Organ> organ(String kod) {
        return jdbc.sql("SELECT * FROM organ WHERE kod = ?").param(kod).query((rs, i) -> organ(rs)).optional();
    }

    void saveOrgan(Organ o) {
        int updated = jdbc.sql("UPDATE organ SET namn = ?, genitiv = ? WHERE kod = ?")
                .params(o.namn(), o.genitiv(), o.kod()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO organ (kod, namn, genitiv) VALUES (?, ?, ?)").params(o.kod(), o.namn(), o.genitiv())
                    .update();
        }
    }

    void insertOrganIfAbsent(Organ o) {
        jdbc.sql("INSERT INTO organ (kod, namn, genitiv) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(o.kod(), o.namn(), o.genitiv()).update();
    }

    Optional<UUID> personId(String namn) {
        return jdbc.sql("SELECT id FROM person WHERE namn = ?").param(namn).query(UUID.class).optional();
    }

    boolean personExists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    /** The person with this name; created when unknown; email and parti are updated when given. */
    UUID person(String namn, String email, String parti) {
        UUID id = personId(namn).orElse(null);
        if (id == null) {
            id = UUID.randomUUID();
            jdbc.sql("INSERT INTO person (id, namn, email, parti) VALUES (?, ?, ?, ?)").params(id, namn, email, parti)
                    .update();
            return id;
        }
        if (email != null) {
            jdbc.sql("UPDATE person SET email = ? WHERE id = ?").params(email, id).update();
        }
        if (parti != null) {
            jdbc.sql("UPDATE person SET parti = ? WHERE id = ?").params(parti, id).update();
        }
        return id;
    }

    /** The person with this name; created when unknown; a stored person is left as it is. */
    UUID personIfAbsent(String namn, String email, String parti) {
        return personId(namn).orElseGet(() -> person(namn, email, parti));
    }

    void updateEmail(UUID personId, String email) {
        jdbc.sql("UPDATE person SET email = ? WHERE id = ?").params(email, personId).update();
    }

    boolean termExists(String organ, UUID person, MemberRole roll, String huvudman, LocalDate fran) {
        // compared here: a null parameter has no SQL type PostgreSQL can infer
        return jdbc.sql("SELECT huvudman_kod, fran FROM uppdrag WHERE organ_kod = ? AND person_id = ? AND roll = ?")
                .params(organ, person, roll.name())
                .query((rs, i) -> java.util.Objects.equals(rs.getString(1), huvudman)
                        && java.util.Objects.equals(localDate(rs, "fran"), fran))
                .list().contains(true);
    }

    UUID insertTerm(String organ, UUID person, MemberRole roll, String huvudman, UUID ersatter, LocalDate fran,
            LocalDate till) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO uppdrag (id, organ_kod, person_id, roll, huvudman_kod, ersatter_id, fran, till)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organ, person, roll.name(), huvudman, ersatter, date(fran), date(till)).update();
        return id;
    }

    int endTerm(UUID id, LocalDate till) {
        return jdbc.sql("UPDATE uppdrag SET till = ? WHERE id = ? AND till IS NULL").params(date(till), id).update();
    }

    Optional<Member> term(UUID id) {
        return jdbc.sql(MEMBER_SELECT + " WHERE u.id = :id").param("id", id).query(OrganisationRepository::member)
                .optional();
    }

    List<Member> members(String organ, LocalDate on) {
        return jdbc.sql(MEMBER_SELECT + " WHERE u.organ_kod = :organ AND " + ON_DATE + " ORDER BY " + ROLE_ORDER)
                .param("organ", organ).param("d", date(on)).query(OrganisationRepository::member).list();
    }

    List<Member> history(String organ) {
        return jdbc.sql(MEMBER_SELECT + " WHERE u.organ_kod = :organ ORDER BY u.fran NULLS FIRST, " + ROLE_ORDER)
                .param("organ", organ).query(OrganisationRepository::member).list();
    }

    private static final String ROLE_ORDER = """
            CASE u.roll WHEN 'ORDFORANDE' THEN 0 WHEN 'VICE_ORDFORANDE' THEN 1 WHEN 'LEDAMOT' THEN 2 ELSE 3 END, p.namn""";

    boolean staffExists(UUID person, StaffPosition befattning, LocalDate fran) {
        return jdbc.sql("SELECT fran FROM anstallning WHERE person_id = ? AND befattning = ?")
                .params(person, befattning.name())
                .query((rs, i) -> java.util.Objects.equals(localDate(rs, "fran"), fran))
                .list().contains(true);
    }

    UUID insertStaff(UUID person, StaffPosition befattning, LocalDate fran, LocalDate till) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO anstallning (id, person_id, befattning, fran, till) VALUES (?, ?, ?, ?, ?)")
                .params(id, person, befattning.name(), date(fran), date(till)).update();
        return id;
    }

    List<StaffMember> staff(LocalDate on) {
        return jdbc.sql("""
                SELECT a.id, a.person_id, p.namn, p.email, a.befattning, a.fran, a.till
                FROM anstallning a JOIN person p ON p.id = a.person_id
                WHERE (a.fran IS NULL OR a.fran <= :d) AND (a.till IS NULL OR a.till >= :d)
                ORDER BY a.befattning, p.namn""")
                .param("d", date(on))
                .query((rs, i) -> new StaffMember(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getString("namn"), rs.getString("email"), StaffPosition.valueOf(rs.getString("befattning")),
                        localDate(rs, "fran"), localDate(rs, "till")))
                .list();
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        Huvudman h = rs.getString("h_kod") == null ? null : huvudman(rs, "h_");
        return new Member(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("namn"),
                rs.getString("email"), rs.getString("parti"), MemberRole.valueOf(rs.getString("roll")), h,
                rs.getString("ersatter"), localDate(rs, "fran"), localDate(rs, "till"));
    }

    private static Huvudman huvudman(ResultSet rs, String prefix) throws SQLException {
        boolean joined = !prefix.isEmpty();
        return new Huvudman(rs.getString(prefix + "kod"), rs.getString(prefix + "namn"), rs.getString(prefix + "typ"),
                localDate(rs, joined ? "h_fran" : "medlem_fran"), localDate(rs, joined ? "h_till" : "medlem_till"));
    }

    private static Organ organ(ResultSet rs) throws SQLException {
        return new Organ(rs.getString("kod"), rs.getString("namn"), rs.getString("genitiv"));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
