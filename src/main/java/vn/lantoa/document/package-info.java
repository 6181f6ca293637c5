/**
 * Official documents in the Party's format (Hướng dẫn 36-HD/VPTW) as DOCX and PDF, and their tables of figures as
 * XLSX; plain Java, no Spring and no database.
 * <p>
 * Build a {@link vn.lantoa.document.PartyDocument} (header, kind, subject, a body of
 * {@link vn.lantoa.document.Block}s — {@code Block.Heading}, {@code Block.Paragraph},
 * {@link vn.lantoa.document.Table} — annexes, recipients and a {@code PartyDocument.Signature}), then:
 * <ul>
 * <li>{@code PartyDocx.write(document, out)}: Word, Times New Roman, A4, margins 20/20/30/15 mm;</li>
 * <li>{@code PartyPdf.write(document, out)}: the same layout in Liberation Serif embedded from openpdf-fonts-extra
 * (metric twin of Times New Roman), text extractable;</li>
 * <li>{@code FigureWorkbook.write(title, tables, out)}: one sheet per table, totals as SUM formulas.</li>
 * </ul>
 * All three leave the stream open and throw {@link java.io.IOException} only when writing fails. Text is
 * normalised to composed Unicode (NFC); figures are printed "1.234.567" and "12,5" (at most two decimals).
 */
package vn.lantoa.document;
