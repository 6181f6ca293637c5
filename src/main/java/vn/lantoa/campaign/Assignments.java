package vn.lantoa.campaign;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The stored assignments. */
public interface Assignments extends ListCrudRepository<Assignment, Long> {

	List<Assignment> findByCampaignIdOrderByUnitId(long campaignId);
}
