#!/usr/bin/python3
"""Print lunar_dates.csv: dates of movable feasts of lunar and lunisolar
calendars (and a few others that no rule of holidays.csv can state),
Gregorian years FIRST..LAST, one row a table.

Needs Debian packages (Debian's /usr/bin/python3, not a pyenv/venv one):
    apt-get install -y python3-lunardate python3-icu python3-convertdate \
        python3-ephem
and, for --check only, the independent programs it compares against:
    apt-get install -y lunar hebcal itools
Run:
    /usr/bin/python3 tools/gen_lunar_dates.py > lunar_dates.csv
    /usr/bin/python3 tools/gen_lunar_dates.py --check   # self-test

Sources:
  Chinese  python3-lunardate (month table 1900-2099). Not ICU's Chinese
           calendar: its approximate new moons are minutes off and give
           2027-02-07 and 2030-02-02 (right: 02-06 and 02-03).
  Islamic  ICU's islamic-umalqura calendar via python3-icu (the Saudi
           Umm al-Qura table, 1300-1600 AH), not the arithmetic (tabular)
           calendar, which is a day or two off in most years.
  Hebrew   python3-convertdate's hebrew module (the exact arithmetic
           calendar; --check compares every date with hebcal, the moves
           of Israel's modern days included).
  Indian   python3-ephem's Sun (VSOP87) less the Lahiri ayanamsa (23.2455
           degrees at 1956-03-21, then the IAU 2006 general precession):
           the moment the Sun enters sidereal Capricorn, Makar Sankranti
           and the first day of the Tamil month Thai (Pongal), that day in
           India if before sunset, else the next day.  A year whose moment
           falls near the evening (16:50-18:40 IST: sunset from Kolkata to
           Mumbai) is left out, as regions then differ.
           Diwali (Lakshmi Puja, as north India and India's holiday lists
           keep it) from the same Sun and python3-ephem's Moon: the
           Amavasya tithi (elongation 348-360 degrees) that ends amanta
           Ashvin, the new moon after the Sun enters sidereal Libra; its
           day is the one whose pradosh (the 2 h 24 min after sunset)
           the tithi reaches.  A year is left out unless that is one and
           the same day at Delhi, Mumbai, Kolkata and Chennai (2013, 2024
           and 2025 among 2001-2035: calendars then differ).  Every other
           year 2001-2035 agrees with timeanddate.com's dates for India;
           --check tests thirteen of them.  South India, Malaysia and
           Singapore keep Deepavali a day earlier (Naraka Chaturdashi).
Holi, Navaratri and Dussehra are not listed: Holika Dahan's day follows
the Bhadra (Vishti karana) rules, which the simple pradosh test above
misses in 3 of the 35 years 2001-2035 (2016, 2023, 2026), and the npm
package tried (@ishubhamx/panchangam-js 2.2.3) put Holi a day late in 3
of the 11 years 2015-2025.  Nor is Vaisakhi: Punjab's Bikrami rule and
the Nanakshahi calendar's fixed 14 April disagree in many years.
"""
import datetime
import math
import subprocess
import sys

import ephem
import icu
from convertdate import hebrew
from lunardate import LunarDate

FIRST, LAST = 1950, 2060
F = icu.UCalendarDateFields
UQ = icu.Calendar.createInstance(icu.TimeZone.getGMT(),
                                 icu.Locale("@calendar=islamic-umalqura"))
D1 = datetime.timedelta(days=1)
UQNOTE = "Umm al-Qura calendar; observed dates vary by a day by country"
EVE = "begins at sundown the evening before"

