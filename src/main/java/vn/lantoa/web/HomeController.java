package vn.lantoa.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;

/** The first page after sign-in: the user's unit and scope, and where to go from there. */
@Controller
class HomeController {

	private final OrgTree tree;

	HomeController(OrgTree tree) {
		this.tree = tree;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("unitPath", tree.pathTo(actor.unitId()));
		model.addAttribute("scopePath", tree.pathTo(actor.scopeUnitId()));
		model.addAttribute("scopeSize", tree.subtreeIds(actor.scopeUnitId()).size());
		return "home";
	}
}
