package vn.lantoa.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the reminders every few minutes ({@code lantoa.reminders.interval}); off with {@code lantoa.reminders.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "lantoa.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

	private final Reminders reminders;

	ReminderSchedule(Reminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(initialDelayString = "${lantoa.reminders.initial-delay:PT1M}", fixedDelayString = "${lantoa.reminders.interval:PT5M}")
	void run() {
		reminders.run();
	}
}
