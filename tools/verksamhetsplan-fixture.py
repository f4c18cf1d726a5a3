#!/usr/bin/env python3
"""Builds fixtures/verksamhetsplan-2022-2024.json from the seed text (run once; the JSON is the contract).

Narrative comes verbatim from the seed; the budget keeps the seed's printed totals and percentages as stated
figures ("angiv*") so the checks compare them with the computed ones. Figures (images) are not part of the seed text.
"""
import json, re, sys

seed = open(sys.argv[1], encoding="utf-8").read()
lines = seed.split("\n")
SUP = {"1": "\u00b9", "2": "\u00b2", "3": "\u00b3"}

def block(start, end):
    """Text between a line equal to `start` and the next line equal to `end`."""
    i = lines.index(start) + 1
    j = lines.index(end, i)
    out, para = [], []
    for raw in lines[i:j]:
        line = raw.strip()
        if not line or line.startswith("Figur ") or line == "---":
            if para: out.append(" ".join(para)); para = []
            continue
        if re.match(r"^(1\. DUA|<sup>\d</sup> )", line):
            continue
        line = re.sub(r"<sup>(\d)</sup>", lambda m: SUP[m.group(1)], line)
        line = line.replace("- \u2713 ", "- ")
        if line.startswith("- "):
            if para and not para[-1].startswith("- "):
                out.append(" ".join(para)); para = []
            out.append(line)
            continue
        para.append(line)
    if para: out.append(" ".join(para))
    text, prev_list = "", False
    for p in out:
        is_list = p.startswith("- ")
        text += ("\n" if is_list and prev_list else ("\n\n" if text else "")) + p
        prev_list = is_list
    return text

def t(start, end): return [{"text": block(start, end)}]

def mal(m, ind): return {"mal": m, "indikator": ind}

