"""Crises told through one's own illness or as thanks at the end (English and Spanish).

A rescue treatment withheld on purpose (the auto-injector left in the drawer, the
inhaler no longer carried, a refill not to be made) with the next attack welcomed, or
one's own allergen to be eaten with the rescue withheld; a last thank-you to the doctor
beside affairs settled, "a last message" or "you won't have to worry about me anymore";
one's own body hurt by any means on purpose. Each sign alone is everyday talk at an
allergy or a neurology clinic (an expired pen not refilled, a pet rehomed for an
allergy, thanks at a last visit), so a rule names its signs together and a reason to be
well, away or careful sets it aside. `selfharm` reads these with the other rules.
"""

from __future__ import annotations

from aurixa.safety.detectors.crisis_together import SignsTogether

# The treatment that stops an attack of one's own illness.
_RESCUE = (
    r"(?:epi ?-?pens?|auvi-?q|auto-?injectors?|adrenaline|epinephrine|(?:rescue )?inhalers?|"
    r"albuterol|ventolin|puffers?|insulin|glucagon|nitro(?:glycerin)?|seizure (?:meds|"
    r"medicines?|pills)|rescue (?:meds|medicines?)|autoinyector\w*|adrenalina|epinefrina|"
    r"inhalador\w*|bomba|bombita|insulina|nitroglicerina)\b"
)
# The rescue withheld, as a plan or a habit (not a past slip: "left it at home"): not to be
# carried, refilled or used, left in a drawer, thrown out. The rescue is named in the same
# sign, as "not going to refill my EpiPen" would otherwise read the pen as negated.
_WITHHOLD = (
    r"(?:(?:stop(?:ped)?|quit) (?:carrying|bringing|taking|using|refilling)|(?:not|never) "
    r"(?:going to|gonna|planning to) (?:refill|carry|bring|use|fill|take|pick up)|(?:won'?t|"
    r"will not|wont) (?:be )?(?:refill|carry|bring|use|fill|pick(?:ing)? up)\w*|(?:don'?t|dont|"
    r"do not) (?:carry|bring|refill)|(?:threw|throw|throwing|tossed|toss|hid|hide|hiding) "
    r"(?:out|away)?|(?:not|no) (?:use|using|usar|ponerme|inyectarme)|without using|(?:deje|"
    r"dejo|voy a dejar|dejar) de (?:cargar|llevar|usar|traer|surtir|resurtir)|no (?:voy a|"
    r"pienso|quiero) (?:surtir|resurtir|cargar|llevar|usar|traer|ponerme|inyectarme)|ya no "
    r"(?:cargo|llevo|uso|traigo)|(?:tire|tiro|esconder|escondi|escondo)|sin (?:usar|ponerme))"
)
_PUT_AWAY = (
    r"(?:in (?:the|a|my) (?:drawer|cabinet|closet|car)|at home|behind|en (?:el|la) (?:cajon|"
    r"casa|carro|buro|closet)|guardad\w*)"
)
_RESCUE_WITHHELD = (
    rf"(?:{_WITHHOLD}(?:\W+\w+){{0,3}}?\W+{_RESCUE}|(?:leave|leaving|dejar|dejo|voy a dejar) "
    rf"(?:\w+ ){{0,2}}?{_RESCUE} (?:\w+ ){{0,2}}?{_PUT_AWAY})"
)
# One's own allergen to be eaten, as a thought, a wish or a plan.
_ALLERGEN = (
    r"(?:peanuts?|peanut butter|tree nuts|nuts|cashews?|walnuts?|almonds?|pecans?|sesame|"
    r"shellfish|shrimp|prawns?|crab|lobster|clams?|fish|eggs?|dairy|wheat|cacahuates?|mani|"
    r"nueces|nuez|almendras?|ajonjoli|mariscos?|camarone?s?|cangrejo|langosta|almejas|"
    r"pescado|huevos?|lacteos)\b"
)
_ALLERGEN_EATEN = (
    rf"(?:(?:eat|eating|ate|have|having|swallow\w*|comer(?:me)?|comiendo(?:me)?|me como|me "
    rf"comi) (?:\w+ ){{0,4}}?{_ALLERGEN})"
)
# The next attack, or the end, let come: "wouldn't mind if the next one took me", "easier
# if the next reaction just happened", "así se acaba todo". Minding a refill or a new
# prescription is an errand.
_LET_IT_COME = (
    r"(?:(?:takes?|took|would take|carries|carried) me (?:out|away|with it)\b|if (?:the next|"
    r"an?|this|one) (?:\w+ )?(?:one|attack|reaction|episode|flare|seizure) (?:just |finally )?"
    r"(?:finishes me|kills me|takes me (?:out|away))\b|(?:wouldn'?t|would "
    r"not|won'?t|wont) (?:really )?mind(?=\s*(?:[.,;!?]|$|if (?:it|i|the next|that)\b|dying))|"
    r"(?:easier|better|simpler|a relief|fine|okay|ok) if (?:the next (?:\w+ )?(?:one|attack|"
    r"reaction|episode|flare|seizure)|it|one|an? (?:attack|reaction|seizure)) (?:just |finally "
    r")?(?:happen\w*|came|comes|hit\w*|took me|takes me|killed me|kills me|got me|finished me)"
    # "easier if it came by mail", "fine if it comes in the nurse's bag": the pen or the
    # refill arriving, not an attack.
    r"(?!\s+(?:by|in|into|with|to|through|as|from|at|on|via|for|when|during)\b)|let (?:it|"
    r"the (?:next )?(?:attack|reaction|one)|nature) (?:happen|take (?:me|its course)|win|finish "
    r"me)|(?:so|and|then) (?:it|everything|this) (?:would |will )?(?:all )?(?:ends?|be over|"
    r"stops?)\b|(?:just )?(?:not|never) wake up|(?:asi|y|para que) (?:ya )?se (?:acaba|acabe|"
    r"termina|termine) (?:todo|esto|de una vez)|no me importaria (?:que|si|morir)|seria mas "
    r"facil (?:que|si)|(?:que|y) me (?:lleve|mate|lleva|mata)\b|dejar que (?:pase|me de|me "
    r"mate|llegue)|(?:ya )?no (?:volver a )?despertar|que pase lo que (?:tenga que pasar|pase))"
)
# The end itself welcomed, in words no errand uses: "easier if the next reaction took me",
# "so it all ends", "no volver a despertar". No reason of care explains that, so beside a
# rescue withheld it is read even when the pen has expired or was forgotten.
_END_WELCOMED = (
    r"(?:(?:takes?|took|would take) me (?:out|away|with it)\b|(?:finishes|finished|kills|killed|"
    r"took|takes|got) me\b(?! (?:to|for|from|in|into|at|home|back|off|out of)\b)|(?:just )?never "
    r"wake up|(?:asi|y|para que) (?:ya )?se (?:acaba|acabe|termina|termine) (?:todo|de una vez)|"
    r"no me importaria morir|(?:que|y) me (?:lleve|mate)\b(?! (?:a|al|en|de)\b)|(?:ya )?no "
    r"(?:volver a )?despertar)"
)
# A reason to withhold or to eat that is care, not a wish: an allergist's challenge or
# treatment, a slip, an expired or unneeded pen, a new plan.
_CAREFUL = (
    r"(?:food challenge|oral (?:food )?challenge|immunotherapy|\boit\b|desensiti\w*|"
    r"allergist (?:said|told|wants|recommended)|under (?:supervision|observation)|in (?:the|your) "
    r"office|by (?:accident|mistake)|accidentally|forgot|expired|outgrown|outgrew|grew out|"
    r"no longer allergic|not allergic anymore|doctor (?:said|told)|reto (?:alimentario|oral)|"
    r"inmunoterapia|desensibiliz\w*|por (?:accidente|error)|sin querer|se me olvido|olvide|"
    r"caducad\w*|vencid\w*|ya no (?:soy|es) alergic\w*|el (?:doctor|alergologo|alergista) "
    r"(?:dijo|me dijo))"
)

