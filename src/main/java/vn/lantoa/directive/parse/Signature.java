package vn.lantoa.directive.parse;

/**
 * The signature block, e.g. "T/M BAN THƯỜNG VỤ" / "BÍ THƯ" / "Cù Ngọc Cường".
 *
 * @param onBehalf the authority line ("T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"), or {@code null}
 * @param title the signer's position ("BÍ THƯ", "PHÓ CHỦ TỊCH"), or {@code null}
 * @param name the signer's name, or {@code null}
 */
public record Signature(String onBehalf, String title, String name) {
}
