package vn.lantoa.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Csv;
import vn.lantoa.shared.RowErrors;
import vn.lantoa.shared.RowErrors.RowError;

/**
 * Units as CSV ({@code code,name,kind,parent_code,active}): export of the actor's subtree, and an import that
 * creates the rows whose code is new and updates the others, all or nothing. Rows may come in any order; a
 * parent may be a unit of the file or an existing unit of the actor's subtree.
 */
@Service
public class UnitCsv {

	static final List<String> HEADER = List.of("code", "name", "kind", "parent_code", "active");
	static final int MAX_CODE = 40;
	static final int MAX_NAME = 255;

	private final OrgUnits units;
	private final OrgTree tree;
	private final UnitAdministration administration;

	UnitCsv(OrgUnits units, OrgTree tree, UnitAdministration administration) {
		this.units = units;
		this.tree = tree;
		this.administration = administration;
	}

	@Transactional(readOnly = true)
	public String export(Actor actor) {
		List<UnitView> subtree = tree.subtree(actor.scopeUnitId());
		Map<Long, String> codes = new HashMap<>();
		subtree.forEach(u -> codes.put(u.id(), u.code()));
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		for (UnitView u : subtree) {
			String parent = u.parentId() == null ? "" : codes.getOrDefault(u.parentId(),
					units.findById(u.parentId()).map(OrgUnit::getCode).orElse(""));
			rows.add(List.of(u.code(), u.name(), u.kind().name(), parent, String.valueOf(u.active())));
		}
		return Csv.write(rows);
	}

	private record Row(int line, String code, String name, UnitKind kind, String parentCode, boolean active) {
	}

	/** Imports the file or, when any row is wrong, nothing: the refusal lists every wrong row. */
	@Transactional
	public int importCsv(Actor actor, String text) {
		administration.requireAdminOver(actor, actor.scopeUnitId());
		List<List<String>> records = Csv.parse(text);
		List<RowError> errors = new ArrayList<>();
		if (records.isEmpty() || !records.get(0).stream().map(String::trim).toList().equals(HEADER)) {
			throw new RowErrors(List.of(new RowError(1, "import.error.header", List.of(String.join(",", HEADER)))));
		}
		List<Row> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 1; i < records.size(); i++) {
			Row row = read(i + 1, records.get(i), errors);
			if (row != null && !seen.add(row.code())) {
				errors.add(new RowError(row.line(), "import.error.duplicateInFile", List.of(row.code())));
			} else if (row != null) {
				rows.add(row);
			}
		}
		Map<String, Row> byCode = new HashMap<>();
		rows.forEach(r -> byCode.put(r.code(), r));
		for (Row row : rows) {
			checkPlacement(actor, row, byCode, errors);
		}
		if (!errors.isEmpty()) {
			throw new RowErrors(errors);
		}
		return save(actor, rows, byCode);
	}

	private Row read(int line, List<String> fields, List<RowError> errors) {
		if (fields.size() != HEADER.size()) {
			errors.add(new RowError(line, "import.error.columns", List.of(HEADER.size(), fields.size())));
			return null;
		}
		String code = fields.get(0).trim();
		String name = fields.get(1).trim();
		int before = errors.size();
		if (code.isEmpty() || code.length() > MAX_CODE) {
			errors.add(new RowError(line, "import.error.code", List.of(MAX_CODE)));
		}
		if (name.isEmpty() || name.length() > MAX_NAME) {
			errors.add(new RowError(line, "import.error.name", List.of(MAX_NAME)));
		}
		UnitKind kind = null;
		try {
			kind = UnitKind.valueOf(fields.get(2).trim());
		} catch (IllegalArgumentException e) {
			errors.add(new RowError(line, "import.error.kind", List.of(fields.get(2))));
		}
		String active = fields.get(4).trim().toLowerCase();
		if (!Set.of("true", "false", "").contains(active)) {
			errors.add(new RowError(line, "import.error.boolean", List.of(fields.get(4))));
		}
		return errors.size() > before ? null
				: new Row(line, code, name, kind, fields.get(3).trim(), !"false".equals(active));
	}

	private void checkPlacement(Actor actor, Row row, Map<String, Row> byCode, List<RowError> errors) {
		OrgUnit existing = units.findByCode(row.code()).orElse(null);
		if (existing != null && !tree.canSee(actor, existing.getId())) {
			errors.add(new RowError(row.line(), "import.error.codeTaken", List.of(row.code())));
			return;
		}
		if (existing != null && existing.getId() == actor.scopeUnitId()) {
			return; // the actor's own scope unit stays where it is
		}
		if (row.parentCode().isEmpty()) {
			errors.add(new RowError(row.line(), "import.error.parentMissing", List.of()));
			return;
		}
		// walk up through the file's rows: a cycle, or a top outside the actor's subtree, is refused
		String scopeCode = units.findById(actor.scopeUnitId()).map(OrgUnit::getCode).orElse("");
		Set<String> visited = new HashSet<>(List.of(row.code()));
		String parent = row.parentCode();
		while (byCode.containsKey(parent) && !parent.equals(scopeCode) && visited.add(parent)) {
			parent = byCode.get(parent).parentCode();
		}
		if (visited.contains(parent)) {
			errors.add(new RowError(row.line(), "import.error.cycle", List.of(row.parentCode())));
			return;
		}
		OrgUnit top = units.findByCode(parent).orElse(null);
		if (top == null || !tree.canSee(actor, top.getId())) {
			errors.add(new RowError(row.line(), "import.error.parentUnknown", List.of(row.parentCode())));
		} else if (existing != null && tree.contains(existing.getId(), top.getId())) {
			errors.add(new RowError(row.line(), "import.error.cycle", List.of(row.parentCode())));
		}
	}

	private int save(Actor actor, List<Row> rows, Map<String, Row> byCode) {
		Set<String> done = new HashSet<>();
		int count = 0;
		for (Row row : rows) {
			count += saveWithParents(actor, row, byCode, done);
		}
		return count;
	}

	private int saveWithParents(Actor actor, Row row, Map<String, Row> byCode, Set<String> done) {
		if (!done.add(row.code())) {
			return 0;
		}
		int count = 0;
		Row parentRow = byCode.get(row.parentCode());
		if (parentRow != null) {
			count += saveWithParents(actor, parentRow, byCode, done);
		}
		OrgUnit existing = units.findByCode(row.code()).orElse(null);
		if (existing == null) {
			long parentId = units.findByCode(row.parentCode()).orElseThrow().getId();
			OrgUnit created = administration.createUnchecked(parentId, row.code(), row.name(), row.kind());
			if (!row.active()) {
				administration.deactivate(actor, created.getId(), created.getVersion());
			}
			return count + 1;
		}
		OrgUnit unit = administration.describe(actor, existing.getId(), existing.getVersion(), row.code(),
				row.name(), row.kind());
		if (!row.parentCode().isEmpty() && unit.getId() != actor.scopeUnitId()) {
			long parentId = units.findByCode(row.parentCode()).orElseThrow().getId();
			if (unit.getParentId() == null || unit.getParentId() != parentId) {
				unit = administration.move(actor, unit.getId(), unit.getVersion(), parentId);
			}
		}
		if (unit.isActive() != row.active() && unit.getId() != actor.scopeUnitId()) {
			unit = row.active() ? administration.activate(actor, unit.getId(), unit.getVersion())
					: administration.deactivate(actor, unit.getId(), unit.getVersion());
		}
		return count + 1;
	}
}
