package se.finsam.handlingar.organisation;

/**
 * A body that meets and keeps protokoll, e.g. styrelsen.
 *
 * @param kod stable key used in URLs and by meetings, e.g. "styrelsen"
 * @param genitiv "Styrelsens"
 */
public record Organ(String kod, String namn, String genitiv) {
}
