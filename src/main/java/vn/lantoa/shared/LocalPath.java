package vn.lantoa.shared;

/** Where a "back" parameter may send the browser: only a path of this site, never another site. */
public final class LocalPath {

	private LocalPath() {
	}

	/**
	 * The path if it is local, otherwise "/". Refused: absolute and protocol-relative addresses ("//host"), backslashes
	 * and any control character or space, which browsers drop ("/\t/host" becomes "//host").
	 */
	public static String orHome(String path) {
		boolean local = path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& path.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
		return local ? path : "/";
	}
}
