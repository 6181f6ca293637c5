package vn.lantoa.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.transform.TransformerFactory;

import org.junit.jupiter.api.Test;

class XmlFactoriesTests {

	private static final List<String> PROPERTIES = List.of("javax.xml.transform.TransformerFactory",
			"javax.xml.parsers.DocumentBuilderFactory", "javax.xml.parsers.SAXParserFactory",
			"javax.xml.stream.XMLInputFactory", "javax.xml.stream.XMLOutputFactory", "javax.xml.stream.XMLEventFactory");

	@Test
	void namesTheJdkFactoriesSoThatNoJarIsSearchedAndKeepsAFactoryTheOperatorGave() {
		Map<String, String> before = new HashMap<>();
		PROPERTIES.forEach(p -> before.put(p, System.clearProperty(p)));
		try {
			System.setProperty("javax.xml.stream.XMLEventFactory", "org.example.OperatorsEventFactory");
			XmlFactories.useJdkDefaults();
			// each factory method now returns the class named, so the names are right and no jar was searched
			assertThat(TransformerFactory.newInstance().getClass().getName())
				.isEqualTo(System.getProperty("javax.xml.transform.TransformerFactory")).startsWith("com.sun.");
			assertThat(DocumentBuilderFactory.newInstance().getClass().getName())
				.isEqualTo(System.getProperty("javax.xml.parsers.DocumentBuilderFactory")).startsWith("com.sun.");
			assertThat(SAXParserFactory.newInstance().getClass().getName())
				.isEqualTo(System.getProperty("javax.xml.parsers.SAXParserFactory")).startsWith("com.sun.");
			assertThat(XMLInputFactory.newInstance().getClass().getName())
				.isEqualTo(System.getProperty("javax.xml.stream.XMLInputFactory")).startsWith("com.sun.");
			assertThat(XMLOutputFactory.newInstance().getClass().getName())
				.isEqualTo(System.getProperty("javax.xml.stream.XMLOutputFactory")).startsWith("com.sun.");
			assertThat(System.getProperty("javax.xml.stream.XMLEventFactory"))
				.isEqualTo("org.example.OperatorsEventFactory");
			System.clearProperty("javax.xml.stream.XMLEventFactory");
			XmlFactories.useJdkDefaults();
			assertThat(XMLEventFactory.newInstance().getClass().getName())
				.isEqualTo(System.getProperty("javax.xml.stream.XMLEventFactory")).startsWith("com.sun.");
		} finally {
			PROPERTIES.forEach(p -> {
				if (before.get(p) == null) {
					System.clearProperty(p);
				} else {
					System.setProperty(p, before.get(p));
				}
			});
			XmlFactories.useJdkDefaults();
		}
	}
}
