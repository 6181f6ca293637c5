/**
 * Reminders before and after the deadlines of reports and assignments: in-app notifications and e-mails through
 * SMTP, each sent once across application nodes, with the e-mails each user chooses.
 */
package vn.lantoa.notification;
