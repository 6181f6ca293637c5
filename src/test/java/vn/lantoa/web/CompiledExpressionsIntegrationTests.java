package vn.lantoa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.cache.StandardCacheManager;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.shared.RenderedSections;

/**
 * The pages' expressions stay compiled. SpEL compiles an expression to bytecode for the types it met first; when the
 * same expression text later meets another type (two templates, or two tables of one page, naming their row
 * variables alike), the compiled code throws a {@link ClassCastException}, SpEL interprets it again and compiles it
 * anew a hundred uses later, for ever: a new class, and work for the JIT, every few pages. The busiest pages of each
 * kind of user are asked in turn well past the compiler's threshold while the JVM's flight recorder notes the
 * exceptions thrown; none may come from compiled expressions, and no expression used more often than once a page (in
 * a table's rows) may stay interpreted. The template engine keeps every expression it parsed (Thymeleaf's default
 * keeps 500, fewer than these pages have).
 */
@LanToaTest
class CompiledExpressionsIntegrationTests {

	/** Rounds of every page: SpEL compiles an expression after its hundredth use, a page-level one takes a round. */
	private static final int ROUNDS = 110;

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	CampaignPlanning planning;
	@Autowired
	TemplateEngine engine;
	@Autowired
	RenderedSections sections;

	@Test
	void theBusiestPagesNeverThrowOutOfTheirCompiledExpressions() throws Exception {
		long city = fixtures.unit("THANHUY");
		List<Long> units = List.of(fixtures.unit("DB-DUCXUAN"), fixtures.unit("DB-SONGCAU"), fixtures.unit("UBND-TP"));
		int year = LocalDate.now().getYear();
		long campaign = planning.create(fixtures.adminOver(city), new CampaignPlan(null,
				"Kế hoạch biểu thức " + Fixtures.unique("K"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				List.of("Mục đích"), List.of(),
				new ReportSchedule(ReportSchedule.Frequency.QUARTERLY, ReportSchedule.DeadlineRule.DAYS_AFTER_END, 5),
				List.of(new CampaignPlan.ThemePlan("Nội dung một", ""), new CampaignPlan.ThemePlan("Nội dung hai", "")),
				List.of(new CampaignPlan.ChannelPlan("Trên mạng", "", List.of(), List.of("news"))),
				List.of(new CampaignPlan.AssignmentPlan("Các đơn vị", units, List.of("Báo cáo"),
						LocalDate.of(year, 12, 31)))))
			.getId();
		Map<String, MockHttpSession> users = Map.of("tuyengiao", signIn("tuyengiao"), "thuongtruc",
				signIn("thuongtruc"), "ducxuan", signIn("ducxuan"));
		List<String> pages = List.of("/", "/activities", "/reports?campaignId=" + campaign,
				"/campaigns/" + campaign + "/dashboard");
		String dashboard = mvc.perform(get(pages.get(3)).session(users.get("tuyengiao"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(dashboard).contains("id=\"coverage\"", "id=\"reporting\"", "class=\"unit-link\"");
		assertThat(mvc.perform(get("/").session(users.get("thuongtruc"))).andReturn().getResponse()
			.getContentAsString()).contains("class=\"card\"");

		Path file = Files.createTempFile("expressions", ".jfr");
		List<String> thrown = new ArrayList<>();
		try (Recording recording = new Recording()) {
			recording.enable("jdk.JavaExceptionThrow").withStackTrace();
			recording.start();
			for (int round = 0; round < ROUNDS; round++) {
				// the dashboard's section would be kept after the first round: rendered anew, it is exercised too
				sections.forget();
				for (MockHttpSession user : users.values()) {
					for (String page : pages) {
						mvc.perform(get(page).session(user)).andExpect(status().isOk());
					}
				}
			}
			recording.stop();
			recording.dump(file);
			for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
				if (fromCompiledExpression(event)) {
					thrown.add(event.getString("message"));
				}
			}
		} finally {
			Files.deleteIfExists(file);
		}
		// these pages alone parse more expressions than Thymeleaf keeps by default: all of them are kept
		assertThat(engine.getCacheManager().getExpressionCache().keySet())
			.hasSizeGreaterThan(StandardCacheManager.DEFAULT_EXPRESSION_CACHE_MAX_SIZE);
		// SpEL compiles no expression that names a bean (@dates.day(...)) or mixes types: one such in a table's rows was
		// interpreted at every row of every page; only the pages' own conditions, once a page, may stay interpreted
		int pageViews = (ROUNDS + 1) * users.size();
		Map<String, Integer> interpreted = new TreeMap<>();
		int spelExpressions = 0;
		ICache<ExpressionCacheKey, Object> expressions = engine.getCacheManager().getExpressionCache();
		for (ExpressionCacheKey key : expressions.keySet()) {
			Object cached = expressions.get(key);
			if (cached != null && cached.getClass().getSimpleName().equals("ComputedSpelExpression")
					&& ReflectionTestUtils.getField(cached, "expression") instanceof SpelExpression spel) {
				spelExpressions++;
				int uses = ((AtomicInteger) ReflectionTestUtils.getField(spel, "interpretedCount")).get();
				if (ReflectionTestUtils.getField(spel, "compiledAst") == null && uses > pageViews) {
					interpreted.put(spel.getExpressionString(), uses);
				}
			}
		}
		assertThat(spelExpressions).as("SpEL expressions found in Thymeleaf's cache").isGreaterThan(100);
		assertThat(interpreted).as("expressions interpreted more often than once a page").isEmpty();
		Map<String, Integer> counted = new TreeMap<>();
		thrown.forEach(message -> counted.merge(message, 1, Integer::sum));
		assertThat(counted).as("exceptions thrown out of compiled expressions").isEmpty();
	}

	private static boolean fromCompiledExpression(RecordedEvent event) {
		if (event.getStackTrace() == null) {
			return false;
		}
		for (RecordedFrame frame : event.getStackTrace().getFrames()) {
			if (frame.getMethod().getType().getName().startsWith("org.springframework.expression.spel.generated.")) {
				return true;
			}
		}
		return false;
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestDatabases.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
	}
}
