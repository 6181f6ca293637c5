package vn.lantoa.directive.parse;

import java.util.List;

/**
 * One propaganda channel or form, e.g. "Các phương tiện cổ động trực quan: Khẩu hiệu, băng rôn, panô…".
 *
 * @param title a short label
 * @param text the whole text
 * @param items the individual forms listed, e.g. "Khẩu hiệu", "băng rôn", "panô"
 */
public record ChannelItem(String title, String text, List<String> items) {
}