NOTES = {
    "chinese_new_year": "1st day of the 1st month, Chinese lunisolar calendar (China Standard Time)",
    "chinese_new_years_eve": "the last day of the 12th month, the day before chinese_new_year",
    "lantern_festival": "15th day of the 1st month, Chinese calendar",
    "dragon_boat": "5th day of the 5th month, Chinese calendar",
    "mid_autumn": "15th day of the 8th month, Chinese calendar",
    "ramadan": "1 Ramadan to its last day (29 or 30: /P29D, /P30D), " + UQNOTE,
    "eid_al_fitr": "1 Shawwal, " + UQNOTE,
    "eid_al_adha": "10 Dhu al-Hijjah, " + UQNOTE,
    "arafah": "9 Dhu al-Hijjah (the Day of Arafah), " + UQNOTE,
    "islamic_new_year": "1 Muharram, " + UQNOTE,
    "ashura": "10 Muharram, " + UQNOTE,
    "laylat_al_qadr": "27 Ramadan (its night begins at sundown the evening before), " + UQNOTE,
    "jumuatul_wida": "the last Friday of Ramadan, " + UQNOTE,
    "isra_miraj": "27 Rajab, " + UQNOTE,
    "mawlid": "12 Rabi al-Awwal (Sunni; Shia keep the 17th), " + UQNOTE,
    "passover": "15-22 Nisan (the 8 days kept outside Israel; 7 in Israel); " + EVE,
    "rosh_hashanah": "1-2 Tishrei; " + EVE,
    "yom_kippur": "10 Tishrei; " + EVE,
    "hanukkah": "25 Kislev, 8 days; " + EVE,
    "sukkot": "15-21 Tishrei, 7 days; " + EVE,
    "purim": "14 Adar (Adar II in a leap year); " + EVE,
    "shavuot": "6-7 Sivan (the 2 days kept outside Israel; 1 in Israel); " + EVE,
    "shemini_atzeret": "22 Tishrei; " + EVE,
    "simchat_torah": "22-23 Tishrei: 22 in Israel (with Shemini Atzeret), 23 elsewhere; " + EVE,
    "tu_bishvat": "15 Shevat; " + EVE,
    "tisha_bav": "9 Av, 10 Av when the 9th is a Saturday (the fast is put off); " + EVE,
    "lag_baomer": "18 Iyar; " + EVE,
    "yom_hashoah": "27 Nisan, from 1951; a Friday's moves to Thursday, a Sunday's to Monday; " + EVE,
    "yom_hazikaron": "the day before yom_haatzmaut; " + EVE,
    "yom_haatzmaut": "5 Iyar; a Friday's or Saturday's moves to the Thursday before, a Monday's (from 2004) to Tuesday; " + EVE,
    "makar_sankranti": "the Sun enters sidereal Capricorn (Lahiri): that day in India (IST) if before sunset, else the next; Thai Pongal, 1 Thai",
    "bhogi": "the day before makar_sankranti",
    "mattu_pongal": "the day after makar_sankranti",
    "kaanum_pongal": "two days after makar_sankranti",
    "kings_day": "King's Day of the Netherlands, from 2014: 27 April, 26 April when the 27th is a Sunday",
    "diwali": "Lakshmi Puja (India's Diwali holiday): the day whose pradosh (2 h 24 min after sunset) the Amavasya tithi ending amanta Ashvin reaches, the same at Delhi, Mumbai, Kolkata and Chennai, else the year is left out; South India, Malaysia and Singapore keep Deepavali the day before",
}


def umalqura(year, month, day):
    """Gregorian date of an Umm al-Qura date, and the length of its month."""
    UQ.clear()
    UQ.set(F.EXTENDED_YEAR, year)
    UQ.set(F.MONTH, month - 1)
    UQ.set(F.DATE, day)
    g = datetime.date.fromordinal(UQ.get(F.JULIAN_DAY) - 1721425)
    return g, UQ.getActualMaximum(F.DATE)


def heb(year, month, day):  # convertdate months: 1 = Nisan, 7 = Tishrei
    return datetime.date(*hebrew.to_gregorian(year, month, day))


def last_friday(first, length):
    last = first + datetime.timedelta(days=length - 1)
    return last - datetime.timedelta(days=(last.weekday() - 4) % 7)


def chinese(y):
    for table, m, d, off in (("chinese_new_year", 1, 1, 0),
                             ("chinese_new_years_eve", 1, 1, -1),
                             ("lantern_festival", 1, 15, 0),
                             ("dragon_boat", 5, 5, 0),
                             ("mid_autumn", 8, 15, 0)):
        yield table, LunarDate(y, m, d).toSolarDate() + off * D1, 1


