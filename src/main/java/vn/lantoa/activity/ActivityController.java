package vn.lantoa.activity;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.MeasureCatalogue;
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitView;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;

/** The activity pages: the filtered list, the form (new and edit), one activity, delete and restore. */
@Controller
class ActivityController {

	private final ActivityRecording recording;
	private final ActivityQueries queries;
	private final CampaignDirectory campaigns;
	private final MeasureCatalogue measures;
	private final OrgTree tree;
	private final EvidenceStore evidence;
	private final ActivityEntry entry;

	ActivityController(ActivityRecording recording, ActivityQueries queries, CampaignDirectory campaigns,
			MeasureCatalogue measures, OrgTree tree, EvidenceStore evidence, ActivityEntry entry) {
		this.evidence = evidence;
		this.entry = entry;
		this.recording = recording;
		this.queries = queries;
		this.campaigns = campaigns;
		this.measures = measures;
		this.tree = tree;
	}

	@GetMapping("/activities")
	String list(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long campaignId, @RequestParam(required = false) Long themeId,
			@RequestParam(required = false) Long channelId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean deleted,
			@RequestParam(defaultValue = "NEWEST") ActivityFilter.Sort sort,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsTo,
			Model model) {
		ActivityFilter filter = new ActivityFilter(unitId, campaignId, themeId, channelId, from, to, q, deleted, sort,
				page, 25, startsFrom, startsTo);
		model.addAttribute("filter", filter);
		model.addAttribute("sorts", ActivityFilter.Sort.values());
		model.addAttribute("result", queries.find(actor, filter));
		model.addAttribute("campaigns", campaigns.visible(actor));
		model.addAttribute("units", tree.choices(actor.scopeUnitId(), unitId == null ? actor.scopeUnitId() : unitId));
		if (campaignId != null) {
			campaigns.get(actor, campaignId);
			model.addAttribute("themes", campaigns.themes(campaignId));
			model.addAttribute("channels", campaigns.channels(campaignId));
		}
		model.addAttribute("canRecord", recording.canRecord(actor, actor.unitId()));
		model.addAttribute("measures", measureMap());
		return "activity/activities";
	}

	@GetMapping("/activities/new")
	String newActivity(Actor actor, @RequestParam(required = false) Long campaignId, Model model) {
		if (!recording.canRecord(actor, actor.unitId())) {
			throw new vn.lantoa.shared.OutOfScope();
		}
		List<Campaign> visible = campaigns.visible(actor);
		if (campaignId == null && visible.size() != 1) {
			model.addAttribute("campaigns", visible);
			return "activity/choose-campaign";
		}
		ActivityForm form = new ActivityForm();
		form.setCampaignId(campaignId != null ? campaignId : visible.get(0).getId());
		form.setUnitId(actor.unitId());
		form.setStartsOn(LocalDate.now());
		return form(actor, form, model);
	}

