package vn.lantoa.report;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The stored reports. */
interface Reports extends ListCrudRepository<Report, Long> {

	Optional<Report> findByCampaignIdAndUnitIdAndPeriodKeyAndConsolidated(long campaignId, long unitId,
			String periodKey, boolean consolidated);
}
