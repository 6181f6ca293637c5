package vn.lantoa.directive;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.audit.AuditTrail;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.directive.parse.AssignmentItem;
import vn.lantoa.directive.parse.DocumentText;
import vn.lantoa.directive.parse.GuidanceParser;
import vn.lantoa.directive.parse.ParsedGuidance;
import vn.lantoa.directive.parse.UnitMatcher;
import vn.lantoa.directive.parse.UnreadableDocument;
import vn.lantoa.files.FileStore;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;

/**
 * Imports a guidance document: reads the text (.txt, .docx or pasted), parses it, keeps the original and a draft of
 * the structure for the coordinator to review, and finally plans the campaign from the reviewed draft.
 */
@Service
public class DirectiveImport {

	private final Directives directives;
	private final GuidanceParser parser = new GuidanceParser();
	private final ReviewDrafts drafts;
	private final CampaignPlanning planning;
	private final OrgTree tree;
	private final FileStore files;
	private final AuditTrail audit;
	private final JsonMapper json;
	private final Clock clock;
	private final long maxBytes;

	DirectiveImport(Directives directives, ReviewDrafts drafts, CampaignPlanning planning, OrgTree tree,
			FileStore files, AuditTrail audit, JsonMapper json, Clock clock,
			@Value("${lantoa.directive.max-bytes:5242880}") long maxBytes) {
		this.directives = directives;
		this.drafts = drafts;
		this.planning = planning;
		this.tree = tree;
		this.files = files;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	/** The text of an uploaded file or of pasted text, refused with a clear reason when unreadable. */
	public String text(String filename, byte[] content) {
		try {
			return DocumentText.fromBytes(content, filename == null ? "" : filename, maxBytes);
		} catch (UnreadableDocument e) {
			throw new DirectiveRefused(e.messageKey().endsWith("tooLarge") ? 413 : 400, e.messageKey());
		}
	}

	/** The parsed structure, with each responsible unit matched to a unit of the actor's subtree where possible. */
	@Transactional(readOnly = true)
	public ParsedGuidance parse(Actor actor, String text) {
		requirePlanner(actor);
		ParsedGuidance parsed = parser.parse(text);
		UnitMatcher matcher = drafts.matcher(actor);
		List<AssignmentItem> matched = parsed.assignments().stream()
			.map(a -> new AssignmentItem(a.unitText(), boxed(matcher.match(a.unitText())), a.tasks()))
			.toList();
		return new ParsedGuidance(parsed.type(), parsed.number(), parsed.issuer(), parsed.place(), parsed.date(),
				parsed.title(), parsed.basis(), parsed.citedDocuments(), parsed.purposes(), parsed.requirements(),
				parsed.contentThemes(), parsed.channels(), matched, parsed.otherSections(), parsed.recipients(),
				parsed.signature(), parsed.warnings());
	}

	/** Stores the document as a draft directive owned by the actor's scope unit. */
	@Transactional
	public Directive importDocument(Actor actor, String filename, byte[] content) {
		requirePlanner(actor);
		String text = text(filename, content);
		ParsedGuidance parsed = parse(actor, text);
		String sha = filename == null ? null : files.put(content);
		List<Directive.Citation> citations = parsed.citedDocuments().stream()
			.map(c -> new Directive.Citation(cut(c.kind(), 60), cut(c.number(), 80), c.date(), cut(c.issuer(), 255)))
			.toList();
		Directive directive = directives.save(Directive.imported(actor.scopeUnitId(), actor.username(), text,
				filename == null ? null : cut(filename, 255), sha, citations, clock.instant()));
		ReviewForm form = drafts.fromParsed(actor, parsed);
		directive.review(form, json.writeValueAsString(form));
		directive = directives.save(directive);
		audit.record("Directive", directive.getId(), "IMPORT", java.util.Map.of(),
				java.util.Map.of("number", String.valueOf(directive.getNumber()), "filename",
						String.valueOf(filename)), actor.scopeUnitId());
		return directive;
	}

	/** Imports pasted text the same way as a .txt file. */
	@Transactional
	public Directive importText(Actor actor, String text) {
		return importDocument(actor, null, text.getBytes(StandardCharsets.UTF_8));
	}

	@Transactional(readOnly = true)
	public Directive get(Actor actor, long id) {
		Directive directive = directives.findById(id).orElseThrow(() -> new NotFound("directive", id));
		tree.requireVisible(actor, directive.getOwnerUnitId());
		return directive;
	}

	@Transactional(readOnly = true)
	public ReviewForm draft(Actor actor, long id) {
		requirePlanner(actor);
		return json.readValue(get(actor, id).getStructure(), ReviewForm.class);
	}

	/** Keeps the coordinator's corrections without planning yet. */
	@Transactional
	public void saveDraft(Actor actor, long id, ReviewForm form) {
		requirePlanner(actor);
		Directive directive = get(actor, id);
		form.dropRemoved();
		directive.review(form, json.writeValueAsString(form));
		directives.save(directive);
	}

	/** Plans the campaign from the reviewed draft; the directive is then no longer a draft. */
	@Transactional
	public Campaign plan(Actor actor, long id, ReviewForm form) {
		saveDraft(actor, id, form);
		Directive directive = get(actor, id);
		Campaign campaign = planning.create(actor, drafts.toPlan(actor, id, form));
		directive.planned();
		directives.save(directive);
		return campaign;
	}

	/** Refuses unless the actor may import documents and plan campaigns. */
	static void requirePlanner(Actor actor) {
		if (!CampaignPlanning.canPlan(actor)) {
			throw new OutOfScope();
		}
	}

	private static Long boxed(java.util.OptionalLong id) {
		return id.isPresent() ? id.getAsLong() : null;
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
