/**
 * The national data generator: {@code java -jar lantoa.jar generate --units 53000 --activities 10000000} builds a
 * five-level Party tree, one campaign with its assignments and skewed activities, through PostgreSQL's COPY (batched
 * inserts on H2), for load tests and capacity planning. Not part of the running web application.
 */
package vn.lantoa.generate;
