"""A synthetic news corpus for the benchmark, built from the seeds' sentences.

The corpus is made of shards of ``SHARD_MB`` each, one directory per shard
(``shard-00/``, ``shard-01/`` ...), each holding article-sized ``.txt`` files
(2-6 KB): the seeds' own sentences (``SEED_SHARE`` of them) mixed with
sentences made from templates, filled with figures in every form the extractor
reads (digits, words, "up to", "more than", ranges, vague multiples, money,
percentages), names, places, agencies and times, and with the digits that are
not figures (dates, clock times, ordinals, identifiers).  Shard ``n`` is generated from seed ``n``
alone, so a 100 MB corpus reuses the shards of the 50 MB one, and a shard that
is already built with the same parameters is reused as it is.

    >>> rng = random.Random(1)
    >>> article = make_article(rng, _seed_sentences(SEEDS_DIR), 3000)
    >>> 2048 <= len(article.encode("utf-8")) <= 6144 + 400
    True
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SHARD_MB = 5
# Bump when the generator changes: shards built by an older one are rebuilt.
VERSION = 2
ARTICLE_BYTES = (2048, 6144)
# The share of sentences taken from the seeds as they are; the others are made
# from templates and hold one or two figures each.  At 0.65 the corpus has about
# 4 claims per KB: between the seeds (1.3) and the figure-dense dev set (6).
SEED_SHARE = 0.65
_STAMP = ".params.json"

PLACES = ["Aleppo", "Idlib", "Homs", "Damascus", "Raqqa", "Deir ez-Zor", "Mosul", "Baghdad", "Gaza",
          "Khan Younis", "Rafah", "Kharkiv", "Mariupol", "Bakhmut", "Kyiv", "Donetsk", "Sanaa", "Hodeidah",
          "Marib", "Tripoli", "Benghazi", "Khartoum", "El Fasher", "Darfur", "Kabul", "Kandahar",
          "Mogadishu", "Goma", "Tigray", "Mekelle", "Syria", "Iraq", "Yemen", "Sudan", "Ukraine", "Libya",
          "Lebanon", "Turkey", "Jordan", "Afghanistan", "Somalia", "Ethiopia", "Myanmar", "the West Bank"]
AGENCIES = ["the UN", "the United Nations", "the UN refugee agency", "UNHCR", "the World Health Organization",
            "the Syrian Observatory for Human Rights", "Human Rights Watch", "Amnesty International",
            "the International Committee of the Red Cross", "the health ministry", "the interior ministry",
            "the defense ministry", "the Turkish defense ministry", "Russia's Defense Ministry",
            "local officials", "the army", "the rebels", "medical sources", "activists", "OCHA",
            "the Office for the Coordination of Humanitarian Affairs", "Doctors Without Borders",
            "the civil defence", "the White Helmets", "the governor", "police", "the Kremlin", "Ankara"]
PEOPLE = ["Dmitry Peskov", "Maria Zakharova", "Hulusi Akar", "Antonio Guterres", "Filippo Grandi",
          "Rami Abdurrahman", "Peter Maurer", "Martin Griffiths", "Stephane Dujarric", "Tedros Adhanom",
          "Sergei Lavrov", "Mevlut Cavusoglu", "Geir Pedersen", "Staffan de Mistura", "Ahmed Hassan",
          "Fatima Al-Sayed", "John Kirby", "Volker Turk"]
TITLES = ["a spokesman for the ministry", "the UN envoy", "the head of the observatory",
          "the organisation's regional director", "a senior official", "the governor of the province",
          "a local council member", "the foreign minister"]
OUTLETS = ["AFP", "Reuters", "AP", "TASS", "IRNA", "Anadolu", "Al Jazeera", "TRTWorld", "Xinhua", "dpa"]
SUBJECTS_KILLED = ["people", "civilians", "soldiers", "fighters", "children", "rebels", "militants",
                   "police officers", "aid workers", "Syrian rebel fighters", "Turkish personnel",
                   "government troops", "women and children", "members of the security forces"]
SUBJECTS_DISPLACED = ["people", "refugees", "Syrians", "families", "residents", "civilians",
                      "internally displaced people", "asylum seekers", "migrants"]
SUBJECTS_OTHER = ["trucks", "tents", "schools", "hospitals", "observation posts", "tonnes of food aid",
                  "airstrikes", "rounds of talks", "checkpoints", "villages", "ambulances", "buildings"]
KILLED = ["were killed", "have been killed", "died", "were killed in airstrikes", "lost their lives",
          "were reported dead", "were killed by shelling", "have died since the offensive began"]
WOUNDED = ["were wounded", "were injured", "suffered injuries", "were hurt", "were treated for wounds"]
DISPLACED = ["have fled", "were displaced", "fled their homes", "have been forced from their homes",
             "were evacuated", "are sheltering in camps"]
MISSING_DETAINED = ["remain missing", "were arrested", "are still unaccounted for", "were detained",
                    "were abducted", "are being held"]
TIMES = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "at the weekend",
         "this month", "last week", "since March 2011", "over the past six weeks", "in recent days",
         "since the start of the year", "in the past 24 hours", "overnight", "earlier this year",
         "since the uprising began", "in 2016", "last year"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
QUALIFIERS = ["up to", "more than", "at least", "about", "around", "nearly", "almost", "as many as",
              "fewer than", "an estimated", "some", "over", "roughly", "no fewer than", "less than",
              "upwards of", "approximately"]
VAGUE = ["dozens", "scores", "hundreds", "thousands", "tens of thousands", "hundreds of thousands",
         "millions", "several hundred", "a few dozen", "several thousand", "a few hundred"]
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
       "sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

TEMPLATES = [
    "{Agency} said {fig} {killed_subj} {killed} in {place} {time}.",
    "According to {agency}, {fig} {killed_subj} {killed} {time}.",
    "“{Fig} {killed_subj} {killed} in {place},” {person}, {title}, told reporters.",
    "The death toll in {place} rose to {fig}, {agency} said {time}.",
    "{Place} is already home to {fig} refugees, {agency} said.",
    "Since {month} {year}, {fig} {displaced_subj} {displaced} in {place}, {agency} estimates.",
    "{Agency} put the number of {killed_subj} killed at {fig}, while {agency2} said {fig2} {killed}.",
    "{Person} denied reports that {fig} {killed_subj} {killed} in {place}, calling them false.",
    "Another {fig} {wounded_subj} {wounded} {time}, {person} said.",
    "{Agency} said {fig} {other_subj} had reached {place} {time}.",
    "The {place} offensive, which began on {month} {day}, {year}, has cost {fig} lives.",
    "The UN appealed for ${small}.{digit} billion to help {fig} displaced families in {place}.",
    "{pct} percent of the buildings in {place} were damaged, {agency} said.",
    "{Fig} {detained_subj} {detained} in {place} {time}, {agency} said in a statement.",
    "Officials in {place} said on {weekday} that {fig} {killed_subj} {killed} and {fig2} {wounded}.",
    "At the {ordinal} round of talks in {place} at 10:30 a.m., delegates discussed Resolution {resolution}.",
    "A Su-24 and two AH-64 helicopters were seen over {place} on {month} {day}, {person} said.",
    "The {age}-year-old {role} was among {fig} {detained_subj} {detained} {time}.",
    "{Person} told {outlet} that the five-year conflict had left {fig} {displaced_subj} in need of aid.",
    "{Agency} has recorded {fig} {wounded_subj} since {month}, up from {fig2} a year earlier.",
    "Rebels fired {fig} rockets at {place}, and {fig2} {killed_subj} {killed}, {agency} said.",
    "“We have {fig} {other_subj} and we need {fig2} more,” {person} said.",
    "The convoy of {fig} trucks entered {place} {time}, {outlet} reported.",
    "Some {pct}% of the population of {place} depends on aid, the WHO said on {weekday}.",
    "The G20 and COVID-19 dominated the agenda, but {fig} {displaced_subj} in {place} were not mentioned.",
]


def shard_params(index: int) -> dict:
    return {"version": VERSION, "shard": index, "shard_mb": SHARD_MB, "article_bytes": list(ARTICLE_BYTES),
            "seed_share": SEED_SHARE}


def build_corpus(root: Path, size_mb: int, log=print) -> list[Path]:
    """The shard directories of a corpus of at least ``size_mb`` MB under ``root``, built if needed."""
    sentences = _seed_sentences(SEEDS_DIR)
    shards = []
    for index in range(-(-size_mb // SHARD_MB)):
        shard = root / f"shard-{index:02d}"
        params = shard_params(index)
        stamp = shard / _STAMP
        if not (stamp.exists() and json.loads(stamp.read_text()) == params):
            log(f"building {shard} ({SHARD_MB} MB)")
            _build_shard(shard, random.Random(index), sentences)
            stamp.write_text(json.dumps(params))
        shards.append(shard)
    return shards


def build_jsonl(shard: Path, target: Path) -> Path:
    """The documents of one shard as one JSONL file (id, text, source), rebuilt when the shard is newer."""
    stamp = shard / _STAMP
    if target.exists() and target.stat().st_mtime >= stamp.stat().st_mtime:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for path in sorted(shard.glob("*.txt")):
            out.write(json.dumps({"id": path.name, "text": path.read_text(encoding="utf-8"),
                                  "source": "bench"}, ensure_ascii=False) + "\n")
    partial.replace(target)
    return target


def corpus_bytes(shards: list[Path]) -> int:
    return sum(p.stat().st_size for shard in shards for p in shard.glob("*.txt"))


def _build_shard(shard: Path, rng: random.Random, sentences: list[str]) -> None:
    if shard.exists():
        shutil.rmtree(shard)
    partial = shard.with_name(shard.name + ".partial")
    if partial.exists():
        shutil.rmtree(partial)
    partial.mkdir(parents=True)
    written, number = 0, 0
    while written < SHARD_MB * 2**20:
        text = make_article(rng, sentences, rng.randint(*ARTICLE_BYTES))
        data = text.encode("utf-8")
        (partial / f"{number:05d}.txt").write_bytes(data)
        written += len(data)
        number += 1
    os.replace(partial, shard)


def _seed_sentences(seeds: Path) -> list[str]:
    """The seeds' sentences: every line cut at full stops followed by a capital."""
    out = []
    for path in sorted(seeds.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) > 40 and not line.startswith(("#", "<", "-")):
                out += [s for s in re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"‘])", line) if len(s) > 30]
    return out


