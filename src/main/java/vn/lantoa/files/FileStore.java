package vn.lantoa.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files on local disk under {@code <data-dir>/files}, outside any web root, named by the SHA-256 of their content:
 * the same file stored twice is kept once, and a stored file never changes. Writes go to a temporary file first and
 * are moved into place, so a crash never leaves a half-written file under a content address.
 */
@Component
public class FileStore {

	/** Space left free on the disk beyond a file's own size, so the database and logs on the same disk go on. */
	private static final long RESERVE = 1024 * 1024;

	private final Path root;

	protected FileStore(@Value("${lantoa.data-dir}") String dataDir) {
		this.root = Path.of(dataDir).resolve("files");
	}

	/** Stores the bytes and returns their SHA-256, in lower-case hex. */
	public String put(byte[] content) {
		String sha = sha256(content);
		Path target = path(sha);
		if (Files.exists(target)) {
			return sha;
		}
		Path temp = null;
		try {
			Files.createDirectories(target.getParent());
			if (Files.getFileStore(target.getParent()).getUsableSpace() < content.length + RESERVE) {
				throw new StorageFull();
			}
			temp = Files.createTempFile(target.getParent(), sha, ".part");
			write(temp, content);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return sha;
		} catch (IOException e) {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException ignored) {
					// the half-written temporary file has no content address: nothing ever reads it
				}
			}
			if (StorageFull.isCause(e)) {
				throw new StorageFull();
			}
			throw new UncheckedIOException("cannot store file " + sha, e);
		}
	}

	/** Writes the content to the temporary file; the one step that meets a full disk. */
	protected void write(Path temp, byte[] content) throws IOException {
		Files.write(temp, content);
	}

	/** The content addresses of every stored file, in no particular order. */
	public List<String> addresses() {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(root, 3)) {
			return paths.map(p -> p.getFileName().toString()).filter(name -> name.matches("[0-9a-f]{64}")).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The stored file, if there is one with this address. */
	public Optional<InputStream> open(String sha256) {
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		try {
			Path path = path(sha256);
			return Files.exists(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path path(String sha) {
		return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