	@PostMapping("/activities")
	String create(Actor actor, @ModelAttribute("form") ActivityForm form,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes flash, HttpServletResponse response) throws IOException {
		List<ActivityEntry.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (!file.isEmpty()) {
				uploads.add(new ActivityEntry.Upload(file.getOriginalFilename(), file.getBytes()));
			}
		}
		try {
			Activity activity = entry.record(actor, form.toDetails(), uploads);
			flash.addFlashAttribute("success", "activity.recorded");
			return "redirect:/activities/" + activity.getId();
		} catch (Refusal e) {
			return refused(actor, form, e, model, response);
		}
	}

	@GetMapping("/activities/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		Activity activity = recording.get(actor, id);
		model.addAttribute("activity", activity);
		model.addAttribute("campaign", campaigns.get(actor, activity.getCampaignId()));
		model.addAttribute("unitPath", tree.pathTo(activity.getUnitId()));
		model.addAttribute("themes", campaigns.themes(activity.getCampaignId()).stream()
			.filter(t -> activity.themeIds().contains(t.id())).toList());
		model.addAttribute("channel", campaigns.channels(activity.getCampaignId()).stream()
			.filter(c -> c.id() == activity.getChannelId()).findFirst().orElseThrow());
		model.addAttribute("measures", measureMap());
		model.addAttribute("canEdit", recording.canRecord(actor, activity.getUnitId()));
		model.addAttribute("evidence", evidence.list(actor, id));
		return "activity/activity";
	}

	@GetMapping("/activities/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("activityId", id);
		return form(actor, ActivityForm.of(recording.editable(actor, id)), model);
	}

	@PostMapping("/activities/{id}")
	String update(Actor actor, @PathVariable long id, @ModelAttribute("form") ActivityForm form, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		model.addAttribute("activityId", id);
		try {
			recording.update(actor, id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails());
			flash.addFlashAttribute("success", "activity.saved");
			return "redirect:/activities/" + id;
		} catch (ActivityConflict e) {
			model.addAttribute("conflict", e.saved());
			model.addAttribute("savedVersion", recording.get(actor, id).getVersion());
			return refused(actor, form, e, model, response);
		} catch (Refusal e) {
			return refused(actor, form, e, model, response);
		}
	}

	@PostMapping("/activities/{id}/delete")
	String delete(Actor actor, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
		recording.delete(actor, id, version);
		flash.addFlashAttribute("success", "activity.deleted");
		return "redirect:/activities";
	}

	@PostMapping("/activities/{id}/restore")
	String restore(Actor actor, @PathVariable long id, RedirectAttributes flash) {
		recording.restore(actor, id);
		flash.addFlashAttribute("success", "activity.restored");
		return "redirect:/activities/" + id;
	}

	/** The measure inputs of one channel: swapped into the form by htmx when the channel changes. */
	@GetMapping("/activities/measure-fields")
	String measureFields(Actor actor, @RequestParam long campaignId, @RequestParam long channelId, Model model) {
		campaigns.get(actor, campaignId);
		ActivityForm form = new ActivityForm();
		form.setCampaignId(campaignId);
		form.setChannelId(channelId);
		model.addAttribute("form", form);
		model.addAttribute("fields", fields(campaignId, channelId));
		return "activity/form :: measureFields";
	}

	/** The form again with the refusal's message, answered with its status (400, or 409 for a conflict). */
	private String refused(Actor actor, ActivityForm form, Refusal e, Model model, HttpServletResponse response) {
		if (e.status() == 403 || e.status() == 404) {
			throw e;
		}
		response.setStatus(e.status());
		model.addAttribute("refusal", e);
		return form(actor, form, model);
	}

	private String form(Actor actor, ActivityForm form, Model model) {
		Campaign campaign = campaigns.get(actor, form.getCampaignId());
		List<CampaignDirectory.ChannelView> channels = campaigns.channels(campaign.getId());
		if (form.getChannelId() == null && !channels.isEmpty()) {
			form.setChannelId(channels.get(0).id());
		}
		model.addAttribute("form", form);
		model.addAttribute("campaign", campaign);
		model.addAttribute("themes", campaigns.themes(campaign.getId()));
		model.addAttribute("channels", channels);
		model.addAttribute("fields", fields(campaign.getId(), form.getChannelId() == null ? 0 : form.getChannelId()));
		model.addAttribute("units", unitsFor(actor, campaign));
		return "activity/form";
	}

	/** The units the actor may record for in this campaign: their subtree within the campaign owner's. */
	private List<UnitView> unitsFor(Actor actor, Campaign campaign) {
		return tree.subtree(actor.scopeUnitId()).stream()
			.filter(u -> u.active() && tree.contains(campaign.getOwnerUnitId(), u.id())).toList();
	}

	private List<MeasureCatalogue.Measure> fields(long campaignId, long channelId) {
		Map<String, MeasureCatalogue.Measure> all = measureMap();
		return campaigns.channels(campaignId).stream().filter(c -> c.id() == channelId).findFirst()
			.map(c -> c.measureCodes().stream().map(all::get).filter(m -> m != null).toList()).orElse(List.of());
	}

	private Map<String, MeasureCatalogue.Measure> measureMap() {
		return measures.all().stream().collect(Collectors.toMap(MeasureCatalogue.Measure::code, Function.identity(),
				(a, b) -> a, java.util.LinkedHashMap::new));
	}
}
