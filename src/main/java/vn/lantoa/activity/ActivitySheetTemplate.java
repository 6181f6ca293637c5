package vn.lantoa.activity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.activity.ActivitySheetColumns.Column;
import vn.lantoa.activity.ActivitySheetColumns.Kind;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.MeasureCatalogue;
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitView;
import vn.lantoa.shared.Actor;

/**
 * The Excel template for entering a campaign's activities in bulk: one row per activity, dropdowns of the units,
 * themes and channels (lists on a hidden sheet, since an inline list may not exceed 255 characters), date cells
 * limited to the campaign's period, and one number column per measure its channels count.
 */
@Service
class ActivitySheetTemplate {

	static final int FIRST_ROW = 2;
	static final int MAX_UNITS = 200;

	private final CampaignDirectory campaigns;
	private final MeasureCatalogue measures;
	private final OrgTree tree;
	private final MessageSource messages;

	ActivitySheetTemplate(CampaignDirectory campaigns, MeasureCatalogue measures, OrgTree tree,
			MessageSource messages) {
		this.campaigns = campaigns;
		this.measures = measures;
		this.tree = tree;
		this.messages = messages;
	}

	/** The active units of the actor's subtree that the campaign concerns (its owner's subtree), by code. */
	List<String> unitCodes(Actor actor, Campaign campaign) {
		Set<Long> concerned = new HashSet<>(tree.subtreeIds(campaign.getOwnerUnitId()));
		return tree.subtree(actor.scopeUnitId()).stream().filter(u -> u.active() && concerned.contains(u.id()))
			.map(UnitView::code).toList();
	}

	@Transactional(readOnly = true)
	public byte[] build(Actor actor, long campaignId) {
		Campaign campaign = campaigns.get(actor, campaignId);
		ActivitySheetColumns columns = ActivitySheetColumns.of(campaigns.channels(campaignId), measures.all(),
				messages);
		List<String> units = unitCodes(actor, campaign);
		List<String> themes = campaigns.themes(campaignId).stream().map(ActivitySheetColumns::choice).toList();
		List<String> channels = campaigns.channels(campaignId).stream().map(ActivitySheetColumns::choice).toList();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet(text(ActivitySheetColumns.SHEET));
			XSSFSheet lists = workbook.createSheet(text(ActivitySheetColumns.LISTS));
			workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
			String unitRange = units.size() > MAX_UNITS ? null : list(lists, 0, units);
			String themeRange = list(lists, 1, themes);
			String channelRange = list(lists, 2, channels);
			header(workbook, sheet, columns);
			for (int i = 0; i < columns.columns().size(); i++) {
				Column column = columns.columns().get(i);
				DataValidationConstraint constraint = switch (column.kind()) {
					case UNIT -> unitRange == null ? null : listOf(sheet, unitRange);
					case THEMES -> themeRange == null ? null : listOf(sheet, themeRange);
					case CHANNEL -> channelRange == null ? null : listOf(sheet, channelRange);
					case STARTS_ON, ENDS_ON -> sheet.getDataValidationHelper().createDateConstraint(
							OperatorType.BETWEEN, excelDate(campaign.getStartsOn()),
							excelDate(campaign.getEndsOn()), "dd/mm/yyyy");
					case MEASURE -> sheet.getDataValidationHelper().createDecimalConstraint(OperatorType.BETWEEN,
							"0", column.measure().maxValue().toPlainString());
					default -> null;
				};
				if (constraint != null) {
					validate(sheet, i, constraint, column.kind());
				}
			}
			sheet.createFreezePane(0, FIRST_ROW);
			workbook.setActiveSheet(0);
			workbook.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void header(XSSFWorkbook workbook, XSSFSheet sheet, ActivitySheetColumns columns) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle headerStyle = workbook.createCellStyle();
		headerStyle.setFont(bold);
		headerStyle.setWrapText(true);
		CellStyle dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
		CellStyle textStyle = workbook.createCellStyle();
		textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
		textStyle.setWrapText(true);
		Row names = sheet.createRow(0);
		Row keys = sheet.createRow(1);
		keys.setZeroHeight(true);
		for (int i = 0; i < columns.columns().size(); i++) {
			Column column = columns.columns().get(i);
			names.createCell(i).setCellValue(column.header());
			names.getCell(i).setCellStyle(headerStyle);
			keys.createCell(i).setCellValue(column.key());
			switch (column.kind()) {
				case STARTS_ON, ENDS_ON -> sheet.setDefaultColumnStyle(i, dateStyle);
				case MEASURE -> { }
				default -> sheet.setDefaultColumnStyle(i, textStyle);
			}
			sheet.setColumnWidth(i, 256 * switch (column.kind()) {
				case UNIT -> 16;
				case STARTS_ON, ENDS_ON -> 14;
				case TITLE, DESCRIPTION, THEMES, LINKS -> 40;
				case CHANNEL -> 32;
				case PLACE -> 24;
				case MEASURE -> 18;
			});
		}
	}

	/** Writes the values in a column of the list sheet; the absolute range they fill, or null when none. */
	private static String list(XSSFSheet lists, int column, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
			row.createCell(column).setCellValue(values.get(i));
		}
		if (values.isEmpty()) {
			return null;
		}
		char letter = (char) ('A' + column);
		return "'" + lists.getSheetName() + "'!$" + letter + "$1:$" + letter + "$" + values.size();
	}

	private static DataValidationConstraint listOf(XSSFSheet sheet, String range) {
		return sheet.getDataValidationHelper().createFormulaListConstraint(range);
	}

	private void validate(XSSFSheet sheet, int column, DataValidationConstraint constraint, Kind kind) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(FIRST_ROW,
				FIRST_ROW + ActivitySheetImport.MAX_ROWS - 1, column, column));
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(true);
		// several themes may be typed in one cell: warn, do not refuse
		validation.setErrorStyle(kind == Kind.THEMES ? DataValidation.ErrorStyle.WARNING
				: DataValidation.ErrorStyle.STOP);
		String key = switch (kind) {
			case STARTS_ON, ENDS_ON -> "activitySheet.invalid.date";
			case MEASURE -> "activitySheet.invalid.number";
			default -> "activitySheet.invalid.choice";
		};
		validation.createErrorBox(text("activitySheet.invalid.title"), text(key));
		sheet.addValidationData(validation);
	}

	private static String excelDate(LocalDate date) {
		return "DATE(%d,%d,%d)".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	private String text(String key) {
		return messages.getMessage(key, null, ActivitySheetColumns.VI);
	}
}
