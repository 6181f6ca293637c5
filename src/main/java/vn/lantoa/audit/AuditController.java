package vn.lantoa.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Role;

/** The audit trail page for administrators, with filters. */
@Controller
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/audit")
	String audit(Actor actor, @RequestParam(required = false) String entity,
			@RequestParam(required = false) String user, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (!actor.is(Role.ADMIN)) {
			throw new OutOfScope();
		}
		AuditLog.Filter filter = new AuditLog.Filter(entity, user, action, from, to, page);
		model.addAttribute("filter", filter);
		model.addAttribute("result", log.find(actor.scopeUnitId(), filter));
		return "audit/audit";
	}
}
