package org.onetrip.devices.scanner.escl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses eSCL XML with every way out of the document closed: no DOCTYPE at all (so no entity
 * expansion and no external entities), no external DTD or schema, secure processing on. A scanner on
 * the hall's network is not trusted to be honest.
 */
final class EsclXml {
    static final String SCAN = "http://schemas.hp.com/imaging/escl/2011/05/03";
    static final String PWG = "http://www.pwg.org/schemas/2010/12/sm";

    private EsclXml() {
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            // the default handler prints parse errors to stderr; errors are reported through the exception instead
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new EsclFormatException("not acceptable eSCL XML: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new EsclFormatException("cannot read eSCL XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** Direct and nested elements named {@code local} in either eSCL namespace, in document order. */
    static List<Element> all(Node within, String local) {
        List<Element> found = new ArrayList<>();
        for (String ns : new String[] {SCAN, PWG}) {
            NodeList list = within instanceof Document d ? d.getElementsByTagNameNS(ns, local)
                    : ((Element) within).getElementsByTagNameNS(ns, local);
            for (int i = 0; i < list.getLength(); i++) {
                found.add((Element) list.item(i));
            }
        }
        return found;
    }

    static Optional<Element> first(Node within, String local) {
        List<Element> found = all(within, local);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static Optional<String> text(Node within, String local) {
        return first(within, local).map(e -> e.getTextContent().trim());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
