package se.finsam.handlingar.archive.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The package's {@code METS.xml} following the E-ARK CSIP and SIP profiles (requirement ids in the comments and in
 * docs/archive.md).
 */
final class Mets {

    static final String METS = "http://www.loc.gov/METS/";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
    static final String SIP = "https://DILCIS.eu/XML/METS/SIPExtensionMETS";
    static final String SIP_PROFILE = "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml";
    /** From the CSIP content category vocabulary (with its en dash). */
    static final String CONTENT_CATEGORY = "Textual works \u2013 Digital";
    static final String PREMIS_ID = "digiprov-premis";

    private Mets() {
    }

    static byte[] write(SipContent content, List<SipContent.File> files, byte[] premis) {
        String created = SipWriter.dateTime(content.created());
        Xml x = new Xml();
        x.open(METS, "mets:mets").ns("mets", METS).ns("xlink", XLINK).ns("xsi", XSI).ns("csip", CSIP).ns("sip", SIP)
                .attr("OBJID", content.objId())                                         // CSIP1
                .attr("TYPE", CONTENT_CATEGORY)                                          // CSIP2
                .attr("LABEL", content.label())                                          // SIP1
                .attr("PROFILE", SIP_PROFILE)                                            // CSIP6, SIP2
                .attr("csip", CSIP, "CONTENTINFORMATIONTYPE", "OTHER")                   // CSIP4
                .attr("csip", CSIP, "OTHERCONTENTINFORMATIONTYPE", "Handlingar: sammanträdesprotokoll") // CSIP5
                .attr("xsi", XSI, "schemaLocation", METS + " schemas/mets1_12.xsd " + XLINK + " schemas/xlink.xsd "
                        + CSIP + " schemas/DILCISExtensionMETS.xsd " + SIP + " schemas/DILCISExtensionSIPMETS.xsd");

        x.open(METS, "mets:metsHdr").attr("CREATEDATE", created)                       // CSIP117, CSIP7
                .attr("RECORDSTATUS", "NEW")                                             // SIP3
                .attr("csip", CSIP, "OAISPACKAGETYPE", "SIP");                           // CSIP9, SIP4
        x.open(METS, "mets:agent").attr("ROLE", "CREATOR").attr("TYPE", "OTHER")       // CSIP10–13
                .attr("OTHERTYPE", "SOFTWARE");
        x.leaf(METS, "mets:name", "Handlingar");                                         // CSIP14
        x.open(METS, "mets:note").attr("csip", CSIP, "NOTETYPE", "SOFTWARE VERSION")   // CSIP15, CSIP16
                .text(content.softwareVersion()).close();
        x.close();
        SipContent.Agent creator = content.archivalCreator();
        for (String role : List.of("ARCHIVIST", "CREATOR")) {                            // SIP9–14, SIP15–20
            x.open(METS, "mets:agent").attr("ROLE", role).attr("TYPE", "ORGANIZATION");
            x.leaf(METS, "mets:name", creator.name());
            if (creator.note() != null) {
                x.open(METS, "mets:note").attr("csip", CSIP, "NOTETYPE", "IDENTIFICATIONCODE").text(creator.note())
                        .close();
            }
            x.close();
        }
        x.close();

        x.open(METS, "mets:amdSec").attr("ID", "amdsec");                              // CSIP31
        x.open(METS, "mets:digiprovMD").attr("ID", PREMIS_ID).attr("STATUS", "CURRENT"); // CSIP32–34
        x.open(METS, "mets:mdRef").attr("LOCTYPE", "URL")                              // CSIP35, CSIP36
                .attr("xlink", XLINK, "type", "simple")                                 // CSIP37
                .attr("xlink", XLINK, "href", SipWriter.PREMIS_PATH)                   // CSIP38
                .attr("MDTYPE", "PREMIS")                                               // CSIP39
                .attr("MIMETYPE", "text/xml").attr("SIZE", premis.length)              // CSIP40, CSIP41
                .attr("CREATED", created)                                               // CSIP42
                .attr("CHECKSUM", SipWriter.sha256(premis)).attr("CHECKSUMTYPE", "SHA-256") // CSIP43, CSIP44
                .close();
        x.close().close();

        Map<String, List<SipContent.File>> groups = new LinkedHashMap<>();
        groups.put("Documentation", new ArrayList<>());                                 // CSIP60
        groups.put("Schemas", new ArrayList<>());                                       // CSIP113
        for (SipContent.File f : files) {
            groups.computeIfAbsent(f.use(), k -> new ArrayList<>()).add(f);             // CSIP114
        }
        Map<String, String> groupIds = new LinkedHashMap<>();
        x.open(METS, "mets:fileSec").attr("ID", "filesec");                            // CSIP58, CSIP59
        int fileNumber = 0;
        for (Map.Entry<String, List<SipContent.File>> group : groups.entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            String groupId = "grp-" + groupIds.size();
            groupIds.put(group.getKey(), groupId);
            x.open(METS, "mets:fileGrp").attr("ID", groupId).attr("USE", group.getKey()); // CSIP64, CSIP65
            for (SipContent.File f : group.getValue()) {                                // CSIP66
                x.open(METS, "mets:file").attr("ID", "file-" + (++fileNumber))          // CSIP67
                        .attr("MIMETYPE", f.mimeType()).attr("SIZE", f.content().length) // CSIP68, CSIP69
                        .attr("CREATED", SipWriter.dateTime(f.created()))               // CSIP70
                        .attr("CHECKSUM", SipWriter.sha256(f.content()))                // CSIP71
                        .attr("CHECKSUMTYPE", "SHA-256")                                 // CSIP72
                        .attr("ADMID", f.use().startsWith("Representations") ? PREMIS_ID : null); // CSIP74
                if (f.format() != null) {                                               // SIP32–35
                    x.attr("sip", SIP, "FILEFORMATNAME", f.format().name())
                            .attr("sip", SIP, "FILEFORMATVERSION", f.format().version());
                    if (f.format().pronomKey() != null) {
                        x.attr("sip", SIP, "FORMATREGISTRY", "PRONOM")
                                .attr("sip", SIP, "FORMATREGISTRYKEY", f.format().pronomKey());
                    }
                }
                x.open(METS, "mets:FLocat").attr("LOCTYPE", "URL")                    // CSIP76, CSIP77
                        .attr("xlink", XLINK, "type", "simple")                         // CSIP78
                        .attr("xlink", XLINK, "href", f.path()).close();               // CSIP79
                x.close();
            }
            x.close();
        }
        x.close();

        x.open(METS, "mets:structMap").attr("ID", "structmap-csip")                    // CSIP80, CSIP83
                .attr("TYPE", "PHYSICAL").attr("LABEL", "CSIP");                        // CSIP81, CSIP82
        x.open(METS, "mets:div").attr("ID", "div-package").attr("LABEL", content.objId()); // CSIP84, CSIP85
        x.open(METS, "mets:div").attr("ID", "div-metadata").attr("LABEL", "Metadata")  // CSIP88–90
                .attr("ADMID", PREMIS_ID).close();                                      // CSIP91
        int divNumber = 0;
        for (Map.Entry<String, String> group : groupIds.entrySet()) {
            String label = group.getKey().startsWith("Representations") ? "Representations" : group.getKey();
            x.open(METS, "mets:div").attr("ID", "div-" + (++divNumber)).attr("LABEL", label); // CSIP93–104
            x.open(METS, "mets:fptr").attr("FILEID", group.getValue()).close();        // CSIP96, 116, 100, 118, 119
            x.close();
        }
        x.close().close();
        x.close();
        return x.bytes();
    }
}
