package vn.lantoa.document;

import java.util.Map;

/**
 * Names the JDK's own XML factories in the system properties that {@code javax.xml} consults first. Without them,
 * every {@code TransformerFactory.newInstance()} (POI asks for one per part of every XLSX and DOCX it writes) looks
 * for another implementation through the service loader in every jar of the class path, and finds none: a fifth of
 * the time of a dashboard's XLSX export went to that search. A factory an operator names with {@code -D} is kept.
 */
public final class XmlFactories {

	private static final Map<String, String> JDK = Map.of(
			"javax.xml.transform.TransformerFactory",
			"com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
			"javax.xml.parsers.DocumentBuilderFactory",
			"com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
			"javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
			"javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl",
			"javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl",
			"javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl");

	private XmlFactories() {
	}

	/** Sets each factory's property to the JDK's implementation, unless it is set already. */
	public static void useJdkDefaults() {
		JDK.forEach((property, implementation) -> {
			if (System.getProperty(property) == null) {
				System.setProperty(property, implementation);
			}
		});
	}
}
