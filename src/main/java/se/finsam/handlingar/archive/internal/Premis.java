package se.finsam.handlingar.archive.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code metadata/preservation/premis.xml} (PREMIS 3.0): one object per content file with its SHA-256 fixity, size,
 * format, creating application and template version; the provenance events (creation, justering, anslag, …) and
 * their agents.
 */
final class Premis {

    static final String PREMIS = "http://www.loc.gov/premis/v3";
    private static final String P = "premis:";

    private Premis() {
    }

    static byte[] write(SipContent content, List<SipContent.File> files) {
        Xml x = new Xml();
        x.open(PREMIS, "premis:premis").ns("premis", PREMIS).ns("xsi", Mets.XSI).attr("version", "3.0")
                .attr("xsi", Mets.XSI, "schemaLocation", PREMIS + " ../../schemas/premis-v3-0.xsd");
        for (SipContent.File f : files) {
            if (!f.use().startsWith("Representations")) {
                continue;
            }
            x.open(PREMIS, P + "object").attr("xsi", Mets.XSI, "type", "premis:file");
            identifier(x, "objectIdentifier", f.path());
            for (SipContent.Property p : f.properties()) {
                x.open(PREMIS, P + "significantProperties");
                x.leaf(PREMIS, P + "significantPropertiesType", p.type());
                x.leaf(PREMIS, P + "significantPropertiesValue", p.value());
                x.close();
            }
            x.open(PREMIS, P + "objectCharacteristics");
            x.leaf(PREMIS, P + "compositionLevel", "0");
            x.open(PREMIS, P + "fixity");
            x.leaf(PREMIS, P + "messageDigestAlgorithm", "SHA-256");
            x.leaf(PREMIS, P + "messageDigest", SipWriter.sha256(f.content()));
            x.leaf(PREMIS, P + "messageDigestOriginator", "Handlingar");
            x.close();
            x.leaf(PREMIS, P + "size", f.content().length);
            x.open(PREMIS, P + "format");
            x.open(PREMIS, P + "formatDesignation");
            x.leaf(PREMIS, P + "formatName", f.format().name());
            if (f.format().version() != null) {
                x.leaf(PREMIS, P + "formatVersion", f.format().version());
            }
            x.close();
            if (f.format().pronomKey() != null) {
                x.open(PREMIS, P + "formatRegistry");
                x.leaf(PREMIS, P + "formatRegistryName", "PRONOM");
                x.leaf(PREMIS, P + "formatRegistryKey", f.format().pronomKey());
                x.leaf(PREMIS, P + "formatRegistryRole", "specification");
                x.close();
            }
            x.close();
            x.open(PREMIS, P + "creatingApplication");
            x.leaf(PREMIS, P + "creatingApplicationName", "Handlingar");
            x.leaf(PREMIS, P + "dateCreatedByApplication", SipWriter.dateTime(f.created()));
            x.close();
            x.close();
            if (f.derivedFrom() != null) {
                x.open(PREMIS, P + "relationship");
                x.leaf(PREMIS, P + "relationshipType", "derivation");
                x.leaf(PREMIS, P + "relationshipSubType", "has source");
                identifier(x, "relatedObjectIdentifier", f.derivedFrom());
                x.close();
            }
            x.close();
        }
        Map<String, SipContent.Agent> agents = new LinkedHashMap<>();
        for (SipContent.Event e : content.events()) {
            x.open(PREMIS, P + "event");
            identifier(x, "eventIdentifier", e.id());
            x.leaf(PREMIS, P + "eventType", e.type());
            x.leaf(PREMIS, P + "eventDateTime", e.dateTime());
            if (e.detail() != null) {
                x.open(PREMIS, P + "eventDetailInformation");
                x.leaf(PREMIS, P + "eventDetail", e.detail());
                x.close();
            }
            if (e.outcome() != null) {
                x.open(PREMIS, P + "eventOutcomeInformation");
                x.leaf(PREMIS, P + "eventOutcome", e.outcome());
                if (e.outcomeDetail() != null) {
                    x.open(PREMIS, P + "eventOutcomeDetail");
                    x.leaf(PREMIS, P + "eventOutcomeDetailNote", e.outcomeDetail());
                    x.close();
                }
                x.close();
            }
            for (SipContent.Agent a : e.agents()) {
                agents.putIfAbsent(a.id(), a);
                identifier(x, "linkingAgentIdentifier", a.id());
            }
            for (String path : e.objectPaths()) {
                identifier(x, "linkingObjectIdentifier", path);
            }
            x.close();
        }
        for (SipContent.Agent a : agents.values()) {
            x.open(PREMIS, P + "agent");
            identifier(x, "agentIdentifier", a.id());
            x.leaf(PREMIS, P + "agentName", a.name());
            x.leaf(PREMIS, P + "agentType", a.type());
            if ("software".equals(a.type())) {
                x.leaf(PREMIS, P + "agentVersion", content.softwareVersion());
            }
            if (a.note() != null) {
                x.leaf(PREMIS, P + "agentNote", a.note());
            }
            x.close();
        }
        x.close();
        return x.bytes();
    }

    /** {@code <premis:xIdentifier>} with type "local" and the value, for objects, events, agents and their links. */
    private static void identifier(Xml x, String element, String value) {
        String prefix = element.replace("Identifier", "");
        x.open(PREMIS, P + element);
        x.leaf(PREMIS, P + prefix + "IdentifierType", "local");
        x.leaf(PREMIS, P + prefix + "IdentifierValue", value);
        x.close();
    }
}
