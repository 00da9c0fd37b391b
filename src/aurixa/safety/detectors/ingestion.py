"""Accidental ingestion, read from its parts: a verb, the words between, a substance.

"My grandson swallowed some of my blood pressure pills", "mi hijo se tragó
pastillas de su abuela", "the toddler was chewing on one of those coin batteries":
any ingestion verb, any substance and any wording in between, with or without a
quantity. Whether the ingestion is an emergency depends on the substance and on
whose it was (`ingestion_is_emergency`): a poison or a foreign body whoever swallowed
it; a medicine when it was someone else's, taken by mistake, or got at by a child. "I
took my blood pressure pills" and "my son took his medicine" are routine.
`emergency` runs it with the other rules.
"""

from __future__ import annotations

import re

from aurixa.safety.detectors.redflags.signs import NAMED_MEDICINES, SMALL_CHILD
from aurixa.safety.text import Doc

_INGEST_VERB = (
    r"(?:swallow(?:ed|s|ing)?|ate|eaten|eating|chew(?:ed|ing)|drank|drunk|drinking|ingest\w*|"
    r"got into|gotten into|getting into|popped|gulped|downed|licked|suck(?:ed|ing|s)? on|"
    r"took|taken|taking|had|"
    r"se (?:trago|comio|tomo|bebio|metio a la boca)|(?:me|le) (?:trague|tome|bebi|comi)|trago|"
    r"comio|tomo|bebio|mordio|mastico|lamio)"
)
_MEDICINE = (
    r"(?:pills?|tablets?|capsules?|caplets?|meds|medicines?|medications?|gummies|vitamins?|"
    r"iron|tylenol|acetaminophen|paracetamol|ibuprofen|advil|motrin|aspirin|aleve|naproxen|"
    r"benadryl|oxy\w*|opioids?|fentanyl|percocet|vicodin|hydrocodone|morphine|methadone|"
    r"suboxone|tramadol|xanax|valium|klonopin|ativan|benzos?|adderall|ritalin|antidepressants?|"
    r"lithium|digoxin|warfarin|insulin|metformin|melatonin|cough syrup|syrup|edibles?|"
    r"patch(?:es)?|"
    r"pastillas?|pildoras?|tabletas?|capsulas?|medicinas?|medicamentos?|jarabe|gomitas|"
    rf"vitaminas?|insulina|{NAMED_MEDICINES})"
)
_POISON = (
    r"(?:bleach|detergent|(?:laundry |dishwasher |tide )?pods?|(?:dishwasher|laundry|detergent) "
    r"(?:tablets?|capsules?)|antifreeze|(?:rat )?poison|"
    r"(?:drain |window |oven |toilet |floor )?cleaner|cleaning (?:products?|solution|fluid|spray)|"
    r"(?:button )?batter(?:y|ies)|magnets?|pesticide|insecticide|weed killer|bug spray|"
    r"lamp oil|lighter fluid|gasoline|petrol|kerosene|paint thinner|nail polish remover|"
    r"vape (?:juice|liquid|pod)|e-?liquid|nicotine|hand sanitizer|rubbing alcohol|mouthwash|"
    r"(?:wild |poisonous )?mushrooms|berries|ammonia|lye|acid|"
    # Named by where it was kept: "the blue stuff from under the sink".
    r"under the (?:kitchen |bathroom )?sink|debajo del (?:fregadero|lavabo)|"
    r"lejia|cloro|veneno|detergente|matarratas|raticida|insecticida|gasolina|pilas?|iman(?:es)?|"
    r"thinner|tiner|aguarras|disolvente|solvente|acetona|quitaesmalte|petroleo|queroseno|"
    r"destapacanos|sosa caustica|acido muriatico|"
    r"limpiador(?:es)?|amoniaco|hongos|setas|desinfectantes?|suavizantes?|pinol|fabuloso|"
    r"liquido (?:de|para) (?:limpiar|lavar|los pisos|el piso|el bano|trastes)|"
    r"jabon (?:de|para) (?:trastes|ropa|lavar|lavadora))"
)
# Alcohol is a poison for a child only.
_ALCOHOL = (
    r"(?:vodka|alcohol|beer|wine|whiskey|whisky|liquor|rum|gin|tequila|booze|alcohol|cerveza|vino)"
)
INGEST = re.compile(
    rf"\b(?P<verb>{_INGEST_VERB})\b(?P<between>(?:\W+\w+){{0,8}}?)\W+"
    rf"(?:(?P<poison>{_POISON})|(?P<medicine>{_MEDICINE})|(?P<alcohol>{_ALCOHOL})|"
    # "One of those coin batteries": a substance named right after is the substance.
    r"(?P<them>(?<=\W)(?!(?:of )?th[oe]se\s+(?:\w+\s+){0,2}?"
    rf"(?:{_POISON}|{_MEDICINE}|{_ALCOHOL})\b)"
    r"(?:them|of them|them all|all of them|of those|of these|"
    # Spanish "las" after the verb is an article ("se tomó las vitaminas"), not "them".
    r"las(?!\s+[a-z])|todas(?!\s+(?:las|sus|mis)\b))))\b"
)
_CHILD = (
    r"\b(?:toddler|baby|babies|infant|kid|kids|child|children|little one|son|daughter|grandson|"
    r"granddaughter|grandkid|grandchild|nephew|niece|boy|girl|\d+ ?(?:year|yr|month|mo)s?[- ]old|"
    r"\d+ ?(?:yo|y/o|yrs?|mos?)|"
    r"hijo|hija|nino|nina|bebe|nieto|nieta|sobrin[oa]|chiquit[oa]|pequen[oa])\b"
)
_OTHER_PERSON = (
    r"\b(?:he|she|they|husband|wife|dad|mom|mum|father|mother|brother|sister|grandma|grandpa|"
    r"grandmother|grandfather|partner|friend|roommate|boyfriend|girlfriend|patient|teen|"
    r"teenager|adolescent|papa|mama|esposo|esposa|abuel[oa]|herman[oa]|pareja|amig[oa]|"
    r"adolescente)\b"
)
_SELF = r"\b(?:i|i've|i'm|i just|me|yo)\b"
# Twice the dose is an emergency when it already shows: "took her pills twice and she's drowsy".
_DOUBLE = re.compile(
    r"\b(?:twice(?! (?:a|per|daily|each|every|weekly)\b)|double(?:d)? (?:dose|up)|two doses|"
    r"doble dosis|dos veces(?! al)|again by mistake|extra dose|"
    # Two where one is the dose: "took two of my vitamin D", "me tomé dos de mis pastillas".
    r"(?:two|2|dos) (?:of (?:my|his|her|their)|de (?:mis|sus))|an extra (?:one|pill|tablet|"
    r"capsule|dose)|one extra|una (?:pastilla |tableta |dosis )?(?:extra|de mas))\b"
)
_TOX_SIGNS = re.compile(
    r"\b(?:drowsy|sleepy|confused|dizzy|vomit\w*|throwing up|(?:won't|can't|cant|hard to) wake|"
    r"passed out|not making sense|slurr\w*|shaking|somnolient\w*|confundid\w*|mareado\w*)\b"
)
_MISTAKE = re.compile(
    r"\b(?:accident\w*|by mistake|mistaken\w*|wrong (?:pills?|meds|medicines?|medications?|"
    r"bottle|dose)|someone else'?s|not (?:his|hers|mine|theirs|prescribed)|double dose|"
    r"por (?:error|accidente|equivocacion)|sin querer|equivocad[oa]|"
    r"que no (?:eran|era) (?:suyas?|mias?))\b"
)
# Whose medicine it was: another person's, named after the substance or before it.
_OWNER_OTHER = re.compile(
    r"\b(?:\w+'s|\w+s'|(?:grand)?(?:ma|pa|mom|mum|dad|mother|father|brother|sister|husband|"
    r"wife|nana|granny|grandma|grandpa|grandmother|grandfather|partner|roommate)s|"
    r"de (?:su|mi|sus|mis|la|el|tu) \w+|del \w+)\b"
)
_QUANTITY = re.compile(
    r"\b(?:some|a few|several|a bunch|bunch|a handful|handful|a lot|lots|loads|many|most|all|"
    r"whole|entire|rest|half|like \w+|about \w+|maybe \w+|\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozen|unas|algunas|varias|muchas|todas|todo|un monton|"
    # An unknown number is a quantity: "no sé cuántas", "who knows how many".
    r"cuant[oa]s|how many|how much)\b"
)
# "Se tomó el jarabe, casi todo el frasco", "drank the cough syrup, the whole bottle".
_WHOLE_CONTAINER = re.compile(
    r"^[^.!?]{0,25}?\b(?:(?:almost |nearly |casi )?(?:the )?(?:whole|entire) (?:bottle|box|pack|"
    r"packet|tube|container|strip|sheet)|all of it|half (?:of )?(?:the|a) (?:bottle|box|pack)|"
    r"(?:casi )?tod[oa] (?:el|la) (?:frasco|botella|caja|paquete|tubo|blister)|"
    r"la mitad del (?:frasco|botella|paquete))\b"
)
_COUNT_AFTER = re.compile(
    r"^[^.!?]{0,30}?\b(?:como|like|about|around|maybe|at least|unas?|some)? ?(?:[3-9]|\d{2,}|three|"
    r"four|five|six|seven|eight|nine|ten|dozen|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
    r"varias|muchas|several|many|a bunch)\b(?! ?(?:mg|ml|years|anos|am|pm|de la))"
)
_INTENT = re.compile(
    r"\b(?:going to|gonna|will|wants? to|plans? to|planning to|thinking (?:about|of)|"
    r"voy a|va a|quiere|quiero|piensa|pienso)\s*$"
)
_ANIMAL = re.compile(r"\b(?:dog|cat|puppy|kitten|pet|perro|perrito|gato|gatito)\b")
_CARRIED = re.compile(
    r"^\W*(?:to|back|with (?:him|her|them|me)|along|home|away|out|in|into|from|"
    r"a la|al|de vuelta)\b"
)
_SUBJECT_PRONOUN = re.compile(rf"{_SELF}|{_OTHER_PERSON}|{_CHILD}")
_CHILD_RE = re.compile(_CHILD)
_CHILD_AGE = re.compile(
    r"\b(?:he|she|they)(?:'s| is| are) (?:only )?(?:[1-9]|1[0-2])\b(?! (?:am|pm|o))"
)
_SELF_RE = re.compile(_SELF)
# Too young to be handed tablets to take: "my toddler took some blood pressure pills" is
# a child that got at them, whatever the verb ("my son took some ibuprofen" is a dose).
_YOUNG_CHILD = re.compile(SMALL_CHILD)
_TAKE_VERBS = {"took", "taken", "tomo", "se tomo"}
# "took some tylenol for the fever", "para la fiebre": a dose given for a reason.
_PURPOSE = re.compile(r"^[^.!?]{0,40}?\b(?:for|para|because of|por la|por el)\b")
# What a child does to a medicine by accident; "took his medicine" is given to them.
_CHILD_VERB = re.compile(  # drinking counts too: a child drinks what it finds
    r"^(?:swallow|ate|eaten|eating|chew|got|gotten|getting|popped|licked|drank|drinking|bebio|"
    r"sucked|se (?:trago|comio|metio)|trago|comio|mordio|mastico)"
)