def make_article(rng: random.Random, sentences: list[str], size: int) -> str:
    """One article of about ``size`` bytes: title, byline, date, dateline, paragraphs, maybe a sign-off."""
    place = rng.choice(PLACES)
    outlet = rng.choice(OUTLETS)
    head = [f"{rng.choice(['Fighting', 'Talks', 'Strikes', 'Aid', 'Clashes'])} in {place}: "
            f"{_figure(rng).capitalize()} {rng.choice(SUBJECTS_KILLED)} {rng.choice(KILLED)}", ""]
    if rng.random() < 0.5:
        head += [f"By {rng.choice(PEOPLE)} ({outlet})", ""]
    if rng.random() < 0.6:
        head += [f"{rng.choice(MONTHS)} {rng.randint(1, 28):02d}, {rng.randint(2012, 2025)}", ""]
    body: list[str] = []
    length = sum(len(line) + 1 for line in head)
    paragraph: list[str] = []
    if rng.random() < 0.5:
        paragraph.append(f"{place.upper().removeprefix('THE ')} ({outlet}) - " + _sentence(rng, sentences))
    while length < size:
        sentence = _sentence(rng, sentences)
        paragraph.append(sentence)
        length += len(sentence.encode("utf-8")) + 1
        if len(paragraph) >= rng.randint(1, 4):
            body.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        body.append(" ".join(paragraph))
    gap = "\n\n" if rng.random() < 0.6 else "\n"
    tail = rng.choice(["", f"\n\n- source : {outlet}", f"\n\n{outlet}, {rng.choice(OUTLETS)}", ""])
    return "\n".join(head) + gap.join(body) + tail + "\n"


