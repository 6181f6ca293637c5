package vn.lantoa.web;

import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import vn.lantoa.report.ReportLabels;

/**
 * The templates' formatting helpers as variables of every page ({@code ${dates.day(r.startsOn())}}), not as bean
 * references ({@code ${@dates.day(...)}}): SpEL never compiles an expression that names a bean, so each of those,
 * in every row of every table, was interpreted at every rendering (a fifth of an activity list's rendering).
 */
@Configuration(proxyBeanMethods = false)
class TemplateVariables {

	TemplateVariables(ThymeleafViewResolver views, Dates dates, ReportLabels reportLabels) {
		views.addStaticVariable("dates", dates);
		views.addStaticVariable("reportLabels", reportLabels);
	}
}
