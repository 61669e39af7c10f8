"""The Vietnamese lunisolar calendar: lunar dates to Gregorian days, and sexagenary year names.

Vietnamese lunar months begin on the day of the new moon *in Hanoi time* (UTC+7), and the
eleventh month is the one holding the winter solstice; a year with thirteen months repeats
the first month after the eleventh that holds no major solar term (the leap month). This is
the published algorithm of Hồ Ngọc Đức (astronomical new moons and solar longitudes after
Jean Meeus, "Astronomical Algorithms"), which reproduces the official Vietnamese calendar;
it gives, for example, Tết Giáp Thìn = 10 February 2024 (where the Chinese calendar, on
UTC+8, can differ by a day or a month in some years).

The sexagenary name of a lunar year (`Giáp Thìn`) is computed by rule, never looked up in a
table of years: the ten stems and twelve branches advance together, one step a year.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from functools import cache

VIETNAM_UTC_OFFSET_HOURS = 7.0
_JULIAN_DAY_OF_ORDINAL_ZERO = 1721425  # date.toordinal() + this = Julian day number
_SYNODIC_MONTH = 29.530588853
_NEW_MOON_EPOCH = 2415021.076998695  # Julian day of the new moon of 1 January 1900
_STEM_OF_YEAR_ZERO = 6  # (year + 6) % 10 is the stem index: 2024 -> 0 (Giáp)
_BRANCH_OF_YEAR_ZERO = 8  # (year + 8) % 12 is the branch index: 2024 -> 4 (Thìn)


def _julian_day(day: date) -> int:
    return day.toordinal() + _JULIAN_DAY_OF_ORDINAL_ZERO


def _from_julian_day(jdn: int) -> date:
    return date.fromordinal(jdn - _JULIAN_DAY_OF_ORDINAL_ZERO)


def _new_moon(k: int) -> float:
    """Julian date (UT) of the k-th new moon after the one of 1 January 1900 (Meeus, ch. 49)."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3  # sun's mean anomaly
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3  # moon's mean anomaly
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3  # moon's latitude argument
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 -= 0.4068 * math.sin(mpr * dr) - 0.0161 * math.sin(dr * 2 * mpr)
    c1 -= 0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 -= 0.0074 * math.sin(dr * (m - mpr)) - 0.0004 * math.sin(dr * (2 * f + m))
    c1 -= 0.0004 * math.sin(dr * (2 * f - m)) + 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd + c1 - delta_t


def _new_moon_day(k: int, tz: float) -> int:
    """Julian day number, in local time, of the k-th new moon."""
    return math.floor(_new_moon(k) + 0.5 + tz / 24)


def _sun_longitude(jd: float) -> float:
    """The sun's apparent longitude in radians (0..2π) at a Julian date (UT)."""
    t = (jd - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    return longitude - math.pi * 2 * math.floor(longitude / (math.pi * 2))


def _solar_term(jdn: int, tz: float) -> int:
    """Which twelfth of the ecliptic (0..11, one per major solar term) the sun is in at local midnight."""
    return math.floor(_sun_longitude(jdn - 0.5 - tz / 24) / math.pi * 6)


@cache
def _month11_start(year: int, tz: float) -> int:
    """Julian day on which the lunar month holding the winter solstice of `year` begins."""
    k = math.floor((_julian_day(date(year, 12, 31)) - 2415021) / _SYNODIC_MONTH)
    start = _new_moon_day(k, tz)
    if _solar_term(start, tz) >= 9:
        start = _new_moon_day(k - 1, tz)
    return start


def _leap_month_offset(month11_start: int, tz: float) -> int:
    """Months after month 11 until the first month without a major solar term (the leap month)."""
    k = math.floor((month11_start - _NEW_MOON_EPOCH) / _SYNODIC_MONTH + 0.5)
    i = 1
    arc = _solar_term(_new_moon_day(k + i, tz), tz)
    while True:
        last = arc
        i += 1
        arc = _solar_term(_new_moon_day(k + i, tz), tz)
        if arc == last or i >= 14:
            return i - 1


def _month_index(month: int, year: int, leap: bool, tz: float) -> int | None:
    """Index k (as in `_new_moon`) of the new moon that begins lunar `month` of lunar `year`."""
    if month < 11:
        a11, b11 = _month11_start(year - 1, tz), _month11_start(year, tz)
    else:
        a11, b11 = _month11_start(year, tz), _month11_start(year + 1, tz)
    k = math.floor(0.5 + (a11 - _NEW_MOON_EPOCH) / _SYNODIC_MONTH)
    offset = (month - 11) % 12
    if b11 - a11 > 365:
        leap_offset = _leap_month_offset(a11, tz)
        leap_month = (leap_offset - 2) % 12
        if leap and month != leap_month:
            return None
        if leap or offset >= leap_offset:
            offset += 1
    elif leap:
        return None
    return k + offset


def lunar_month_length(month: int, year: int, leap: bool = False,
                       tz: float = VIETNAM_UTC_OFFSET_HOURS) -> int | None:
    """29 or 30: the days of lunar `month` of lunar `year` (None if that leap month does not exist)."""
    k = _month_index(month, year, leap, tz)
    if k is None:
        return None
    return _new_moon_day(k + 1, tz) - _new_moon_day(k, tz)


def lunar_to_solar(day: int, month: int, year: int, leap: bool = False,
                   tz: float = VIETNAM_UTC_OFFSET_HOURS) -> date | None:
    """The Gregorian date of lunar day/month of lunar `year` (the year whose Tết falls in `year`).

    None when the lunar date does not exist (day 30 of a 29-day month, a leap month the year
    lacks, numbers out of range).
    """
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    k = _month_index(month, year, leap, tz)
    if k is None:
        return None
    start = _new_moon_day(k, tz)
    if day > _new_moon_day(k + 1, tz) - start:
        return None
    return _from_julian_day(start + day - 1)


def lunar_year_span(year: int, tz: float = VIETNAM_UTC_OFFSET_HOURS) -> tuple[date, date]:
    """First and last Gregorian day of lunar `year` (from its Tết to the eve of the next)."""
    first = lunar_to_solar(1, 1, year, tz=tz)
    following = lunar_to_solar(1, 1, year + 1, tz=tz)
    assert first is not None and following is not None
    return first, following - timedelta(days=1)


def year_stem_branch(year: int) -> tuple[int, int]:
    """Indices (stem 0..9 from Giáp, branch 0..11 from Tý) of the sexagenary name of `year`."""
    return (year + _STEM_OF_YEAR_ZERO) % 10, (year + _BRANCH_OF_YEAR_ZERO) % 12


def years_named(stem: int, branch: int, near: int) -> int | None:
    """The year nearest `near` whose sexagenary name has these stem and branch indices.

    None for a pair that never occurs (stem and branch of different parity, as `Giáp Sửu`).
    Names repeat every 60 years, so the nearest year is the one meant in news text.
    """
    if stem % 2 != branch % 2:
        return None
    for distance in range(0, 31):
        for year in (near - distance, near + distance):
            if year_stem_branch(year) == (stem, branch):
                return year
    return None
