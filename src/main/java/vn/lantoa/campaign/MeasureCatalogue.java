package vn.lantoa.campaign;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.ChangeCounters;
import vn.lantoa.shared.CountedCache;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.RequestMemo;
import vn.lantoa.shared.Role;
import vn.lantoa.shared.VietnameseText;

/**
 * The measures channels count (posts, views, broadcasts, banners, copies, participants…), which admins can extend,
 * and the measures suggested for a channel from the words of the guidance.
 */
@Service
public class MeasureCatalogue {

	/** A measure with its names and unit of measure in both languages. */
	public record Measure(String code, String nameVi, String nameEn, String unitVi, String unitEn, boolean active,
			java.math.BigDecimal maxValue) {

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
		}

		public String unit(Locale locale) {
			return "en".equals(locale.getLanguage()) ? unitEn : unitVi;
		}
	}

	/** Words of a channel's text (folded) and the measures they suggest. */
	private record Suggestion(List<String> words, List<String> codes) {
	}

	private static final List<Suggestion> SUGGESTIONS = List.of(
			new Suggestion(List.of("cong thong tin", "trang thong tin", "mang xa hoi", "facebook", "zalo", "youtube",
					"dien tu"), List.of("news", "articles", "videos", "views", "pages")),
			new Suggestion(List.of("loa", "phat thanh"), List.of("broadcasts", "broadcasts_per_day", "broadcast_minutes")),
			new Suggestion(List.of("luu dong", "bao cao vien", "tuyen truyen vien", "hoi nghi"),
					List.of("mobile_sessions", "reporter_sessions", "conferences", "attendances")),
			new Suggestion(List.of("khau hieu", "bang ron", "pano", "pa no", "ap phich", "truc quan"),
					List.of("slogans", "banners", "banner_area", "panels", "panel_length", "posters", "led_screens",
							"flags")),
			new Suggestion(List.of("trien lam"), List.of("exhibitions")),
			new Suggestion(List.of("ban tin", "an pham", "to roi", "to gap", "sach", "tai lieu"),
					List.of("bulletin_copies", "leaflets", "books")),
			new Suggestion(List.of("cuoc thi", "thi tim hieu", "sang tac"), List.of("contests", "participants", "entries")),
			new Suggestion(List.of("bua liem vang"), List.of("award_entries")),
			new Suggestion(List.of("hoc tap", "quan triet"), List.of("study_share")));

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final ChangeCounters counters;
	private final CountedCache<String, List<Measure>> kept;

	MeasureCatalogue(JdbcClient jdbc, AuditTrail audit, ChangeCounters counters) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.counters = counters;
		this.kept = new CountedCache<>(counters, ChangeCounters.MEASURES, 1);
	}

	/**
	 * Every measure, in the catalogue's order: kept while no measure is added, and read once per page view (labels
	 * ask for it cell by cell).
	 */
	@Transactional(readOnly = true)
	public List<Measure> all() {
		return RequestMemo.get(List.of("measures"), () -> kept.get("all", () -> List.copyOf(jdbc.sql("""
				select code, name_vi, name_en, unit_vi, unit_en, active, max_value from measure
				order by position, code""")
			.query(Measure.class).list())));
	}

	Set<String> codes() {
		return new LinkedHashSet<>(jdbc.sql("select code from measure where active = true").query(String.class).list());
	}

	/** The codes of the measures that fit a channel described by these words. */
	public static List<String> suggest(String channelText) {
		String folded = VietnameseText.fold(channelText);
		Set<String> codes = new LinkedHashSet<>();
		for (Suggestion s : SUGGESTIONS) {
			if (s.words().stream().anyMatch(folded::contains)) {
				codes.addAll(s.codes());
			}
		}
		return List.copyOf(codes);
	}

	@Transactional
	public void add(Actor actor, Measure measure) {
		if (!actor.is(Role.ADMIN) || !actor.writeAccess()) {
			throw new OutOfScope();
		}
		String code = measure.code().trim().toLowerCase(Locale.ROOT);
		if (!code.matches("[a-z0-9_]{2,40}")) {
			throw new Refusal(400, "measure.error.code");
		}
		if (codes().contains(code) || jdbc.sql("select count(*) from measure where code = ?").param(code)
			.query(Long.class).single() > 0) {
			throw new Refusal(409, "measure.error.duplicate", code);
		}
		int position = jdbc.sql("select coalesce(max(position), 0) + 10 from measure").query(Integer.class).single();
		jdbc.sql("""
				insert into measure (code, name_vi, name_en, unit_vi, unit_en, position, active)
				values (?, ?, ?, ?, ?, ?, true)""")
			.params(code, measure.nameVi().trim(), measure.nameEn().trim(), measure.unitVi().trim(),
					measure.unitEn().trim(), position)
			.update();
		counters.bump(ChangeCounters.MEASURES);
		audit.record("Measure", code, "CREATE", java.util.Map.of(),
				java.util.Map.of("nameVi", measure.nameVi(), "unitVi", measure.unitVi()), actor.scopeUnitId());
	}
}
