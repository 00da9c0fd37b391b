"""Red flags of the eye, ear, nose and throat, told in the words a patient uses for them.

The eye clinic's and the ENT clinic's emergencies are rarely named: a retina coming away
is "a curtain over the bottom of my eye", an ulcer of the cornea is "slept in my contacts
and there's a white spot", a stroke of the brainstem is "vertigo, but not like my BPPV".
Each rule pairs what happened to the eye, ear, nose or neck with the sign that it has
reached what can be lost within hours (the sight, the airway, the lining of the nose).
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags.neurological import _THICK_SPEECH, _UNSTEADY
from aurixa.safety.detectors.redflags.poisoning import _BUTTON_BATTERY
from aurixa.safety.detectors.redflags.systemic import _EYE_SORE, _SIGHT_GOING

_EYE_WORD = r"(?:eyes?|eyeball|vision|sight|ojos?|vista)\b"

# A curtain, veil or shadow that moves over part of the sight, or covers a half of it: the
# retina coming away. Dark circles ("shadows under my eyes") neither move nor cover.
_CURTAIN = (
    r"(?:(?:curtain|shade|veil|shadow|cortina|telon|velo|sombra)s?\b[^.!?]{0,50}\b(?:(?:coming|"
    r"came|come|falling|fell|drawn|pulled|dropping|dropped|creeping|crept|moving|spreading|"
    r"rising|going|slid|sliding|slipping|drifting) (?:down|up|across|over|in)|covering|"
    r"blocking|(?:me |le )?(?:tapa|cubre|tapando|cubriendo|baja|bajando|sube|subiendo))\b|"
    r"(?:like|as if|como) (?:a|an|una|un) (?:\w+ )?(?:curtain|cortina|telon)\b)"
)
# Many new floaters at once ("a shower of floaters", "muchos puntitos"); specks in the skin
# ("puntitos rojos") are a rash.
_NEW_FLOATERS = (
    r"(?:(?:new |lots of |tons of |shower of |bunch of |sudden |a burst of )(?:\w+ )?floaters|"
    r"floaters\b[^.!?]{0,20}\b(?:suddenly|all of a sudden|new|lots|tons|more and more)|"
    r"(?:muchos|muchas|montones de|un monton de|lluvia de|nuevos|nuevas|de repente) (?:\w+ )?"
    r"(?:moscas|moscas volantes|manchitas|puntitos|puntos negros|bolitas negras)\b"
    r"(?! (?:roj|en la piel|en el cuerpo|en la cara)))"
)
_FLASHES = (
    r"(?:flash\w*|flicker\w*|sparks?|lightning|destell\w*|relampag\w*|chispas|lucecitas|luces)\b"
)

# Contact lenses slept in or worn, and an eye with a white spot on its clear part or pain
# that shuts it while the sight goes: a corneal ulcer, which can perforate in a day.
_CONTACTS = (
    r"(?:contact lens\w*|(?:in|wear\w*|wore|my|his|her|the) (?:soft |daily |monthly )?contacts|"
    r"lentes de contacto|pupilentes|lentillas)\b"
)
_WHITE_SPOT = (
    r"(?:(?:white|gr[ae]y|milky|cloudy) (?:spot|patch|dot|mark|area|ring)|(?:mancha|manchita|"
    r"punto|puntito|bolita) blanc\w*)\b"
)
_EYE_AGONY = (
    r"(?:(?:eye|ojo)\b[^.!?]{0,25}\b(?:excruciat\w*|unbearable|agoni\w*|killing|insane|"
    r"(?:so|really) (?:bad|painful)|worst)|(?:can'?t|cannot|won'?t) (?:open|keep open) (?:it|my "
    r"eye|the eye)|no (?:puedo|puede) abrir(?:lo| el ojo)|(?:ojo|dolor)\b[^.!?]{0,25}\b"
    r"(?:insoportable|horrible|muchisimo|terrible))"
)

# Something thrown into the eye by a tool (grinding, a hammer on metal) and still
# sticking out of it: an open globe, shielded and never pulled at.
_INTO_THE_EYE = (
    r"(?:(?:(?:something|piece|chip|shard|bit|sliver|splinter|metal|debris|spark)s? )?(?:flew|"
    r"went|shot|came|got|blew|flying|popped)\b[^.!?]{0,25}\b(?:into|in) (?:my|his|her|their|the|"
    r"one) (?:left |right )?eye|(?:me|le) (?:salto|entro|brinco|cayo|pego)\b[^.!?]{0,30}\b"
    r"(?:al|en el|en mi|en su) ojo)"
)
_STICKING_OUT = (
    r"(?:(?:sticking|poking|protruding|jutting) (?:out|up)|stuck in (?:it|there|the eye)|"
    r"embedded|lodged|(?:clavad|enterrad|encajad|incrustad)[oa]|(?:sobresale|saliendo|salido) "
    r"del ojo)\b"
)

# A button battery pushed up a nose or into an ear: it burns through the lining within
# hours as it does in the gullet, however calm the child. A hearing aid put in an ear
# carries its battery where it belongs.
_UP_THE_NOSE = (
    r"(?:(?:shoved|stuck|put|pushed|jammed|stuffed|inserted|lodged|poked)\b(?:(?!hearing aid)"
    r"[^.!?]){0,50}\b(?:up|"
    r"in|into|inside) (?:his|her|their|my|the|one|a) (?:left |right )?(?:nose|nostril|"
    r"ear(?: canal)?)s?|(?:se |lo |la )?(?:metio|meti|puso|empujo|introdujo|atoro|atasco)\b"
    r"[^.!?]{0,50}\b(?:en|dentro de) (?:la |su |mi |el )?(?:nariz|naricita|fosa nasal|oreja|"
    r"orejita|oido|oidito))\b"
)

# A lump in the neck that has grown within days and now makes breathing noisy or keeps
# the patient from lying flat: the airway is being pressed shut.
_NECK_LUMP = (
    r"(?:(?:lump|mass|swelling|node|gland|growth|tumou?r|bulto|bola|bolita|masa|ganglio|"
    r"tumor)s?\b[^.!?]{0,30}\b(?:neck|throat|cuello|garganta)|(?:neck|throat|cuello|garganta)"
    r"\b[^.!?]{0,15}\b(?:lump|mass|node|gland|bulto|bola|masa|ganglio))\b"
)
_GROWING = (
    r"(?:(?:way |much |a lot |so much )?(?:bigger|larger)|growing|grown|grew|doubled|(?:mas|"
    r"muchisimo mas) grande|creci\w*|crece\w*)\b"
)
_AIRWAY_PRESSED = (
    r"(?:whistl\w*|stridor|(?:noisy|squeaky|high[- ]pitched) breath\w*|(?:noise|sound) when "
    r"(?:i|he|she|they) breath\w*|(?:can'?t|cannot|unable to) lie (?:flat|down)|(?:hard|trouble|"
    r"struggling|difficult\w*) (?:to )?breath\w*|(?:can'?t|cannot) (?:breathe|catch (?:my|his|"
    r"her) breath)|silb\w*|chifl\w*|ruido al respirar|no (?:puedo|puede) (?:respirar|acostarme|"
    r"acostarse)|me cuesta respirar|le cuesta respirar)"
)

# A spin that is not the ear's: the room turning with a walk that tips to one side and a
# tongue that will not shape the words. BPPV never slurs; the brainstem does.
_SPINNING = (
    r"(?:vertigo|dizz\w*|spinning|spins|(?:room|world) (?:is )?spin\w*|mare\w*|da vueltas|"
    r"dando vueltas)\b"
)
_FALLS_ONE_WAY = (
    rf"(?:{_UNSTEADY}|(?:fall\w*|lean\w*|tip\w*|veer\w*|pull\w*|list\w*) (?:over )?to (?:the )?"
    r"(?:left|right)|(?:can'?t|cannot|unable to) (?:stand|walk)\b|(?:cae|caigo|caiga|va|voy|"
    r"jala|jalo|ladea|ladeo|inclina|inclino) (?:para|hacia|a) (?:la |el |un )?(?:izquierda|"
    r"derecha|lado)\b)"
)
_SPEECH_CAUGHT = (
    rf"(?:{_THICK_SPEECH}|(?:speech|words|talking|voice) (?:is |are |sounds? )?(?:slurry|slushy|"
    r"mushy|thick)|(?:hablo|habla|hablando|hablaba) (?:como |medio |bien )?(?:trabad\w*|"
    r"enredad\w*|arrastrad\w*|mocho))"
)

# The tonsils or adenoids taken out: for two weeks after, the bed they leave can bleed
# without warning, and a child who will not swallow for the pain dries out. A surgery of
# years ago is dated by the history reading of each sign; "after" is read with the surgery,
# as the start of the days counted since it, not as a past that dates it.
TONSILS_OUT = (
    r"(?:(?:since|after|desde|despues de) (?:his|her|my|their|the|su|mi|el|la) )?"
    r"(?:(?:adeno)?tonsil+ectom\w*|adenoidectom\w*|(?:tonsils?|adenoids?) (?:were |was |got "
    r"|being )?(?:out|removed|taken out|surgery|operation)|amigdalectomia|adenoidectomia|"
    r"(?:operad[oa]|operaron|operacion|cirugia|sacaron|quitaron|extirparon) (?:de )?(?:las |sus |"
    r"mis |los |le |me )?(?:amigdalas|adenoides))"
)
# Blood spat, vomited or bleeding from the mouth or throat: any of it, bright red, is the
# surgeon's to see that day. Pink in the saliva is not named here.
_TONSIL_BLOOD = (
    r"(?:(?:spit\w*|spat|cough\w*|vomit\w*|throw\w* up|threw up|puk\w*|drool\w*)\b[^.!?]{0,25}"
    r"\b(?:blood|clots?)\b|(?:blood|bloody|clots?)\b[^.!?]{0,25}\b(?:spit\w*|saliva|mouth|"
    r"throat|vomit\w*|drool\w*)|(?:is|are|was|started|starts|keeps?|been|still|began) bleeding|"
    r"bleeding (?:from|out of|in) (?:her|his|my|the) (?:mouth|throat|nose)|(?:mouth|throat) "
    r"(?:is |was |started |keeps )?bleed\w*|(?:escup\w*|vomit\w*|tose\w*|echa\w*|devuelv\w*)\b"
    r"[^.!?]{0,25}\bsangre|sangre\b[^.!?]{0,25}\b(?:boca|garganta|saliva|escup\w*|vomit\w*)|"
    r"sangr(?:a|an|ando|ado|o)\b|coagulos?)"
)
_NO_URINE = (
    r"(?:(?:hasn'?t|has not|hasnt|haven'?t|have not|not|hadn'?t) (?:had a |had any )?(?:peed|"
    r"urinated|pee'?d|wee'?d|weed|wet (?:a|her|his|the) diaper|had a wet diaper)|no (?:wet "
    r"diapers?|pee|urine)|(?:diapers?|nappy|nappies) (?:has |have )?(?:been |stayed )?dry|no "
    r"(?:ha|han) (?:orinado|hecho pipi|mojado (?:el|los|su|sus) panal\w*)|panal(?:es)? sec\w*|"
    r"no orina)"
)
_WONT_DRINK = (
    r"(?:(?:won'?t|will not|refus\w* to|isn'?t|is not|hasn'?t|has not|can'?t|cannot) (?:\w+ )?"
    r"(?:drink\w*|drunk|swallow\w*)|no (?:quiere|puede|ha querido|ha) (?:\w+ )?(?:tomar|beber|"
    r"tragar|tomado|bebido))"
)
_DROWSY = (
    r"(?:(?:very|really|so|super|extremely|unusually) (?:sleepy|drowsy|lethargic)|letharg\w*|"
    r"listless|floppy|hard to wake|(?:won'?t|can'?t|hardly|barely) (?:wake|stay awake)|(?:muy|"
    r"bien) (?:decaid[oa]|dormid[oa]|adormilad[oa]|somnolient[oa])|decaid[oa]|aguadit[oa]|no "
    r"(?:se )?despierta)"
)

RULES: dict[str, list[tuple[str, ...]]] = {
    "bleeding": [(TONSILS_OUT, _TONSIL_BLOOD)],
    "dehydration": [
        (TONSILS_OUT, _NO_URINE, rf"(?:{_WONT_DRINK}|{_DROWSY})"),
        (TONSILS_OUT, _WONT_DRINK, _DROWSY),
    ],
    "vision_loss": [
        (_CURTAIN, _EYE_WORD),
        (_NEW_FLOATERS, rf"(?:{_FLASHES}|{_CURTAIN})"),
    ],
    "eye_emergency": [
        (_CONTACTS, _WHITE_SPOT, rf"(?:{_EYE_SORE}|{_EYE_AGONY}|{_SIGHT_GOING})"),
        (_CONTACTS, _EYE_AGONY, _SIGHT_GOING),
        (_INTO_THE_EYE, _STICKING_OUT),
    ],
    "button_battery": [(_BUTTON_BATTERY, _UP_THE_NOSE)],
    "airway_mass": [(_NECK_LUMP, _GROWING, _AIRWAY_PRESSED)],
    "stroke": [(_SPINNING, _FALLS_ONE_WAY, _SPEECH_CAUGHT)],
}
