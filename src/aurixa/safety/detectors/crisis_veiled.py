"""Crises told in veiled words (English and Spanish), first person or about someone else.

A way out found and a calm that follows it; a drop picked or its height asked for its own
sake; a gun brought home "not saying I'll use it"; being hit by a car wished for on the way
to work; a child's care handed on with "I'm done"; a last message that commends the
children; self-injury with nails or teeth until the skin bleeds; pills taken "on purpose".
`selfharm` reads these with the other rules, in the same context (a negated or past
mention does not fire).
"""

from __future__ import annotations

from aurixa.safety.detectors.crisis_together import _AWAY, _END_OF_ROPE, SignsTogether

# Single signs: each is a crisis on its own.
INDIRECT = [
    # The height of a drop asked for its own sake: "what floor of the garage would be high
    # enough", "qué tan alto tiene que ser un puente". High enough to see or reach something
    # is an errand.
    r"\b(?:what|which|how high (?:a|of a)?|how many) (?:floor|story|storey|level|bridge|"
    r"building|balcony|roof|height)s?\b[^.!?]{0,50}\b(?:(?:would|is|be) )?high enough\b"
    r"(?! (?:to|for|so) (?!(?:die|not survive|kill|end|not wake)))|"
    r"\b(?:que|cual|cuantos) (?:piso|pisos|puente|edificio|altura)\b[^.!?]{0,50}\b(?:suficiente"
    r"(?:mente)? alt[oa]|lo bastante alt[oa])\b(?! para (?!(?:morir|no sobrevivir|matarme)))",
    # Being hit or killed by accident wished for: "if a car hit me on the way to work it
    # wouldn't be so bad", "si me atropella un carro no estaría tan mal".
    r"\bif (?:a|some|the) (?:car|bus|truck|train|driver)\b[^.!?]{0,20}\b(?:hit|hits|ran over|"
    r"runs over|killed) me\b[^.!?]{0,40}\b(?:wouldn'?t (?:be (?:so|that|too) bad|mind|care)|"
    r"would(?:n'?t)? be (?:a relief|okay|ok|fine|nice)|i'?d be (?:ok|okay|fine|relieved))|"
    r"\bsi me (?:atropella\w*|mata\w*|choca\w*|pega\w*) (?:un|una|el|la) (?:carro|coche|auto|"
    r"camion|tren|bus|camioneta)\b[^.!?]{0,50}\b(?:no (?:estaria|seria) (?:tan )?mal|no me "
    r"importaria|seria un alivio|estaria bien)",
    # Throwing oneself, car and all, into water or off a height: "pienso en tirarme con todo y
    # carro al canal", "thought about driving into the canal".
    r"\b(?:pienso|pensado|pensando|ganas de|quiero|casi)\b[^.!?]{0,15}\b(?:tirarme|aventarme|"
    r"echarme|lanzarme|meterme)\b[^.!?]{0,25}\b(?:al|a la|del|de la|en el|en la) (?:canal|rio|"
    r"presa|lago|mar|barranco|puente|vias|precipicio)\b|"
    r"\b(?:think\w*|thought|urges?|tempted|want(?:ed)? to)\b[^.!?]{0,20}\b(?:driv\w*|steer\w*|"
    r"swerv\w*)\b[^.!?]{0,25}\binto (?:the |a )?(?:canal|lake|river|reservoir|sea|ocean|bay|"
    r"quarry)\b",
    # Self-injury with nails or teeth until the skin bleeds: "dig my nails into my arms until
    # they bleed", "me entierro las uñas hasta sangrar".
    r"\b(?:dig\w*|scratch\w*|claw\w*|bit(?:e|ing)?|pinch\w*|rak\w*|scrap\w*) (?:my (?:nails|"
    r"teeth) )?(?:into |at )?my (?:own )?(?:arms?|legs?|skin|wrists?|thighs?|hands?|face|"
    r"stomach)\b[^.!?]{0,30}\buntil (?:they|it|i|the skin)\b[^.!?]{0,10}\b(?:bleed\w*|bled|"
    r"bruis\w*)|\b(?:me )?(?:entierro|clavo|rasguno|arano|muerdo|rasco) (?:las unas )?(?:en )?"
    r"(?:los|las|mis) (?:brazos|piernas|munecas|muslos|manos)\b[^.!?]{0,30}\bhasta "
    r"(?:sangrar|que (?:sangr\w*|me salga sangre))",
    # Pills taken on purpose, however lightly told: "took like 15 an hour ago on purpose".
    r"\b(?:took|swallowed|taken|tome|me tome|me trague)\b[^.!?]{0,40}\b(?:on purpose|"
    r"deliberately|intentionally|a proposito|adrede|apropósito)\b",
]

