package vn.lantoa.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium through Playwright, for the tests of a class: started once per class, a fresh context (locale
 * vi-VN, no cookies) for each page a test opens. After each test, pass or fail, it saves a full-page screenshot of
 * every page to {@code target/screenshots/<Class>.<test>.png}, then fails the test if a page logged an error to the
 * console (scripts, Content Security Policy violations, failed loads) other than the HTTP error statuses the test
 * said it expects. Register as {@code @RegisterExtension static final Browser browser = new Browser();}.
 */
public class Browser implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	/** Reports CSP violations to the console even where Chromium would not say which element caused them. */
	private static final String CSP_REPORTER = "document.addEventListener('securitypolicyviolation', e => "
			+ "console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));";

	private Playwright playwright;
	private com.microsoft.playwright.Browser chromium;
	private final List<Page> pages = new ArrayList<>();
	private final List<String> consoleErrors = new ArrayList<>();
	private final List<Integer> expectedStatuses = new ArrayList<>();
	private String testName;

	@Override
	public void beforeAll(ExtensionContext context) {
		playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(Paths.get("/usr/bin/chromium"))
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		testName = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
	}

	/** A page in a new context on the server at {@code baseUrl}, at a desktop size. */
	public Page open(String baseUrl) {
		return open(baseUrl, 1280, 800);
	}

	/** A page in a new context on the server at {@code baseUrl}, with a viewport of the given size. */
	public Page open(String baseUrl, int width, int height) {
		BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setBaseURL(baseUrl)
			.setLocale("vi-VN")
			.setViewportSize(width, height));
		context.addInitScript(CSP_REPORTER);
		Page page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text() + " (" + message.location() + ")");
			}
		});
		page.onPageError(error -> consoleErrors.add("uncaught: " + error));
		pages.add(page);
		return page;
	}

	/** The test means to reach a page answered with this status: the console line Chromium logs for it is fine. */
	public void expectStatus(int status) {
		expectedStatuses.add(status);
	}

	/** Saves a screenshot of a step in the middle of a test, as {@code <Class>.<test>-<step>.png}. */
	public void screenshot(Page page, String step) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(testName + "-" + step + ".png"))
			.setFullPage(true));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		String name = testName;
		List<String> errors = new ArrayList<>(consoleErrors);
		errors.removeIf(this::isExpectedStatus);
		try {
			for (int i = 0; i < pages.size(); i++) {
				String file = name + (i == 0 ? "" : "-" + (i + 1)) + ".png";
				pages.get(i).screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file)).setFullPage(true));
				pages.get(i).context().close();
			}
		} finally {
			pages.clear();
			consoleErrors.clear();
			expectedStatuses.clear();
		}
		if (!errors.isEmpty() && context.getExecutionException().isEmpty()) {
			throw new AssertionError("The pages logged errors to the console:\n" + String.join("\n", errors));
		}
	}

	private boolean isExpectedStatus(String error) {
		return expectedStatuses.stream().anyMatch(status -> Pattern
			.compile("^Failed to load resource: the server responded with a status of " + status + "\\b")
			.matcher(error)
			.find());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (chromium != null) {
			chromium.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}
}