def islamic(h):
    # A Hijri year is 354-355 days: a feast can fall twice in one Gregorian
    # year (Eid al-Fitr 2000-01-08 and 2000-12-27); every one is listed.
    for table, m, d in (("eid_al_fitr", 10, 1), ("eid_al_adha", 12, 10),
                        ("arafah", 12, 9), ("islamic_new_year", 1, 1),
                        ("ashura", 1, 10), ("laylat_al_qadr", 9, 27),
                        ("isra_miraj", 7, 27), ("mawlid", 3, 12)):
        yield table, umalqura(h, m, d)[0], 1
    first, length = umalqura(h, 9, 1)
    yield "ramadan", first, length
    yield "jumuatul_wida", last_friday(first, length), 1


def moved(g, moves):
    """g moved by moves[weekday] days (Monday 0)."""
    return g + moves.get(g.weekday(), 0) * D1


def atzmaut(hy):
    moves = {4: -1, 5: -2}  # Friday, Saturday: to Thursday
    if hy >= 5764:
        moves[0] = 1  # Monday to Tuesday, from 2004
    return moved(heb(hy, 2, 5), moves)


def jewish(y):
    hy, ny = y + 3760, y + 3761  # spring feasts, autumn feasts of year y
    yield "passover", heb(hy, 1, 15), 8
    yield "rosh_hashanah", heb(ny, 7, 1), 2
    yield "yom_kippur", heb(ny, 7, 10), 1
    yield "hanukkah", heb(ny, 9, 25), 8
    yield "sukkot", heb(ny, 7, 15), 7
    yield "purim", heb(hy, 13 if hebrew.leap(hy) else 12, 14), 1
    yield "shavuot", heb(hy, 3, 6), 2
    yield "shemini_atzeret", heb(ny, 7, 22), 1
    yield "simchat_torah", heb(ny, 7, 22), 2
    yield "tu_bishvat", heb(hy, 11, 15), 1
    yield "tisha_bav", moved(heb(hy, 5, 9), {5: 1}), 1
    yield "lag_baomer", heb(hy, 2, 18), 1
    if y >= 1951:
        yield "yom_hashoah", moved(heb(hy, 1, 27), {4: -1, 6: 1}), 1
    yield "yom_hazikaron", atzmaut(hy) - D1, 1
    yield "yom_haatzmaut", atzmaut(hy), 1


# ---- Makar Sankranti --------------------------------------------------------

IST = 5.5 / 24
EVENING = (16 + 50 / 60) / 24, (18 + 40 / 60) / 24  # IST day fractions


def lahiri(jd):
    """Lahiri ayanamsa in degrees at Julian day jd (TT ~ UT here)."""
    def pa(jd):  # general precession in longitude, IAU 2006, degrees
        t = (jd - 2451545.0) / 36525
        return (5028.796195 * t + 1.1054348 * t * t) / 3600
    return 23.250182778 - 0.004658035 + pa(jd) - pa(2435553.5)


def sidereal_sun(t):
    sun = ephem.Sun(t)
    lon = math.degrees(ephem.Ecliptic(sun, epoch=t).lon)
    return (lon - lahiri(float(t) + 2415020.0)) % 360


def makara(y):
    """The moment (ephem.Date, UT) the Sun enters sidereal Capricorn."""
    t = ephem.Date(f"{y}/1/14")
    for _ in range(50):
        diff = (sidereal_sun(t) - 270 + 180) % 360 - 180
        t = ephem.Date(t - diff / 360 * 365.2564)
        if abs(diff) < 1e-9:
            break
    return t


def sankranti(y):
    """Makar Sankranti's day in year y, or None near the evening."""
    local = float(makara(y)) + IST + 0.5  # ephem days start at noon
    day, frac = divmod(local, 1)
    if EVENING[0] <= frac <= EVENING[1]:
        return None
    g = datetime.date(1899, 12, 31) + int(day) * D1
    return g + D1 if frac > EVENING[1] else g


def indian(y):
    g = sankranti(y)
    if g:
        for table, off in (("makar_sankranti", 0), ("bhogi", -1),
                           ("mattu_pongal", 1), ("kaanum_pongal", 2)):
            yield table, g + off * D1, 1


