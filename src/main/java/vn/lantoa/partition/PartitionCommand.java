package vn.lantoa.partition;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lantoa.jar partition-activities [--years-ahead 2] [--lock-timeout 30s]}: the application starts
 * without its web server and without the demo ({@code LanToaApplication} sets that up), migrates the database,
 * partitions the activity table (or adds the partitions of new years) and exits. Best run while the application is
 * stopped: the table is locked for the whole copy.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "lantoa.command", havingValue = "partition-activities")
class PartitionCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PartitionCommand.class);

	private final ActivityPartitions partitions;

	PartitionCommand(ActivityPartitions partitions) {
		this.partitions = partitions;
	}

	@Override
	public void run(ApplicationArguments args) {
		int yearsAhead = Integer.parseInt(option(args, "years-ahead", "2"));
		ActivityPartitions.Outcome outcome = partitions.partition(yearsAhead, option(args, "lock-timeout", "30s"));
		List<String> created = outcome.created();
		if (outcome.converted()) {
			log.warn("partition-activities: {} activities copied into {} … {} (one partition a year) and {} in {} ms",
					outcome.rows(), created.get(0), created.get(created.size() - 2), created.get(created.size() - 1),
					outcome.millis());
		} else if (created.isEmpty()) {
			log.warn("partition-activities: the activity table is already partitioned and every year up to {} "
					+ "years ahead has its partition; nothing changed", yearsAhead);
		} else {
			log.warn("partition-activities: the activity table is already partitioned; added {} ({} activities "
					+ "moved out of the default partition) in {} ms", created, outcome.rows(), outcome.millis());
		}
	}

	/** {@code --name value} or {@code --name=value}. */
	private static String option(ApplicationArguments args, String name, String otherwise) {
		if (args.containsOption(name) && !args.getOptionValues(name).isEmpty()) {
			return args.getOptionValues(name).get(0);
		}
		String[] source = args.getSourceArgs();
		for (int i = 0; i + 1 < source.length; i++) {
			if (source[i].equals("--" + name)) {
				return source[i + 1];
			}
		}
		return otherwise;
	}
}
