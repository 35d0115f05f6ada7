#!/usr/bin/env python3
"""Deterministic benchmark corpus for claimlint.

Writes N articles per story as a JSONL file (one article a line, with its date) and,
beside it, the ground truth of the conflicts it injected. Stories are consistent
templates; each article rewords, reorders and redates them (other outlets'
datelines). A known fraction of articles gets exactly one injected conflict:

  figure   a figure moved well outside its tolerance      -> figure-mismatch
  name     a person's surname misspelt (one or two edits)  -> name-variant
  office   an office given to someone who does not hold it -> role-mismatch/fact-mismatch
  weekday  a weekday that does not fit its date            -> weekday-mismatch

Usage: gen_corpus.py OUT.jsonl --bytes 10000000 [--seed 7] [--fraction 0.05]
The truth goes to OUT.truth.jsonl: {"doc": "OUT.jsonl#ID", "kind", "text"}.
"""
import argparse
import json
import random

OUTLETS = ["Wire", "Daily Ledger", "Evening Post", "Global Desk", "Courier", "Herald", "Observer", "Dispatch"]

# Each story: paragraphs with slots. {w} picks a wording variant; figures, names and
# dates are slots the injector can change. Every article of a story says the same.
STORIES = [
    {
        "id": "minerals",
        "cities": ["Tokyo", "Washington", "Singapore", "Sydney"],
        "date": (2025, 10, 29),
        "paras": [
            "{city}, Oct 29 ({outlet}) The United States and Japan signed a critical minerals agreement in Tokyo on Tuesday, officials {said}.",
            "Japan's Prime Minister {pm} {hailed} the agreement as a step toward secure supply chains.",
            "China controls {about} 90% of global rare earth refining, analysts {said}.",
            "Chinese mines produce {about} 70% of global rare earth output, according to industry data.",
            "Treasury Secretary {ts} said talks with Beijing would continue next month.",
            "The talks were held on {weekday}, {md}, 2025, at the prime minister's office.",
        ],
        "slots": {"pm": "Sanae Takaichi", "ts": "Scott Bessent", "weekday": "Tuesday", "md": "October 28"},
        "figures": ["90%", "70%"],
        "wrong_people": {"pm": "Taro Kono"},
    },
    {
        "id": "floods",
        "cities": ["Nairobi", "Mombasa", "Kisumu", "Nakuru"],
        "date": (2025, 3, 5),
        "paras": [
            "{city}, March 5 ({outlet}) Kenyan President {pres} visited the flooded valley, officials {said}.",
            "The floods have displaced {about} 15,000 people across the valley, the Red Cross {said}.",
            "Rainfall reached {about} 240 millimetres in two days, the weather service {said}.",
            "Kenya's Foreign Minister {fm} asked partners for emergency aid.",
            "The rains began on {weekday}, {md}, 2025, and the river burst its banks overnight.",
        ],
        "slots": {"pres": "William Ruto", "fm": "Musalia Mudavadi", "weekday": "Sunday", "md": "March 2"},
        "figures": ["15,000", "240"],
        "wrong_people": {"pres": "Raila Odinga"},
    },
    {
        "id": "election",
        "cities": ["Berlin", "Munich", "Hamburg", "Frankfurt"],
        "date": (2025, 5, 7),
        "paras": [
            "{city}, May 7 ({outlet}) German Chancellor {chan} addressed parliament, aides {said}.",
            "Turnout in the February election was {about} 82% of eligible voters, officials {said}.",
            "The coalition holds {about} 328 seats in the lower house.",
            "Germany's Finance Minister {fin} presented the budget plan.",
            "The vote was held on {weekday}, {md}, 2025, across the country.",
        ],
        "slots": {"chan": "Friedrich Merz", "fin": "Lars Klingbeil", "weekday": "Tuesday", "md": "May 6"},
        "figures": ["82%", "328"],
        "wrong_people": {"chan": "Olaf Scholz"},
    },
    {
        "id": "results",
        "cities": ["Toyota City", "Nagoya", "Tokyo", "Osaka"],
        "date": (2025, 5, 8),
        "paras": [
            "{city}, May 8 ({outlet}) Toyota reported an operating profit of {about} $32 billion for the year, the company {said}.",
            "Vehicle sales reached {about} 10.3 million units worldwide, the company {said}.",
            "Japan's Finance Minister {fin} said tariffs would weigh on exporters.",
            "Results were released on {weekday}, {md}, 2025, after the market closed.",
        ],
        "slots": {"fin": "Katsunobu Kato", "weekday": "Thursday", "md": "May 8"},
        "figures": ["$32 billion", "10.3 million"],
        "wrong_people": {"fin": "Shunichi Suzuki"},
    },
]

