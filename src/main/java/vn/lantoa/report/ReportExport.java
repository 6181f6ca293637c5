package vn.lantoa.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.document.Block;
import vn.lantoa.document.FigureWorkbook;
import vn.lantoa.document.PartyDocument;
import vn.lantoa.document.PartyDocx;
import vn.lantoa.document.PartyPdf;
import vn.lantoa.document.Table;
import vn.lantoa.shared.Actor;

/**
 * A report as an official document in the Party format (Hướng dẫn 36-HD/VPTW): DOCX and PDF of the same content,
 * and an XLSX of its figures and annex. Documents are always written in Vietnamese, whatever the user's language.
 */
@Component
public class ReportExport {

	/** A format a report exports to, with its media type. */
	public enum Format {
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		PDF("application/pdf"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		public final String mediaType;

		Format(String mediaType) {
			this.mediaType = mediaType;
		}

		public static Format of(String name) {
			for (Format f : values()) {
				if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
					return f;
				}
			}
			throw new ReportRefused(400, "report.error.format", name);
		}

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** The bytes of an exported report and the file name to save them under. */
	public record File(String filename, String mediaType, byte[] content) {
	}

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final ReportDesk desk;
	private final ReportTables tables;
	private final ReportLabels labels;
	private final MessageSource messages;
	private final String place;

	ReportExport(ReportDesk desk, ReportTables tables, ReportLabels labels, MessageSource messages,
			@Value("${lantoa.documents.place:Bắc Kạn}") String place) {
		this.desk = desk;
		this.tables = tables;
		this.labels = labels;
		this.messages = messages;
		this.place = place;
	}

	@Transactional(readOnly = true)
	public File export(Actor actor, long id, String format) {
		Format f = Format.of(format);
		ReportView view = desk.view(actor, id);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			switch (f) {
				case DOCX -> PartyDocx.write(document(view), out);
				case PDF -> PartyPdf.write(document(view), out);
				case XLSX -> FigureWorkbook.write(text("report.doc.sheet"), figureTables(view), out);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String name = "bao-cao-" + view.report().getPeriodKey() + "-" + view.report().getId() + "." + f.extension();
		return new File(name, f.mediaType, out.toByteArray());
	}

	PartyDocument document(ReportView view) {
		Report r = view.report();
		List<Block> body = new ArrayList<>();
		List<Table> figures = figureTables(view);
		for (Report.Section s : Report.Section.values()) {
			body.add(new Block.Heading(1, text("report.section." + s.name())));
			String written = r.section(s);
			if (written != null) {
				body.add(new Block.Paragraph(written));
			}
			if (s == Report.Section.RESULTS) {
				body.add(figures.get(0));
				body.add(figures.get(1));
			}
		}
		List<Table> annexes = figures.size() > 2 ? figures.subList(2, figures.size()) : List.of();
		String number = r.getNumber() == null ? text("report.doc.noNumber") : text("report.doc.number", r.getNumber());
		LocalDate date = r.getSubmittedAt() == null ? null : LocalDate.ofInstant(r.getSubmittedAt(), Report.ZONE);
		String period = labels.period(r.getPeriodKey(), VI);
		String subject = text(r.isConsolidated() ? "report.doc.subjectConsolidated" : "report.doc.subject",
				view.campaign().getTitle(), period.substring(0, 1).toLowerCase(VI) + period.substring(1));
		return new PartyDocument(upper(view.parentName()), upper(view.unitName()), number, place, date,
				text("report.doc.kind"), subject, body, annexes,
				r.recipientList().stream().map(l -> l.replaceFirst("^[-–•]\\s*", "")).toList(),
				new PartyDocument.Signature(upper(view.report().narrative().signerAuthority()),
						nz(upper(view.report().narrative().signerPosition())), view.report().narrative().signerName()));
	}

	/** The figures by channel, the themes × channels table, and for a consolidated report its annexes. */
	List<Table> figureTables(ReportView view) {
		List<Table> result = new ArrayList<>();
		List<List<Object>> rows = new ArrayList<>();
		for (ReportTables.FigureRow row : tables.figures(view, VI)) {
			rows.add(List.of(row.position() + ". " + row.channel(), row.indicator(), row.unit(),
					row.current(), row.previous() == null ? BigDecimal.ZERO : row.previous()));
		}
		Figures before = view.previous() == null ? Figures.NONE : view.previous();
		rows.add(List.of("", text("report.evidence"), "", BigDecimal.valueOf(view.figures().evidence()),
				BigDecimal.valueOf(before.evidence())));
		rows.add(List.of("", text("report.models"), "", BigDecimal.valueOf(view.figures().models()),
				BigDecimal.valueOf(before.models())));
		String previous = view.previousKey() == null ? text("report.doc.previous")
				: labels.period(view.previousKey(), VI);
		result.add(new Table(text("report.doc.figuresTitle"), List.of(text("report.doc.channel"),
				text("report.indicator"), text("report.doc.unit"), labels.period(view.report().getPeriodKey(), VI),
				previous), rows, false));
		ReportTables.ThemeMatrix matrix = tables.themes(view);
		List<List<Object>> cells = new ArrayList<>();
		for (int i = 0; i < matrix.themes().size(); i++) {
			List<Object> row = new ArrayList<>();
			row.add(matrix.themes().get(i));
			row.addAll(matrix.cells().get(i));
			cells.add(row);
		}
		List<String> columns = new ArrayList<>();
		columns.add(text("activity.themes"));
		columns.addAll(matrix.channels());
		columns.add(text("report.allChannels"));
		result.add(new Table(text("report.themeMatrix"), columns, cells, false));
		ReportTables.Annex annex = tables.annex(view, VI);
		if (annex != null) {
			List<String> annexColumns = new ArrayList<>(List.of(text("activity.unit"), text("report.status"),
					text("report.figure.activitiesColumn"), text("report.evidence"), text("report.modelsColumn")));
			annexColumns.addAll(annex.measures());
			List<List<Object>> annexRows = new ArrayList<>();
			for (ReportTables.AnnexRow u : annex.rows()) {
				List<Object> row = new ArrayList<>(List.of(u.unit(), text("report.status." + u.status().name()),
						u.activities(), u.evidence(), u.models()));
				row.addAll(u.measures());
				annexRows.add(row);
			}
			result.add(new Table(text("report.annex"), annexColumns, annexRows, true));
			if (!annex.missing().isEmpty()) {
				result.add(new Table(text("report.doc.missingTitle"), List.of(text("activity.unit")),
						annex.missing().stream().map(m -> List.<Object>of(m)).toList(), false));
			}
		}
		return result;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, VI);
	}

	private static String upper(String text) {
		return text == null || text.isBlank() ? null : text.toUpperCase(VI);
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}
}
