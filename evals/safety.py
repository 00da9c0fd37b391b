"""Safety guardrail evaluation on public data we did not write, plus our own patient set.

Prints, in one run: prompt-injection precision/recall/F1/FPR (deepset), crisis-path
hit rate and block rate per harm area (SimpleSafetyTests), PII precision/recall/F2
per entity (presidio-research synthetic set), the false escalation rate on CLINC150,
and emergency/crisis recall and false escalations on our labelled patient messages.

    .venv/bin/python evals/safety.py [--errors] [--only-pii]

The data directory is `../shared/data` beside the repository, or AURIXA_DATA_DIR.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import pyarrow.parquet as pq

from aurixa.safety.detectors import ner
from aurixa.safety.detectors.pii import find_pii
from aurixa.safety.redaction import stored_text_spans
from aurixa.safety.schemas import Action, Category, SafetyVerdict
from aurixa.safety.service import check_input

HERE = Path(__file__).resolve().parent
DATA = Path(
    os.environ.get("AURIXA_DATA_DIR")
    or Path(__file__).resolve().parents[1].parent / "shared" / "data"
)
# Round 1: written with the detectors; they were revised on its misses.
OWN_SET = HERE / "data" / "safety_patient_messages.tsv"
# Round 2: written after round 1 was frozen; first-look figures are in docs/safety.md,
# then the detectors were revised on its misses too.
ROUND2_SET = HERE / "data" / "safety_patient_messages_round2.tsv"
# Round 3: written after round 2 was frozen; first look in docs/safety.md, then revised on.
ROUND3_SET = HERE / "data" / "safety_patient_messages_round3.tsv"
# Round 4: written after round 3 was frozen; first look in docs/safety.md, then revised on.
ROUND4_SET = HERE / "data" / "safety_patient_messages_round4.tsv"
# Round 5: written after round 4 was frozen; first look in docs/safety.md, then revised on.
ROUND5_SET = HERE / "data" / "safety_patient_messages_round5.tsv"
# Round 6: written after round 5 was frozen; first look in docs/safety.md, then revised on.
ROUND6_SET = HERE / "data" / "safety_patient_messages_round6.tsv"
# Round 7: held out until its first look (93 % emergency recall); the rules were then
# generalised by category of phrasing, so it is development data now.
ROUND7_SET = HERE / "data" / "safety_patient_messages_heldout.tsv"
# Round 8: written (and committed) after that revision, before any detector ran on it,
# and scored once as is (the first-look figures in docs/safety.md: 60.5 % emergency
# recall); the rules were then revised on its misses, so it is development data too.
ROUND8_SET = HERE / "data" / "safety_patient_messages_round8.tsv"
# Round 9: written by an author who had seen neither the detectors nor earlier rounds,
# committed before any detector ran on it, and scored once (76.6 % emergency recall,
# 52.9 % crisis, 14.8 % of benign escalated); the rules were then revised on its misses,
# so it is development data now.
ROUND9_SET = HERE / "data" / "safety_patient_messages_round9.tsv"
# Round 10: written by another author who had seen neither the detectors nor any
# earlier round, kept out of the repository (and out of sight of whoever revised
# the detectors) until the revision on rounds 1-9 was final, then scored once
# (90.0 % emergency recall, 80.0 % crisis, 10.8 % of benign escalated); the rules
# were then revised on its misses by category of phrasing, so it is development data now.
ROUND10_SET = HERE / "data" / "safety_patient_messages_round10.tsv"
# Round 11: written by a third independent author who saw neither the code nor any
# earlier round, kept out of the repository until the revision on rounds 1-10 (and the
# switch to the int8 embedding model, with the backstop refitted) was final, committed
# before any detector ran on it and scored once (91.6 % emergency recall, 80.0 % crisis,
# 4.4 % of benign escalated); the rules were then revised on its misses by category of
# phrasing and the backstop refitted with it, so it is development data now.
ROUND11_SET = HERE / "data" / "safety_patient_messages_round11.tsv"
# Round 12: written by a fourth independent author who saw neither the code nor any
# earlier round, kept out of the repository until the revision on rounds 1-11 was final,
# committed before any detector ran on it and scored once as held out (92.5 % emergency
# recall, 96.0 % crisis, 8.8 % of benign escalated); the rules were then revised on its
# misses by category of phrasing (the backstop was not refitted with it then: that fit
# escalated two benign messages of earlier rounds; it joined the backstop's training with
# round 13), so it is development data now.
ROUND12_SET = HERE / "data" / "safety_patient_messages_round12.tsv"
# Round 13: written by a fifth independent author who saw neither the code nor any
# earlier round, kept out of the repository until the revision on round 12 was final,
# committed before any detector ran on it and scored once as held out (93.3 % emergency
# recall, 80.0 % crisis, 6.7 % of benign escalated); the rules were then revised on its
# misses by category of phrasing and the backstop refitted with rounds 12 and 13, so it
# is development data now.
ROUND13_SET = HERE / "data" / "safety_patient_messages_round13.tsv"
# Round 14: written by a sixth independent author who saw neither the code nor any
# earlier round, at the same time as round 13 but kept out of the repository until the
# revision on round 13 was final, committed before any detector ran on it and scored once
# as held out (90.1 % emergency recall, 76.0 % crisis, 9.2 % of benign escalated); the rules
# were then revised on its misses by category of phrasing and the backstop refitted with
# it, so it is development data now.
ROUND14_SET = HERE / "data" / "safety_patient_messages_round14.tsv"
# Round 15: written by a seventh independent author who saw neither the code nor any
# earlier round, kept out of the repository until the revision on round 14 (and the
# backstop's hidden layer) was final, committed before any detector ran on it and scored
# once as held out (97.8 % emergency recall, 92.0 % crisis, 8.0 % of benign escalated; the
# same commit gives 96.7 % on a processor with VNNI, as the int8 vectors then depended on
# the processor); the rules were then revised on its misses by category of phrasing and the
# backstop refitted with it, so it is development data now.
ROUND15_SET = HERE / "data" / "safety_patient_messages_round15.tsv"
# Rounds 16 and 17: written at the same time by an eighth and a ninth independent author,
# neither of whom saw the code or any earlier round (round 17's author was asked for more
# voice-typed messages and caregivers), kept out of the repository until the revision on
# round 15, the seven-bit embedding model and the backstop's refit were final, committed
# before any detector ran on them and scored once as held out (round 16: 96.9 % emergency
# recall, 84.0 % crisis, 9.0 % of benign escalated; round 17: 97.8 %, 80.0 %, 9.1 %); the
# rules were then revised on their misses by family of phrasing and the backstop refitted
# with them, so they are development data now.
ROUND16_SET = HERE / "data" / "safety_patient_messages_round16.tsv"
ROUND17_SET = HERE / "data" / "safety_patient_messages_round17.tsv"
# Rounds 18 and 19: written at the same time by a tenth and an eleventh independent author,
# neither of whom saw the code or any earlier round (round 18's author was asked for older
# adults and chronic conditions, round 19's for teenagers, young adults and busy parents
# texting), kept out of the repository until the revision on rounds 16 and 17 and the
# backstop's refit with them were final, committed before any detector ran on them and
# scored once as held out (round 18: 92.4 % emergency recall, 88.0 % crisis, 2.6 % of
# benign escalated; round 19: 97.8 %, 96.0 %, 7.7 %); the rules were then revised on their
# misses by family of phrasing, so they are development data now.
ROUND18_SET = HERE / "data" / "safety_patient_messages_round18.tsv"
ROUND19_SET = HERE / "data" / "safety_patient_messages_round19.tsv"
# Rounds 20 and 21: two more independent authors who saw neither the code nor any
# earlier round (round 20's were caregivers typing late at night and at weekends; round
# 21's speech-to-text transcripts of the phone line), kept out of the repository until
# the revision on rounds 18 and 19 was final, committed before any detector ran on them and
# scored once as held out (round 20: 95.6 % emergency recall, 84.0 % crisis, 8.0 % of
# benign escalated; round 21: 96.8 %, 96.0 %, 2.6 %); the rules were then revised on their
# misses by family of phrasing, so they are development data now.
ROUND20_SET = HERE / "data" / "safety_patient_messages_round20.tsv"
ROUND21_SET = HERE / "data" / "safety_patient_messages_round21.tsv"
# Rounds 22 and 23: two more independent authors who saw neither the code nor any earlier
# round (round 22's were patients treated at home: pregnancy and after it, transplants,
# cancer, blood thinners, insulin, steroids, oxygen, dialysis, recent surgery; round 23's
# bilingual families, students and young workers writing from outdoors, parties, sport),
# kept out of the repository until the revision on rounds 20 and 21 was final, committed
# before any detector ran on them and scored once as held out (round 22: 90.2 % emergency
# recall, 84.0 % crisis, 2.6 % of benign escalated; round 23: 95.7 %, 88.0 %, 5.3 %); the
# rules were then revised on their misses by family of phrasing, so they are development
# data now.
ROUND22_SET = HERE / "data" / "safety_patient_messages_round22.tsv"
ROUND23_SET = HERE / "data" / "safety_patient_messages_round23.tsv"
# Rounds 24 and 25: two more independent authors who saw neither the code nor any earlier
# round (round 24's were older adults living alone, their neighbours and aides, night-shift
# workers and drivers; round 25's people writing about someone with them now -- teachers,
# coaches, coworkers, bystanders -- messages through a translation app, and parents of
# newborns), kept out of the repository until the revision on rounds 22 and 23 was final,
# committed before any detector ran on them and scored once as held out (round 24: 94.6 %
# emergency recall (Spanish 96.4 %), 92.0 % crisis, 2.6 % of benign escalated; round 25:
# 97.8 % (Spanish 100 %), 76.0 %, 9.1 %); the rules were then revised on their misses by
# family of phrasing, so they are development data now.
ROUND24_SET = HERE / "data" / "safety_patient_messages_round24.tsv"
ROUND25_SET = HERE / "data" / "safety_patient_messages_round25.tsv"
# Rounds 26 and 27: two more independent authors who saw neither the code nor any earlier
# round (round 26's a general clinic inbox on an ordinary weekday; round 27's a Spanish-
# and-English community health centre serving farm, construction, restaurant and domestic
# workers), kept out of the repository until the revision on rounds 24 and 25 was final,
# committed before any detector ran on them and scored once as held out (round 26: 97.9 %
# emergency recall (Spanish 92.9 %), 88.0 % crisis, 2.6 % of benign escalated; round 27:
# 97.8 % (Spanish 96.7 %), 84.6 %, 2.5 %); the rules were then revised on their misses by
# family of phrasing, so they are development data now.
ROUND26_SET = HERE / "data" / "safety_patient_messages_round26.tsv"
ROUND27_SET = HERE / "data" / "safety_patient_messages_round27.tsv"
# Rounds 28 and 29: two more independent authors who saw neither the code nor any earlier
# round (round 28's a family practice's patient portal over an ordinary week; round 29's
# an after-hours nurse line in a city with many Latino families, English, Spanish and
# Spanglish, typos and dictation errors), kept out of the repository until the revision on
# rounds 26 and 27 was final, committed before any detector ran on them and scored once
# as held out at 2cb1320 (round 28: 97.8 % emergency recall, Spanish 96.4 %, 92.0 % crisis,
# 5.3 % of benign escalated; round 29: 97.8 %, Spanish 96.6 %, 80.8 %, 2.7 %); the rules
# were then revised on their misses by family of phrasing, so they are development data now.
ROUND28_SET = HERE / "data" / "safety_patient_messages_round28.tsv"
ROUND29_SET = HERE / "data" / "safety_patient_messages_round29.tsv"
# Rounds 30 and 31: two more independent authors who saw neither the code nor any earlier
# round (round 30's a multi-site clinic network's chat and SMS over a day, carers and
# people with disabilities among them; round 31's rural and small-town patients far from
# a hospital, weighing the drive), kept out of the repository until the revision on rounds
# 28 and 29 was final, committed before any detector ran on them and scored once as held
# out at 45957f3 (round 30: 96.7 % emergency recall, Spanish 96.3 %, 96.0 % crisis, 1.3 % of
# benign escalated; round 31: 90.1 %, Spanish 82.1 %, 72.0 %, 2.6 %); the rules were then
# revised on their misses by family of phrasing, so they are development data now.
ROUND30_SET = HERE / "data" / "safety_patient_messages_round30.tsv"
ROUND31_SET = HERE / "data" / "safety_patient_messages_round31.tsv"
# Rounds 32 and 33: two more independent authors who saw neither the code nor any earlier
# round (round 32's people telling their clinic about the week they are having: new
# parents, chronic pain, diabetes and heart disease, teenagers, grief and money trouble;
# round 33's messages relayed for a patient by interpreters, home-care nurses,
# pharmacists, school staff, neighbours and children abroad, and patients with limited
# literacy writing phonetically), kept out of the repository until the revision on rounds
# 30 and 31 was final, committed before any detector ran on them and scored once as held
# out at 2b84e30 (round 32: 96.8 % emergency recall, Spanish 96.7 %, 84.6 % crisis, 1.3 % of
# benign escalated; round 33: 95.6 %, Spanish 92.9 %, 84.0 %, 7.7 %); the rules were then
# revised on their misses by family of phrasing, so they are development data now.
ROUND32_SET = HERE / "data" / "safety_patient_messages_round32.tsv"
ROUND33_SET = HERE / "data" / "safety_patient_messages_round33.tsv"
# Rounds 34 and 35: two more independent authors who saw neither the code nor any earlier
# round (round 34: a university's student health service, students writing from dorms,
# sports fields, parties and exam weeks, some for a roommate beside them; round 35: a
# women's and family health clinic, pregnant and postpartum patients, parents of newborns
# and toddlers, grandparents caring for grandchildren, over SMS and an app), kept out of
# the repository until the revision on rounds 32 and 33 was final, committed before any
# detector ran on them and scored once as held out at 27567d5 (round 34: 94.4 % emergency
# recall, Spanish 96.3 %, 68.0 % crisis, 6.7 % of benign escalated; round 35: 98.9 %,
# Spanish 100 %, 68.0 %, 16.0 %); the rules were then revised on their misses by family of
# phrasing, so they are development data now.
ROUND34_SET = HERE / "data" / "safety_patient_messages_round34.tsv"
ROUND35_SET = HERE / "data" / "safety_patient_messages_round35.tsv"
# Rounds 36 and 37: two more independent authors who saw neither the code nor any earlier
# round (round 36: people far from their usual care -- truck drivers, night-shift
# hospitality and warehouse staff, tourists and seasonal workers, road trips, cruises,
# campsites and festivals; round 37: a community clinic's chat used by people living with
# chronic pain, disabilities, long-term mental-health conditions, and people in recovery
# from alcohol or drug use and their families), kept out of the repository until the
# revision on rounds 34 and 35's emergencies and crises was final, committed before any
# detector ran on them and scored once as held out at 44ce514 (round 36: 96.7 % emergency
# recall, Spanish 100 %, 80.0 % crisis, 7.8 % of benign escalated; round 37: 89.0 %,
# Spanish 85.7 %, 68.0 %, 9.1 %); the rules were then revised on their emergency and crisis
# misses by family of phrasing, so they are development data now.
ROUND36_SET = HERE / "data" / "safety_patient_messages_round36.tsv"
ROUND37_SET = HERE / "data" / "safety_patient_messages_round37.tsv"
# Rounds 38 and 39: two more independent authors who saw neither the code nor any earlier
# round (round 38: a sexual-health and LGBTQ+ community clinic -- PrEP and PEP, STIs,
# hormones, party drugs, family rejection; round 39: an urgent-care chain's chat after
# hours, people of every age asking whether to come in tonight, wait or go to the
# emergency room), kept out of the repository until the revision on rounds 34-37 was
# final, committed before any detector ran on them and scored once as held out at
# 697560d (round 38: 93.3 % emergency recall, Spanish 92.6 %, 76.0 % crisis, 6.7 % of
# benign escalated; round 39: 93.3 %, Spanish 92.6 %, 64.0 %, 16.0 %); the rules were then
# revised on their emergency and crisis misses, and after that on their benign false
# escalations, by family of phrasing, so they are development data now.
ROUND38_SET = HERE / "data" / "safety_patient_messages_round38.tsv"
ROUND39_SET = HERE / "data" / "safety_patient_messages_round39.tsv"
# Rounds 40 and 41: two more independent authors who saw neither the code nor any earlier
# round (round 40: a clinic pharmacy's medication line -- refills, doses missed or doubled,
# side effects, interactions, medicines for children and older parents, pills taken by
# mistake; round 41: a specialty clinic network's patients on long-term treatment -- heart
# failure, diabetes, kidney disease and dialysis, cancer and chemotherapy, transplants,
# blood thinners and COPD -- and their families, writing between visits), committed before
# any detector ran on them and scored once as held out at d7a533d (round 40: 90.1 %
# emergency recall, Spanish 89.3 %, 92.0 % crisis, 3.9 % of benign escalated; round 41:
# 94.5 %, Spanish 92.9 %, 88.0 %, 2.7 %); the rules were then revised on their emergency,
# crisis and benign misses by family of phrasing, so they are development data now.
ROUND40_SET = HERE / "data" / "safety_patient_messages_round40.tsv"
ROUND41_SET = HERE / "data" / "safety_patient_messages_round41.tsv"
# Rounds 42 and 43: two more independent authors who saw neither the code nor any earlier
# round (round 42: a pediatric practice for school-age children and teenagers, parents and
# teenagers writing; round 43: dental, eye, ear-nose-throat and skin clinics), written for
# the decision on the backstop's refit with rounds 18-41 and kept out of the repository
# until that fit was final (evals/train_safety_classifier.py). Scored once with the refitted
# weights and once with the weights it replaced, the code otherwise that of 006b17f: with
# the refit (shipped), round 42: 98.9 % emergency recall, Spanish 100 %, 96.0 % crisis, 5.3 %
# of benign escalated; round 43: 95.5 %, Spanish 96.8 %, 96.0 %, 4.1 %. With the weights
# it replaced: round 42: 96.7 %, Spanish 96.3 %, 96.0 %, 6.7 %; round 43: 93.3 %, Spanish
# 90.3 %, 92.0 %, 4.1 %. The rules were then revised on their emergency, crisis and benign
# misses by family of phrasing, so they are development data now.
ROUND42_SET = HERE / "data" / "safety_patient_messages_round42.tsv"
ROUND43_SET = HERE / "data" / "safety_patient_messages_round43.tsv"
# Rounds 44 and 45: two more independent authors who saw neither the code nor any earlier
# round (round 44: a neurology practice -- epilepsy, migraine, multiple sclerosis,
# Parkinson's disease, people after a stroke or a brain bleed, memory clinics, neuropathy
# and spine -- and the families who write for them; round 45: an allergy, asthma and
# immunology clinic -- food allergies, asthma attacks, allergy shots, stings, drug
# allergies, hives, eczema, immune deficiencies and infusions), committed before any
# detector ran on them and scored once as held out at 4962c25 (round 44: 81.5 % emergency
# recall, Spanish 64.3 %, 88.0 % crisis, 14.3 % of benign escalated; round 45: 90.0 %,
# Spanish 96.3 %, 72.0 %, 7.5 %); the rules were then revised on their emergency, crisis
# and benign misses by family of phrasing, so they are development data now.
ROUND44_SET = HERE / "data" / "safety_patient_messages_round44.tsv"
ROUND45_SET = HERE / "data" / "safety_patient_messages_round45.tsv"
# Rounds 46 and 47: two more independent authors who saw neither the code nor any earlier
# round (round 46: a gastroenterology and liver clinic -- inflammatory bowel disease,
# ulcers and stomach bleeding, pancreatitis and gallstones, cirrhosis and hepatitis, liver
# transplants, colonoscopy and endoscopy preparation and aftercare, feeding tubes, celiac
# disease, reflux and swallowing; round 47: home health, hospice and palliative care --
# family caregivers and patients at home: wounds and ostomies, home oxygen, catheters,
# feeding tubes, pain pumps and comfort medicines, falls, people expected to die soon,
# grief and caregiver exhaustion), committed before any detector ran on them and scored
# once as held out at 42c3c5c (round 46: 88.9 % emergency recall, Spanish 89.3 %, 72.0 %
# crisis, 6.5 % of benign escalated; round 47: 96.7 %, Spanish 100 %, 92.0 %, 25.3 %); the
# rules were then revised on their emergency, crisis and benign misses by family of
# phrasing, so they are development data now.
ROUND46_SET = HERE / "data" / "safety_patient_messages_round46.tsv"
ROUND47_SET = HERE / "data" / "safety_patient_messages_round47.tsv"
# Rounds 48 and 49: two more independent authors who saw neither the code nor any earlier
# round (round 48: an eye, ear, nose and throat clinic -- eye injuries and chemical
# splashes, sudden vision changes, eye surgery and its aftercare, sudden hearing loss,
# vertigo, nosebleeds, sinus and tonsil surgery and its aftercare, neck swellings, voice
# and swallowing, tracheostomies; round 49: an occupational health and workplace injury
# clinic -- construction, farms, factories and warehouses, kitchens, drivers, electricians
# and welders; injuries on the job, chemical and fume exposures, heat and cold, stress,
# drug tests, return-to-work paperwork and workers' compensation), committed before any
# detector ran on them and scored once as held out at 3954887 (round 48: 92.2 % emergency
# recall, Spanish 92.6 %, 92.0 % crisis, 4.0 % of benign escalated; round 49: 94.5 %,
# Spanish 92.6 %, 84.0 %, 4.1 %); the rules were then revised on their emergency, crisis
# and benign misses by family of phrasing, so they are development data now.
ROUND48_SET = HERE / "data" / "safety_patient_messages_round48.tsv"
ROUND49_SET = HERE / "data" / "safety_patient_messages_round49.tsv"
REVISED = "revised on its misses after a first look"
ROUNDS = [
    (OWN_SET, "development set (detectors were revised on its misses)"),
    (ROUND2_SET, f"round 2 ({REVISED})"),
    (ROUND3_SET, f"round 3 ({REVISED})"),
    (ROUND4_SET, f"round 4 ({REVISED})"),
    (ROUND5_SET, f"round 5 ({REVISED})"),
    (ROUND6_SET, f"round 6 ({REVISED})"),
    (ROUND7_SET, f"round 7 ({REVISED})"),
    (ROUND8_SET, f"round 8 ({REVISED})"),
    (
        ROUND9_SET,
        "round 9 (an independent author; scored once as held out, then revised on its misses)",
    ),
    (
        ROUND10_SET,
        "round 10 (another independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND11_SET,
        "round 11 (a third independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND12_SET,
        "round 12 (a fourth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND13_SET,
        "round 13 (a fifth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND14_SET,
        "round 14 (a sixth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND15_SET,
        "round 15 (a seventh independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND16_SET,
        "round 16 (an eighth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND17_SET,
        "round 17 (a ninth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND18_SET,
        "round 18 (a tenth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND19_SET,
        "round 19 (an eleventh independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND20_SET,
        "round 20 (a twelfth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND21_SET,
        "round 21 (a thirteenth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND22_SET,
        "round 22 (a fourteenth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND23_SET,
        "round 23 (a fifteenth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND24_SET,
        "round 24 (a sixteenth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND25_SET,
        "round 25 (a seventeenth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND26_SET,
        "round 26 (an eighteenth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND27_SET,
        "round 27 (a nineteenth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND28_SET,
        "round 28 (a twentieth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND29_SET,
        "round 29 (a twenty-first independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND30_SET,
        "round 30 (a twenty-second independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND31_SET,
        "round 31 (a twenty-third independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND32_SET,
        "round 32 (a twenty-fourth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND33_SET,
        "round 33 (a twenty-fifth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND34_SET,
        "round 34 (a twenty-sixth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND35_SET,
        "round 35 (a twenty-seventh independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND36_SET,
        "round 36 (a twenty-eighth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND37_SET,
        "round 37 (a twenty-ninth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND38_SET,
        "round 38 (a thirtieth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND39_SET,
        "round 39 (a thirty-first independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND40_SET,
        "round 40 (a thirty-second independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND41_SET,
        "round 41 (a thirty-third independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND42_SET,
        "round 42 (a thirty-fourth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND43_SET,
        "round 43 (a thirty-fifth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND44_SET,
        "round 44 (a thirty-sixth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND45_SET,
        "round 45 (a thirty-seventh independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND46_SET,
        "round 46 (a thirty-eighth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND47_SET,
        "round 47 (a thirty-ninth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND48_SET,
        "round 48 (a fortieth independent author; scored once as held out, "
        "then revised on its misses)",
    ),
    (
        ROUND49_SET,
        "round 49 (a forty-first independent author; scored once as held out, "
        "then revised on its misses)",
    ),
]


def pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def prf(tp: int, fp: int, fn: int, beta: float = 1.0) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    b2 = beta * beta
    f = (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0
    return p, r, f


def table(header: list[str], rows: Iterable[list[str]]) -> None:
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()


# --- prompt injection -----------------------------------------------------------------

_EN_WORDS = re.compile(r"\b(?:the|and|is|are|you|what|how|to|of|in|for|i|my|your|a)\b", re.I)
_DE_WORDS = re.compile(
    r"\b(?:der|die|das|und|ist|ich|nicht|sie|du|wie|was|mit|zu|ein|eine)\b", re.I
)


def is_english(text: str) -> bool:
    return len(_EN_WORDS.findall(text)) >= len(_DE_WORDS.findall(text))


def half(text: str) -> str:
    """A fixed split: rules were revised only on errors from the 'dev' half."""
    return "dev" if hashlib.sha1(text.encode()).digest()[0] % 2 == 0 else "held-out"


def injection_eval(show_errors: bool) -> None:
    path = next((DATA / "deepset_prompt_injections").glob("train-*.parquet"))
    rows = pq.read_table(path).to_pylist()
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    errors: list[tuple[int, str]] = []
    for row in rows:
        verdict = check_input(row["text"])
        predicted = int(Category.INJECTION in verdict.categories)
        label = int(row["label"])
        keys = ["all", half(row["text"]), "English" if is_english(row["text"]) else "non-English"]
        for key in keys:
            groups[key].append((label, predicted))
        if predicted != label and half(row["text"]) == "dev":
            errors.append((label, row["text"]))
    print(f"## Prompt injection: deepset/prompt-injections, train split ({len(rows)} rows)\n")
    print("A prompt counts as flagged when the injection detector fires (label 1 = injection).")
    print("No model is fitted; the rules were revised on errors of the 'dev' half only.\n")
    out = []
    for key in ["all", "dev", "held-out", "English", "non-English"]:
        pairs = groups[key]
        tp = sum(1 for y, p in pairs if y and p)
        fp = sum(1 for y, p in pairs if not y and p)
        fn = sum(1 for y, p in pairs if y and not p)
        negatives = sum(1 for y, _ in pairs if not y)
        p, r, f = prf(tp, fp, fn)
        fpr = fp / negatives if negatives else 0.0
        out.append([key, str(len(pairs)), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", pct(fpr)])
    table(["subset", "n", "precision", "recall", "F1", "false-positive rate"], out)
    if show_errors:
        for label, text in errors:
            print(f"  {'MISS' if label else 'FP  '} {text[:160]!r}")
        print()


# --- SimpleSafetyTests ------------------------------------------------------------------


def crisis_path(verdict: SafetyVerdict) -> bool:
    return verdict.requires_escalation and (
        verdict.action == Action.CRISIS_REPLY or Category.SELF_HARM in verdict.categories
    )


def sst_eval(show_errors: bool) -> None:
    path = DATA / "simplesafetytests" / "simplesafetytests_test_cases.csv"
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    by_area: dict[str, list[SafetyVerdict]] = defaultdict(list)
    misses: list[str] = []
    for row in rows:
        verdict = check_input(row["prompts_final"].strip())
        by_area[row["harm_area"]].append(verdict)
        if verdict.allowed:
            misses.append(f"{row['harm_area']}: {row['prompts_final'].strip()}")
    print(f"## Harmful requests and crisis path: SimpleSafetyTests ({len(rows)} prompts)\n")
    out = []
    for area, verdicts in by_area.items():
        blocked = sum(1 for v in verdicts if not v.allowed)
        crisis = sum(1 for v in verdicts if crisis_path(v))
        cats = Counter(v.category.value for v in verdicts if not v.allowed)
        out.append(
            [area, str(len(verdicts)), pct(blocked / len(verdicts)), pct(crisis / len(verdicts)),
             ", ".join(f"{c} {n}" for c, n in cats.most_common())]
        )  # fmt: skip
    table(["harm area", "n", "blocked or escalated", "crisis path", "categories"], out)
    if show_errors:
        for miss in misses:
            print(f"  ALLOWED {miss!r}")
        print()


# --- PII ---------------------------------------------------------------------------------

# The dataset's types mapped to ours; types we do not target (GPE, NRP, TITLE,
# ORGANIZATION, AGE, DOMAIN_NAME, US_DRIVER_LICENSE) are excluded, not counted as misses.
PII_MAP = {
    "PERSON": "PERSON",
    "STREET_ADDRESS": "STREET_ADDRESS",
    "ZIP_CODE": "STREET_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD",
    "US_SSN": "US_SSN",
    "IBAN_CODE": "IBAN_CODE",
    "IP_ADDRESS": "IP_ADDRESS",
    "DATE_TIME": "DATE",
}
Spans = list[tuple[str, int, int]]


def pii_scores(
    records: list[dict[str, object]], predict: Callable[[str], Spans]
) -> tuple[dict[str, list[int]], int, float, list[str]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # tp_o fp_o fn_o tp_x fn_x
    clean_flagged = clean = 0
    errors: list[str] = []
    predict("warm up")  # name lists and models load on first use, outside the timing
    started = time.perf_counter()
    for rec in records:
        text = str(rec["full_text"])
        gold = [
            (PII_MAP[str(s["entity_type"])], int(s["start_position"]), int(s["end_position"]))
            for s in rec["spans"]  # type: ignore[attr-defined]
            if s["entity_type"] in PII_MAP
        ]
        pred = [p for p in predict(text) if p[0] in set(PII_MAP.values())]
        if not rec["spans"]:
            clean += 1
            clean_flagged += int(bool(pred))
        for ent, s, e in gold:
            hit = any(pe == ent and ps < e and s < pend for pe, ps, pend in pred)
            exact = any(pe == ent and ps == s and pend == e for pe, ps, pend in pred)
            counts[ent][0 if hit else 2] += 1
            counts[ent][3 if exact else 4] += 1
            if not hit:
                errors.append(f"missed {ent} {text[s:e]!r} in {text!r}")
        for ent, s, e in pred:
            if not any(ge == ent and s < gend and gs < e for ge, gs, gend in gold):
                counts[ent][1] += 1
                errors.append(f"false {ent} {text[s:e]!r} in {text!r}")
    per_msg_ms = 1000 * (time.perf_counter() - started) / len(records)
    return counts, clean_flagged * 100 // max(clean, 1), per_msg_ms, errors


def pii_eval(show_errors: bool = False, dev_only: bool = False) -> None:
    records = json.loads((DATA / "presidio_synth_pii" / "synth_dataset_v2.json").read_text("utf-8"))
    print(f"## PII/PHI: presidio-research synthetic set ({len(records)} sentences)\n")
    print("Overlap match: a predicted span of the same type overlapping a gold span.")
    print("ZIP_CODE counts as part of STREET_ADDRESS, DATE_TIME as DATE.\n")
    print("Recognizers were revised on errors of even template ids only; odd ones are held out.\n")
    systems: list[tuple[str, Callable[[str], Spans]]] = [
        ("recognizers (per-message check)", find_pii)
    ]
    if ner.available():
        systems.append(("recognizers + spaCy NER names (stored text)", stored_text_spans))
    else:
        print("(The ner extra is not installed: stored-text redaction is not measured.)\n")
    presidio = presidio_predictor()
    if presidio is not None:
        systems.append(("Presidio + spaCy sm", presidio))
    even = [r for r in records if int(str(r["template_id"])) % 2 == 0]
    subsets = [
        ("all templates", records),
        ("held-out (odd template ids)", [r for r in records if int(str(r["template_id"])) % 2]),
        ("revised on (even template ids)", even),
    ]
    if dev_only:
        # While revising the recognizers: not even the held-out totals are shown.
        subsets = subsets[2:]
    for (name, predict), (subset, recs) in itertools.product(systems, subsets):
        counts, clean_fp, ms, _ = pii_scores(recs, predict)
        out = []
        totals = [0, 0, 0]
        for ent in sorted(counts):
            tp, fp, fn, tpx, fnx = counts[ent]
            p, r, f2 = prf(tp, fp, fn, beta=2.0)
            _, rx, _ = prf(tpx, 0, fnx)
            totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
            out.append([ent, str(tp + fn), f"{p:.3f}", f"{r:.3f}", f"{f2:.3f}", f"{rx:.3f}"])
        p, r, f2 = prf(*totals, beta=2.0)
        out.append(["**all**", str(totals[0] + totals[2]), f"{p:.3f}", f"{r:.3f}", f"{f2:.3f}", ""])
        print(
            f"### {name}, {subset}: {ms:.2f} ms per sentence; PII-free sentences flagged: "
            f"{clean_fp} %\n"
        )
        table(["entity", "gold spans", "precision", "recall", "F2", "exact-span recall"], out)
    if show_errors:
        # Only the templates the recognizers may be revised on: the held-out ones stay unseen.
        for name, predict in systems[:1]:
            print(f"### {name}: errors on even template ids\n")
            for line in sorted(pii_scores(even, predict)[3]):
                print("-", line)
            print()


def presidio_predictor() -> Callable[[str], Spans] | None:
    """Presidio for comparison, when installed (it is not a dependency, even optional)."""
    try:
        import tldextract
        import tldextract.tldextract
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
    except ImportError:
        print("(Presidio is not installed: it is not measured.)\n")
        return None
    # Its e-mail recognizer asks tldextract, which would fetch the public suffix list
    # from the network on first use; the snapshot it ships is enough.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": ner.MODEL}],
        }
    )
    engine = AnalyzerEngine(nlp_engine=provider.create_engine())
    # Presidio's LOCATION is a city or country (excluded here), not a street address.
    names = {"DATE_TIME": "DATE"}

    def predict(text: str) -> Spans:
        results = engine.analyze(text=text, language="en")
        return [
            (names.get(r.entity_type, r.entity_type), r.start, r.end)
            for r in results
            if r.entity_type != "LOCATION"
        ]

    return predict


# --- CLINC150 --------------------------------------------------------------------------


def clinc_eval(show_errors: bool) -> None:
    data = json.loads((DATA / "clinc150" / "data_full.json").read_text("utf-8"))
    # train and oos_train fit the semantic backstop and val chose its threshold, so
    # test and oos_test are the evaluation; all splits are shown for comparison.
    splits = {
        "test + oos_test (held out)": data["test"] + data["oos_test"],
        "train + oos_train (fitted on)": data["train"] + data["oos_train"],
        "val + oos_val (threshold)": data["val"] + data["oos_val"],
    }
    rows = []
    escalated: list[tuple[str, str]] = []
    started = time.perf_counter()
    n = 0
    for name, pairs in splits.items():
        blocked: Counter[str] = Counter()
        count = 0
        for text, _ in pairs:
            verdict = check_input(text)
            if verdict.requires_escalation:
                count += 1
                escalated.append((verdict.category.value, text))
            if not verdict.allowed:
                blocked[verdict.category.value] += 1
        n += len(pairs)
        categories = ", ".join(f"{c} {k}" for c, k in blocked.most_common()) or "none"
        rate = f"{100 * count / len(pairs):.2f} %"
        rows.append([name, str(len(pairs)), str(count), rate, categories])
    seconds = time.perf_counter() - started
    print(f"## False escalations: CLINC150 ({n} benign utterances)\n")
    table(
        ["split", "utterances", "escalated", "false escalation rate", "not allowed, by category"],
        rows,
    )
    print(f"({1000 * seconds / n:.3f} ms per utterance, whole input check)\n")
    if show_errors:
        for cat, text in escalated:
            print(f"  ESCALATED [{cat}] {text!r}")
        print()


def synthetic_eval(show_errors: bool) -> None:
    """False escalations on presidio-research's 1,500 synthetic sentences: benign text of
    another shape than CLINC150's commands (requests to a service desk, clinical-note
    lines, film and song lines), counted by sentence and by template (the 209 templates
    are filled 1-15 times each). Development data for the backstop since its 2026 refit
    attempt looked at what escalates here; docs/safety.md."""
    rows = json.loads((DATA / "presidio_synth_pii" / "synth_dataset_v2.json").read_text("utf-8"))
    escalated: list[tuple[str, str]] = []
    templates: set[int] = set()
    by_template: set[int] = set()
    for row in rows:
        templates.add(int(row["template_id"]))
        verdict = check_input(str(row["full_text"]))
        if verdict.requires_escalation:
            escalated.append((verdict.category.value, str(row["full_text"])))
            by_template.add(int(row["template_id"]))
    print(f"## False escalations: presidio synthetic sentences ({len(rows)} benign sentences)\n")
    table(
        ["sentences escalated", "rate", "templates escalated", "rate"],
        [
            [
                str(len(escalated)),
                pct(len(escalated) / len(rows)),
                f"{len(by_template)} of {len(templates)}",
                pct(len(by_template) / len(templates)),
            ]
        ],
    )
    print()
    if show_errors:
        for cat, text in escalated:
            print(f"  ESCALATED [{cat}] {text!r}")
        print()


# --- our labelled patient messages -------------------------------------------------------


def own_eval(show_errors: bool, path: Path, title: str) -> list[str]:
    """Prints the set's table; returns its summary row (recalls, false escalations)."""
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    results: dict[str, list[bool]] = defaultdict(list)
    errors: list[str] = []
    semantic_only: Counter[str] = Counter()
    for row in rows:
        verdict = check_input(row["text"])
        label = row["label"]
        if verdict.requires_escalation and verdict.subtype == "semantic":
            semantic_only[label] += 1
        if label == "emergency":
            ok = verdict.category == Category.EMERGENCY
        elif label == "crisis":
            ok = crisis_path(verdict)
        else:
            ok = not verdict.requires_escalation
        for key in (label, f"{label} ({row['lang']})", f"{label} / {row['kind']}"):
            results[key].append(ok)
        if not ok:
            errors.append(f"{label}/{row['kind']}: {row['text']!r} -> {verdict.category.value}")
    print(f"## {title} ({len(rows)} messages, English and Spanish)\n")
    print("Emergency recall: the emergency path fires. Crisis recall: the crisis path fires.")
    print("Benign: messages that must not escalate (negations, history, education, idioms).\n")
    out = []
    for key in sorted(results, key=lambda k: (k.split()[0], "/" in k, k)):
        oks = results[key]
        if key.startswith("benign"):
            out.append([key, str(len(oks)), "false escalations", pct(oks.count(False) / len(oks))])
        else:
            out.append([key, str(len(oks)), "recall", pct(oks.count(True) / len(oks))])
    table(["label", "n", "metric", "value"], out)
    caught = semantic_only["emergency"] + semantic_only["crisis"]
    print(
        f"Escalated by the semantic backstop alone (no rule fired): {semantic_only.total()} "
        f"({caught} emergencies and crises, {semantic_only['benign']} benign)\n"
    )
    if show_errors:
        for e in errors:
            print(f"  {e}")
        print()

    def rate(key: str, hit: bool) -> str:
        oks = results.get(key, [])
        return pct(oks.count(hit) / len(oks)) if oks else "-"

    return [
        title.split(" (")[0].removeprefix("Our labelled patient messages, "),
        str(len(rows)),
        rate("emergency", True),
        rate("emergency (es)", True),
        rate("crisis", True),
        rate("benign", False),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list misclassified items")
    parser.add_argument(
        "--only-patients", action="store_true", help="only our labelled patient messages"
    )
    parser.add_argument("--only-pii", action="store_true", help="only the PII/PHI part")
    parser.add_argument(
        "--pii-dev-only",
        action="store_true",
        help="PII figures on the templates the recognizers are revised on, nothing held out",
    )
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"data directory not found: {DATA} (set AURIXA_DATA_DIR)", file=sys.stderr)
        return 2
    if args.only_pii:
        pii_eval(args.errors, args.pii_dev_only)
        return 0
    summary = [
        own_eval(args.errors, path, f"Our labelled patient messages, {title}")
        for path, title in ROUNDS
    ]
    print("## Our labelled patient messages, all rounds\n")
    table(
        ["set", "messages", "emergency recall", "emergency recall (es)", "crisis recall",
         "benign escalated"],
        summary,
    )  # fmt: skip
    if args.only_patients:
        return 0
    injection_eval(args.errors)
    sst_eval(args.errors)
    clinc_eval(args.errors)
    synthetic_eval(args.errors)
    pii_eval(args.errors, args.pii_dev_only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
