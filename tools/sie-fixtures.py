#!/usr/bin/env python3
"""Writes fixtures/bokforing-2023.se and fixtures/bokforing-2024.se (SIE 4E, CP437, with #KSUMMA).

The committed .se files are the contract; this script only shows how they were made and can be re-run:
    python3 tools/sie-fixtures.py fixtures

2023 reproduces the seed's Årsredovisning 2023: every resultaträkning, balansräkning and note figure as printed,
except where the seed is itself wrong (the books must balance):
  * Not 3 2023: the rows add to 11 568 045 but the statement says 11 568 044; the books keep the statement and
    "Verksamhetens övriga kostnader" is 328 333 (printed 328 334).
  * RR 2022: 239 039 + 1 305 − 4 362 = 235 982 but the statement and balance sheet say 235 981; the books keep the
    result and "Finansiella kostnader" 2022 is 4 363 (printed 4 362).
2022 figures are the file's previous year (#RAR −1, #UB −1, #RES −1). The split of costs over the verksamheter
(dimension 1) is synthetic. 2024 is synthetic and continues 2023: its opening balances are 2023's closing balances.
"""
import sys, zlib

ORGNR = "222000-1354"
NAME = "Samordningsförbundet Umeåregionen"

ACCOUNTS = {
    "1630": "Skattekonto", "1650": "Momsfordran", "1710": "Förutbetalda kostnader", "1790": "Upplupna intäkter",
    "1930": "Bank", "2090": "Övrigt eget kapital", "2099": "Årets resultat",
    "2440": "Leverantörsskulder", "2514": "Skuld särskild löneskatt", "2710": "Övriga personalrelaterade skulder",
    "2890": "Skuld till huvudmän, upparb. verksamhetskostnader", "2940": "Upplupna pensionskostnader",
    "2990": "Övriga kortfristiga skulder",
    "3511": "Driftbidrag från staten", "3512": "Driftbidrag från Umeå kommun", "3513": "Driftbidrag från Vännäs kommun",
    "3514": "Driftbidrag från Nordmalings kommun", "3515": "Driftbidrag från Robertsfors kommun",
    "3516": "Driftbidrag från Vindelns kommun", "3517": "Driftbidrag från Bjurholms kommun",
    "3518": "Driftbidrag från Region Västerbotten", "3520": "EU-medel", "3590": "Övriga intäkter",
    "4610": "Beslutade bidrag/insatser genomförda i medlemsorganisationerna", "4620": "EU-projekt",
    "5010": "Personalkostnader, styrelse och kansli", "5410": "Lokalhyra kansli",
    "5810": "Konferens och utbildning för personal i medlemsorganisationerna", "6410": "Ekonomitjänst",
    "6420": "Konsultarvoden", "6430": "Revision", "6900": "Verksamhetens övriga kostnader",
    "8310": "Ränteintäkter", "8410": "Räntekostnader", "8999": "Årets resultat",
}
OBJECTS = [("KANSLI", "Kansli och styrelse"), ("VNARA", "Verksamhetsnära kostnader"), ("VANNAS", "Vännäs"),
           ("NORDMALING", "Nordmaling"), ("VINDELN", "Vindelns"), ("ROBERTSFORS", "Robertsfors"),
           ("BJURHOLM", "Bjurholm"), ("UNGDOM", "Ungdomstorget"), ("UNGA", "De sammanhållna insatserna för unga"),
           ("VUXEN", "Vuxentorget"), ("INTEGRATION", "Processledare integration"), ("PROVRUM", "Provrum kortutbildade")]

# Balances in kronor, SIE signs (debit +, credit −).
UB2022 = {"1630": 46232, "1650": 76210, "1710": 7281, "1790": 10936, "1930": 6034285,
          "2090": -1799593, "2099": -235981, "2440": -71363, "2514": -100939, "2710": -174360,
          "2890": -3690562, "2940": -46146, "2990": -56000}
