package vn.lantoa.org;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The stored units. */
public interface OrgUnits extends ListCrudRepository<OrgUnit, Long> {

	Optional<OrgUnit> findByCode(String code);

	boolean existsByCode(String code);
}