def _sentence(rng: random.Random, sentences: list[str]) -> str:
    if rng.random() < SEED_SHARE:
        return rng.choice(sentences)
    fields = {
        "agency": rng.choice(AGENCIES), "agency2": rng.choice(AGENCIES), "place": rng.choice(PLACES),
        "person": rng.choice(PEOPLE), "title": rng.choice(TITLES), "outlet": rng.choice(OUTLETS),
        "time": rng.choice(TIMES), "month": rng.choice(MONTHS), "weekday": rng.choice(WEEKDAYS),
        "year": rng.randint(2011, 2025), "day": rng.randint(1, 28), "fig": _figure(rng), "fig2": _figure(rng),
        "killed_subj": rng.choice(SUBJECTS_KILLED), "wounded_subj": rng.choice(SUBJECTS_KILLED),
        "displaced_subj": rng.choice(SUBJECTS_DISPLACED), "detained_subj": rng.choice(SUBJECTS_KILLED),
        "other_subj": rng.choice(SUBJECTS_OTHER), "killed": rng.choice(KILLED), "wounded": rng.choice(WOUNDED),
        "displaced": rng.choice(DISPLACED), "detained": rng.choice(MISSING_DETAINED),
        "small": rng.randint(1, 9), "digit": rng.randint(0, 9), "pct": rng.randint(2, 95),
        "ordinal": rng.choice(["4th", "second", "21st", "third", "fifth"]), "resolution": rng.randint(1000, 2800),
        "age": rng.randint(14, 80), "role": rng.choice(["journalist", "doctor", "activist", "teacher", "farmer"]),
    }
    fields.update({k[:1].upper() + k[1:]: _capital(v) for k, v in list(fields.items()) if isinstance(v, str)})
    return rng.choice(TEMPLATES).format(**fields)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _figure(rng: random.Random) -> str:
    """A figure in one of the forms news copy writes them in."""
    form = rng.random()
    if form < 0.25:
        core = str(rng.randint(2, 99))
    elif form < 0.4:
        core = f"{rng.randint(1, 999) * rng.choice([10, 100, 1000]) + rng.randint(0, 9):,}"
    elif form < 0.5:
        core = f"{rng.randint(1, 9)}.{rng.randint(1, 9)} {rng.choice(['million', 'billion'])}"
    elif form < 0.53:
        return rng.choice([f"{rng.randint(2, 900)}k", f"{rng.randint(1, 9)}.{rng.randint(1, 9)}m", f"{rng.randint(2, 99)}+"])
    elif form < 0.7:
        core = _spelled(rng.randint(2, 999))
    elif form < 0.75:
        core = rng.choice(["half a million", "a quarter of a million", "a dozen", "two and a half million",
                           "one hundred and twenty", "a million and a half", "three hundred thousand"])
    elif form < 0.85:
        return rng.choice(VAGUE)
    else:
        low = rng.randint(2, 90) * rng.choice([1, 10, 1000])
        high = low + rng.randint(1, 9) * (low // 10 + 1)
        return rng.choice([f"{low:,}-{high:,}", f"between {low:,} and {high:,}", f"from {low} to {high}",
                           f"{low} to {high}"])
    return f"{rng.choice(QUALIFIERS)} {core}" if rng.random() < 0.4 else core


def _spelled(n: int) -> str:
    """
    >>> _spelled(342), _spelled(17), _spelled(60)
    ('three hundred and forty-two', 'seventeen', 'sixty')
    """
    if n >= 100:
        rest = n % 100
        return f"{ONES[n // 100]} hundred" + (f" and {_spelled(rest)}" if rest else "")
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")