# Thanks given as a last word to the doctor: for everything, for all these years, for the
# care; "you were always kind", "you were the good part".
_LAST_THANKS = (
    r"(?:(?:thank(?:s| you| u)|grateful)\b[^.!?]{0,40}\b(?:for (?:everything|all (?:of )?(?:it|"
    r"these years|the years|you(?:'ve| have)? done))|(?:all )?these (?:\w+ )?years|all this "
    r"time)|(?:you|u) (?:were|have been|'ve been|was) (?:always )?(?:so |really |very )?(?:kind|"
    r"good|nice|there)(?: to me| for me)?\b(?! (?:about|at|with|when|for (?!me)))|(?:you|u) "
    r"(?:were|have been|'ve been) the (?:good|best|only good|one good|bright) (?:part|thing)|"
    r"(?:gracias|agrade[cz]\w*)\b[^.!?]{0,40}\b(?:por todo|(?:por )?todos estos anos|todo este "
    r"tiempo)|(?:siempre )?(?:fue|fuiste|ha sido|han sido|fueron) (?:muy |tan )?(?:buen[oa]s?|"
    r"amables?|lo mejor)(?: conmigo)?\b(?! (?:para|en|con (?!migo))\b))"
)
# Affairs put in order: a pet rehomed, debts paid off, things left arranged for the
# children, a will made.
_AFFAIRS_SETTLED = (
    r"(?:rehom\w* (?:my|the|our) (?:\w+ )?(?:dog|cat|pets?|bird|puppy|kitty)|found (?:a )?(?:new "
    r"|good )?homes? for (?:my|the) (?:\w+ )?(?:dog|cat|pets?|bird)|paid (?:everything|it all|"
    r"all (?:of )?my (?:\w+ )?(?:debts?|bills|cards|loans)) off|paid off (?:everything|all (?:of "
    r")?my (?:\w+ )?(?:debts?|bills|cards|loans))|(?:made|wrote|updated|finished|signed) (?:my|"
    r"a) will\b|(?:put|putting|got|have|had) (?:all )?my affairs in order|(?:left|got) "
    r"everything (?:sorted|arranged|in order|taken care of) for (?:my|the) (?:\w+ )?(?:kids|"
    r"children|son|daughter|family|wife|husband)|(?:ya )?(?:deje|dejo|tengo) todo (?:arreglado|"
    r"listo|en orden|pagado)|(?:arregle|tengo en orden|deje en orden) (?:mis asuntos|mis "
    r"papeles|mi testamento|todo)|(?:hice|termine|firme) (?:mi|el) testamento|(?:pague|liquide) "
    r"(?:todas )?(?:mis|las) deudas|le (?:busque|encontre|di) (?:casa|hogar|dueno) (?:a|para) mi "
    r"(?:perr\w*|gat\w*|mascota))"
)
# No one to worry about the writer from now on: "you won't have to worry about me anymore".
_WORRY_NO_MORE = (
    r"(?:(?:won'?t|wont|will not|never|no longer|don'?t|dont|do not) (?:ever )?(?:have|need) to "
    r"worry about me(?: again| anymore| any more)?|(?:can|may) stop worrying about me|(?:don'?t|"
    r"dont|do not) worry about me (?:anymore|any more|ever again)|ya no (?:van a tener|vas a "
    r"tener|va a tener|tienen|tienes|tiene|necesitan|necesitas) que preocupar(?:se|te) (?:mas )?"
    r"por mi|(?:ya )?no (?:se )?preocupen (?:mas )?por mi|no te preocupes (?:mas )?por mi)"
)
# "This is (probably) my last message", hedged; a last message about something, or before
# a time, is an errand.
_LAST_MESSAGE = (
    r"(?:this (?:is|will be|'?s|might be|may be) (?:probably |likely |maybe |prob |honestly |"
    r"pretty much )?(?:my|the) (?:very )?last (?:message|text|note|time (?:i write|writing|i "
    r"message|messaging))|(?:este|esto) (?:es|sera|va a ser) (?:probablemente |quizas |tal vez "
    r")?(?:mi|el) ultimo mensaje)\b(?! (?:about|on|for|before|until|till|of|here|in|sobre|de|"
    r"para|antes|hasta|por)\b)"
)
# Reasons for thanks at the end that are no farewell: better, moving, a new doctor, a last
# visit of a course of care, a pet rehomed for the allergy.
_WELL_OR_LEAVING = (
    r"(?:(?:feel\w*|doing|i'?m|im|am|estoy|me siento) (?:(?:so|much|a lot|way|really|mucho|muy) "
    r"){0,2}(?:better|"
    r"great|good|well|fine|mejor|bien)|all better|heal\w*|recover\w*|cured|in remission|"
    r"graduat\w*|discharg\w*|(?:last|final) (?:appointment|visit|shot|injection|infusion|session)|"
    r"(?:finished|completed|done with) (?:my|the) (?:shots|course|treatment|therapy|program)|"
    r"moving|moved|relocat\w*|new (?:doctor|clinic|provider|insurance|job)|switch\w*|"
    r"transferr\w*|retir\w*|(?:because|since|due to|por|porque)\b[^.!?]{0,30}\b(?:allerg\w*|"
    r"asthma|alergi\w*|asma)|me (?:mudo|voy a mudar|cambio)|mudanza|otro (?:medico|doctor|"
    r"estado|pais)|nuevo (?:medico|doctor|seguro|trabajo)|me dieron de alta|(?:ultima|ultima) "
    r"(?:cita|consulta|vacuna|inyeccion)|termine (?:el|mi) tratamiento|me jubil\w*|se jubil\w*)"
)

