package vn.lantoa.campaign;

import org.springframework.data.repository.ListCrudRepository;

/** The stored campaigns. */
public interface Campaigns extends ListCrudRepository<Campaign, Long> {
}