kapitel = [
    {"rubrik": "Inledning", "innehall": t("## 1. Inledning", "## 2. Samordningsförbundets uppgift och ändamål")},
    {"rubrik": "Samordningsförbundets uppgift och ändamål",
     "innehall": t("## 2. Samordningsförbundets uppgift och ändamål", "## 3. Nuläge"),
     "noter": [{"nummer": 1, "text": "DUA står för delegationen för unga och nyanlända till arbete."}]},
    {"rubrik": "Nuläge", "innehall": t("## 3. Nuläge", "## 4. Målgrupper")},
    {"rubrik": "Målgrupper", "innehall": t("## 4. Målgrupper", "## 5. Vision")},
    {"rubrik": "Vision", "innehall": t("## 5. Vision", "## 6. Målbild")},
    {"rubrik": "Målbild", "innehall": t("## 6. Målbild", "## 7. Mål")},
    {"rubrik": "Mål", "innehall": t("## 7. Mål", "### 7.1. Strategiska mål"), "avsnitt": [
        {"rubrik": "Strategiska mål", "innehall": [
            {"tabell": {"bildtext": "Strategiska mål för Arbetsmarknadstorgen", "rubriker": ["Mål", "Plattform"], "rader": [
                ["I Umeåregionen finns hållbara samverkansplattformar i ständig utveckling för att tillgodose människors behov av fördjupat samordnat stöd av arbetslivsinriktad rehabilitering. Detta sker via Arbetsmarknadstorgen.", "Ungdomstorget i Umeå"],
                ["", "Vuxentorget i Umeå"], ["", "Samordningsteamet i Vännäs"], ["", "Samordningsteamet i Vindeln"],
                ["", "Samordningsteamet i Robertsfors"], ["", "Samordningsteamet i Nordmaling"], ["", "Samordningsteamet i Bjurholm"]]}},
            {"text": "**Indikator:** Förbundet följer upp respektive plattform var för sig såväl som förbundet i sin helhet (alla plattformar sammanvägda). Den samlade indikatorn/indikatorvärdet för respektive plattform såväl som för förbundet i sin helhet är att Impactindex 70 ska uppnås. Kort innebär det att 70 % av målen ska uppnås.\n\nStyrelse har i den sociala budgeten för 2022 identifierat totalt 5 målområden, 21 mål (i dessa ingår effektmålen under rubrik 7.2 samt individmålen under rubrik 7.3, dessa särredovisas också då de anses särskilt viktiga) samt 70 indikatorer."},
            {"tabell": {"bildtext": "Tabell 1. Målområden i den sociala budgeten", "rubriker": ["Målområde", "Antal mål", "Antal indikatorer"], "rader": [
                ["Samhälls- och medlemsnytta", "3", "12"], ["Jämlik samverkan", "5", "21"], ["Deltagarnöjdhet", "5", "13"],
                ["Samordning", "5", "15"], ["Medarbetarnöjdhet", "3", "9"]]}},
            {"text": "I bilaga 1 ges en fördjupad förklaring till hur den sociala budgeten och Impactindex är uppbyggt."}]},
        {"rubrik": "Effektmål", "innehall": [mal("Andelen individer som är beroende av ersättning från det offentliga trygghetssystemet ska minska.\u00b2",
            "Andelen individer som är beroende av ersättning från det offentliga trygghetssystemet har minskat i förhållande till föregående år. (Mäts i antalet helårsekvivalenter i förhållande till befolkning i arbetsför ålder per kommun).")]},
        {"rubrik": "Individmål för arbetsmarknadstorgen", "innehall": [
            mal("Deltagarna som avslutats har gått vidare till en för individen positiv lösning", "80 % av de som avslutats har gått vidare till en för individen positiv lösning\u00b3."),
            mal("Deltagarna som avslutat har gått vidare till arbete.", "35 % av de som avslutat till en för individen positiv lösning ska ha gått vidare till arbete."),
            mal("Deltagarna som avslutat har gått vidare till studier.", "25 % av de som avslutat till en för individen positiv lösning ska ha gått vidare till arbete.")]},
        {"rubrik": "Övriga sociala mål för arbetsmarknadstorgen", "innehall": t("## 7.4. Övriga sociala mål för arbetsmarknadstorgen", "## 7.5 Mål för god ekonomisk hushållning")},
        {"rubrik": "Mål för god ekonomisk hushållning", "innehall": [mal("Samordningsförbundet Umeåregionen ska ha en god ekonomisk hushållning",
            "Det egna kapitalet får ej överstiga den av nationella rådets rekommenderade nivå på eget kapital enligt den så kallade trappan.")]}],
     "noter": [
        {"nummer": 2, "text": "Andelen helårsekvivalenter påverkas av många saker, såsom konjunktur, regelverk, prioriteringar, reformer m.m. Styrelsen har beslutat att följa utvecklingen då det är viktigt att få en \"helhetsbild\""},
        {"nummer": 3, "text": "För individen positiv lösning är arbete, studier, fortsatt rehabilitering i annan form eller att individen är i behov av lösningar ex. i form av daglig verksamhet eller habilitering. Det kan också vara sjukersättning om arbetsförmågan inte föreligger."}]},
    {"rubrik": "Organisation", "avsnitt": [
        {"rubrik": "Styrelsen", "innehall": t("### 8.1 Styrelsen", "### 8.2 Kansli")},
        {"rubrik": "Kansli", "innehall": t("### 8.2 Kansli", "### 8.3 Strategisk samverkansgrupp")},
        {"rubrik": "Strategisk samverkansgrupp", "innehall": t("### 8.3 Strategisk samverkansgrupp", "### 8.4 Analysgrupp")},
        {"rubrik": "Analysgrupp", "innehall": t("### 8.4 Analysgrupp", "## 9. Operativ verksamhet")}]},
    {"rubrik": "Operativ verksamhet", "avsnitt": [
        {"rubrik": "Arbetsmarknadstorgen", "innehall": t("### 9.1 Arbetsmarknadstorgen", "## 10. Årshjul")}]},
    {"rubrik": "Årshjul", "innehall": t("## 10. Årshjul", "## 12. Stödstruktur för samverkan")},
    {"rubrik": "Stödstruktur för samverkan", "innehall": t("## 12. Stödstruktur för samverkan", "## 13. Omvärldsbevakning")},
    {"rubrik": "Omvärldsbevakning", "innehall": t("## 13. Omvärldsbevakning", "### Planerad aktivitet 2022"), "avsnitt": [
        {"rubrik": "Planerad aktivitet 2022", "innehall": t("### Planerad aktivitet 2022", "## 13. Budget")}]},
    {"rubrik": "Budget", "innehall": [{"budget": True}]},
]

def tab(start, ncols):
    i = lines.index(start)
    return [c for c in lines[i].split("\t")][:ncols]

ex_head = ["Viktning (±5 %)", "Viktning utfall", "Målområde", "Antal mål", "Antal indika­torer",
           "Maximalt impact­värde", "Uppnått impact­värde", "Mål­uppfyllelse", "Årets impact­index"]
def example(rows):
    names = ["Samhälls- och medlemsnytta", "Jämlik samverkan", "Deltagarnöjdhet", "Samordning", "Medarbetarnöjdhet"]
    weights = [("40 %", "39 %"), ("25 %", "24 %"), ("15 %", "15 %"), ("10 %", "10 %"), ("10 %", "12 %")]
    base = [(3, 12, 68), (5, 21, 43), (5, 13, 26), (5, 15, 18), (3, 9, 21)]
    out = []
    for k, (reached, pct) in enumerate(rows[:5]):
        out.append([weights[k][0], weights[k][1], names[k], str(base[k][0]), str(base[k][1]), str(base[k][2]), str(reached), f"{pct} %", str(pct)])
    out.append(["", "", "Samordningsförbundet Umeåregionen", "21", "70", "176", str(rows[5][0]), f"{rows[5][1]} %", str(rows[5][1])])
    return out

