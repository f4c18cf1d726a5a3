package se.finsam.handlingar.organisation;

/**
 * The samordningsförbund and its settings for protokoll.
 *
 * @param organisationsnummer may be null when not recorded
 * @param ort where documents are signed, e.g. "Umeå"
 * @param justeringInomDagar a justering later than this many days after the meeting gives a warning
 * @param protokollForvaras where justerade protokoll are kept, e.g. "Samordningsförbundets kansli"
 * @param anslagPubliceras where the justering is announced, as the Bevis block says it
 */
public record Forbund(String namn, String organisationsnummer, String ort, int justeringInomDagar,
        String protokollForvaras, String anslagPubliceras) {
}