# A way out of everything found, and a calm or a plan after it.
_WAY_OUT = (
    r"(?:(?:found|figured out|worked out|have|got) (?:a|the|my) way out\b(?! (?:of (?!(?:it|this|"
    r"all|everything)\b)|to|from|through|by|for|the)\b)|figured out how to fix (?:that|this|it|"
    r"everything)|(?:encontre|ya tengo|ya se cual es) (?:una|la|mi) salida(?: a todo| de todo)?)"
)
_CALM_AFTER = (
    r"(?:(?:feel|feeling|i'?m|im|am) (?:so |really |honestly )?(?:calm|at peace|peaceful|"
    r"relieved)|(?:less stressed|better off|happier|easier) if i (?:wasn'?t|wasnt|weren'?t|"
    r"was not|were not) (?:around|here|alive)|me siento (?:en paz|tranquil[oa]|calmad[oa])|"
    r"estarian mejor sin mi|(?:mas )?tranquilos si yo no (?:estuviera|existiera))"
)
# A drop picked, with the end of one's rope: "I'm done. I already picked which bridge".
_DROP_PICKED = (
    r"(?:(?:picked|chose|chosen|found|know|decided on) (?:exactly )?(?:which|what|the|a) "
    r"(?:bridge|building|floor|overpass|cliff|tracks|parking garage)\b|"
    r"(?:picked|chose|found) (?:the )?(?:bridge|building|cliff|overpass)|(?:ya )?(?:escogi|"
    r"elegi|se) (?:cual|que|el) (?:puente|edificio|piso|lugar))"
)
_DONE = (
    rf"(?:{_END_OF_ROPE}|i'?m (?:just|so|really|actually) done\b|(?:like |just )?actually done\b)"
)
# A gun brought within reach, and its use half-said: "not saying I'll use it".
_GUN_AT_HAND = r"(?:gun|pistol|handgun|rifle|firearm|revolver|arma|pistola)\b"
_USE_HEDGED = (
    r"(?:not saying i'?(?:ll|d|m going to) use it|(?:nice|good|comforting) to know (?:it'?s|its) "
    r"there\b[^.!?]{0,20}\bif|just in case (?:things|this|it|life) (?:get|gets|go|goes)|no digo "
    r"que (?:la|lo) (?:vaya|valla) a usar|(?:es bueno|me tranquiliza) saber que (?:esta ahi|ahi "
    r"esta)[^.!?]{0,20}\bsi)"
)
# A child's care handed on, with the end of one's rope or "don't call".
_CHILD_HANDED = (
    r"(?:(?:knows|know|will|is going to|has|agreed) (?:to |how to )?(?:take|raise|look after|"
    r"keep) (?:the baby|the kids|my (?:baby|kids|son|daughter|boys|girls|children))|(?:sabe|va "
    r"a) (?:que (?:tiene que|debe) )?(?:cuidar|quedarse con|llevarse) (?:al bebe|a los ninos|a "
    r"mis hijos|a mi (?:hij[oa]|bebe)))"
)
_NO_CALL = (
    r"(?:(?:don'?t|dont|do not) (?:call|look for|come looking|worry)|no (?:me )?(?:llamen|"
    r"busquen))"
)
# A last message, with the children or family commended to someone: "this is my last
# message, please make sure they are ok".
_LAST_MESSAGE = (
    r"(?:this is my last (?:message|text|note|time (?:writing|messaging))|(?:este es|es) mi "
    r"ultimo mensaje)"
)
_COMMENDED = (
    r"(?:(?:make sure|see that|check that) (?:they|my \w+|the (?:kids|boys|girls|baby))(?:'re| "
    r"are| is|'s)? (?:ok|okay|alright|safe|fine|taken care of|looked after)|(?:take care|look "
    r"after|watch over) (?:of )?(?:my|the) (?:kids|boys|girls|baby|children|son|daughter)|"
    r"(?:cuiden|cuida|vean|revisen) (?:a|que) (?:mis|los) (?:hijos|ninos|nenes)|que (?:mis hijos|"
    r"ellos) esten bien)"
)
# A letter left for a child to read when older, with someone told where the papers are, or
# the child said to deserve a better parent.
_LETTER_FOR_LATER = (
    r"(?:(?:written|wrote|left|writing) (?:her|him|them|my \w+) (?:a )?letters? (?:for|to "
    r"read) when (?:she|he|they)(?:'?s|'?re| is| are)? (?:older|grown|bigger)|(?:le )?(?:escribi|"
    r"deje) (?:una )?carta (?:a mi \w+ )?para cuando (?:sea|crezca|este) (?:grande|mayor))"
)
_PAPERS_KNOWN = (
    r"(?:knows where (?:all )?(?:the|my) (?:papers|documents|paperwork|passwords|will|policy)|"
    r"deserves? (?:a )?better (?:mom|mother|dad|father|parent|mama|papa) than me|sabe donde "
    r"estan (?:todos )?(?:los|mis) (?:papeles|documentos)|merece (?:una )?(?:mejor (?:mama|madre|"
    r"papa|padre)|(?:mama|madre|papa|padre) mejor) que yo)"
)
# A death staged as an accident, asked as whether it would look like one.
_STAGED_LOOK = (
    r"(?:\b(?:look|seem|pass)(?:es|s)? (?:like|as|for) an accident|(?:pareciera|parezca|"
    r"pasara por) (?:un )?accidente)"
)
_MONEY_AFTER = (
    r"(?:life insurance|insurance (?:money|payout)|still get the (?:insurance|money)|seguro de "
    r"vida|cobrar el seguro)"
)
# A post that says sorry for everything, someone who cannot be reached since.
_POSTED_SORRY = (
    r"(?:posted|texted|wrote|put up|sent)\b[^.!?]{0,10}\b(?:sorry for everything|sorry for "
    r"being|goodbye|i love you all)|(?:publico|puso|mando)\b[^.!?]{0,10}\b(?:perdon por todo|"
    r"adios)"
)
_GONE_SAID = (
    r"(?:(?:he|she|they)(?:'d| would|d) be better off gone|(?:not|isn'?t|isnt|is not|hasn'?t) "
    r"(?:answering|picking up|replying|responding)|estaria mejor muert[oa]|no contesta)"
)
# An amount asked to stop a heart, said to be for the asker.
_AMOUNT_ANYONE = (
    r"(?:(?:what|which|how much|how many)\b[^.!?]{0,30}\b(?:would|will|could|does it take to) "
    r"(?:stop (?:someone'?s|a person'?s|my|the) heart|kill (?:someone|a person|me)|be (?:fatal|"
    r"lethal))|(?:cuant[oa]s?|que cantidad)\b[^.!?]{0,30}\b(?:pararia|detendria|para|mataria) "
    r"(?:el corazon|a alguien|a una persona))"
)
_FOR_ME = (
    r"(?:asking for (?:me|myself)|(?:this|it) (?:isn'?t|is not|isnt) hypothetical|not "
    r"hypothetical|es para mi|no es hipotetico)"
)