CITIES = (("28.6139", "77.2090"), ("19.0760", "72.8777"),  # Delhi, Mumbai
          ("22.5726", "88.3639"), ("13.0827", "80.2707"))  # Kolkata, Chennai
PRADOSH = 144 / 1440  # three muhurtas after sunset, in days


def elongation(t):
    """The Moon's longitude less the Sun's, degrees, at ephem date t."""
    moon = ephem.Ecliptic(ephem.Moon(t), epoch=t).lon
    sun = ephem.Ecliptic(ephem.Sun(t), epoch=t).lon
    return math.degrees(moon - sun) % 360


def elongation_at(deg, guess):
    """The moment (ephem float) near guess when the elongation is deg."""
    t = float(guess)
    for _ in range(60):
        diff = (elongation(ephem.Date(t)) - deg + 180) % 360 - 180
        t -= diff / 12.19  # degrees a day, on average
        if abs(diff) < 1e-7:
            break
    return t


def sun_enters(deg, guess):
    """The moment the Sun enters sidereal longitude deg (Lahiri)."""
    t = ephem.Date(guess)
    for _ in range(50):
        diff = (sidereal_sun(t) - deg + 180) % 360 - 180
        t = ephem.Date(t - diff / 360 * 365.2564)
        if abs(diff) < 1e-9:
            break
    return t


def ist_day(t):
    return (ephem.Date(t).datetime() + datetime.timedelta(hours=5.5)).date()


def pradosh_days(start, end, place):
    """The IST days whose pradosh at place meets [start, end]."""
    o = ephem.Observer()
    o.lat, o.lon = place
    o.pressure, o.horizon = 0, "-0:50"
    days, d = set(), ist_day(start) - D1
    while d <= ist_day(end):
        o.date = ephem.Date(datetime.datetime(d.year, d.month, d.day, 6, 30))
        s = float(o.next_setting(ephem.Sun()))  # (06:30 UT: IST noon)
        if min(s + PRADOSH, end) > max(s, start):
            days.add(d)
        d += D1
    return days


def diwali(y):
    """Lakshmi Puja's day in year y, or None where places or days differ."""
    new_moon = float(ephem.next_new_moon(sun_enters(180, f"{y}/10/17")))
    start = elongation_at(348, new_moon - 1)
    found = {frozenset(pradosh_days(start, new_moon, p)) for p in CITIES}
    if len(found) != 1 or len(next(iter(found))) != 1:
        return None
    return next(iter(next(iter(found))))


def hindu(y):
    g = diwali(y)
    if g:
        yield "diwali", g, 1


def dutch(y):
    if y >= 2014:
        yield "kings_day", moved(datetime.date(y, 4, 27), {6: -1}), 1


def rows():
    """(table, year, start, days), in NOTES order, then by date."""
    out = []
    for y in range(FIRST, LAST + 1):
        for gen in (chinese, jewish, indian, dutch, hindu):
            out += [(t, g, n) for t, g, n in gen(y)]
    for h in range(FIRST - 581, LAST - 576):
        out += list(islamic(h))
    order = list(NOTES)
    out = [r for r in out if FIRST <= r[1].year <= LAST]
    out.sort(key=lambda r: (order.index(r[0]), r[1]))
    return [(t, g.year, g, n) for t, g, n in out]


def version(pkg):
    return subprocess.run(["dpkg-query", "-W", "-f", "${Version}", pkg],
                          capture_output=True, text=True).stdout or "?"


