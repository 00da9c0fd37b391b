"""Format coverage of the PII recognizers on generated values, rerunnable.

    .venv/bin/python evals/pii_formats.py [--n 400] [--seed 7] [--errors]
    AURIXA_DATA_DIR=... .venv/bin/python evals/pii_formats.py --dev-refill [--seed 0]

Faker (already a dependency: the name lists come from it) writes person names, phone
numbers, dates and street addresses of many locales; each value is put into one of
our own sentence frames (patient messages and form lines, written for this script,
none taken from an eval set), and `find_pii` runs on the sentence. The table gives,
per entity, the share of values found (a predicted span of the same type overlapping
the value), the share found exactly, and how many spans of that type fell outside the
value (false spans on the frame's own words). The same seed gives the same sentences.

This measures formats, not contexts: the frames are few and plain, so a high recall
here says the shapes are known, not that every sentence around them is.

`--dev-refill` measures contexts instead: each sentence frame of the synthetic set's
development half (even template ids, the ones the recognizers are revised on) is
filled again, ten times, with values drawn from the other development sentences, so a
frame is scored with names, streets and dates it was not written with. The held-out
half (odd template ids) is never read. Frames written in lower case get lower-case
values. Scored as `evals/safety.py` scores the set (overlap, the same entity map).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

from faker import Faker

# The set's entity types mapped to ours and the F-score, exactly as the main eval scores
# them (evals/safety.py, beside this script).
from safety import PII_MAP, prf

from aurixa.safety.detectors.pii import find_pii

DATA = Path(
    os.environ.get("AURIXA_DATA_DIR")
    or Path(__file__).resolve().parents[1].parent / "shared" / "data"
)
# The synthetic set's types mapped to ours, as evals/safety.py maps them.
_SLOT = re.compile(r"\{\{(\w+)\}\}")

LOCALES = [
    "en_US", "en_GB", "en_AU", "en_IE", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "es_ES",
    "es_MX", "es_AR", "it_IT", "nl_NL", "nl_BE", "pt_PT", "pt_BR", "pl_PL", "cs_CZ", "sk_SK",
    "hu_HU", "fi_FI", "sv_SE", "da_DK", "no_NO", "is_IS", "et_EE", "lv_LV", "lt_LT", "sl_SI",
    "hr_HR", "ro_RO", "tr_TR",
]  # fmt: skip

# Our own frames; {} is where the value goes.
FRAMES: dict[str, list[str]] = {
    "PERSON": [
        "Hi, my name is {} and I need to reschedule.",
        "Can {} pick up my prescription tomorrow?",
        "I spoke to {} at the front desk yesterday.",
        "Patient: {}\nReason: follow-up",
        "My daughter {} has had a fever since Sunday.",
        "Please send the results to {} as well.",
        "{} called about the invoice.",
        "The referral letter was signed by {}.",
        "Is {} still working at the clinic?",
        "Emergency contact: {}, my husband",
        "I'd like to book with {} again next month.",
        "Thanks, {}!",
    ],
    "PHONE_NUMBER": [
        "You can reach me on {} after 5pm.",
        "My new number is {}.",
        "Phone: {}\nEmail: on file",
        "call me back at {} please",
        "Mobile {} (evenings only)",
        "If I don't answer, text {} instead.",
        "Her phone is {}, she's my carer.",
        "Contact number {}",
    ],
    "DATE": [
        "I was born on {}.",
        "DOB: {}",
        "My last tetanus shot was {}.",
        "The surgery was on {} at St Mary's.",
        "Can I move the appointment from {}?",
        "Date of injury: {}",
        "She started the new tablets {}.",
        "We came back from the trip on {} and he got sick.",
    ],
    "STREET_ADDRESS": [
        "My address is {}.",
        "Please send the forms to {}.",
        "We moved to {} last month.",
        "Address: {}\nPhone: on file",
        "Can the nurse visit me at {}?",
        "I live at {} with my son.",
        "Ship the meter to {} please.",
        "Billing address: {}",
    ],
}

DATE_FORMATS = [
    "%B %d, %Y", "%d %B %Y", "%m/%d/%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%b %d, %Y",
    "%d %b %Y", "%A, %B %d, %Y", "%B %Y", "%Y", "%Y-%m-%d %H:%M:%S", "%d-%b-%Y", "%m/%d/%y",
    "%d %B %Y at %H:%M", "%b. %d",
]  # fmt: skip


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _date(fake: Faker, rng: random.Random) -> str:
    day = fake.date_between(start_date=date(1935, 1, 1), end_date=date(2030, 12, 31))
    when = datetime.combine(day, time(rng.randrange(24), rng.randrange(60), rng.randrange(60)))
    if rng.random() < 0.15:
        # Ordinal days as people write them: "the 3rd of May", "May 3rd, 2019".
        return rng.choice(
            [
                f"the {_ordinal(day.day)} of {day:%B}",
                f"{day:%B} {_ordinal(day.day)}, {day:%Y}",
                f"{_ordinal(day.day)} {day:%B} {day:%Y}",
            ]
        )
    return when.strftime(rng.choice(DATE_FORMATS))


def _person(fake: Faker, rng: random.Random) -> str:
    shape = rng.random()
    if shape < 0.5:
        return str(fake.name())
    if shape < 0.7:
        return f"{fake.first_name()} {fake.last_name()}"
    if shape < 0.85:
        return str(fake.first_name())
    return f"{fake.first_name()} {fake.first_name()[0]}. {fake.last_name()}"


GENERATORS: dict[str, Callable[[Faker, random.Random], str]] = {
    "PERSON": _person,
    "PHONE_NUMBER": lambda fake, rng: str(fake.phone_number()),
    "DATE": _date,
    "STREET_ADDRESS": lambda fake, rng: str(
        fake.street_address() if rng.random() < 0.7 else fake.address()
    ),
}


def run(n: int, seed: int, show_errors: bool) -> None:
    rng = random.Random(seed)
    fakers = {locale: Faker(locale) for locale in LOCALES}
    for i, fake in enumerate(fakers.values()):
        fake.seed_instance(seed + i)
    print(f"## PII formats: {n} generated values per entity, seed {seed}\n")
    print("| entity | values | recall | exact-span recall | false spans of the type |")
    print("|---|---|---|---|---|")
    errors: list[str] = []
    for entity, frames in FRAMES.items():
        found = exact = false = 0
        for _ in range(n):
            locale = rng.choice(LOCALES)
            value = GENERATORS[entity](fakers[locale], rng).strip()
            frame = rng.choice(frames)
            text = frame.format(value)
            start = frame.index("{}")
            end = start + len(value)
            spans = [(s, e) for kind, s, e in find_pii(text) if kind == entity]
            hit = any(s < end and start < e for s, e in spans)
            found += hit
            exact += (start, end) in spans
            outside = [(s, e) for s, e in spans if not (s < end and start < e)]
            false += len(outside)
            if show_errors and not hit:
                errors.append(f"missed {entity} ({locale}) {value!r} in {text!r}")
            if show_errors:
                errors += [f"false {entity} {text[s:e]!r} in {text!r}" for s, e in outside]
        print(f"| {entity} | {n} | {found / n:.3f} | {exact / n:.3f} | {false} |")
    if show_errors:
        print()
        for line, count in sorted(Counter(errors).items()):
            print(f"- {line}" + (f" (x{count})" if count > 1 else ""))


def dev_refill(seed: int, fills: int, show_errors: bool) -> None:
    records = json.loads((DATA / "presidio_synth_pii" / "synth_dataset_v2.json").read_text("utf-8"))
    dev = [r for r in records if int(str(r["template_id"])) % 2 == 0]
    pool: dict[str, list[str]] = defaultdict(list)
    frames: dict[tuple[str, bool], None] = {}
    for rec in dev:
        lower = str(rec["full_text"]) == str(rec["full_text"]).lower()
        frames[(str(rec["masked"]), lower)] = None
        if not lower:
            for span in rec["spans"]:  # type: ignore[attr-defined]
                pool[str(span["entity_type"])].append(str(span["entity_value"]))
    rng = random.Random(seed)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp fp fn
    errors: Counter[str] = Counter()
    for masked, lower in frames:
        for _ in range(fills):
            parts: list[str] = []
            gold: list[tuple[str, int, int]] = []
            last = length = 0
            for slot in _SLOT.finditer(masked):
                parts.append(masked[last : slot.start()])
                length += slot.start() - last
                kind = slot.group(1)
                value = rng.choice(pool[kind]) if pool[kind] else kind
                value = value.lower() if lower else value
                parts.append(value)
                if kind in PII_MAP:
                    gold.append((PII_MAP[kind], length, length + len(value)))
                length += len(value)
                last = slot.end()
            text = "".join(parts) + masked[last:]
            pred = find_pii(text)
            for kind, s, e in gold:
                hit = any(k == kind and ps < e and s < pe for k, ps, pe in pred)
                counts[kind][0 if hit else 2] += 1
                if not hit:
                    errors[f"missed {kind} {text[s:e]!r} in {masked[:120]!r}"] += 1
            for kind, s, e in pred:
                if kind in counts and not any(
                    k == kind and s < ge and gs < e for k, gs, ge in gold
                ):
                    counts[kind][1] += 1
                    errors[f"false {kind} {text[s:e]!r} in {masked[:120]!r}"] += 1
    print(f"## Development frames refilled: {len(frames)} frames x {fills}, seed {seed}\n")
    print("| entity | gold spans | precision | recall | F2 |")
    print("|---|---|---|---|---|")
    total = [0, 0, 0]
    for kind in sorted(counts):
        tp, fp, fn = counts[kind]
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        print(
            f"| {kind} | {tp + fn} | "
            + " | ".join(f"{x:.3f}" for x in prf(tp, fp, fn, beta=2.0))
            + " |"
        )
    print(
        f"| **all** | {total[0] + total[2]} | "
        + " | ".join(f"{x:.3f}" for x in prf(*total, beta=2.0))
        + " |"
    )
    if show_errors:
        print()
        for line, count in sorted(errors.items()):
            print(f"- {line}" + (f" (x{count})" if count > 1 else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=400, help="values per entity")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--errors", action="store_true", help="print the misses and false spans")
    parser.add_argument(
        "--dev-refill",
        action="store_true",
        help="the synthetic set's development frames refilled with other development values",
    )
    args = parser.parse_args()
    if args.dev_refill:
        dev_refill(args.seed, 10, args.errors)
    else:
        run(args.n, args.seed, args.errors)


if __name__ == "__main__":
    main()
