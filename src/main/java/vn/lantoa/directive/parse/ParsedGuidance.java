package vn.lantoa.directive.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * The structure read from a guidance or plan document (Hướng dẫn, Kế hoạch, Công văn…).
 * Serialised as JSON by the API, so its shape is part of the contract. Fields the document lacks
 * are {@code null} (single values) or empty (lists); {@link #warnings()} says what was missing.
 *
 * @param type standard abbreviation of the document type, e.g. "HD", "KH", "CV"
 * @param number canonical document number, e.g. "39-HD/BTGTU" or "12/KH-UBND"
 * @param issuer issuing body as written, e.g. "THÀNH ỦY BẮC KẠN" or "Thành ủy Bắc Kạn"
 * @param place place written before the date, e.g. "Bắc Kạn"
 * @param date issue date
 * @param title subject line after the type word or after "V/v"
 * @param basis the "Căn cứ …" and "Thực hiện …" paragraphs
 * @param citedDocuments every document cited anywhere, deduplicated by number and date
 * @param purposes items under "Mục đích"
 * @param requirements items under "Yêu cầu"
 * @param contentThemes entries under "Nội dung"
 * @param channels entries under "Hình thức"
 * @param assignments responsible units and their tasks under "Tổ chức thực hiện"
 * @param otherSections any other text, so that no word of the document is lost
 * @param recipients lines after "Nơi nhận" or "Kính gửi"
 * @param signature the signature block
 * @param warnings human-readable Vietnamese messages about what could not be found
 */
public record ParsedGuidance(
		String type,
		String number,
		String issuer,
		String place,
		LocalDate date,
		String title,
		List<String> basis,
		List<CitedDocument> citedDocuments,
		List<String> purposes,
		List<String> requirements,
		List<Theme> contentThemes,
		List<ChannelItem> channels,
		List<AssignmentItem> assignments,
		List<Section> otherSections,
		List<String> recipients,
		Signature signature,
		List<String> warnings) {
}