def main():
    print("table,days,dates")
    print("# Dates of holidays that no rule of holidays.csv states (lunar and "
          "lunisolar calendars, the Indian solar Makar Sankranti, moves by "
          "weekday), generated by "
          "tools/gen_lunar_dates.py from python3-lunardate "
          f"{version('python3-lunardate')} (Chinese), python3-icu "
          f"{version('python3-icu')} with ICU {icu.ICU_VERSION} "
          "(islamic-umalqura), python3-convertdate "
          f"{version('python3-convertdate')} (Hebrew), python3-ephem "
          f"{version('python3-ephem')} (Indian solar, Diwali). Do not edit "
          "by hand: "
          "rerun the generator.")
    print(f"# Years {FIRST}-{LAST}. A row a table: days, the length of each "
          "feast; dates, the first day of each (YYYY-MM-DD, a space "
          "between, in order; /PND after one: N days instead). "
          "Holi and Vaisakhi are left out, and Diwali in years India's "
          "calendars differ (the generator says why).")
    for table, note in NOTES.items():
        print(f"# {table}: {note}")
    by = {}
    for t, _, g, n in rows():
        by.setdefault(t, []).append((g, n))
    for t, dates in by.items():
        if t == "ramadan":
            cells = ("", " ".join(f"{g.isoformat()}/P{n}D" for g, n in dates))
        else:
            assert len({n for _, n in dates}) == 1, t
            cells = (str(dates[0][1]), " ".join(g.isoformat() for g, _ in dates))
        print(f"{t},{cells[0]},{cells[1]}")


KNOWN = {
    "chinese_new_year": ["2020-01-25", "2023-01-22", "2024-02-10", "2025-01-29"],
    "lantern_festival": ["2024-02-24", "2025-02-12"],
    "dragon_boat": ["2023-06-22", "2024-06-10"],
    "mid_autumn": ["2023-09-29", "2024-09-17"],
    "eid_al_fitr": ["2023-04-21", "2024-04-10", "2025-03-30"],
    "eid_al_adha": ["2023-06-28", "2024-06-16"],
    "arafah": ["2023-06-27", "2024-06-15"],
    "ramadan": ["2024-03-11", "2025-03-01"],
    "laylat_al_qadr": ["2024-04-06"],
    "jumuatul_wida": ["2024-04-05"],
    "isra_miraj": ["2024-02-08"],
    "mawlid": ["2023-09-27"],
    "passover": ["2024-04-23", "2025-04-13"],
    "yom_kippur": ["2023-09-25", "2024-10-12"],
    "rosh_hashanah": ["2023-09-16", "2024-10-03"],
    "hanukkah": ["2023-12-08", "2024-12-26"],
    "sukkot": ["2023-09-30", "2024-10-17"],
    "purim": ["2023-03-07", "2024-03-24"],
    "ashura": ["2023-07-28", "2024-07-16"],
    "shavuot": ["2024-06-12"],
    "simchat_torah": ["2023-10-07"],
    "tisha_bav": ["2018-07-22", "2024-08-13"],
    "yom_hashoah": ["2024-05-06"],
    "yom_haatzmaut": ["2018-04-19", "2024-05-14"],
    "makar_sankranti": ["2018-01-14", "2019-01-15", "2020-01-15", "2021-01-14",
                        "2022-01-14", "2023-01-15", "2024-01-15", "2025-01-14"],
    "kings_day": ["2014-04-26", "2024-04-27", "2025-04-26"],
    # timeanddate.com's dates for India (as India's holiday lists)
    "diwali": ["2010-11-05", "2011-10-26", "2012-11-13", "2014-10-23",
               "2015-11-11", "2016-10-30", "2017-10-19", "2018-11-07",
               "2019-10-27", "2020-11-14", "2021-11-04", "2022-10-24",
               "2023-11-12"],
}
SPANS = {"passover": 8, "rosh_hashanah": 2, "hanukkah": 8, "sukkot": 7,
         "shavuot": 2, "simchat_torah": 2}
FROM = {"yom_hashoah": 1951, "kings_day": 2014}

# hebcal's names (diaspora schedule) for the first day of each table
HEBCAL = {"passover": "15th of Nisan", "rosh_hashanah": "1st of Tishrei",
          "yom_kippur": "10th of Tishrei", "hanukkah": "25th of Kislev",
          "sukkot": "15th of Tishrei"}
HEBCAL_EVENTS = {"shavuot": "Shavuot I", "shemini_atzeret": "Shmini Atzeret",
                 "simchat_torah": "Shmini Atzeret", "tu_bishvat": "Tu BiShvat",
                 "lag_baomer": "Lag BaOmer", "yom_hashoah": "Yom HaShoah",
                 "yom_hazikaron": "Yom HaZikaron",
                 "yom_haatzmaut": "Yom HaAtzma'ut", "purim": "Purim"}


def run(*argv):
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout


