package vn.lantoa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import vn.lantoa.LanToaTest;

/**
 * The OpenAPI document served at /api/docs/openapi.json: a valid OpenAPI 3 document that names every /api/v1
 * handler of the application's controllers, each with a summary.
 */
@LanToaTest
class ApiDocsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Test
	void theDocumentIsValidOpenApi3AndDocumentsEveryApiHandlerWithASummary() throws Exception {
		String json = mvc.perform(get("/api/docs/openapi.json")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		Map<?, ?> raw = Json.mapper().readValue(json, Map.class);
		assertThat(String.valueOf(raw.get("openapi"))).matches("3\\.[01]\\.\\d+");
		assertThat(raw.get("paths")).isInstanceOf(Map.class);
		assertThat(raw.get("components")).isInstanceOf(Map.class);
		OpenAPI doc = (String.valueOf(raw.get("openapi")).startsWith("3.1") ? Json31.mapper() : Json.mapper())
			.readValue(json, OpenAPI.class);
		assertThat(doc.getInfo()).isNotNull();
		assertThat(doc.getPaths()).isNotEmpty();
		assertThat(doc.getComponents().getSchemas()).isNotEmpty();

		List<String> missing = new ArrayList<>();
		TreeSet<String> checked = new TreeSet<>();
		handlers.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getName().startsWith("org.springdoc.")) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/v1/")) {
					continue;
				}
				assertThat(info.getMethodsCondition().getMethods()).as(pattern + " names its HTTP method").isNotEmpty();
				info.getMethodsCondition().getMethods().forEach(method -> {
					String endpoint = method.name() + " " + pattern;
					checked.add(endpoint);
					PathItem item = doc.getPaths().get(pattern);
					Operation operation = item == null ? null
							: item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.name()));
					if (operation == null) {
						missing.add(endpoint + " (not in the document)");
					} else if (operation.getSummary() == null || operation.getSummary().isBlank()) {
						missing.add(endpoint + " (no summary)");
					}
				});
			}
		});
		assertThat(checked).contains("POST /api/v1/auth/token", "GET /api/v1/notices", "POST /api/v1/notices/{id}/replies");
		assertThat(missing).isEmpty();
	}
}
