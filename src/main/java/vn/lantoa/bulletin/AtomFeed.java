package vn.lantoa.bulletin;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public items as an Atom 1.0 feed (RFC 4287) for the city portal: feed and entry ids are tag URIs that do not
 * change with the host name, dates are RFC 3339 with the office's offset, text is escaped by the XML writer, and the
 * language is Vietnamese ({@code xml:lang="vi"}).
 */
@Component
class AtomFeed {

	static final String ATOM = "http://www.w3.org/2005/Atom";
	private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
	/** The feed's "updated" when nothing has been published yet. */
	private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

	private final ZoneId zone;
	private final String authority;

	AtomFeed(@Value("${lantoa.zone:Asia/Ho_Chi_Minh}") String zone,
			@Value("${lantoa.feed-tag-authority:lantoa}") String authority) {
		this.zone = ZoneId.of(zone);
		this.authority = authority;
	}

	String render(List<PublicItems.Item> items, String baseUrl, String title, String subtitle) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "vi");
			element(xml, "id", tag("feed"));
			element(xml, "title", title);
			element(xml, "subtitle", subtitle);
			element(xml, "updated", date(items.stream().map(PublicItems.Item::updated).max(Instant::compareTo)
				.orElse(EPOCH)));
			link(xml, "self", baseUrl + "/public/feed.atom", "application/atom+xml");
			link(xml, "alternate", baseUrl + "/public", "text/html");
			xml.writeStartElement("author");
			element(xml, "name", title);
			xml.writeEndElement();
			for (PublicItems.Item item : items) {
				xml.writeStartElement("entry");
				element(xml, "id", tag(item.kind().name().toLowerCase() + "-" + item.id()));
				element(xml, "title", item.title());
				element(xml, "updated", date(item.updated()));
				element(xml, "published", date(item.published()));
				link(xml, "alternate", baseUrl + item.path(), "text/html");
				xml.writeStartElement("author");
				element(xml, "name", item.author());
				xml.writeEndElement();
				xml.writeEmptyElement("category");
				xml.writeAttribute("term", item.kind().name().toLowerCase());
				if (item.summary() != null && !item.summary().isBlank()) {
					xml.writeStartElement("summary");
					xml.writeAttribute("type", "text");
					xml.writeCharacters(BulletinDocument.nfc(item.summary()));
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return out.toString();
	}

	private String tag(String specific) {
		return "tag:" + authority + ",2026:" + specific;
	}

	private String date(Instant instant) {
		return RFC3339.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(BulletinDocument.nfc(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}
}