# A parent asking about a dose to give: the medicine named after "give" was not taken.
# The verb told of how someone is doing, not of what went down: "drinking fine", "eating
# ok", "toma bien".
_DRINKING_WELL = re.compile(
    # A second verb may share the adverb: "eating and playing normally".
    r"^\W+(?:(?:and|y) \w+ )?(?:fine|well|ok|okay|good|normally|normal|enough|bien|normal|"
    r"suficiente)\b"
)
# The medicine named as the clock between doses: "playing between tylenol doses".
_BETWEEN_DOSES = re.compile(r"^\s*(?:\w+ )?(?:doses|dosis|tomas)\b")
_GIVE = re.compile(r"\b(?:give|giving|dar|darle|doy|le doy)\b")


# A lick or a taste of a household product that is harmful only in quantity ("licked a
# little hand sanitizer off his hand"): poison control's advice, not an emergency, unless
# signs of it show. Batteries, magnets and caustics are dangerous in any amount.
_LOW_HAZARD = re.compile(
    r"(?:hand sanitizer|gel antibacterial|desinfectante(?: de manos)?|jabon (?:de|para) (?:manos|"
    r"trastes))"
)
# More than a taste: a mouthful, a container, a count.
_MORE_THAN_A_TASTE = re.compile(
    r"\b(?:a lot|lots|half|whole|entire|most|all|bottle|handful|mouthfuls?|gulps?|"
    r"drank|gulped|chugged|\d+ ?(?:ml|oz|ounces|sips|squirts|pumps)|mucho|medio|la mitad|"
    r"todo|botella|frasco|se (?:tomo|bebio))\b"
)
_A_TASTE = re.compile(
    r"\b(?:lick\w*|a (?:little|tiny|small|wee) (?:bit|amount|lick|taste|drop|dab|smear)|"
    r"(?:a )?(?:little|tiny|lil|small) (?:bit|amount)|a (?:lick|taste|drop|dab)|off (?:his|her|"
    r"their|my) (?:hands?|fingers?)|un poquito|una probadita|una gota|lamio|chupo|se chupo)\b"
)