RES2022 = {"3511": -5690000, "3512": -2372730, "3513": -142250, "3514": -106688, "3515": -106688, "3516": -81651,
           "3517": -34993, "3518": -2845000, "3590": -130971,
           "4610": 8406815, "5010": 1884546, "5410": 85200, "5810": 176840, "6410": 385019, "6420": 74600,
           "6430": 55000, "6900": 203912, "8310": -1305, "8410": 4363, "8999": 235981}

Y2023 = {
    "revenue": {"3511": 5677000, "3512": 2370431, "3513": 142493, "3514": 106444, "3515": 102470, "3516": 81465,
                "3517": 35197, "3518": 2838500, "3590": 229379},
    "costs": [("4610", "VANNAS", 440000), ("4610", "NORDMALING", 440000), ("4610", "VINDELN", 440000),
              ("4610", "ROBERTSFORS", 440000), ("4610", "BJURHOLM", 440000), ("4610", "UNGDOM", 2422000),
              ("4610", "UNGA", 554000), ("4610", "VUXEN", 1962000), ("4610", "INTEGRATION", 340000),
              ("4610", "PROVRUM", 600000), ("4610", "VNARA", 148986),
              ("5010", "KANSLI", 2160011), ("5410", "KANSLI", 85200), ("5810", "VNARA", 249386),
              ("6410", "KANSLI", 401628), ("6420", "VNARA", 66500), ("6430", "KANSLI", 50000),
              ("6900", "KANSLI", 328333)],
    "financial": {"8310": -44433, "8410": 35},
    "closing": {"1630": 108135, "1650": 59126, "1710": 17998, "1790": 10966,
                "2440": -128515, "2514": -148447, "2710": -192480, "2890": -5908471, "2940": -48934, "2990": -192019},
    "bank": 8517948,
}
Y2024 = {
    "revenue": {"3511": 5690000, "3512": 2372000, "3513": 142000, "3514": 107000, "3515": 107000, "3516": 82000,
                "3517": 35000, "3518": 2845000, "3590": 156432},
    "costs": [("4610", "VANNAS", 450000), ("4610", "NORDMALING", 450000), ("4610", "VINDELN", 450000),
              ("4610", "ROBERTSFORS", 450000), ("4610", "BJURHOLM", 450000), ("4610", "UNGDOM", 2612400),
              ("4610", "UNGA", 688300), ("4610", "VUXEN", 2311900), ("4610", "INTEGRATION", 340000),
              ("5010", "KANSLI", 2254300), ("5410", "KANSLI", 88800), ("5810", "VNARA", 268900),
              ("6410", "KANSLI", 412900), ("6420", "VNARA", 71000), ("6430", "KANSLI", 52000),
              ("6900", "KANSLI", 301455)],
    "financial": {"8310": -61250, "8410": 120},
    "closing": {"1630": 97412, "1650": 63870, "1710": 18450, "1790": 12100,
                "2440": -141300, "2514": -155980, "2710": -201350, "2890": -5411200, "2940": -51200, "2990": -87000},
    "bank": None,
}


def q(s):
    return '"' + s.replace('"', '\\"') + '"'


def amt(kr):
    return "%d.00" % kr


