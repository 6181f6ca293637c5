package vn.lantoa.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import vn.lantoa.LanToaApplication;
import vn.lantoa.notification.Reminders;
import vn.lantoa.shared.ReplayClock;

/**
 * One run of the reminder job on a generated database (see {@code generate/GenerateCommand}): the first run of a day,
 * when every reminder is new, and a second run the same day, when none is; with the statements sent to the database
 * and the milliseconds of each. Every notification of the database is deleted before each round; at the end, the
 * count and a digest of what the runs wrote. Run:
 * {@code mvn -Pbench test-compile exec:exec -Dbench.main=vn.lantoa.bench.ReminderBenchmark -Dbench="DB DAY [ROUNDS]"},
 * e.g. {@code lantoa_remind_bench 2025-03-19} (the generated campaign's first quarter is due on 20 March 2025).
 */
public final class ReminderBenchmark {

	private static final AtomicLong statements = new AtomicLong();

	private ReminderBenchmark() {
	}

	public static void main(String[] arguments) throws Exception {
		String[] args = String.join(" ", arguments).trim().split("[ ,]+");
		String database = args.length > 0 && !args[0].isBlank() ? args[0] : "lantoa_remind_bench";
		Instant at = LocalDateTime.parse((args.length > 1 ? args[1] : "2025-03-19") + "T09:00")
			.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		SpringApplication app = new SpringApplication(LanToaApplication.class);
		app.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new Counting()));
		try (ConfigurableApplicationContext context = app.run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database,
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--lantoa.demo=false",
				"--lantoa.demo-history=false", "--lantoa.reminders.enabled=false", "--logging.level.root=warn")) {
			Reminders reminders = context.getBean(Reminders.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			for (int round = 1; round <= rounds; round++) {
				jdbc.sql("delete from notification").update();
				for (String run : new String[] { "first", "second" }) {
					statements.set(0);
					long start = System.nanoTime();
					int claimed = ReplayClock.at(at, reminders::run);
					long millis = (System.nanoTime() - start) / 1_000_000;
					System.out.printf("round %d, %s run of the day: %d reminders claimed, %d statements, %d ms%n",
							round, run, claimed, statements.get(), millis);
				}
			}
			// what the runs wrote, to compare one implementation with another (ids and times aside)
			System.out.println("notifications: " + jdbc.sql("""
					select count(*) || ' ' || md5(string_agg(concat_ws('|', account_id, kind, subject_id, due_on, stage,
					    unit_id, title, link, email_to, email_status), ',' order by kind, subject_id, due_on, stage, account_id))
					from notification""").query(String.class).single());
		}
	}

	/** Wraps the connection pool so that every statement executed on its connections is counted. */
	private static final class Counting implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (bean instanceof com.zaxxer.hikari.HikariDataSource pool) {
				return new DelegatingDataSource(pool) {
					@Override
					public Connection getConnection() throws java.sql.SQLException {
						return counted(super.getConnection());
					}
				};
			}
			return bean;
		}

		private static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(ReminderBenchmark.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						Object result = invoke(connection, method, args);
						if (result instanceof Statement statement) {
							Class<?> type = result instanceof CallableStatement ? CallableStatement.class
									: result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
							return counted(statement, type);
						}
						return result;
					});
		}

		private static Object counted(Statement statement, Class<?> type) {
			return Proxy.newProxyInstance(ReminderBenchmark.class.getClassLoader(), new Class<?>[] { type },
					(proxy, method, args) -> {
						if (method.getName().startsWith("execute")) {
							statements.incrementAndGet();
						}
						return invoke(statement, method, args);
					});
		}

		private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}
	}
}
