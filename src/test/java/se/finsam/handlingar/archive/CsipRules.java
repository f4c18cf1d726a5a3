package se.finsam.handlingar.archive;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The E-ARK CSIP 2.1 / SIP 2.1 rules the service implements (the list in docs/archive.md), checked on an unpacked
 * package. Each violation names its requirement id.
 */
final class CsipRules {

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    static {
        XPATH.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "mets" -> "http://www.loc.gov/METS/";
                    case "xlink" -> "http://www.w3.org/1999/xlink";
                    case "csip" -> "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
                    case "sip" -> "https://DILCIS.eu/XML/METS/SIPExtensionMETS";
                    case "premis" -> "http://www.loc.gov/premis/v3";
                    default -> null;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    private CsipRules() {
    }

    static List<String> violations(SipPackage p) {
        List<String> v = new ArrayList<>();
        if (!p.entries.containsKey("METS.xml")) {
            v.add("CSIPSTR4: no METS.xml in the root folder");
            return v;
        }
        Document mets = p.xml("METS.xml");
        String objId = s(mets, "/mets:mets/@OBJID");
        rule(v, "CSIP1", !objId.isEmpty(), "mets/@OBJID missing");
        rule(v, "CSIPSTR2", objId.equals(p.root), "root folder " + p.root + " is not the OBJID " + objId);
        rule(v, "CSIP2", !s(mets, "/mets:mets/@TYPE").isEmpty(), "mets/@TYPE missing");
        rule(v, "CSIP4", !s(mets, "/mets:mets/@csip:CONTENTINFORMATIONTYPE").isEmpty(), "content information type");
        rule(v, "CSIP5", !s(mets, "/mets:mets/@csip:CONTENTINFORMATIONTYPE").equals("OTHER")
                || !s(mets, "/mets:mets/@csip:OTHERCONTENTINFORMATIONTYPE").isEmpty(), "OTHER needs its name");
        rule(v, "CSIP6/SIP2", s(mets, "/mets:mets/@PROFILE").equals("https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"),
                "PROFILE is not the E-ARK SIP profile");
        rule(v, "CSIP117", n(mets, "/mets:mets/mets:metsHdr") == 1, "one metsHdr");
        rule(v, "CSIP7", s(mets, "/mets:mets/mets:metsHdr/@CREATEDATE").matches("\\d{4}-\\d\\d-\\d\\dT.*"),
                "metsHdr/@CREATEDATE");
        rule(v, "CSIP9/SIP4", s(mets, "/mets:mets/mets:metsHdr/@csip:OAISPACKAGETYPE").equals("SIP"), "OAISPACKAGETYPE");
        String software = "/mets:mets/mets:metsHdr/mets:agent[@ROLE='CREATOR' and @TYPE='OTHER' and @OTHERTYPE='SOFTWARE']";
        rule(v, "CSIP10-13", n(mets, software) == 1, "one software creator agent");
        rule(v, "CSIP14", !s(mets, software + "/mets:name").isEmpty(), "software name");
        rule(v, "CSIP15-16", !s(mets, software + "/mets:note[@csip:NOTETYPE='SOFTWARE VERSION']").isEmpty(),
                "software version note");
        rule(v, "SIP15-17", n(mets, "/mets:mets/mets:metsHdr/mets:agent[@ROLE='CREATOR' and @TYPE='ORGANIZATION']") == 1,
                "one submitting agent");
        rule(v, "SIP9-11", n(mets, "/mets:mets/mets:metsHdr/mets:agent[@ROLE='ARCHIVIST' and @TYPE='ORGANIZATION']") == 1,
                "one archival creator agent");
        rule(v, "SIP14/SIP20", n(mets, "/mets:mets/mets:metsHdr/mets:agent[@TYPE='ORGANIZATION']/mets:note"
                + "[not(@csip:NOTETYPE='IDENTIFICATIONCODE')]") == 0, "organisation notes are IDENTIFICATIONCODE");

        NodeList digiprov = nodes(mets, "/mets:mets/mets:amdSec/mets:digiprovMD");
        rule(v, "CSIP31", n(mets, "/mets:mets/mets:amdSec") == 1, "one amdSec");
        rule(v, "CSIP32", digiprov.getLength() >= 1, "PREMIS digiprovMD");
        for (int i = 0; i < digiprov.getLength(); i++) {
            Element md = (Element) digiprov.item(i);
            rule(v, "CSIP33", !md.getAttribute("ID").isEmpty(), "digiprovMD/@ID");
            Element ref = (Element) md.getElementsByTagNameNS("http://www.loc.gov/METS/", "mdRef").item(0);
            rule(v, "CSIP35", ref != null, "digiprovMD/mdRef");
            if (ref != null) {
                checkReference(v, p, ref, "CSIP36-44", true);
            }
        }

        rule(v, "CSIP58", n(mets, "/mets:mets/mets:fileSec") == 1, "one fileSec");
        rule(v, "CSIP59", !s(mets, "/mets:mets/mets:fileSec/@ID").isEmpty(), "fileSec/@ID");
        rule(v, "CSIP60", n(mets, "//mets:fileGrp[@USE='Documentation']") >= 1, "Documentation file group");
        rule(v, "CSIP113", n(mets, "//mets:fileGrp[@USE='Schemas']") >= 1, "Schemas file group");
        rule(v, "CSIP114", n(mets, "//mets:fileGrp[starts-with(@USE,'Representations')]") >= 1,
                "Representations file group");
        NodeList groups = nodes(mets, "//mets:fileGrp");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            rule(v, "CSIP64/65", !g.getAttribute("USE").isEmpty() && !g.getAttribute("ID").isEmpty(), "fileGrp USE and ID");
            rule(v, "CSIP66", g.getElementsByTagNameNS("http://www.loc.gov/METS/", "file").getLength() >= 1,
                    "fileGrp " + g.getAttribute("USE") + " has no file");
        }
        Set<String> referenced = new HashSet<>();
        referenced.add("METS.xml");
        NodeList files = nodes(mets, "//mets:file");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < files.getLength(); i++) {
            Element f = (Element) files.item(i);
            rule(v, "CSIP67", ids.add(f.getAttribute("ID")), "file/@ID not unique: " + f.getAttribute("ID"));
            Element loc = (Element) f.getElementsByTagNameNS("http://www.loc.gov/METS/", "FLocat").item(0);
            rule(v, "CSIP76", loc != null, "file without FLocat");
            if (loc != null) {
                rule(v, "CSIP77", loc.getAttribute("LOCTYPE").equals("URL"), "FLocat/@LOCTYPE");
                rule(v, "CSIP78", loc.getAttributeNS("http://www.w3.org/1999/xlink", "type").equals("simple"), "FLocat/@xlink:type");
                String href = loc.getAttributeNS("http://www.w3.org/1999/xlink", "href");
                referenced.add(href);
                checkFile(v, p, f, href, "CSIP68-72");
            }
        }
        for (Element ref : elements(mets, "//mets:mdRef")) {
            referenced.add(ref.getAttributeNS("http://www.w3.org/1999/xlink", "href"));
        }
        for (String entry : p.entries.keySet()) {
            rule(v, "CSIP58", referenced.contains(entry), entry + " is in the package but not in METS.xml");
        }

