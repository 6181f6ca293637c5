package vn.lantoa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalPathTests {

	@Test
	void keepsPathsOfThisSite() {
		assertThat(LocalPath.orHome("/campaigns/3#assignments")).isEqualTo("/campaigns/3#assignments");
		assertThat(LocalPath.orHome("/units?q=đức xuân".replace(" ", "%20"))).isEqualTo("/units?q=đức%20xuân");
	}

	@Test
	void sendsEverythingElseHome() {
		assertThat(LocalPath.orHome("https://evil.example")).isEqualTo("/");
		assertThat(LocalPath.orHome("//evil.example")).isEqualTo("/");
		assertThat(LocalPath.orHome("/\t/evil.example")).isEqualTo("/");
		assertThat(LocalPath.orHome("/\\evil.example")).isEqualTo("/");
		assertThat(LocalPath.orHome(null)).isEqualTo("/");
	}
}
