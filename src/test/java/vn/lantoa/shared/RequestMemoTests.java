package vn.lantoa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A page view asks once; a post, or work outside a request, asks every time. */
class RequestMemoTests {

	private final AtomicInteger asked = new AtomicInteger();

	@AfterEach
	void leaveTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aGetRequestKeepsEachAnswerForItsRest() {
		enter("GET");
		assertThat(ask("a")).isEqualTo(1);
		assertThat(ask("a")).isEqualTo(1);
		assertThat(ask("b")).isEqualTo(2);
		assertThat(RequestMemo.<Integer>get("null", () -> {
			asked.incrementAndGet();
			return null;
		})).isNull();
		assertThat(RequestMemo.<Integer>get("null", asked::incrementAndGet)).isNull();
		enter("GET");
		assertThat(ask("a")).isEqualTo(4);
	}

	@Test
	void aPostOrNoRequestAsksEveryTime() {
		enter("POST");
		assertThat(ask("a")).isEqualTo(1);
		assertThat(ask("a")).isEqualTo(2);
		RequestContextHolder.resetRequestAttributes();
		assertThat(ask("a")).isEqualTo(3);
		assertThat(ask("a")).isEqualTo(4);
	}

	private int ask(String key) {
		return RequestMemo.get(key, asked::incrementAndGet);
	}

	private static void enter(String method) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/")));
	}
}
