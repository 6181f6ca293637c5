package vn.lantoa.campaign;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lantoa.shared.Actor;
import vn.lantoa.shared.LocalPath;
import vn.lantoa.shared.VietnameseOrder;

/** Campaign pages: the list, one campaign's overview, themes, channels and assignments, and task progress. */
@Controller
class CampaignController {

	/** Units in the order of the Vietnamese alphabet (Đ after D, Tổ before Tuyên), as in the organisation tree. */

	private final CampaignDirectory directory;
	private final AssignmentProgress progress;
	private final MeasureCatalogue measures;

	CampaignController(CampaignDirectory directory, AssignmentProgress progress, MeasureCatalogue measures) {
		this.directory = directory;
		this.progress = progress;
		this.measures = measures;
	}

	@GetMapping("/campaigns")
	String list(Actor actor, Model model) {
		model.addAttribute("campaigns", directory.visible(actor));
		model.addAttribute("canPlan", CampaignPlanning.canPlan(actor));
		return "campaign/campaigns";
	}

	@GetMapping("/campaigns/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		Campaign campaign = directory.get(actor, id);
		List<CampaignDirectory.AssignmentView> assignments = directory.assignments(actor, id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("periods", directory.periods(campaign));
		model.addAttribute("themes", directory.themes(id));
		model.addAttribute("channels", directory.channels(id));
		model.addAttribute("assignments", assignments);
		model.addAttribute("byUnit", assignments.stream().collect(Collectors.groupingBy(
				CampaignDirectory.AssignmentView::unitName, () -> new TreeMap<>(VietnameseOrder.strings().thenComparing(Comparator.naturalOrder())), Collectors.toList())));
		model.addAttribute("measures", measureMap());
		return "campaign/campaign";
	}

	@PostMapping("/assignments/{id}/complete")
	String complete(Actor actor, @PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "/")
	String back, RedirectAttributes flash) {
		progress.complete(actor, id, version);
		flash.addFlashAttribute("success", "assignment.completed");
		return "redirect:" + LocalPath.orHome(back);
	}

	@PostMapping("/assignments/{id}/reopen")
	String reopen(Actor actor, @PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "/")
	String back, RedirectAttributes flash) {
		progress.reopen(actor, id, version);
		flash.addFlashAttribute("success", "assignment.reopened");
		return "redirect:" + LocalPath.orHome(back);
	}

	@GetMapping("/measures")
	String measures(Model model) {
		model.addAttribute("measures", measures.all());
		return "campaign/measures";
	}

	@PostMapping("/measures")
	String addMeasure(Actor actor, @RequestParam String code, @RequestParam String nameVi,
			@RequestParam String nameEn, @RequestParam String unitVi, @RequestParam String unitEn,
			RedirectAttributes flash) {
		measures.add(actor, new MeasureCatalogue.Measure(code, nameVi, nameEn, unitVi, unitEn, true, null));
		flash.addFlashAttribute("success", "measure.added");
		return "redirect:/measures";
	}

	private Map<String, MeasureCatalogue.Measure> measureMap() {
		return measures.all().stream().collect(Collectors.toMap(MeasureCatalogue.Measure::code, Function.identity()));
	}

}
