package vn.lantoa.recognition;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Models, contests and award entries in the JSON API, as sent and answered (id, version, status are answers). */
final class RecognitionJson {

	private RecognitionJson() {
	}

	record PageJson<T>(List<T> items, long total, int page, int size) {

		static <T> PageJson<T> of(ListPage<T> page) {
			return new PageJson<>(page.items(), page.total(), page.page(), page.size());
		}
	}

	/** {@code confirmNotDuplicate} saves a proposal that looks like one of the unit's models. */
	record ModelJson(Long id, Integer version, Long campaignId, @NotNull Long unitId,
			@NotNull ExemplaryModel.Kind kind, @NotNull ExemplaryModel.Field field,
			@NotBlank @Size(max = 500) String title, @Size(max = 10_000) String description, List<String> links,
			Boolean confirmNotDuplicate, ExemplaryModel.Status status, LocalDate proposedOn, String decisionNumber,
			LocalDate decisionDate, Boolean isPublic) {

		ModelDetails toDetails() {
			return new ModelDetails(campaignId, unitId, kind, field, title, description, links);
		}

		static ModelJson of(ExemplaryModel m) {
			return new ModelJson(m.getId(), m.getVersion(), m.getCampaignId(), m.getUnitId(), m.getKind(),
					m.getField(), m.getTitle(), m.getDescription(), m.linkList(), null, m.getStatus(),
					m.getProposedOn(), m.getDecisionNumber(), m.getDecisionDate(), m.isPublic());
		}
	}

	record ContestJson(Long id, Integer version, @NotNull Long campaignId, @NotNull Long organiserUnitId,
			@NotNull Long themeId, @NotNull Contest.Kind kind, @NotBlank @Size(max = 500) String title,
			@Size(max = 10_000) String description, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
			Long activityId, Contest.Status status, List<Contest.Participation> participations,
			List<Contest.Prize> prizes) {

		ContestDetails toDetails() {
			return new ContestDetails(campaignId, organiserUnitId, themeId, kind, title, description, startsOn,
					endsOn);
		}

		static ContestJson of(Contest c, long themeId) {
			return new ContestJson(c.getId(), c.getVersion(), c.getCampaignId(), c.getOrganiserUnitId(), themeId,
					c.getKind(), c.getTitle(), c.getDescription(), c.getStartsOn(), c.getEndsOn(), c.getActivityId(),
					c.getStatus(), c.participationList(), c.prizeList());
		}
	}

	record AwardEntryJson(Long id, Integer version, @NotNull Long unitId, @NotNull Integer awardYear,
			@NotBlank @Size(max = 500) String title, @NotBlank @Size(max = 500) String authors,
			@NotBlank @Size(max = 300) String outlet, @NotNull LocalDate publishedOn, @Size(max = 2000) String url,
			AwardEntry.Status status, AwardEntry.Prize prize) {

		AwardEntryDetails toDetails() {
			return new AwardEntryDetails(unitId, awardYear, title, authors, outlet, publishedOn, url);
		}

		static AwardEntryJson of(AwardEntry e) {
			return new AwardEntryJson(e.getId(), e.getVersion(), e.getUnitId(), e.getAwardYear(), e.getTitle(),
					e.getAuthors(), e.getOutlet(), e.getPublishedOn(), e.getUrl(), e.getStatus(), e.getPrize());
		}
	}
}
