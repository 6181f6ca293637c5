package vn.lantoa.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.files.FileStore;
import vn.lantoa.files.Uploads;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.StaleEdit;

/**
 * Entries for the Golden Hammer and Sickle press award: the nominating unit's reporters (or coordinators and admins
 * above) prepare, correct and submit them; coordinators and admins above the unit shortlist and award them.
 */
@Service
public class AwardNominations {

	static final String ENTITY = "AwardEntry";

	private final AwardEntries entries;
	private final ModelRegistry rights;
	private final OrgTree tree;
	private final FileStore files;
	private final AuditTrail audit;
	private final Clock clock;

	AwardNominations(AwardEntries entries, ModelRegistry rights, OrgTree tree, FileStore files, AuditTrail audit,
			Clock clock) {
		this.entries = entries;
		this.rights = rights;
		this.tree = tree;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	public boolean canPrepare(Actor actor, long unitId) {
		return rights.canPropose(actor, unitId);
	}

	public boolean canJudge(Actor actor, long unitId) {
		return rights.canReview(actor, unitId);
	}

	@Transactional
	public AwardEntry prepare(Actor actor, AwardEntryDetails details, ContestOffice.Upload file) {
		check(actor, details);
		AwardEntry entry = AwardEntry.prepare(details, actor.username(), clock.instant());
		attach(entry, file);
		entry = entries.save(entry);
		audit.record(ENTITY, entry.getId(), "CREATE", Map.of(), entry.snapshot(), entry.getUnitId());
		return entry;
	}

	@Transactional
	public AwardEntry update(Actor actor, long id, int version, AwardEntryDetails details, ContestOffice.Upload file) {
		AwardEntry entry = current(actor, id, version);
		if (!canPrepare(actor, entry.getUnitId())) {
			throw new OutOfScope();
		}
		check(actor, details);
		Map<String, Object> before = entry.snapshot();
		entry.describe(details, clock.instant());
		attach(entry, file);
		return saved(entry, before, "UPDATE");
	}

	@Transactional
	public AwardEntry submit(Actor actor, long id, int version) {
		AwardEntry entry = current(actor, id, version);
		if (!canPrepare(actor, entry.getUnitId())) {
			throw new OutOfScope();
		}
		Map<String, Object> before = entry.snapshot();
		entry.submit(clock.instant());
		return saved(entry, before, "SUBMIT");
	}

	@Transactional
	public AwardEntry shortlist(Actor actor, long id, int version) {
		AwardEntry entry = judged(actor, id, version);
		Map<String, Object> before = entry.snapshot();
		entry.shortlist(clock.instant());
		return saved(entry, before, "SHORTLIST");
	}

	@Transactional
	public AwardEntry award(Actor actor, long id, int version, AwardEntry.Prize prize) {
		AwardEntry entry = judged(actor, id, version);
		if (prize == null) {
			throw new RecognitionRefused(400, "award.error.prize");
		}
		Map<String, Object> before = entry.snapshot();
		entry.award(prize, clock.instant());
		return saved(entry, before, "AWARD");
	}

	@Transactional(readOnly = true)
	public AwardEntry get(Actor actor, long id) {
		AwardEntry entry = entries.findById(id).orElseThrow(() -> new NotFound("awardEntry", id));
		tree.requireVisible(actor, entry.getUnitId());
		return entry;
	}

	@Transactional(readOnly = true)
	public StoredFile file(Actor actor, long id) {
		AwardEntry entry = get(actor, id);
		if (entry.getFileSha256() == null) {
			throw new NotFound("file", id);
		}
		return new StoredFile(entry.getFileName(), entry.getFileContentType(),
				files.open(entry.getFileSha256()).orElseThrow(() -> new NotFound("file", id)));
	}

	private AwardEntry judged(Actor actor, long id, int version) {
		AwardEntry entry = current(actor, id, version);
		if (!canJudge(actor, entry.getUnitId())) {
			throw new OutOfScope();
		}
		return entry;
	}

	private AwardEntry current(Actor actor, long id, int version) {
		AwardEntry entry = get(actor, id);
		if (entry.getVersion() != version) {
			throw new StaleEdit();
		}
		return entry;
	}

	private AwardEntry saved(AwardEntry entry, Map<String, Object> before, String action) {
		AwardEntry saved = entries.save(entry);
		audit.record(ENTITY, saved.getId(), action, before, saved.snapshot(), saved.getUnitId());
		return saved;
	}

	private void attach(AwardEntry entry, ContestOffice.Upload file) {
		if (file != null && file.content() != null && file.content().length > 0) {
			String type = ModelFiles.check(file.content());
			entry.attachFile(files.put(file.content()), Uploads.filename(file.filename()), type);
		}
	}

	private void check(Actor actor, AwardEntryDetails d) {
		if (!canPrepare(actor, d.unitId())) {
			throw new OutOfScope();
		}
		int year = LocalDate.now(clock).getYear();
		if (d.awardYear() < 2000 || d.awardYear() > year + 1) {
			throw new RecognitionRefused(400, "award.error.year", year + 1);
		}
		if (blank(d.title(), 500) || blank(d.authors(), 500) || blank(d.outlet(), 300)) {
			throw new RecognitionRefused(400, "award.error.required");
		}
		if (d.publishedOn() == null || d.publishedOn().isAfter(LocalDate.now(clock))) {
			throw new RecognitionRefused(400, "award.error.publishedOn");
		}
		if (d.url() != null && !d.url().isBlank()) {
			Links.check(d.url().trim());
		}
	}

	private static boolean blank(String value, int max) {
		return value == null || value.isBlank() || value.trim().length() > max;
	}
}
