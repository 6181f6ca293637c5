package vn.lantoa.directive.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads each top-level section by its meaning: purposes and requirements as lists of items,
 * content as themes, forms as channels, organisation as units with their tasks, anything else
 * as a kept {@link Section}. Every paragraph lands in exactly one place, so no text is lost.
 */
final class SectionContents {

	final List<String> purposes = new ArrayList<>();
	final List<String> requirements = new ArrayList<>();
	final List<Theme> themes = new ArrayList<>();
	final List<ChannelItem> channels = new ArrayList<>();
	final List<AssignmentItem> assignments = new ArrayList<>();
	final List<Section> others = new ArrayList<>();

	void read(Block section) {
		if (section.heading() == null) {
			others.add(new Section(null, section.bodyTexts()));
			return;
		}
		Heading heading = Heading.of(section.heading().text());
		List<Paragraph> body = new ArrayList<>(section.body());
		if (heading.inline() != null) {
			body.add(0, Paragraph.of(heading.inline()));
		}
		switch (SectionKind.of(heading.title())) {
			case PURPOSE_AND_REQUIREMENT -> readPurposesAndRequirements(body);
			case PURPOSE -> addTexts(body, purposes);
			case REQUIREMENT -> addTexts(body, requirements);
			case CONTENT -> Outline.entries(body).forEach(this::addTheme);
			case FORMS -> Outline.entries(body).forEach(this::addChannel);
			case ORGANISATION -> Outline.entries(body).forEach(this::addAssignment);
			default -> others.add(new Section(section.heading().text(), section.bodyTexts()));
		}
	}

	/** Sub-headings "1. Mục đích" and "2. Yêu cầu" send the items below them to the matching list. */
	private void readPurposesAndRequirements(List<Paragraph> body) {
		List<String> target = purposes;
		for (Block entry : Outline.entries(body)) {
			List<Paragraph> items = new ArrayList<>(entry.body());
			if (entry.heading() != null) {
				Heading heading = Heading.of(entry.heading().text());
				SectionKind kind = SectionKind.of(heading.title());
				if (kind == SectionKind.PURPOSE || kind == SectionKind.REQUIREMENT) {
					target = kind == SectionKind.PURPOSE ? purposes : requirements;
					if (heading.inline() != null) {
						items.add(0, Paragraph.of(heading.inline()));
					}
				}
				else {
					items.add(0, entry.heading());
				}
			}
			addTexts(items, target);
		}
	}

	private void addTheme(Block entry) {
		if (entry.heading() == null) {
			entry.bodyTexts().forEach(text -> themes.add(new Theme(ShortTitle.ofTheme(text), text)));
			return;
		}
		String heading = entry.heading().text();
		if (entry.body().isEmpty()) {
			themes.add(new Theme(ShortTitle.ofTheme(heading), heading));
		}
		else {
			themes.add(new Theme(heading, entry.bodyText()));
		}
	}

	private void addChannel(Block entry) {
		if (entry.heading() == null) {
			entry.bodyTexts().forEach(text -> channels.add(new ChannelItem(ShortTitle.ofChannel(text), text, FormList.of(text))));
			return;
		}
		String heading = entry.heading().text();
		if (entry.body().isEmpty()) {
			channels.add(new ChannelItem(ShortTitle.ofChannel(heading), heading, FormList.of(heading)));
			return;
		}
		Heading split = Heading.of(heading);
		List<String> texts = new ArrayList<>();
		List<String> items = new ArrayList<>();
		if (split.inline() != null) {
			texts.add(split.inline());
			items.addAll(FormList.of(split.inline()));
		}
		texts.addAll(entry.bodyTexts());
		entry.bodyTexts().forEach(text -> FormList.addItem(items, text));
		channels.add(new ChannelItem(split.title(), String.join("\n", texts), items));
	}

	/** A unit heading may carry its first task after a colon: "1. Phòng Văn hóa: Chủ trì …". */
	private void addAssignment(Block entry) {
		if (entry.heading() == null) {
			assignments.add(new AssignmentItem(null, null, entry.bodyTexts()));
			return;
		}
		Heading heading = Heading.of(entry.heading().text());
		List<String> tasks = new ArrayList<>();
		if (Outline.isHeadingLike(heading.title())) {
			if (heading.inline() != null) {
				tasks.add(heading.inline());
			}
			tasks.addAll(entry.bodyTexts());
			assignments.add(new AssignmentItem(heading.title(), null, tasks));
		}
		else {
			tasks.add(entry.heading().text());
			tasks.addAll(entry.bodyTexts());
			assignments.add(new AssignmentItem(null, null, tasks));
		}
	}

	private static void addTexts(List<Paragraph> paragraphs, List<String> target) {
		target.addAll(texts(paragraphs));
	}

	private static List<String> texts(List<Paragraph> paragraphs) {
		List<String> texts = new ArrayList<>(paragraphs.size());
		paragraphs.forEach(p -> texts.add(p.text()));
		return texts;
	}
}
