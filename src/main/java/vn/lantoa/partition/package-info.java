/**
 * The yearly partitions of the activity table on PostgreSQL: {@code java -jar lantoa.jar partition-activities
 * [--years-ahead 2]} turns an existing {@code activity} table into one range-partitioned by {@code starts_on}, and
 * adds the partitions of new years when run again. Opt-in and not part of the running web application; the schema
 * Flyway creates stays unpartitioned on both databases.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.lantoa.partition;
