"""Typo repair for the words an emergency hinges on, with offsets kept.

A patient in a hurry types "chest pian", "cant breahte" or "my son is
unconcious". Rules written for the right spelling miss those, so before the
emergency patterns run, a word one edit (insertion, deletion, substitution or
swap of two neighbours) away from an emergency keyword is read as that keyword.

Only the keywords below are repaired, never arbitrary words, and real English
words that happen to sit one edit from a keyword ("cooking" from "choking",
"breeding" from "bleeding", "heat" from "heart") are left alone: a misread there
would send a patient an emergency reply about their dinner. The list of such
words was drawn from a 30,000-word English vocabulary and is kept here, so the
check needs no dictionary at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from aurixa.safety.text import Doc

# Keywords of five letters or more: shorter words have too many real neighbours.
CANONICAL: tuple[str, ...] = (
    "chest", "heart", "attack", "breathe", "breathing", "breath", "stroke", "seizure",
    "seizures", "seizing", "unconscious", "unresponsive", "responding", "bleeding", "blood",
    "overdose", "overdosed", "swallowed", "collapsed", "choking", "allergic", "poisoned",
    "poison", "pills", "tablets", "medicine", "medication", "throat", "swelling", "swollen",
    "fainted", "drooping", "droopy", "slurring", "slurred", "convulsing", "ambulance",
    "pressure", "tightness", "crushing", "squeezing", "numbness", "paralyzed", "breathe",
    "struggling", "gasping", "wheezing", "pregnant", "bleach", "emergency", "dying",
    "stopped", "moving", "waking", "wheezing", "vomiting", "confused", "passed", "severe",
    "dolor", "pecho", "respirar", "sangrando", "sangre", "desmayo", "desmayado",
    "inconsciente", "convulsiones", "convulsionando", "infarto", "pastillas", "ahogando",
    "embarazada", "derrame",
)  # fmt: skip

# Short keywords and frequent misspellings that one edit does not reach.
_EXPLICIT: dict[str, str] = {
    "pian": "pain", "pani": "pain", "apin": "pain", "paine": "pain", "chets": "chest",
    "cheast": "chest", "chesst": "chest", "brethe": "breathe", "breth": "breath",
    "breate": "breathe", "brathe": "breathe", "breahte": "breathe", "breeth": "breath",
    "breething": "breathing", "brething": "breathing", "siezure": "seizure",
    "seisure": "seizure", "siezures": "seizures", "seazure": "seizure", "unconcious": "unconscious",
    "unconsious": "unconscious", "unconcsious": "unconscious", "stoke": "stroke",
    "strok": "stroke", "stroak": "stroke", "bleding": "bleeding", "bledding": "bleeding",
    "overdoes": "overdose", "overdossed": "overdosed", "swolen": "swollen",
    "swalowed": "swallowed", "swallwed": "swallowed", "colapsed": "collapsed",
    "collasped": "collapsed", "alergic": "allergic", "alergy": "allergy",
    "anaphalaxis": "anaphylaxis", "anafalaxis": "anaphylaxis", "numbe": "numb",
    "nunb": "numb", "wont": "won't", "cant": "can't", "isnt": "isn't", "doesnt": "doesn't",
    "havent": "haven't", "hes": "he's", "shes": "she's", "im": "i'm", "killng": "killing",
    "kiling": "killing", "hurst": "hurts", "hurtz": "hurts", "breating": "breathing",
    "breathin": "breathing", "bleedin": "bleeding", "chokin": "choking", "alot": "a lot",
    "blu": "blue", "realy": "really", "rilly": "really", "hert": "hurt", "herts": "hurts",
}  # fmt: skip

# Words written as they sound, by people who learned them by ear: "breethin", "blu", "la
# voca chueca", "no puede ablar", "el braso". Spanish spells b and v, s, z and soft c, and
# y and ll alike and does not sound its h; English sounds ee and ea alike and often drops
# the g of -ing. A word whose sound (below) is a keyword's is read as that keyword. These
# Spanish body and stroke words are short or common, so they are matched only by sound,
# never by one edit.
_BY_SOUND_ONLY: tuple[str, ...] = (
    "boca", "brazo", "brazos", "habla", "hablar", "hablando", "pierna", "cabeza", "labios",
    "morado", "morada", "hinchada", "hinchado", "hinchazon", "ahoga", "respira", "vomita",
    "vomitando", "mueve", "derecho", "izquierdo",
)  # fmt: skip
_SOUND_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"ing$", "in"),
        (r"ph", "f"),
        (r"ck", "k"),
        (r"^h", ""),
        (r"v", "b"),
        (r"z", "s"),
        (r"c(?=[ei])", "s"),
        (r"ll", "y"),
        (r"ee|ea", "e"),
        (r"(\w)\1", r"\1"),
    )
)


def _sound(word: str) -> str:
    for pattern, replacement in _SOUND_RULES:
        word = pattern.sub(replacement, word)
    return word


# Real words one edit from a keyword: never "repaired". Drawn from an English
# vocabulary with `_lookup` below, plus Spanish words met in messages ("no ha hecho
# del baño" is not "pecho"); extend it when a keyword is added.
_REAL_WORDS_TEXT = """
    abused aches amused asking attach attacks baking beach bills blending blond bloods bloody
    bloom blurred breach breadth breast breathed breaths breeding brood broom brushing chart
    cheat chefs chess chests collapse collapses color confuse confuses cooking crashing
    crest cruising cursing death dedication dining diving doing dolores donor doors dropped
    dropping drooled drooling drying dwelling earth echoing emergence eying fills flood
    gaping gills grasping
    harta heard hears hearst hearth hearts heat heath heats heave heavy hills joking kills
    leach loving lying making mediation medications medicines meditation mills molar movies
    mowing painted passer passes paused peach pechos pecks perch pesto phased piles pillow
    pissed piston poised poisons poking polls potion pressured pressures presume prison
    proving pulls raking reassure refused respira respiras respiro revere rushing sangra
    sangras sangro seized seizes selling server sever several severed severn shaking shear
    shopped sizing smelling smoking spelling spill spills spurred stables stepped stokes
    stolen stomped stone stooped store stove strike strobe strode stroked strokes swallow
    swallows swapped tables tablet tainted taking talents thread threat throne topped
    toppled tying walking waving wheat wheeling wills working wreath
    hecho lecho techo
    desmayando