WORDS = {
    "said": ["said", "said on the record", "told reporters", "said in a statement"],
    "hailed": ["hailed", "welcomed", "praised"],
    "about": ["about", "roughly", "nearly", "around", ""],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def misspell(rng, name):
    first, last = name.rsplit(" ", 1)
    i = rng.randrange(1, len(last) - 1)
    letters = "aeioutnrs"
    c = rng.choice([x for x in letters if x != last[i]])
    return f"{first} {last[:i]}{c}{last[i + 1:]}"


def scale_figure(fig):
    """Moves a figure far outside any tolerance: x0.5, keeping its form."""
    num = "".join(ch for ch in fig if ch.isdigit() or ch == ".")
    value = float(num) * 0.5
    text = f"{value:,.0f}" if "," in fig or float(num) >= 1000 else (f"{value:.1f}" if "." in num else f"{value:.0f}")
    return fig.replace(num if "," not in fig else fig.rstrip("%"), text)


def article(rng, story, n, inject):
    slots = dict(story["slots"])
    truth = None
    kind = inject
    if kind == "name":
        key = rng.choice([k for k in slots if k not in ("weekday", "md")])
        wrong = misspell(rng, slots[key])
        slots[key] = wrong
        truth = ("name", wrong)
    elif kind == "office":
        key = rng.choice(list(story["wrong_people"]))
        slots[key] = story["wrong_people"][key]
        truth = ("office", slots[key])
    elif kind == "weekday":
        slots["weekday"] = rng.choice([w for w in WEEKDAYS if w != slots["weekday"]])
        truth = ("weekday", slots["weekday"])
    paras = list(story["paras"])
    head, body = paras[0], paras[1:]
    rng.shuffle(body)
    out = []
    fig_target = rng.choice(story["figures"]) if kind == "figure" else None
    for p in [head] + body:
        text = p.format(
            city=rng.choice(story["cities"]),
            outlet=rng.choice(OUTLETS),
            said=rng.choice(WORDS["said"]),
            hailed=rng.choice(WORDS["hailed"]),
            about=rng.choice(WORDS["about"]),
            **slots,
        ).replace("  ", " ")
        if fig_target and fig_target in text:
            changed = scale_figure(fig_target)
            text = text.replace(fig_target, changed, 1)
            truth = ("figure", changed)
            fig_target = None
        out.append(text)
    y, m, d = story["date"]
    return {"id": f"{story['id']}-{n:07d}", "date": f"{y:04d}-{m:02d}-{d:02d}", "text": "\n\n".join(out) + "\n"}, truth


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--bytes", type=int, default=10_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--fraction", type=float, default=0.05)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    kinds = ["figure", "name", "office", "weekday"]
    written = 0
    n = 0
    with open(a.out, "w", encoding="utf-8") as out, open(a.out.rsplit(".", 1)[0] + ".truth.jsonl", "w", encoding="utf-8") as truth:
        while written < a.bytes:
            story = STORIES[n % len(STORIES)]
            # The first articles of each story stay clean: they set the consensus.
            inject = rng.choice(kinds) if n >= 4 * len(STORIES) and rng.random() < a.fraction else None
            art, t = article(rng, story, n, inject)
            line = json.dumps(art, ensure_ascii=False)
            out.write(line + "\n")
            written += len(line.encode()) + 1
            if t:
                truth.write(json.dumps({"doc": f"{a.out}#{art['id']}", "kind": t[0], "text": t[1]}) + "\n")
            n += 1
    print(f"{n} articles, {written} bytes -> {a.out}")


if __name__ == "__main__":
    main()
