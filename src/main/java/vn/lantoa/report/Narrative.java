package vn.lantoa.report;

/**
 * What the reporter writes: the document number, the five parts of the standard outline (I. leadership and
 * direction; II. results; III. assessment — strengths, weaknesses, causes; IV. directions and tasks ahead;
 * V. proposals), the recipients ("Nơi nhận", one per line) and the signature block.
 */
public record Narrative(String number, String leadership, String results, String assessment, String directions,
		String proposals, String recipients, String signerAuthority, String signerPosition, String signerName) {

	static final int MAX_SECTION = 100_000;
	static final int MAX_LINE = 200;

	public static Narrative empty() {
		return new Narrative(null, null, null, null, null, null, null, null, null, null);
	}
}