def year_file(year, opening, previous_result, spec):
    """Returns (lines, closing balances, result per account) for one year."""
    vouchers = []
    d = lambda m, day: "%d%02d%02d" % (year, m, day)
    # last year's result to övrigt eget kapital
    prior = -opening["2099"]
    vouchers.append((d(1, 2), "Föregående års resultat till eget kapital", [("2099", None, prior), ("2090", None, -prior)]))
    for i, (acc, kr) in enumerate(sorted(spec["revenue"].items())):
        vouchers.append((d(1 + i % 12, 20), ACCOUNTS[acc], [("1930", None, kr), (acc, None, -kr)]))
    for i, (acc, obj, kr) in enumerate(spec["costs"]):
        vouchers.append((d(1 + i % 12, 25), ACCOUNTS[acc], [(acc, obj, kr), ("1930", None, -kr)]))
    for acc, kr in sorted(spec["financial"].items()):
        vouchers.append((d(12, 30), ACCOUNTS[acc], [("1930", None, -kr), (acc, None, kr)]))
    for acc, closing in sorted(spec["closing"].items()):
        delta = closing - opening.get(acc, 0)
        if delta:
            vouchers.append((d(12, 31), "Periodisering och avstämning " + ACCOUNTS[acc].lower(),
                             [(acc, None, delta), ("1930", None, -delta)]))
    result = {}
    for _, _, rows in vouchers:
        for acc, _, kr in rows:
            if acc >= "3":
                result[acc] = result.get(acc, 0) + kr
    year_result = -sum(result.values())
    vouchers.append((d(12, 31), "Årets resultat", [("8999", None, year_result), ("2099", None, -year_result)]))
    result["8999"] = year_result
    closing = dict(opening)
    for _, _, rows in vouchers:
        for acc, _, kr in rows:
            if acc < "3":
                closing[acc] = closing.get(acc, 0) + kr
    if spec["bank"] is not None:
        assert closing["1930"] == spec["bank"], (closing["1930"], spec["bank"])
    assert sum(closing.values()) == 0 and sum(result.values()) == 0

    out = ["#FLAGGA 0", "#KSUMMA", "#FORMAT PC8", "#SIETYP 4", '#PROGRAM "Handlingar sie-fixtures.py" 1.0',
           "#GEN %d0215" % (year + 1), "#FNAMN " + q(NAME), "#ORGNR " + ORGNR,
           "#RAR 0 %d0101 %d1231" % (year, year), "#RAR -1 %d0101 %d1231" % (year - 1, year - 1),
           '#KPTYP "BAS2014"', '#DIM 1 "Verksamhet"']
    for code, name in OBJECTS:
        out.append("#OBJEKT 1 %s %s" % (q(code), q(name)))
    for acc, name in ACCOUNTS.items():
        out.append("#KONTO %s %s" % (acc, q(name)))
    for acc in sorted(opening):
        if opening[acc]:
            out.append("#IB 0 %s %s" % (acc, amt(opening[acc])))
    for acc in sorted(opening):
        if opening[acc]:
            out.append("#UB -1 %s %s" % (acc, amt(opening[acc])))
    for acc in sorted(closing):
        if closing[acc]:
            out.append("#UB 0 %s %s" % (acc, amt(closing[acc])))
    for acc in sorted(previous_result):
        out.append("#RES -1 %s %s" % (acc, amt(previous_result[acc])))
    for acc in sorted(result):
        out.append("#RES 0 %s %s" % (acc, amt(result[acc])))
    for n, (date, text, rows) in enumerate(vouchers, 1):
        out.append("#VER A %d %s %s" % (n, date, q(text)))
        out.append("{")
        for acc, obj, kr in rows:
            objects = "{1 %s}" % q(obj) if obj else "{}"
            out.append("   #TRANS %s %s %s" % (acc, objects, amt(kr)))
        out.append("}")
    out.append("#KSUMMA %d" % checksum(out))
    return out, closing, result


def checksum(lines):
    """CRC-32 over each record's label and field contents from the first #KSUMMA on (no separators, quotes, braces)."""
    crc = 0
    started = False
    for line in lines:
        s = line.strip()
        if s == "#KSUMMA":
            started = True
        if not started or s in ("{", "}"):
            continue
        crc = zlib.crc32(record_text(s).encode("cp437"), crc)
    return crc


def record_text(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c in " \t{}":
            i += 1
        elif c == '"':
            i += 1
            while s[i] != '"':
                if s[i] == "\\" and s[i + 1] == '"':
                    out.append('"')
                    i += 2
                else:
                    out.append(s[i])
                    i += 1
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def write(path, lines):
    with open(path, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp437"))


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "fixtures"
    lines23, closing23, result23 = year_file(2023, UB2022, RES2022, Y2023)
    write(target + "/bokforing-2023.se", lines23)
    lines24, _, _ = year_file(2024, {k: v for k, v in closing23.items() if v}, result23, Y2024)
    write(target + "/bokforing-2024.se", lines24)
