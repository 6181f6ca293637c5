package vn.lantoa.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An official document of a Party committee laid out as Hướng dẫn 36-HD/VPTW asks: the header (parent body, issuing
 * body, number; "ĐẢNG CỘNG SẢN VIỆT NAM", place and date), the kind and subject, the body, the recipients beside
 * the signature, and annexes after it.
 *
 * @param parentBody  the body above the issuing one, e.g. "ĐẢNG BỘ TỈNH BẮC KẠN"; null when there is none
 * @param issuingBody e.g. "THÀNH ỦY BẮC KẠN"
 * @param number      "Số 12-BC/TU"; a symbol alone ("-BC/TU") leaves room for the number, null leaves the line empty
 * @param place       e.g. "Bắc Kạn"
 * @param date        the date of issue; null leaves room to write it by hand
 * @param kind        e.g. "BÁO CÁO"
 * @param subject     the subject line under the kind; may hold "\n" for several lines; may be null
 * @param body        headings, paragraphs and tables in order
 * @param annexes     tables printed after the signature, each on a page of its own under "PHỤ LỤC"
 * @param recipients  the "Nơi nhận:" lines without their dash, e.g. "Lưu Văn phòng."
 * @param signature   who signs
 */
public record PartyDocument(String parentBody, String issuingBody, String number, String place, LocalDate date,
		String kind, String subject, List<Block> body, List<Table> annexes, List<String> recipients,
		Signature signature) {

	public PartyDocument {
		Objects.requireNonNull(issuingBody, "issuingBody");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(signature, "signature");
		body = body == null ? List.of() : List.copyOf(body);
		annexes = annexes == null ? List.of() : List.copyOf(annexes);
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
	}

	/**
	 * The signature block.
	 *
	 * @param authority e.g. "T/M BAN THƯỜNG VỤ"; null when the person signs in their own capacity
	 * @param position  e.g. "BÍ THƯ" or "PHÓ BÍ THƯ"
	 * @param name      e.g. "Nguyễn Văn An"; null leaves the name to be written in
	 */
	public record Signature(String authority, String position, String name) {
		public Signature {
			Objects.requireNonNull(position, "position");
		}
	}
}