        String map = "/mets:mets/mets:structMap[@TYPE='PHYSICAL' and @LABEL='CSIP']";
        rule(v, "CSIP80-82", n(mets, map) == 1, "one PHYSICAL structMap labelled CSIP");
        rule(v, "CSIP83", !s(mets, map + "/@ID").isEmpty(), "structMap/@ID");
        rule(v, "CSIP84", n(mets, map + "/mets:div") == 1, "one main div");
        rule(v, "CSIP85", !s(mets, map + "/mets:div/@ID").isEmpty(), "main div/@ID");
        rule(v, "CSIP88-90", n(mets, map + "/mets:div/mets:div[@LABEL='Metadata' and @ID]") == 1, "Metadata div");
        rule(v, "CSIP91", s(mets, map + "/mets:div/mets:div[@LABEL='Metadata']/@ADMID")
                .contains(s(mets, "/mets:mets/mets:amdSec/mets:digiprovMD/@ID")), "Metadata div references PREMIS");
        for (String label : List.of("Documentation", "Schemas", "Representations")) {
            String div = map + "/mets:div/mets:div[@LABEL='" + label + "']";
            rule(v, "CSIP93-104", n(mets, div) == 1 && !s(mets, div + "/@ID").isEmpty(), "one " + label + " div");
            String fileId = s(mets, div + "/mets:fptr/@FILEID");
            String use = label.equals("Representations") ? "starts-with(@USE,'Representations')" : "@USE='" + label + "'";
            rule(v, "CSIP116/118/119", !fileId.isEmpty() && fileId.equals(s(mets, "//mets:fileGrp[" + use + "]/@ID")),
                    label + " div points to its file group");
        }
        return v;
    }

    /** PREMIS fixity of every object matches the bytes in the package (CSIP32: PREMIS for preservation). */
    static List<String> premisFixity(SipPackage p) {
        List<String> v = new ArrayList<>();
        Document premis = p.xml("metadata/preservation/premis.xml");
        for (Element object : elements(premis, "//premis:object")) {
            String path = s(object, "premis:objectIdentifier/premis:objectIdentifierValue");
            String digest = s(object, "premis:objectCharacteristics/premis:fixity[premis:messageDigestAlgorithm='SHA-256']"
                    + "/premis:messageDigest");
            byte[] bytes = p.entries.get(path);
            rule(v, "PREMIS fixity", bytes != null && digest.equals(sha256(bytes)), path);
            rule(v, "PREMIS size", bytes != null && s(object, "premis:objectCharacteristics/premis:size")
                    .equals(Long.toString(bytes.length)), path);
            rule(v, "PREMIS creatingApplication", !s(object, "premis:objectCharacteristics/premis:creatingApplication"
                    + "/premis:creatingApplicationName").isEmpty(), path);
        }
        return v;
    }

    private static void checkReference(List<String> v, SipPackage p, Element ref, String rule, boolean metadata) {
        rule(v, rule, ref.getAttribute("LOCTYPE").equals("URL"), "mdRef/@LOCTYPE");
        rule(v, rule, ref.getAttributeNS("http://www.w3.org/1999/xlink", "type").equals("simple"), "mdRef/@xlink:type");
        rule(v, rule, !ref.getAttribute("MDTYPE").isEmpty(), "mdRef/@MDTYPE");
        checkFile(v, p, ref, ref.getAttributeNS("http://www.w3.org/1999/xlink", "href"), rule);
    }

    private static void checkFile(List<String> v, SipPackage p, Element e, String href, String rule) {
        byte[] bytes = p.entries.get(href);
        rule(v, rule, bytes != null, href + " referenced but not in the package");
        rule(v, rule, !e.getAttribute("MIMETYPE").isEmpty(), href + " MIMETYPE");
        rule(v, rule, !e.getAttribute("CREATED").isEmpty(), href + " CREATED");
        rule(v, rule, e.getAttribute("CHECKSUMTYPE").equals("SHA-256"), href + " CHECKSUMTYPE");
        if (bytes != null) {
            rule(v, rule, e.getAttribute("SIZE").equals(Long.toString(bytes.length)), href + " SIZE");
            rule(v, rule, e.getAttribute("CHECKSUM").equals(sha256(bytes)), href + " CHECKSUM");
        }
    }

    private static void rule(List<String> v, String id, boolean ok, String message) {
        if (!ok) {
            v.add(id + ": " + message);
        }
    }

    static String s(Object node, String xpath) {
        try {
            return (String) XPATH.evaluate(xpath, node, XPathConstants.STRING);
        } catch (Exception e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    private static int n(Object node, String xpath) {
        return nodes(node, xpath).getLength();
    }

    static NodeList nodes(Object node, String xpath) {
        try {
            return (NodeList) XPATH.evaluate(xpath, node, XPathConstants.NODESET);
        } catch (Exception e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    static List<Element> elements(Object node, String xpath) {
        NodeList list = nodes(node, xpath);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