b1 = "## Bilaga 1 Uppföljning av strategiska mål"
bilagor = [
    {"rubrik": "Uppföljning av strategiska mål", "innehall": t(b1, "### Grunden är den sociala redovisningen"), "avsnitt": [
        {"rubrik": "Grunden är den sociala redovisningen", "innehall": t("### Grunden är den sociala redovisningen", "### Principen")},
        {"rubrik": "Principen", "innehall": t("### Principen", "### Så här beräknas indexet")},
        {"rubrik": "Så här beräknas indexet", "innehall": t("### Så här beräknas indexet", "### Viktning av indikatorer")},
        {"rubrik": "Viktning av indikatorer", "innehall": [
            {"text": block("### Viktning av indikatorer", "Målområde\tViktning 2022")},
            {"tabell": {"bildtext": "Styrelsens viktning av målområdena i den sociala budgeten", "rubriker": ["Målområde", "Viktning 2022"], "rader": [
                ["Samhälls- och medlemsnytta", "39 %"], ["Jämlik samverkan", "24 %"], ["Deltagarnöjdhet", "15 %"], ["Samordning", "10 %"], ["Medarbetarnöjdhet", "12 %"]]}}]},
        {"rubrik": "Fingerade exempel på hur en uträkning går till", "innehall": [
            {"text": block("### Fingerade exempel på hur en uträkning går till", "\t\tSamordningsförbundet UMEÅREGIONEN\t\t\t\t2021 års IMPACTindex\t\t76\t")},
            {"tabell": {"bildtext": "Exempel 1. Impactindex 2021", "rubriker": ex_head,
                        "rader": example([(58, 85), (33, 77), (19, 73), (14, 78), (10, 48), (134, 76)])}},
            {"text": block("### Exempel 1. Impactindex 2021", "**Samordningsförbundet  ")},
            {"tabell": {"bildtext": "Exempel 2. Impactindex 2021", "rubriker": ex_head,
                        "rader": example([(26, 38), (33, 77), (19, 73), (14, 78), (10, 48), (102, 58)])}},
            {"text": block("### Exempel 2. Impactindex 2021", "## Bilaga 2. Social budget")}]}]},
    {"rubrik": "Social budget", "innehall": [{"socialBudget": True}]},
]

# Social budget (Bilaga 2): goals and indicators with their assessed values, as far as the seed text gives them.
start = lines.index("## Bilaga 2. Social budget")
areas = {1: "Samhälls- och medlemsnytta", 2: "Jämlik samverkan", 3: "Deltagarnöjdhet", 4: "Samordning", 5: "Medarbetarnöjdhet"}
goal_text, indicators = {}, []
five_values = [2, 1, 1, 3, 2, 3, 3, 1, 1]  # the "IMPACT index" columns printed beside målområde 5, in order
for raw in lines[start:]:
    cells = [c.strip() for c in raw.split("\t")]
    for i, c in enumerate(cells):
        if re.fullmatch(r"\d\.\d", c) and i + 1 < len(cells) and len(cells[i + 1]) > 20 and not re.fullmatch(r"\d\.\d\.\d", cells[i + 1]):
            goal_text.setdefault(c, cells[i + 1])
        if re.fullmatch(r"\d\.\d\.\d", c):
            if c.startswith("5."):
                text = cells[i + 1] if i + 1 < len(cells) and cells[i + 1] else cells[i - 1]
                indicators.append((c, text, None))
            elif i + 2 < len(cells) and re.fullmatch(r"\d+", cells[i + 2]):
                indicators.append((c, cells[i + 1], int(cells[i + 2])))
fives = [x for x in indicators if x[0].startswith("5.")]
assert len(fives) == 9, fives
indicators = [x for x in indicators if not x[0].startswith("5.")] + [(n, tx, v) for (n, tx, _), v in zip(fives, five_values)]
social = {"ar": 2022, "malomraden": []}
for nr, name in areas.items():
    goals = {}
    for n, tx, v in indicators:
        if int(n[0]) != nr: continue
        g = n[:3] if n != "5.6.1" else "5.3"
        goals.setdefault(g, []).append({"nummer": n, "text": tx, "varde": v})
    area = {"nummer": nr, "namn": name, "mal": []}
    for g, inds in goals.items():
        goal = {"nummer": g}
        if g in goal_text: goal["text"] = goal_text[g]
        goal["indikatorer"] = inds
        area["mal"].append(goal)
    social["malomraden"].append(area)
