/**
 * Backup and restore: {@code java -jar lantoa.jar backup --to DIR} copies every application table, read in one
 * consistent snapshot while the server runs, and every stored file with a manifest of hashes; {@code restore --from
 * DIR} loads such a copy into an empty database and file store.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "files")
package vn.lantoa.backup;
