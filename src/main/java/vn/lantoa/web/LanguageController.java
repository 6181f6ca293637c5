package vn.lantoa.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The language switch in the page header: remembers the choice in a cookie for a year. */
@Controller
class LanguageController {

	private final LocaleResolver locales;

	LanguageController(LocaleResolver locales) {
		this.locales = locales;
	}

	@PostMapping("/language")
	String choose(@RequestParam String lang, @RequestParam(defaultValue = "/") String back,
			HttpServletRequest request, HttpServletResponse response) {
		locales.setLocale(request, response, Locale.forLanguageTag(lang));
		// only a path of this site: never an absolute or protocol-relative address, nor one that becomes so when a
		// browser drops the tabs and line breaks of a Location ("/\t/evil.example" is "//evil.example")
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
				&& back.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
		return "redirect:" + (local ? back : "/");
	}
}
