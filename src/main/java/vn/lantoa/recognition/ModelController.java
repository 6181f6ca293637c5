package vn.lantoa.recognition;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;

/** The exemplary model pages: list, proposal form (with the likely-duplicate check), one model and its workflow. */
@Controller
class ModelController {

	private final ModelRegistry registry;
	private final ModelQueries queries;
	private final ModelReplications replications;
	private final ModelFiles files;
	private final CampaignDirectory campaigns;
	private final OrgTree tree;

	ModelController(ModelRegistry registry, ModelQueries queries, ModelReplications replications, ModelFiles files,
			CampaignDirectory campaigns, OrgTree tree) {
		this.registry = registry;
		this.queries = queries;
		this.replications = replications;
		this.files = files;
		this.campaigns = campaigns;
		this.tree = tree;
	}

	@GetMapping("/models")
	String list(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long campaignId,
			@RequestParam(required = false) ExemplaryModel.Status status,
			@RequestParam(required = false) ExemplaryModel.Kind kind,
			@RequestParam(required = false) ExemplaryModel.Field field, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ModelQueries.Filter filter = new ModelQueries.Filter(unitId, campaignId, status, kind, field, q, page, 25);
		model.addAttribute("filter", filter);
		model.addAttribute("result", queries.find(actor, filter));
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()));
		model.addAttribute("campaigns", campaigns.visible(actor));
		model.addAttribute("canPropose", registry.canPropose(actor, actor.unitId()));
		return "recognition/models";
	}

	@GetMapping("/models/new")
	String newModel(Actor actor, Model model) {
		if (!registry.canPropose(actor, actor.unitId())) {
			throw new OutOfScope();
		}
		ModelForm form = new ModelForm();
		form.setUnitId(actor.unitId());
		List<vn.lantoa.campaign.Campaign> visible = campaigns.visible(actor);
		form.setCampaignId(visible.isEmpty() ? null : visible.get(0).getId());
		return form(actor, form, model);
	}

	@PostMapping("/models")
	String propose(Actor actor, @ModelAttribute("form") ModelForm form,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes flash,
			HttpServletResponse response) throws IOException {
		try {
			ExemplaryModel saved = files.propose(actor, form.toDetails(), form.isConfirmNotDuplicate(),
					file == null ? null : file.getOriginalFilename(), FileAnswers.bytes(file));
			flash.addFlashAttribute("success", "model.proposed");
			return "redirect:/models/" + saved.getId();
		} catch (LikelyDuplicate e) {
			model.addAttribute("duplicates", e.matches());
			return refused(actor, form, e, model, response);
		} catch (Refusal e) {
			return refused(actor, form, e, model, response);
		}
	}

	@GetMapping("/models/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		ExemplaryModel m = registry.get(actor, id);
		model.addAttribute("m", m);
		model.addAttribute("unitName", queries.unitName(m.getUnitId()));
		model.addAttribute("campaign", m.getCampaignId() == null || !campaignVisible(actor, m.getCampaignId()) ? null
				: campaigns.get(actor, m.getCampaignId()));
		model.addAttribute("canEdit", registry.canEdit(actor, m));
		model.addAttribute("canReview", registry.canReview(actor, m.getUnitId()));
		model.addAttribute("canAttach", registry.canPropose(actor, m.getUnitId())
				&& m.getStatus() != ExemplaryModel.Status.REJECTED);
		model.addAttribute("replications", replications.of(id));
		model.addAttribute("candidates", replications.candidates(actor, m));
		model.addAttribute("files", files.list(id));
		model.addAttribute("today", LocalDate.now());
		return "recognition/model";
	}

	@GetMapping("/models/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Model model) {
		ExemplaryModel m = registry.get(actor, id);
		if (!registry.canEdit(actor, m)) {
			throw new OutOfScope();
		}
		model.addAttribute("modelId", id);
		return form(actor, ModelForm.of(m), model);
	}

	@PostMapping("/models/{id}")
	String update(Actor actor, @PathVariable long id, @ModelAttribute("form") ModelForm form, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		model.addAttribute("modelId", id);
		try {
			registry.update(actor, id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails());
			flash.addFlashAttribute("success", "model.saved");
			return "redirect:/models/" + id;
		} catch (Refusal e) {
			return refused(actor, form, e, model, response);
		}
	}

	@PostMapping("/models/{id}/verify")
	String verify(Actor actor, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
		registry.verify(actor, id, version);
		return done(flash, id, "model.verified");
	}

	@PostMapping("/models/{id}/recognise")
	String recognise(Actor actor, @PathVariable long id, @RequestParam int version,
			@RequestParam String decisionNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
			RedirectAttributes flash) {
		registry.recognise(actor, id, version, decisionNumber, decisionDate);
		return done(flash, id, "model.recognised");
	}

	@PostMapping("/models/{id}/reject")
	String reject(Actor actor, @PathVariable long id, @RequestParam int version, @RequestParam String reason,
			RedirectAttributes flash) {
		registry.reject(actor, id, version, reason);
		return done(flash, id, "model.rejected");
	}

	@PostMapping("/models/{id}/publish")
	String publish(Actor actor, @PathVariable long id, @RequestParam int version, @RequestParam boolean visible,
			RedirectAttributes flash) {
		registry.publish(actor, id, version, visible);
		return done(flash, id, visible ? "model.published" : "model.unpublished");
	}

	@PostMapping("/models/{id}/replications")
	String link(Actor actor, @PathVariable long id, @RequestParam long activityId, RedirectAttributes flash) {
		replications.link(actor, id, activityId);
		return done(flash, id, "replication.linked");
	}

	@PostMapping("/models/{id}/replications/{activityId}/delete")
	String unlink(Actor actor, @PathVariable long id, @PathVariable long activityId, RedirectAttributes flash) {
		replications.unlink(actor, id, activityId);
		return done(flash, id, "replication.unlinked");
	}

	@PostMapping("/models/{id}/files")
	String attach(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes flash) throws IOException {
		byte[] content = FileAnswers.bytes(file);
		files.attach(actor, id, file == null ? null : file.getOriginalFilename(), content);
		return done(flash, id, "upload.added");
	}

	@GetMapping("/models/{id}/files/{fileId}")
	ResponseEntity<InputStreamResource> file(Actor actor, @PathVariable long id, @PathVariable long fileId) {
		return FileAnswers.download(files.open(actor, id, fileId));
	}

	private static String done(RedirectAttributes flash, long id, String message) {
		flash.addFlashAttribute("success", message);
		return "redirect:/models/" + id;
	}

	private boolean campaignVisible(Actor actor, long campaignId) {
		return campaigns.visible(actor).stream().anyMatch(c -> c.getId() == campaignId);
	}

	private String refused(Actor actor, ModelForm form, Refusal e, Model model, HttpServletResponse response) {
		if (e.status() == 403 || e.status() == 404) {
			throw e;
		}
		response.setStatus(e.status());
		model.addAttribute("refusal", e);
		return form(actor, form, model);
	}

	private String form(Actor actor, ModelForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()).stream().filter(u -> u.active()).toList());
		model.addAttribute("campaigns", campaigns.visible(actor));
		model.addAttribute("kinds", ExemplaryModel.Kind.values());
		model.addAttribute("fields", ExemplaryModel.Field.values());
		return "recognition/model-form";
	}
}