def check_hebrew(by):
    """Every Hebrew date against hebcal's calendar and holiday lists."""
    hdays, events = {}, {}
    for y in range(FIRST, LAST + 1):
        for line in run("hebcal", "-d", "-h", "-x", "-g", str(y)).splitlines():
            day, name = line.split(" ", 1)
            hdays.setdefault(name.split(",")[0], []).append(day)
        for line in run("hebcal", "-g", str(y)).splitlines():
            day, name = line.split(" ", 1)
            events.setdefault(name, []).append(day)
    for t, name in HEBCAL.items():
        assert [g.isoformat() for g, _ in by[t]] == hdays[name], t
    for t, name in HEBCAL_EVENTS.items():
        got = [g.isoformat() for g, _ in by[t]]
        assert got == events[name], (t, sorted(set(got) ^ set(events[name]))[:4])
    # Simchat Torah outside Israel: its second day; Tisha B'Av: the fast
    st = [(g + D1).isoformat() for g, _ in by["simchat_torah"]]
    assert st == events["Simchat Torah"], "simchat_torah"
    fast = sorted(events["Tish'a B'Av"] + events["Tish'a B'Av (observed)"])
    assert [g.isoformat() for g, _ in by["tisha_bav"]] == fast, "tisha_bav"


def check():
    table = rows()
    starts = {(t, g.isoformat()) for t, _, g, _ in table}
    for t, dates in KNOWN.items():
        for d in dates:
            assert (t, d) in starts, f"{t} {d} missing"
    by = {}
    for t, y, g, n in table:
        by.setdefault(t, []).append((g, n))
    assert list(by) == list(NOTES)
    assert (datetime.date(2024, 3, 11), 30) in by["ramadan"]
    assert (datetime.date(2023, 3, 23), 29) in by["ramadan"]
    for t, y, g, n in table:
        assert 29 <= n <= 30 if t == "ramadan" else n == SPANS.get(t, 1), t
    years = {t: sorted({g.year for g, _ in v}) for t, v in by.items()}
    for t in NOTES:
        if t in ("makar_sankranti", "bhogi", "mattu_pongal", "kaanum_pongal",
                 "diwali"):
            continue  # (a year near the evening is left out)
        assert years[t] == list(range(FROM.get(t, FIRST), LAST + 1)), f"{t}: a year lacks a row"
    gone = sorted(set(range(FIRST, LAST + 1)) - set(years["makar_sankranti"]))
    assert len(gone) < 15, gone
    no_diwali = sorted(set(range(FIRST, LAST + 1)) - set(years["diwali"]))
    assert len(no_diwali) < 25, no_diwali
    for g, _ in by["diwali"]:  # the new moon of October or November
        assert (10, 12) <= (g.month, g.day) <= (11, 16), g
    for g, _ in by["jumuatul_wida"]:
        assert g.weekday() == 4
    # Chinese: the lunar program's own table (it ends in 2049).
    for g, _ in by["chinese_new_year"][:2049 - FIRST + 1]:
        out = run("lunar", "-i", str(g.year), "1", "1")
        solar = out.split("Solar : ")[1].split()[0]  # e.g. 2024.2.10.0
        assert datetime.date(*map(int, solar.split(".")[:3])) == g, (g, solar)
    check_hebrew(by)
    # Umm al-Qura: itools' idate computes it for 1420-1450 AH only.
    for h in range(1420, 1451):
        for m, d in ((9, 1), (10, 1), (12, 10), (1, 1), (1, 10), (9, 27),
                     (7, 27), (3, 12)):
            out = run("idate", "--hijri", f"{h}{m:02d}{d:02d}", "--simple", "--umm_alqura")
            dd, mm, yy = out.split(" A.")[0].replace(" ", "").split("/")
            assert umalqura(h, m, d)[0] == datetime.date(int(yy), int(mm), int(dd)), (h, m, d)
    print(f"check: {len(table)} dates in {len(by)} tables; known dates and "
          f"cross-checks passed (Makar Sankranti left out in {gone}; "
          f"Diwali in {no_diwali})")


if __name__ == "__main__":
    check() if sys.argv[1:] == ["--check"] else main()
