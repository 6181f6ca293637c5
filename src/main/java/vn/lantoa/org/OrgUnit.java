package vn.lantoa.org;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.lantoa.shared.VietnameseOrder;

/**
 * A unit of the organisation (committee, board, party cell, people's committee, mass organisation…). Its place in
 * the tree is its parent; the tree's ancestry is kept by {@link OrgTree}.
 */
@Table("org_unit")
public class OrgUnit {

	@Id
	private Long id;
	private Long parentId;
	private String code;
	private String name;
	/** The name's place in Vietnamese order ({@link VietnameseOrder#key}), for lists sorted by the database. */
	private String sortKey;
	private UnitKind kind;
	private boolean active;
	@Version
	private Integer version;
	private Instant createdAt;
	/** When it was last deactivated: it owes no report for periods after that. */
	private Instant closedAt;

	@PersistenceCreator
	OrgUnit(Long id, Long parentId, String code, String name, String sortKey, UnitKind kind, boolean active,
			Integer version, Instant createdAt, Instant closedAt) {
		this.id = id;
		this.parentId = parentId;
		this.code = code;
		this.name = name;
		this.sortKey = sortKey;
		this.kind = kind;
		this.active = active;
		this.version = version;
		this.createdAt = createdAt;
		this.closedAt = closedAt;
	}

	static OrgUnit create(Long parentId, String code, String name, UnitKind kind, Instant now) {
		return new OrgUnit(null, parentId, code.trim(), name.trim(), VietnameseOrder.key(name.trim()), kind, true, null,
				now, null);
	}

	void describe(String newCode, String newName, UnitKind newKind) {
		this.code = newCode.trim();
		this.name = newName.trim();
		this.sortKey = VietnameseOrder.key(this.name);
		this.kind = newKind;
	}

	void moveUnder(long newParentId) {
		if (parentId == null) {
			throw new UnitMoveRefused("unit.error.moveRoot");
		}
		this.parentId = newParentId;
	}

	void deactivate(Instant now) {
		this.active = false;
		this.closedAt = now;
	}

	void activate() {
		this.active = true;
		this.closedAt = null;
	}

	/** The fields an audit record shows. */
	Map<String, Object> snapshot() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("code", code);
		fields.put("name", name);
		fields.put("kind", kind);
		fields.put("parentId", parentId);
		fields.put("active", active);
		return fields;
	}

	public Long getId() {
		return id;
	}

	public Long getParentId() {
		return parentId;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public UnitKind getKind() {
		return kind;
	}

	public boolean isActive() {
		return active;
	}

	public Integer getVersion() {
		return version;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
