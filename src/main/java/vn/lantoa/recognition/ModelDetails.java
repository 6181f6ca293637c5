package vn.lantoa.recognition;

import java.util.List;

/**
 * What a unit says an exemplary model is.
 *
 * @param campaignId the campaign it belongs to, or null
 * @param links addresses of articles, videos or pages that show it
 */
public record ModelDetails(Long campaignId, long unitId, ExemplaryModel.Kind kind, ExemplaryModel.Field field,
		String title, String description, List<String> links) {

	public ModelDetails {
		links = links == null ? List.of() : links.stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
	}
}