RULES = [
    # A rescue withheld, with the next attack or the end let come.
    SignsTogether((_RESCUE_WITHHELD, _LET_IT_COME), unless=_CAREFUL),
    SignsTogether((_RESCUE_WITHHELD, _END_WELCOMED)),
    # One's own allergen eaten with the rescue withheld, or with the end let come.
    SignsTogether((_ALLERGEN_EATEN, _RESCUE_WITHHELD), unless=_CAREFUL),
    SignsTogether((_ALLERGEN_EATEN, _LET_IT_COME), unless=_CAREFUL),
    # A last thank-you beside affairs settled, no more worry, or a last message.
    SignsTogether((_LAST_THANKS, _AFFAIRS_SETTLED), unless=_WELL_OR_LEAVING),
    SignsTogether((_LAST_THANKS, _WORRY_NO_MORE), unless=_WELL_OR_LEAVING),
    SignsTogether((_AFFAIRS_SETTLED, _WORRY_NO_MORE), unless=_WELL_OR_LEAVING),
    SignsTogether((_LAST_MESSAGE, _LAST_THANKS), unless=_WELL_OR_LEAVING),
]

# Single signs: one's own body hurt by any means, told as done on purpose, to feel or to
# calm down: "I scratch till I bleed on purpose", "me rasco hasta sangrar a propósito",
# "me pego en la cabeza adrede". Scratching an itch until it bleeds, or a haircut or nails
# trimmed on purpose, is not one.
INDIRECT = [
    r"\b(?:scratch\w*|claw\w*|pick\w*|cut\w*|burn\w*|hit\w*|bit(?:e|ing)?|pinch\w*|punch\w*|"
    r"bang\w*|carv\w*|dig\w*|slam\w*|rip\w*|tear\w*) (?:at )?(?:myself|my (?:own )?(?:skin|arms?|"
    r"legs?|wrists?|thighs?|hands?|face|stomach|head|scalp|body)|until (?:i|it|they) (?:bleed\w*|"
    r"bled|bruise\w*))\b[^.!?]{0,40}\b(?<!not )(?<!no )(?:on purpose|deliberately|"
    r"intentionally|to feel (?:something|better|pain|anything|calm)|to calm (?:myself )?down|to "
    r"punish myself|because i deserve (?:it|the pain))\b|"
    r"\b(?:make|made|making) myself bleed\b[^.!?]{0,30}\b(?:on purpose|deliberately|"
    r"intentionally|to feel|to calm)\b|"
    r"\bme (?:rasco|rasque|rasgune|rasguno|arano|arane|corto|corte|quemo|queme|pego|pegue|golpeo|"
    r"golpee|muerdo|mordi|pellizco|pellizque|lastimo|lastime|hago heridas|hice heridas|hago "
    r"sangrar|hice sangrar)\b(?! (?:el pelo|el cabello|las unas|el fleco|la barba|el bigote|las "
    r"puntas|un |una |con la puerta|sin querer|por accidente))[^.!?]{0,40}\b(?:a proposito|"
    r"adrede|para (?:sentir|calmarme|castigarme|desahogarme|no sentir)|porque me lo "
    r"merezco|como castigo)\b",
    # Cutting or burning told in the past tense of one's own arms or legs: "me corté los
    # brazos anoche". The present is read in `selfharm`.
    # One arm cut in the kitchen or legs nicked shaving is an accident.
    r"\bme (?:corte|queme|lastime|rasgune) (?:los brazos|las piernas|las munecas|los muslos)\b"
    r"(?![^.!?]{0,40}\b(?:rasur\w*|depil\w*|afeit\w*|con (?:el|la|un|una) (?:vidrio|cuchillo|"
    r"lata|papel|podadora|rastrillo|navaja de afeitar|plancha|estufa|sarten|horno)|cocinando|"
    r"sin querer|por accidente|al caer(?:me)?|en el trabajo)\b)",
    # Death from one's own illness hoped for, or let come with a shrug: "I hope the next
    # seizure kills me", "if the next attack takes me out so be it", "ojalá el próximo
    # ataque me lleve", "si la próxima convulsión me mata, que así sea". Fearing it ("what
    # if the next attack kills me?") has neither the hope nor the shrug.
    r"\b(?:hope|wish|pray) (?:that )?(?:the|my) next (?:\w+ )?(?:attack|reaction|seizure|episode|"
    r"flare|stroke|one) (?:would |will )?(?:just |finally )?(?:kills? me|takes? me(?: out| "
    r"away)?|finish(?:es)? me(?: off)?|is (?:my|the) last)\b"
    r"(?! (?:(?:out|away) )?(?:of|to|for|from|into|at|one|appointment|visit)\b)|"
    r"\bif (?:the|my|this|an?) (?:next )?(?:\w+ )?(?:attack|reaction|seizure|episode|flare|stroke|"
    r"one) (?:just |finally )?(?:kills me|takes me(?: out| away)?|finishes me(?: off)?)\b"
    # "takes me out of work, that's fine" is a day off.
    r"(?! (?:(?:out|away) )?(?:of|to|for|from|into|at)\b)[^.!?]{0,20}?\b(?:so be it|fine by me|"
    r"(?:i )?(?:really )?(?:don'?t|dont|do not) care|"
    r"(?:i )?wouldn'?t (?:really )?mind|whatever|good riddance|that'?s (?:fine|ok|okay))\b|"
    r"\bojala (?:que )?(?:el|la|mi) (?:proxim[oa]|siguiente) (?:\w+ )?(?:ataque|reaccion|"
    r"convulsion|crisis|derrame|infarto)? ?(?:me (?:lleve|mate)|acabe conmigo|sea (?:el|la) "
    r"ultim[oa])\b|"
    r"\bsi (?:el|la|mi) (?:proxim[oa]|siguiente) (?:\w+ )?(?:ataque|reaccion|convulsion|crisis|"
    r"derrame|infarto)? ?me (?:lleva|mata)\b[^.!?]{0,20}?\b(?:que asi sea|me da igual|no me "
    r"importa|ni modo)\b",
]