# Wanting to be where the dead one is, with a way known: "since we lost her I just want to be
# where she is. I know exactly how I'd do it".
_WHERE_THEY_ARE = (
    r"(?:(?:want|wanna|wish|long|need) (?:to )?be (?:where|with) (?:she|he|they|her|him|them) "
    r"(?:is|are)\b|quiero (?:estar|ir) (?:donde|a donde) (?:esta|este|estan) (?:ella|el|ellos))"
)
_HOW_ID_DO_IT = (
    r"(?:know (?:exactly |just )?how i'?d do it|know (?:exactly )?how i'?(?:ll|would|will) do it|"
    r"(?:ya )?se (?:exactamente )?como lo (?:haria|voy a hacer))"
)

RULES = [
    SignsTogether((_WHERE_THEY_ARE, _HOW_ID_DO_IT)),
    SignsTogether((_WAY_OUT, _CALM_AFTER), unless=_AWAY),
    SignsTogether((_DROP_PICKED, _DONE)),
    SignsTogether((_GUN_AT_HAND, _USE_HEDGED)),
    SignsTogether((_CHILD_HANDED, rf"(?:{_DONE}|{_NO_CALL})"), unless=_AWAY),
    SignsTogether((_LAST_MESSAGE, _COMMENDED), unless=_AWAY),
    SignsTogether((_LETTER_FOR_LATER, _PAPERS_KNOWN)),
    SignsTogether((_STAGED_LOOK, _MONEY_AFTER)),
    SignsTogether((_POSTED_SORRY, _GONE_SAID)),
    SignsTogether((_AMOUNT_ANYONE, _FOR_ME)),
]
