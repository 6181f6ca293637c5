package vn.lantoa.campaign;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.lantoa.shared.Actor;

/** Campaigns in the JSON API: those that concern the caller's subtree, with themes, channels and periods. */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApiController {

	record PeriodJson(String key, LocalDate start, LocalDate end, LocalDate windowStart, LocalDate windowEnd,
			LocalDate deadline) {
	}

	record MeasureJson(String code, String name, String unit) {
	}

	record ChannelJson(long id, int position, String title, String body, List<String> forms,
			List<MeasureJson> measures) {
	}

	record CampaignJson(long id, Long directiveId, long ownerUnitId, String title, LocalDate startsOn,
			LocalDate endsOn, List<String> purposes, List<String> requirements, String reportFrequency,
			int cutoffDay, List<PeriodJson> periods, List<CampaignDirectory.ThemeView> themes, List<ChannelJson> channels,
			List<CampaignDirectory.AssignmentView> assignments) {
	}

	private final CampaignDirectory directory;
	private final MeasureCatalogue measures;

	CampaignApiController(CampaignDirectory directory, MeasureCatalogue measures) {
		this.directory = directory;
		this.measures = measures;
	}

	@Operation(summary = "The campaigns the caller sees")
	@GetMapping
	List<CampaignJson> list(Actor actor) {
		return directory.visible(actor).stream().map(c -> json(actor, c)).toList();
	}

	@Operation(summary = "One campaign with its themes, channels and report schedule")
	@GetMapping("/{id}")
	CampaignJson get(Actor actor, @PathVariable long id) {
		return json(actor, directory.get(actor, id));
	}

	@Operation(summary = "A campaign's assignments to the units of the caller's scope")
	@GetMapping("/{id}/assignments")
	List<CampaignDirectory.AssignmentView> assignments(Actor actor, @PathVariable long id) {
		directory.get(actor, id);
		return directory.assignments(actor, id);
	}

	private CampaignJson json(Actor actor, Campaign c) {
		List<PeriodJson> periods = directory.periods(c).stream()
			.map(p -> new PeriodJson(p.key(), p.start(), p.end(), p.windowStart(), p.windowEnd(), p.deadline()))
			.toList();
		java.util.Map<String, MeasureCatalogue.Measure> catalogue = measures.all().stream()
			.collect(java.util.stream.Collectors.toMap(MeasureCatalogue.Measure::code, m -> m));
		List<ChannelJson> channels = directory.channels(c.getId()).stream()
			.map(ch -> new ChannelJson(ch.id(), ch.position(), ch.title(), ch.body(), ch.forms(),
					ch.measureCodes().stream().filter(catalogue::containsKey).map(catalogue::get)
						.map(m -> new MeasureJson(m.code(), m.nameVi(), m.unitVi())).toList()))
			.toList();
		return new CampaignJson(c.getId(), c.getDirectiveId(), c.getOwnerUnitId(), c.getTitle(), c.getStartsOn(),
				c.getEndsOn(), c.purposeList(), c.requirementList(), c.getReportFrequency().name(), c.getCutoffDay(), periods,
				directory.themes(c.getId()), channels, directory.assignments(actor, c.getId()));
	}
}
