package se.finsam.handlingar.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * An unpacked archive package for tests, validated offline against the test copies of the official schemas.
 */
final class SipPackage {

    final String root;
    final Map<String, byte[]> entries;

    private SipPackage(String root, Map<String, byte[]> entries) {
        this.root = root;
        this.entries = entries;
    }

    /** Entries are keyed by their path below the single root folder; more than one root folder fails. */
    static SipPackage unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String root = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                String first = name.substring(0, name.indexOf('/'));
                if (root != null && !root.equals(first)) {
                    throw new AssertionError("more than one root folder: " + root + ", " + first);
                }
                root = first;
                entries.put(name.substring(first.length() + 1), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SipPackage(root, entries);
    }

    /**
     * The package unpacked after checking it whole: METS and PREMIS valid against their schemas, the CSIP rules kept and
     * every PREMIS fixity matching its file.
     */
    static SipPackage valid(byte[] zip) {
        SipPackage sip = unzip(zip);
        org.assertj.core.api.Assertions.assertThat(validate(sip.get("METS.xml"), "mets1_12.xsd")).as("METS").isEmpty();
        org.assertj.core.api.Assertions.assertThat(validate(sip.get("metadata/preservation/premis.xml"), "premis-v3-0.xsd"))
                .as("PREMIS").isEmpty();
        org.assertj.core.api.Assertions.assertThat(CsipRules.violations(sip)).as("CSIP rules").isEmpty();
        org.assertj.core.api.Assertions.assertThat(CsipRules.premisFixity(sip)).as("PREMIS fixity").isEmpty();
        return sip;
    }

    byte[] get(String path) {
        byte[] bytes = entries.get(path);
        if (bytes == null) {
            throw new AssertionError(path + " missing from the package; it has " + entries.keySet());
        }
        return bytes;
    }

    Document xml(String path) {
        return parse(get(path));
    }

    static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Schema errors of the document against the named test schema (no network: external access is refused). */
    static List<String> validate(byte[] xml, String schemaFile) {
        List<String> errors = new ArrayList<>();
        try {
            URL url = SipPackage.class.getResource("/archive/schemas/" + schemaFile);
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            Schema schema = factory.newSchema(url);
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }
}
