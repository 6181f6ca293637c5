package vn.lantoa.campaign;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lantoa.shared.Actor;

/** Campaigns in the JSON API: those that concern the caller's subtree, with themes, channels and periods. */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApiController {

	record PeriodJson(String key, LocalDate start, LocalDate end, LocalDate deadline) {
	}

	record CampaignJson(long id, Long directiveId, long ownerUnitId, String title, LocalDate startsOn,
			LocalDate endsOn, List<String> purposes, List<String> requirements, String reportFrequency,
			List<PeriodJson> periods, List<CampaignDirectory.ThemeView> themes,
			List<CampaignDirectory.ChannelView> channels) {
	}

	private final CampaignDirectory directory;

	CampaignApiController(CampaignDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	List<CampaignJson> list(Actor actor) {
		return directory.visible(actor).stream().map(this::json).toList();
	}

	@GetMapping("/{id}")
	CampaignJson get(Actor actor, @PathVariable long id) {
		return json(directory.get(actor, id));
	}

	@GetMapping("/{id}/assignments")
	List<CampaignDirectory.AssignmentView> assignments(Actor actor, @PathVariable long id) {
		directory.get(actor, id);
		return directory.assignments(actor, id);
	}

	private CampaignJson json(Campaign c) {
		List<PeriodJson> periods = c.periods().stream()
			.map(p -> new PeriodJson(p.key(c.getReportFrequency()), p.start(), p.end(), p.deadline())).toList();
		return new CampaignJson(c.getId(), c.getDirectiveId(), c.getOwnerUnitId(), c.getTitle(), c.getStartsOn(),
				c.getEndsOn(), c.purposeList(), c.requirementList(), c.getReportFrequency().name(), periods,
				directory.themes(c.getId()), directory.channels(c.getId()));
	}
}
