package se.finsam.handlingar.archive.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting XML writer over StAX. Attributes come out in the order they are written, so the same content
 * always gives the same bytes (a DOM serializer does not promise that).
 */
final class Xml {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;
    /** Per open element: 0 empty so far, 1 has child elements, 2 has text. */
    private final Deque<Integer> hasChildren = new ArrayDeque<>();

    Xml() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element; {@code prefix:name} with the prefix declared by {@link #ns}. */
    Xml open(String namespace, String qname) {
        try {
            newline();
            String[] parts = qname.split(":", 2);
            xml.writeStartElement(parts[0], parts[1], namespace);
            if (!hasChildren.isEmpty()) {
                hasChildren.pop();
                hasChildren.push(1);
            }
            hasChildren.push(0);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml ns(String prefix, String namespace) {
        try {
            xml.writeNamespace(prefix, namespace);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An attribute without namespace; null values are left out. */
    Xml attr(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            xml.writeAttribute(name, value.toString());
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml attr(String prefix, String namespace, String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            xml.writeAttribute(prefix, namespace, name, value.toString());
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text content of the element just opened; it stays on one line. */
    Xml text(String text) {
        try {
            xml.writeCharacters(text == null ? "" : text);
            hasChildren.pop();
            hasChildren.push(2);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with text only: {@code <name>text</name>}. */
    Xml leaf(String namespace, String qname, Object text) {
        return open(namespace, qname).text(text == null ? "" : text.toString()).close();
    }

    Xml close() {
        try {
            if (hasChildren.pop() == 1) {
                xml.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] bytes() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
    }
}