"""
_REAL_WORDS = frozenset(_REAL_WORDS_TEXT.split())


@dataclass(frozen=True)
class Repaired:
    """The message with typos repaired, and where each of its characters came from."""

    doc: Doc
    origin: list[int]
    changed: bool

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the repaired text mapped back to the patient's own text."""
        if not self.changed:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1 if end > start else self.origin[end]


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def _by_sound() -> dict[str, str]:
    """Keyword by its sound; a sound two keywords share is left out."""
    keys: dict[str, str | None] = {}
    for word in (*CANONICAL, *_BY_SOUND_ONLY):
        key = _sound(word)
        keys[key] = word if keys.get(key, word) == word else None
    return {key: word for key, word in keys.items() if word is not None}


@cache
def _index() -> tuple[dict[str, str], dict[str, str]]:
    """Keyword by exact spelling and by every one-letter deletion (SymSpell style)."""
    exact = {w: w for w in CANONICAL}
    by_delete: dict[str, str] = {}
    for word in CANONICAL:
        if len(word) >= 5:
            for d in _deletes(word):
                by_delete.setdefault(d, word)
    return exact, by_delete


def _lookup(word: str) -> str | None:
    """The keyword `word` is one edit from, or None (also for exact keywords)."""
    if word in _EXPLICIT:
        return _EXPLICIT[word]
    exact, by_delete = _index()
    if word in exact or word in _REAL_WORDS or word in _BY_SOUND_ONLY:
        return None
    if len(word) >= 4:
        heard = _by_sound().get(_sound(word))
        if heard is not None and heard != word:
            return heard
    if len(word) < 5:
        return None
    if word in by_delete:  # a letter was dropped: "bleding"
        return by_delete[word]
    for d in _deletes(word):
        if d in exact:  # a letter was added: "chestt"
            return exact[d]
        if d in by_delete:  # a letter replaced, or two swapped: "cheat", "breahte"
            candidate = by_delete[d]
            if len(candidate) == len(word):
                return candidate
    return None


_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")

# Real words a phone line's speech-to-text writes for a body part: "pressure in my chess".
# Read as the body part only where a body part is owned ("my chess", "his chess"), and
# not where the game is meant ("my chess club", "his chess game").
_SOUNDALIKES: dict[str, str] = {"chess": "chest"}
_OWNER = re.compile(r"\b(?:my|his|her|their|your|the) $")
_GAME_AFTER = re.compile(
    r" (?:game|games|club|set|board|match|tournament|pieces?|lessons?|teams?|coach|players?|"
    r"class|camp|practice|app|rating|moves?|book|puzzles?|with)\b"
)


def _soundalike(text: str, match: re.Match[str]) -> str | None:
    word = match.group(0)
    if word not in _SOUNDALIKES:
        return None
    owned = _OWNER.search(text, max(0, match.start() - 8), match.start()) is not None
    game = _GAME_AFTER.match(text, match.end()) is not None
    return _SOUNDALIKES[word] if owned and not game else None


def repair(doc: Doc) -> Repaired:
    """`doc` with keyword typos repaired; the same object when nothing changed."""
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    changed = False
    text = doc.folded
    for match in _WORD.finditer(text):
        fixed = _lookup(match.group(0)) or _soundalike(text, match)
        if fixed is None or fixed == match.group(0):
            continue
        start, end = match.span()
        pieces.append(text[last:start])
        origin.extend(range(last, start))
        pieces.append(fixed)
        origin.extend(min(start + i, end - 1) for i in range(len(fixed)))
        last = end
        changed = True
    if not changed:
        return Repaired(doc, [], False)
    pieces.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return Repaired(Doc("".join(pieces)), origin, True)