social["angivet"] = {"maxVarde": 176, "malomraden": [
    {"antalMal": 3, "antalIndikatorer": 12, "maxVarde": 68}, {"antalMal": 5, "antalIndikatorer": 21, "maxVarde": 43},
    {"antalMal": 5, "antalIndikatorer": 13, "maxVarde": 26}, {"antalMal": 5, "antalIndikatorer": 15, "maxVarde": 18},
    {"antalMal": 3, "antalIndikatorer": 9, "maxVarde": 21}]}

def same(v): return [v, v, v]
def line(text, *amounts): return {"text": text, "belopp": list(amounts)}
budget = {
    "enhet": "tkr",
    "ar": [2022, 2023, 2024],
    "egetKapitalIngaende": 1724,
    "medlemsbidrag": {
        "belopp": same(11380),
        "forsakringskassan": {"namn": "Försäkringskassan", "angivetBelopp": same(5690)},
        "region": {"namn": "Region Västerbotten", "angivetBelopp": same(2845)},
        "befolkning": {"beskrivning": "Fördelningsnyckel härledd ur planens kommunbelopp, då planen inte anger sina befolkningstal", "kalla": "verksamhetsplanens budgettabell; ersätt med SCB:s folkmängd i arbetsför ålder", "ar": 2022},
        "kommuner": [
            {"namn": "Umeå kommun", "befolkning": 2372, "angivenAndel": 83.4, "angivetBelopp": same(2372)},
            {"namn": "Vännäs kommun", "befolkning": 142, "angivenAndel": 5.0, "angivetBelopp": same(142)},
            {"namn": "Nordmalings kommun", "befolkning": 107, "angivenAndel": 3.8, "angivetBelopp": same(107)},
            {"namn": "Vindelns kommun", "befolkning": 82, "angivenAndel": 2.9, "angivetBelopp": same(82)},
            {"namn": "Robertsfors kommun", "befolkning": 107, "angivenAndel": 3.8, "angivetBelopp": same(107)},
            {"namn": "Bjurholms kommun", "befolkning": 35, "angivenAndel": 1.2, "angivetBelopp": same(35)}]},
    "ovrigaIntakter": [line("Övriga intäkter", 131, 131, 131)],
    "kostnader": [
        {"rubrik": "Kansli och styrelse", "rader": [
            line("Arvoden till styrelsen", -230, -235, -240), line("Arvoden till revisorer", -55, -60, -65),
            line("Kanslipersonal", -1680, -1620, -1720), line("Ekonomihantering", -385, -390, -395),
            line("Lokalhyra", -90, -95, -100), line("Konferens och utbildning", -35, -35, -35),
            line("Resor och logi", -35, -35, -35), line("Övrigt kontor och adm.", -115, -120, -125)],
         "angivenSumma": [-2625, -2590, -2715]},
        {"rubrik": "Verksamhetsnära kostnader", "rader": [
            line("Social redovisning", -60, -50, -40), line("Hemsidor", -20, -20, -20), line("Analys", -20, -30, -30),
            line("Kompetensutveckling och möteplatser", -300, -300, -350)],
         "angivenSumma": [-400, -400, -440]},
        {"rubrik": "Verksamheter", "rader": [
            line("Vännäs", -430, -440, -450), line("Nordmaling", -430, -440, -450), line("Vindelns", -430, -440, -450),
            line("Robertsfors", -430, -440, -450), line("Bjurholm", -430, -440, -450),
            line("Ungdomstorget", -2930, -2800, -2700), line("De sammanhållna insatserna för unga", -970, -800, -700),
            line("Vuxentorget", -2060, -2400, -2400), line("Processledare integration", -330, -330, -340),
            line("provrum kortutbildade", -600, None, None), line("Provrums medicinska underlag", -300, None, None)],
         "angivenSumma": [-9340, -8530, -8390]}],
    "finansiellaPoster": [line("Finansiella intäkter", 0, 0, 0), line("Finansiella kostnader", -15, -15, -15)],
    "angivet": {
        "summaIntakter": same(11511), "kostnaderTotalt": [-12365, -11520, -11545], "summaFinansiellaPoster": same(-15),
        "resultat": [-869, -24, -49], "egetKapitalBorjan": [1724, 855, 830], "egetKapitalSlut": [855, 830, 781]},
}

data = {
    "forbund": "Samordningsförbundet Umeåregionen",
    "titel": "Verksamhetsplan 2022–2024",
    "undertitel": "Budget 2022–2024",
    "antagen": "2021-11-26",
    "antagenAv": "styrelsen",
    "kapitel": kapitel,
    "bilagor": bilagor,
    "socialBudget": social,
    "budget": budget,
}
json.dump({"template": "verksamhetsplan", "format": "pdf", "data": data}, open(sys.argv[2], "w", encoding="utf-8"),
          ensure_ascii=False, indent=2)
print(len(indicators), "indicators;", sum(v for _, _, v in indicators), "value")
