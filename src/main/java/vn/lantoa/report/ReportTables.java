package vn.lantoa.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignDirectory.ChannelView;
import vn.lantoa.campaign.CampaignDirectory.ThemeView;
import vn.lantoa.campaign.MeasureCatalogue;
import vn.lantoa.report.Figures.Kind;

/**
 * A report's figures laid out as the page, the exports and the API show them: one row per channel and indicator
 * (activities, then each measure), a themes × channels table of activities, and the per-unit annex of a
 * consolidated report.
 */
@Component
public class ReportTables {

	/** One indicator of one channel; {@code since} is what was recorded after submission (null when none). */
	public record FigureRow(int position, String channel, String indicator, String unit, boolean first,
			BigDecimal current, BigDecimal previous, BigDecimal since) {
	}

	/** Themes down, channels across, activities in the cells; the last column is every channel. */
	public record ThemeMatrix(List<String> channels, List<String> themes, List<List<Long>> cells) {
	}

	/** A unit of the annex with its status and main figures (the measures in the order of {@link #measures}). */
	public record AnnexRow(String unit, ReportStatus status, Boolean onTime, long activities, long evidence, long models,
			List<BigDecimal> measures) {
	}

	public record Annex(List<String> measures, List<AnnexRow> rows, List<String> missing) {
	}

	private final CampaignDirectory campaigns;
	private final MeasureCatalogue catalogue;
	private final MessageSource messages;

	ReportTables(CampaignDirectory campaigns, MeasureCatalogue catalogue, MessageSource messages) {
		this.campaigns = campaigns;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	public List<FigureRow> figures(ReportView view, Locale locale) {
		Map<String, MeasureCatalogue.Measure> measures = measures();
		List<FigureRow> rows = new ArrayList<>();
		Figures previous = view.previous() == null ? Figures.NONE : view.previous();
		for (ChannelView channel : campaigns.channels(view.campaign().getId())) {
			long id = channel.id();
			rows.add(new FigureRow(channel.position(), channel.title(), messages.getMessage("report.figure.activities", null, locale),
					"", true, BigDecimal.valueOf(view.figures().activities(id)),
					view.previous() == null ? null : BigDecimal.valueOf(previous.activities(id)),
					since(view.sinceSubmission().get(Kind.ACTIVITIES, 0, id, ""))));
			Set<String> codes = new LinkedHashSet<>(channel.measureCodes());
			for (Figures f : List.of(view.figures(), previous, view.sinceSubmission())) {
				f.values().keySet().stream().filter(k -> k.kind() == Kind.MEASURE && k.channelId() == id)
					.forEach(k -> codes.add(k.measureCode()));
			}
			for (String code : codes) {
				MeasureCatalogue.Measure m = measures.get(code);
				rows.add(new FigureRow(channel.position(), channel.title(), m == null ? code : m.name(locale),
						m == null ? "" : m.unit(locale), false, view.figures().measure(id, code),
						view.previous() == null ? null : previous.measure(id, code),
						since(view.sinceSubmission().measure(id, code))));
			}
		}
		return rows;
	}

	public ThemeMatrix themes(ReportView view) {
		List<ChannelView> channels = campaigns.channels(view.campaign().getId());
		List<ThemeView> themes = campaigns.themes(view.campaign().getId());
		List<List<Long>> cells = new ArrayList<>();
		for (ThemeView theme : themes) {
			List<Long> row = new ArrayList<>();
			long all = 0;
			for (ChannelView channel : channels) {
				long n = view.figures().get(Kind.ACTIVITIES, theme.id(), channel.id(), "").longValue();
				row.add(n);
				all += n;
			}
			row.add(all);
			cells.add(row);
		}
		return new ThemeMatrix(channels.stream().map(c -> c.position() + ". " + c.title()).toList(),
				themes.stream().map(t -> t.position() + ". " + t.title()).toList(), cells);
	}

	/** The annex of a consolidated report: the measures reported anywhere, then a row per unit. */
	public Annex annex(ReportView view, Locale locale) {
		if (view.consolidation() == null) {
			return null;
		}
		Map<String, MeasureCatalogue.Measure> measures = measures();
		Set<String> codes = new LinkedHashSet<>();
		for (Consolidation.UnitRow row : view.consolidation().units()) {
			row.figures().values().keySet().stream()
				.filter(k -> k.kind() == Kind.MEASURE && k.themeId() == 0 && k.channelId() == 0)
				.forEach(k -> codes.add(k.measureCode()));
		}
		List<String> ordered = measures.keySet().stream().filter(codes::contains).toList();
		List<AnnexRow> rows = view.consolidation().units().stream()
			.map(u -> new AnnexRow(u.unitName(), u.status(), u.onTime(), u.figures().activities(),
					u.figures().evidence(), u.figures().models(), ordered.stream().map(c -> u.figures().measure(0, c)).toList()))
			.toList();
		return new Annex(ordered.stream().map(c -> measures.get(c).name(locale) + " (" + measures.get(c).unit(locale)
				+ ")").toList(), rows,
				view.consolidation().missing().stream().map(ReportRegister.Owed::unitName).toList());
	}

	private Map<String, MeasureCatalogue.Measure> measures() {
		return catalogue.all().stream().collect(Collectors.toMap(MeasureCatalogue.Measure::code,
				Function.identity(), (x, y) -> x, java.util.LinkedHashMap::new));
	}

	private static BigDecimal since(BigDecimal difference) {
		return difference.signum() == 0 ? null : difference;
	}
}