def _a_taste(doc: Doc, match: re.Match[str]) -> bool:
    """ "Licked a little hand sanitizer, he's fine": a taste, with no sign of poisoning."""
    sentence = doc.sentence_of(match.start())
    around = doc.folded[sentence.start : sentence.end]
    return (
        _LOW_HAZARD.fullmatch(match.group("poison") or "") is not None
        and _A_TASTE.search(around) is not None
        and _MORE_THAN_A_TASTE.search(around) is None
        and _TOX_SIGNS.search(doc.folded) is None
    )


def ingestion_is_emergency(doc: Doc, match: re.Match[str]) -> bool:
    """Whether an ingestion `INGEST` found is an emergency: a poison whoever took it, a
    medicine when it was someone else's, taken by mistake, doubled with signs, or got
    at by a child; alcohol for a child only. A pet's ingestion and a plan are not."""
    sentence = doc.sentence_of(match.start())
    before = doc.folded[sentence.start : match.start()]
    if _ANIMAL.search(before[-40:]):
        return False  # the pet ate it: a vet's case, not this clinic's emergency
    if _INTENT.search(before[-30:]):
        return False  # "going to swallow all her pills": a plan, for the crisis rules
    after = doc.folded[match.end() : sentence.end]
    if match.group("verb") in {"took", "taken", "taking", "had"} and _CARRIED.match(after):
        return False  # "took my pills to the pharmacy"
    if match.group("poison"):
        return not _a_taste(doc, match)
    if match.group("alcohol"):
        whole = doc.folded[sentence.start : sentence.end]
        return _CHILD_RE.search(before) is not None or _CHILD_AGE.search(whole) is not None
    if match.group("them"):
        # "found my gummies and ate like five of them": the substance came first.
        named = re.search(
            rf"\b(?:{_POISON}|{_MEDICINE})\b", doc.folded[sentence.start : match.start()]
        )
        if named is None:
            return False
    between = match.group("between")
    if _DRINKING_WELL.match(between) or _BETWEEN_DOSES.match(doc.folded[match.end() :]):
        return False  # "drinking fine, peeing, playing between tylenol doses": a sick child's
        # fluids and a dosing schedule, no medicine swallowed by mistake
    if _GIVE.search(between):
        return False  # "is eating and playing, can I give motrin?": a dose to give, not taken
    whole = doc.folded[sentence.start : sentence.end]
    if _OWNER_OTHER.search(between) or _WHOLE_CONTAINER.match(after):
        return True
    if _MISTAKE.search(whole):
        # "Accidentally took my vitamin D twice": one extra dose of one's own medicine
        # is a question for the pharmacist unless it already shows.
        own_double = (
            _DOUBLE.search(whole) is not None
            and re.search(r"\b(?:my|mi|mis)\b", between) is not None
            # the patient themself, named or left out ("accidentally took my ...")
            and (_SELF_RE.search(before) is not None or _SUBJECT_PRONOUN.search(before) is None)
        )
        return not own_double or _TOX_SIGNS.search(doc.folded) is not None
    if _DOUBLE.search(whole) and _TOX_SIGNS.search(doc.folded):
        return True
    if re.match(
        # The medicine may be named by what it treats first: "pastillas de la presión de
        # su abuela", "pills for blood pressure of her grandma's".
        r"^\W*(?:(?:de|para|for) (?:la |el |los |las |the )?\w+(?: \w+)? )?"
        r"(?:of |de |from |que era\w* de )?(?:\w+'s|\w+s'|(?:my|his|her|their|"
        r"our|mi|su|sus|mis) \w+'?s?)\b",
        after,
    ) and _OWNER_OTHER.search(after[:50]):
        return True
    subjects = _SUBJECT_PRONOUN.findall(before)
    subject = subjects[-1] if subjects else ""
    is_self = bool(subject) and _SELF_RE.fullmatch(subject) is not None
    owner_mine = re.search(r"\b(?:my|mis|mi)\b", between) is not None
    if not is_self and subject and owner_mine:
        return True  # someone else took the patient's own medicine
    verb = match.group("verb")
    own = re.search(r"\b(?:his|her|their|su|sus)\b", between) is not None
    quantity = _QUANTITY.search(between) is not None
    if subject and _CHILD_RE.fullmatch(subject) and _COUNT_AFTER.match(after):
        return True  # "se tomó las vitaminas, como 10": a count of them, by a child
    if subject and _CHILD_RE.fullmatch(subject) and _CHILD_VERB.match(verb):
        return quantity or not own  # "swallowed her pill" is a child taking its own dose
    # The child's age may follow the word for the child: "mi hijo de 3 años se tomó ...".
    young = _YOUNG_CHILD.fullmatch(subject) or (
        _CHILD_RE.fullmatch(subject) and _YOUNG_CHILD.search(before)
    )
    if subject and young and verb in _TAKE_VERBS:
        # "took some pills", not "took her medicine" or "took some tylenol for the fever"
        return quantity and not own and _PURPOSE.match(after) is None
    return verb not in {"took", "taken", "taking", "had", "tomo", "se tomo", "me tome"} and (
        quantity and not is_self
    )
