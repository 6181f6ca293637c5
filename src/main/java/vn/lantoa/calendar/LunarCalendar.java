package vn.lantoa.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunisolar calendar by Hồ Ngọc Đức's algorithm ("Âm lịch Việt Nam"): new moons and the sun's
 * longitude from Jean Meeus' formulas, computed for the meridian of UTC+7. The Chinese calendar uses UTC+8, which
 * is why Tết differs in some years (1985: 21 January in Vietnam, 20 February in China; 2007: 17 February in
 * Vietnam, 18 February in China). Good from about 1800 to 2199.
 */
final class LunarCalendar {

	/** A lunar date; {@code leap} marks the intercalary month. */
	record LunarDate(int year, int month, int day, boolean leap) {
	}

	private static final double TIME_ZONE = 7.0;
	private static final double SYNODIC_MONTH = 29.530588853;
	private static final double EPOCH = 2415021.076998695;

	private LunarCalendar() {
	}

	/** The solar date of a lunar date (not leap), e.g. Tết = {@code solar(year, 1, 1)}. */
	static LocalDate solar(int lunarYear, int lunarMonth, int lunarDay) {
		long a11;
		long b11;
		if (lunarMonth < 11) {
			a11 = lunarMonth11(lunarYear - 1);
			b11 = lunarMonth11(lunarYear);
		} else {
			a11 = lunarMonth11(lunarYear);
			b11 = lunarMonth11(lunarYear + 1);
		}
		int off = lunarMonth - 11;
		if (off < 0) {
			off += 12;
		}
		if (b11 - a11 > 365) {
			int leapOff = leapMonthOffset(a11);
			if (off >= leapOff) {
				off += 1;
			}
		}
		long k = (long) Math.floor(0.5 + (a11 - EPOCH) / SYNODIC_MONTH);
		long monthStart = newMoonDay(k + off);
		return fromJulianDay(monthStart + lunarDay - 1);
	}

	/** The lunar date of a solar date. */
	static LunarDate lunar(LocalDate date) {
		long dayNumber = julianDay(date);
		long k = (long) Math.floor((dayNumber - EPOCH) / SYNODIC_MONTH);
		long monthStart = newMoonDay(k + 1);
		if (monthStart > dayNumber) {
			monthStart = newMoonDay(k);
		}
		int yy = date.getYear();
		long a11 = lunarMonth11(yy);
		long b11 = a11;
		int lunarYear;
		if (a11 >= monthStart) {
			lunarYear = yy;
			a11 = lunarMonth11(yy - 1);
		} else {
			lunarYear = yy + 1;
			b11 = lunarMonth11(yy + 1);
		}
		int lunarDay = (int) (dayNumber - monthStart + 1);
		int diff = (int) Math.floor((monthStart - a11) / 29.0);
		boolean leap = false;
		int lunarMonth = diff + 11;
		if (b11 - a11 > 365) {
			int leapMonthDiff = leapMonthOffset(a11);
			if (diff >= leapMonthDiff) {
				lunarMonth = diff + 10;
				leap = diff == leapMonthDiff;
			}
		}
		if (lunarMonth > 12) {
			lunarMonth -= 12;
		}
		if (lunarMonth >= 11 && diff < 4) {
			lunarYear -= 1;
		}
		return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
	}

	static long julianDay(LocalDate date) {
		return date.getLong(JulianFields.JULIAN_DAY);
	}

	static LocalDate fromJulianDay(long jd) {
		return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jd);
	}

	/** The day (Julian day number, local time) of the k-th new moon after 1 January 1900. */
	private static long newMoonDay(long k) {
		return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
	}

	private static double newMoon(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double dr = Math.PI / 180;
		double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
		jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
		double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
		c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
		c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
		c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
		c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
		c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
		c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
		double deltaT = t < -11
				? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
				: -0.000278 + 0.000265 * t + 0.000262 * t2;
		return jd1 + c1 - deltaT;
	}

	/** The sun's longitude at the start of the day, as one of 12 sectors of 30° (0 = 0°–30°). */
	private static int sunLongitudeSector(long dayNumber) {
		return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
	}

	private static double sunLongitude(double jdn) {
		double t = (jdn - 2451545.0) / 36525;
		double t2 = t * t;
		double dr = Math.PI / 180;
		double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
		dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
		double l = (l0 + dl) * dr;
		return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
	}

	/** The first day of the 11th lunar month (the one holding the winter solstice) of a solar year. */
	private static long lunarMonth11(int year) {
		long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
		long k = (long) Math.floor(off / SYNODIC_MONTH);
		long newMoon = newMoonDay(k);
		if (sunLongitudeSector(newMoon) >= 9) {
			newMoon = newMoonDay(k - 1);
		}
		return newMoon;
	}

	/** Which month after the 11th is the leap one, in a lunar year of 13 months: the first without a major term. */
	private static int leapMonthOffset(long a11) {
		long k = (long) Math.floor((a11 - EPOCH) / SYNODIC_MONTH + 0.5);
		int i = 1;
		int arc = sunLongitudeSector(newMoonDay(k + i));
		int last;
		do {
			last = arc;
			i++;
			arc = sunLongitudeSector(newMoonDay(k + i));
		} while (arc != last && i < 14);
		return i - 1;
	}
}
