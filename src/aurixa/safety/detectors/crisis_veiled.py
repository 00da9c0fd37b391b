"""Crises told in veiled words (English and Spanish), first person or about someone else.

A way out found and a calm that follows it; a drop picked or its height asked for its own
sake; a gun brought home "not saying I'll use it"; being hit by a car wished for on the way
to work; a child's care handed on with "I'm done"; a last message that commends the
children; self-injury with nails or teeth until the skin bleeds; pills taken "on purpose".
`selfharm` reads these with the other rules, in the same context (a negated or past
mention does not fire).
"""

from __future__ import annotations

from aurixa.safety.detectors.crisis_together import _AWAY, _END_OF_ROPE, _MEDICINE, SignsTogether

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
    # One to three taken on purpose for a named end ("2 tylenol on purpose before the
    # workout") is a dose chosen, not an overdose.
    r"\b(?:took|swallowed|taken|tome|me tome|me trague)\b"
    r"(?!(?: (?:just|only|like|solo|nada mas))? (?:a|an|one|two|three|[1-3]|a couple(?: of)?|"
    r"una|dos|tres|un par de)\b[^.!?]{0,30}\b(?:on purpose|a proposito|adrede) (?:before|after|"
    r"for|to|so|because|since|antes|despues|para|porque)\b)"
    r"[^.!?]{0,40}\b(?:on purpose|deliberately|intentionally|a proposito|adrede|apropósito)\b",
    # A means or a drop said to look tempting: "the balcony is looking real tempting rn",
    # "el puente se ve tentador". A pool or a cake looking tempting is an errand.
    r"\b(?:balcony|bridge|roof|rooftop|ledge|edge|overpass|tracks|train|traffic|rope|razor|"
    r"gun)s? (?:is |are |has been |keeps? )?(?:looking|look|looks|seems?|seeming) (?:real |"
    r"really |so |pretty |kinda |kind of |more and more |very )?(?:tempting|inviting|"
    r"appealing)\b(?! (?:for|to (?!jump|end|die))\b)|"
    r"\b(?:el balcon|la ventana|el puente|las vias|la azotea|el tren)\b[^.!?]{0,10}\b(?:se ven?|"
    r"se mira|me llama|esta|se esta viendo) (?:muy |bien |tan |cada vez mas )?(?:tentador\w*|"
    r"atractiv\w*|invitante)\b",
    # Disappearing for good wished for oneself: "I should just disappear for good".
    r"\bi (?:should|could|want to|wanna|need to|wish i could) (?:just )?disappear (?:for good|"
    r"forever|permanently)\b(?! (?:from|off) )|\b(?:deberia|quisiera|quiero|debo) "
    r"(?:solo |nada mas )?desaparecer para siempre\b(?! de (?:las redes|internet|facebook))",
    # No tomorrow one wants to be in: "there is no version of tomorrow i want to be in",
    # "no quiero que haya un mañana".
    r"\bno (?:version of )?tomorrow (?:that )?i (?:want|wanna|would want) to (?:be in|see|wake "
    r"up (?:to|in))\b|\b(?:don'?t|dont|do not) want (?:there )?to (?:be|see|wake up to) "
    r"(?:a )?tomorrow\b(?!'?s)|\bno quiero (?:que haya (?:un )?manana|ver (?:el )?manana|"
    r"despertar manana)\b",
    # Hanging said of another who is out of reach or has tried before: "mi hermano dice que se
    # va a colgar"; "se va a colgar" is reflexive, hanging up the phone is "va a colgar".
    r"\b(?:dice|dijo|amenaza\w*|escribio|me mando) que se (?:va a|quiere|iba a) (?:colgar|"
    r"ahorcar)\b(?! (?:el|la|los|las|un|una|su|sus|mi|mis)\b)",
    # Cutting again, told with the verb of return or habit: "me vuelvo a cortar los brazos",
    # "me sigo cortando las piernas", "started cutting my arms again".
    r"\bme (?:vuelvo a|volvi a|he vuelto a|sigo|empece a|puse a) (?:cort|quem|lastim|"
    r"rasgun)\w* (?:los brazos|las piernas|las munecas|la piel|el brazo|la pierna|los muslos|"
    r"la panza)\b|\b(?:started|been|keep|kept) (?:cutting|burning) (?:my (?:arms?|legs?|"
    r"wrists?|thighs?|skin|stomach)|myself) (?:again|every (?:day|night))\b",
    # A line into the body pulled out to bleed: "pulling out my dialysis catheter and just
    # letting it bleed", "arrancarme el catéter y desangrarme". A line that came out by
    # accident, or a question whether one would bleed, is not a wish.
    r"\b(?:pull\w*|yank\w*|rip\w*|tear\w*|cut\w*|tak\w*) (?:out |off )?(?:my|his|her|their|the) "
    r"(?:own )?(?:\w+ )?(?:catheter|cath|line|port|permcath|fistula|graft|access|needles?|iv)\b"
    r"(?: out)?[^.!?]{0,40}\b(?:(?:just )?let(?:ting)? (?:it|them|myself|himself|herself|me|"
    r"him|her) bleed|(?:and|to|then|till|until|so (?:that )?(?:i|he|she) (?:can|could)) (?:just )?"
    r"bleed (?:out|to death|dry))\b|"
    r"\b(?:sacar|arrancar|quitar|jalar|cortar|arranco|saco|quito|corto)(?:me|se|le)? (?:el|la|mi|"
    r"su|los|las) (?:\w+ )?(?:cateter|fistula|linea|puerto|acceso|agujas?)\b[^.!?]{0,40}"
    r"\b(?:desangr\w*|dejar(?:la|lo)? (?:que )?sangr\w*|(?:y|para) sangrar hasta)",
    # A gun that someone says they will use on themselves: "dice que la va a usar en él
    # mismo", "said he'd turn it on himself".
    r"\b(?:gun|pistol|handgun|rifle|shotgun|firearm|revolver|pistola|arma|escopeta)\b[^.!?]{0,80}"
    r"\b(?:use (?:it|that|the gun) on|turn (?:it|that|the gun) on|point (?:it|that) at) "
    r"(?:himself|herself|themselves|themself|myself)\b|"
    r"\b(?:use|using|used|turn|turning|point|pointing) (?:my|his|her|their|the|a|\w+'?s) (?:\w+ )?"
    r"(?:gun|pistol|handgun|rifle|shotgun|firearm|revolver) (?:on|at) (?:himself|herself|"
    r"themselves|themself|myself)\b|"
    r"\b(?:pistola|arma|escopeta|rifle)\b[^.!?]{0,80}\b(?:usar(?:la|lo)?|(?:la|lo) (?:va a|"
    r"quiere|iba a|piensa|voy a|quiero) usar|apuntar\w*|disparar\w*) (?:en|contra|a) "
    r"(?:el|si|ella|mi) mism[oa]\b(?!\s+(?:lugar|sitio|dia|momento|cuarto|campo|tiempo))",
    # The wish to die given as the point of what is done: "I want the kidney to fail so I
    # can finally die". Dying happy or at home, said of a wish about one's last days, is not.
    r"\bso (?:that )?i (?:can|could|will|would|might) (?:finally |just |at last )?die\b"
    r"(?! (?:happy|happily|laughing|of|from|in (?:peace|my (?:own )?(?:bed|sleep|home))|"
    r"at (?:home|peace)|peacefully|with dignity|knowing|surrounded))|"
    r"\bpara (?:que )?(?:por fin |ya )?(?:poder )?(?:morirme|me muera|muera yo)\b"
    r"(?! (?:en paz|tranquil\w*|feliz|de (?:risa|hambre)|en (?:mi|su) casa))",
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
# A bottleful or a handful of pills taken, and "on purpose" said anywhere in the message,
# however far from it: "took the whole bottle of my sleeping pills about 20 min ago on
# purpose", "a propósito me tomé toda la caja".
_A_BOTTLEFUL_TAKEN = (
    r"(?:took|swallowed|taken|downed|tome|me tome|me trague|se tomo|se trago)\b[^.!?]{0,15}"
    r"\b(?:the (?:whole|entire) (?:bottle|box|pack|packet|strip|container)|all (?:of )?(?:my|"
    r"his|her|the|them|those)|a (?:whole |bunch of |fistful of )?(?:handful|bottle|bunch)|"
    r"(?:\d{2,}|dozens|twenty|thirty|fifty)\b|toda la (?:caja|botella|tira)|todo el (?:frasco|"
    r"bote|blister)|todas (?:las|mis)|un punado|(?:\d{2,}|veinte|treinta|cincuenta)\b)"
)
_ON_PURPOSE = r"(?<!not )(?<!no )(?:on purpose|deliberately|intentionally|a proposito|adrede)\b"
# All of one's pills to be taken so as not to wake: "me las voy a tomar todas para no
# despertar", "gonna take them all and not wake up".
_ALL_OF_THEM = (
    r"(?:take|taking|swallow\w*|down|tomar\w*|tomo|tragar\w*|trago)\b[^.!?]{0,25}\b(?:them all|"
    r"all of (?:them|my \w+|the \w+)|all (?:my|the|those|these) \w+|the (?:whole|entire) "
    r"(?:bottle|box|pack)|todas|todos|toda la (?:caja|botella)|todo el (?:frasco|bote))"
)
_NOT_TO_WAKE = (
    r"(?:(?:so|and|to) (?:that )?(?:i |he |she )?(?:don'?t|won'?t|never|not|do not|will not) "
    r"(?:wake|waking)|never (?:to )?wake|(?:para|y) (?:ya )?no (?:volver a )?despertar\w*|"
    r"(?:para|y) (?:ya )?nunca despertar\w*|para dormir(?:me)? para siempre|"
    r"(?:and|to) sleep (?:forever|for good))"
)
# Life itself said not to be gone on with, beside "I'm done": "I'm done, really done, not
# going to keep living like this", "ya no voy a seguir viviendo así, me rindo".
_GIVING_UP = (
    r"(?:i give up|me rindo|ya me canse|estoy (?:harta?|cansad[oa]) de (?:todo|vivir|esto)|"
    r"(?:ya )?no puedo mas)"
)
# Life itself, not a way of living: "keep living like this" or "keep living" alone, never
# "keep living paycheck to paycheck" or "living with my parents".
_NOT_GOING_ON_LIVING = (
    r"(?:(?:not|never|no longer) (?:going to|gonna|willing to|able to) (?:keep (?:on )?|go on |"
    r"continue )?(?:living|being alive|live)|can'?t (?:keep (?:on )?|go on )living|"
    r"no (?:voy|puedo|quiero) (?:a )?seguir viviendo)"
    r"(?=\W*$|[.,;!?]| (?:like this|this way|anymore|any more|asi|de esta (?:manera|forma)|mas)\b)"
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
    r"(?:\b(?:look|seem|pass)(?:es|s)? (?:like|as|for) (?:an accident|a (?:car )?(?:crash|wreck)|"
    r"a fall|natural causes)|(?:pareciera|parezca|"
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
    r"(?:(?:most|max\w*|how (?:much|many))\b[^.!?]{0,25}\b(?:a person|someone|one|you|i) (?:could|"
    r"can|would) take before (?:it does (?:real |serious |permanent )?damage|it'?s (?:fatal|"
    r"lethal|too late)|(?:you|they|i) (?:die|don'?t wake up))|"
    r"(?:most|max\w*|how (?:much|many))\b[^.!?]{0,25}\b(?:could|can|would) (?:a person|som"
    r"eone|one|you|"
    r"i) take before (?:it'?s (?:fatal|lethal|too late)|it does (?:real |serious )?damage|(?:you|"
    r"they|i) (?:die|don'?t wake up))|"
    r"(?:cuant[oa]s?|lo maximo)\b[^.!?]{0,25}\b(?:puede|podria) tomar (?:una persona|alguien|uno) "
    r"antes de que (?:haga dano|sea (?:mortal|letal))|"
    r"(?:what|which|how much|how many)\b[^.!?]{0,30}\b(?:would|will|could|does it take to) "
    r"(?:stop (?:someone'?s|a person'?s|my|the) heart|kill (?:someone|a person|me)|be (?:fatal|"
    r"lethal))|(?:cuant[oa]s?|que cantidad)\b[^.!?]{0,30}\b(?:pararia|detendria|para|mataria) "
    r"(?:el corazon|a alguien|a una persona))"
)
_FOR_ME = (
    r"(?:asking for (?:me|myself)|not for (?:a |my )?(?:school )?(?:project|class|paper|essay|"
    r"assignment|homework|story|book)\b[^.!?]{0,15}\bfor me\b|(?:no es )?para (?:una )?(?:tarea|"
    r"la escuela|un proyecto)[^.!?]{0,10}\bes para mi\b|(?:this|it) (?:isn'?t|is not|isnt)"
    r" hypothetical|not "
    r"hypothetical|es para mi|no es hipotetico)"
)

# A fall or water looked down on as peaceful, and a night spent there thinking about it.
_DROP_INVITING = (
    r"(?:(?:water|drop|edge|bottom|ground|river|sea|ocean|lake|tracks|rocks)\b[^.!?]{0,20}"
    r"\b(?:looks?|seems?|is) (?:so |really |kind of |almost )?(?:peaceful|inviting|calm|"
    r"tempting|quiet)\b[^.!?]{0,15}\b(?:down there|below|from up here|down)\b|(?:el agua|el "
    r"rio|el mar|las vias|el vacio)\b[^.!?]{0,20}\b(?:se ve|esta|parece) (?:tan |muy )?"
    r"(?:tranquil[oa]|en paz|invitante|calmad[oa])\b[^.!?]{0,15}\b(?:alla abajo|abajo|desde "
    r"aqui arriba))"
)
_DWELLING_THERE = (
    r"(?:(?:been |keep |kept |i'?m |im )?(?:standing|sitting|staring)\b[^.!?]{0,30}\b(?:thinking "
    r"about it|all night|for hours)|(?:can'?t|cant) stop thinking about it|thinking about it "
    r"(?:all night|for hours|again)|(?:llevo|estuve|he estado) (?:toda la noche|horas)\b"
    r"[^.!?]{0,30}\bpensando(?: en eso)?|no dejo de pensar en eso)"
)
# The highest drop asked for, to be seen "one last time".
_HIGHEST_DROP = (
    r"(?:(?:highest|tallest) (?:bridge|building|cliff|overpass|dam|parking garage|tower)|"
    r"(?:puente|edificio|acantilado|presa) mas alt[oa])"
)
_ONE_LAST_TIME = r"(?:(?:one|a) last time|for the last time|(?:una|por) ultima vez)"
# How long it takes "to go" in the snow or the cold, asked by someone out there now.
_HOW_LONG_TO_GO = (
    r"(?:how long (?:does|would|will) it take (?:to go|to die|to freeze(?: to death)?|before "
    r"(?:you|i|someone) (?:go|die|don'?t wake up|stop))|how long until (?:you|i|someone) "
    r"(?:go|die|freeze(?: to death)?)|cuanto (?:tiempo )?(?:tarda|se tarda|tardaria|tardas?) "
    r"(?:uno )?(?:en morir|en irse|en congelarse|en morirse))"
)
_OUT_IN_COLD = (
    r"(?:(?:lie|lay|lying|laying|fall asleep|sit) (?:down )?(?:in|out in) the (?:snow|cold)|"
    r"(?:acostarse|acostarte|dormirse|quedarse|se queda|te quedas) (?:en la nieve|al frio|"
    r"afuera en el frio))"
)
# The family said to be better off with the money a death would bring, and an end in sight.
_BETTER_WITH_PAYOUT = (
    r"(?:better off with (?:the|my) (?:payout|insurance|life insurance|insurance money|money "
    r"from (?:my|the) (?:policy|insurance))|(?:estarian|estaria) mejor con (?:el|la) (?:seguro|"
    r"dinero del seguro|poliza))(?! (?:plan|option|schedule|choice))"
)
_MATH_DONE = (
    r"(?:(?:i'?ve |ive |i have )?(?:done|did|ran|run) the (?:math|numbers)|(?:don'?t|dont|do not) "
    r"worry about me (?:after|anymore|when|once)|(?:ya )?(?:hice|saque) (?:las )?cuentas|no se "
    r"preocupen por mi (?:despues|cuando))"
)
# A means bought beside a drink after sobriety, with which comes first undecided.
_MEANS_BOUGHT = (
    r"(?:(?:bought|got|picked up|grabbed)\b[^.!?]{0,20}\b(?:gun|pistol|handgun|"
    r"rifle|rope|pills)\b(?! (?:safe|lock|case|cabinet|show|range|license))|(?:compre|consegui) "
    r"(?:una |un )?(?:pistola|arma|cuerda|soga|pastillas)\b)"
)
_WHICH_FIRST = (
    r"(?:(?:not sure |don'?t know |dont know )?which (?:one )?(?:first|goes first)|probably both|"
    r"no se (?:cual|que) (?:primero|va primero)|(?:seguro|probablemente) (?:los|las) dos)"
)
# Dying with help looked up, and a plan to do it alone.
_ASSISTED_DEATH = (
    r"(?:swiss clinic|clinic in switzerland|dignitas|assisted (?:suicide|dying|death)|"
    r"euthanasia|medical aid in dying|eutanasia|muerte (?:asistida|digna)|suicidio asistido|"
    r"clinica (?:en|de) suiza)"
)
_DO_IT_MYSELF = (
    r"(?:(?:i'?ll|ill|i will|going to|gonna) (?:just )?(?:do it|handle it|take care of it) "
    r"(?:myself|on my own)|find (?:my own|another) way|lo (?:hare|voy a hacer|hago) (?:yo )?"
    r"(?:mism[oa]|sol[oa]|por mi cuenta))"
)
# A goodbye said to the care team, with one's things left in order.
_GOODBYE_SAID = (
    r"(?:(?:just |only )?(?:wanted|want|wanna) to say (?:goodbye|bye)\b|(?:queria|quiero|"
    r"quisiera|vengo a|solo queria) despedirme\b)"
)
_LEFT_IN_ORDER = (
    r"(?:(?:i'?ve |ive |i have |already )?(?:sorted|settled|arranged|taken care of) "
    r"(?:everything|it all)|left (?:the|my) (?:house|car|dog|things) to|(?:ya )?arregle "
    r"(?:todo|mis cosas)|(?:le|les) deje (?:la|el|mis|mi) (?:casa|carro|cosas|perro)\b|"
    r"(?:don'?t|dont|do not) worry about me|no se preocupen por mi)"
)
# The most of one's own medicine asked for, so as to take enough "this time".
_MOST_OF_MINE = (
    r"(?:max(?:imum)?|most|how much|how many|limit|amount|cuant[oa]s?|maxim[oa]|dosis)\b"
    r"[^.!?]{0,40}\b(?:my|mi|mis)\b"
)
_ENOUGH_THIS_TIME = (
    r"(?:(?:take|took|use|get|have) enough this time|(?:tomar|tomarme|tomo|usar) (?:lo )?"
    r"suficiente esta vez|esta vez (?:quiero |voy a )?(?:tomar|tomarme|me tomo) (?:lo )?suficiente)"
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

# Care no longer needed after a near date, told with thanks for everything, a decision made
# or one's things left in order: a farewell to the clinic ("I won't need the refills after
# this weekend, thanks for everything"). Moving, a new doctor, or being well again is a
# goodbye to the clinic only.
_NOT_NEEDED_AFTER = (
    r"(?:(?:won'?t|wont|will not|don'?t|dont|am not going to|i'?m not gonna) (?:be )?"
    r"(?:need|needing)\b[^.!?]{0,30}\b(?:after (?:this|the|tonight|today|tomorrow|friday|"
    r"saturday|sunday|monday)|anymore|any more|going forward)|ya no (?:voy a )?necesit\w* "
    r"(?:mas |la |las |los |el |mis )?(?:citas?|recetas?|resurtidos?|medicinas?|pastillas|"
    r"expedientes?)|no voy a necesitar (?:mas |la |las |los |el |mis )?(?:citas?|recetas?|"
    r"resurtidos?|medicinas?|pastillas|expedientes?))"
)
_SETTLED = (
    r"(?:thank(?:s| you)(?: all| guys| so much| everyone)? for (?:everything|always|all (?:you|"
    r"of it|that you))|gracias por todo|(?:ya )?tome (?:mi|la) decision|(?:i'?ve |ive |i have )?"
    r"made (?:my|the) decision|(?:put|putting|got|have|had) (?:all )?my affairs in order|"
    r"(?:dejar|deje|dejo|tengo) todo arreglado|(?:arregle|tengo en orden) (?:mis asuntos|mis "
    r"cosas|todo)|a quien (?:le )?(?:puedo |podria )?dejar (?:mis|las) cosas|who (?:can|could|"
    r"should) (?:i )?(?:leave|give) my (?:things|stuff)|(?:gave|given|giving) (?:away )?(?:my|"
    # The belonging may be told with a word or two before it: "my gaming stuff".
    r"the) (?:\w+ ){0,2}?(?:cat|dog|pets?|bird|things|stuff) (?:away )?to|"
    r"regale (?:a )?(?:mi|el) (?:gato|perro))"
)
_WELL_OR_AWAY = (
    rf"(?:{_AWAY}|\bmove (?:to|away|back)|feel\w* (?:much |so )?better|all better|heal\w*|"
    r"recover\w*|cured|all clear|finished (?:my|the) (?:course|treatment|therapy)|done with "
    r"(?:my |the )?(?:course|treatment|therapy|pt)|me siento (?:mucho )?mejor|ya (?:estoy|me "
    r"siento) bien|me cure|ya sane|termine (?:el|mi) tratamiento)"
)
# Which of one's medicines are dangerous together, asked so that "it works this time".
_WHICH_DANGEROUS = (
    r"(?:(?:which|what)(?: ones)? (?:of )?(?:my |these |the |his |her )?(?:\w+ )?(?:meds|"
    r"medicines|medications|pills|tablets|drugs)\b[^.!?]{0,30}\b(?:dangerous|deadly|lethal|fatal|"
    r"toxic|strongest|kill\w*)|(?:que|cuales) (?:de )?(?:mis |sus |las |los )?(?:medicinas|"
    r"pastillas|medicamentos)\b[^.!?]{0,30}\b(?:peligros\w*|mortal\w*|letal\w*|matan|fuertes))"
)
_WORKS_THIS_TIME = (
    r"(?:(?:make sure|so|to be sure|need|want|ensure) (?:that )?it (?:actually |really |finally )?"
    r"(?:works|does it|is enough|will work|goes right) this time|(?:need|want) it to (?:actually "
    r"|really |finally )?work this time|this time (?:i )?(?:need|want) it to (?:actually |really "
    r"|finally )?work|this time (?:it|i) (?:won'?t|"
    r"will not|don'?t) (?:fail|mess (?:it )?up|wake up|screw (?:it )?up)|(?:que|para que) (?:si )?"
    r"funcione esta vez|esta vez (?:si )?(?:funcione|sea suficiente)|(?:no fallar|no falle) esta "
    r"vez|esta vez no (?:voy a )?fallar)"
)
# Medicines put by, enough of them, to be done with everything.
_PUT_BY = (
    r"(?:(?:enough|suficientes?|bastantes?)\b[^.!?]{0,20}\b(?:saved|stocked|stockpiled|put "
    r"(?:away|aside|by)|set aside|stored|hidden|stashed|guardad\w*|juntad\w*|ahorrad\w*|"
    r"escondid\w*)|(?:saved|stockpiled|stashed|hoarded|guarde|junte|ahorre) (?:up )?enough|"
    r"(?:save|saving|stockpil\w*|hoard\w*|stash\w*) (?:them |it )?(?:up|aside))"
)
_DONE_WITH_IT_ALL = (
    r"(?:be done with (?:it all|all (?:of )?(?:this|it)|everything|this|it|life|living)\b"
    r"(?! (?:job|debt|pain|diet|course|treatment|project|house|place)\b)|(?:be|get) done for good|"
    r"(?:para|y) (?:por fin |ya )?(?:acabar|terminar) con (?:todo|esto|todo esto)\b|"
    r"para (?:ya )?no (?:sufrir|sentir) (?:mas|nada)\b)"
)
# Which of one's medicines work fastest together, asked with the affairs in order.
_FASTEST_TOGETHER = (
    r"(?:(?:which|what) (?:of )?(?:my |these |the )?(?:medicines|medications|meds|pills|tablets)"
    r"\b[^.!?]{0,30}\b(?:fastest|quickest|strongest|most) (?:together|combined)|"
    r"(?:que|cuales) (?:de )?(?:mis )?(?:medicinas|pastillas|medicamentos)\b[^.!?]{0,30}\b"
    r"(?:mas rapido|mas fuerte) (?:juntas|juntos|combinad\w*))"
)
# Things taken care of tonight so that someone is spared the writer "anymore".
_SPARED_OF_ME = (
    r"(?:so (?:that )?(?:she|he|they|you|my \w+|nobody|no one|everyone)(?: will)? (?:won'?t|wont|"
    r"will not|doesn'?t|don'?t|never) (?:have to |need to )?(?:deal with|worry about|put up with|"
    r"take care of|carry|look after) me (?:anymore|any more|ever again|again)|para que (?:ya )?no "
    r"(?:tenga|tengan|tengas) que (?:lidiar|cargar|aguantar|batallar|preocuparse) (?:conmigo|"
    r"por mi))"
)
_TAKING_CARE_TONIGHT = (
    r"(?:(?:taking|take|i'?ll take|going to take) care of (?:things|it|everything)|handl\w* "
    r"(?:it|things|everything)|ending (?:it|things)|(?:me )?(?:encargo|voy a encargar) de todo|"
    r"voy a (?:arreglar|resolver) (?:todo|las cosas)|acabar con (?:todo|esto))"
)
# A way known, or the time it takes to die looked up, with no wish to go on.
_WAY_KNOWN = (
    r"(?:(?:already )?know (?:exactly |just )?how i'?d do it|(?:already )?know how i'?(?:ll|"
    r"would|will) do it|(?:ya )?se (?:exactamente )?como lo (?:haria|voy a hacer)|"
    r"(?:look\w* up|googl\w*|search\w*|read\w* (?:up )?(?:on|about)|buscando|busque|investig\w*)"
    r"\b[^.!?]{0,15}\b(?:how long (?:it takes |does it take )?to (?:bleed out|die|overdose|"
    r"drown|suffocate)|how (?:much|many)\b[^.!?]{0,25}\b(?:lethal|fatal|to die)|cuanto (?:se )?"
    r"tarda (?:uno |una persona |alguien )?(?:en )?(?:desangrarse|morir\w*|ahogarse)))"
)
_NO_GOING_ON = (
    r"(?:(?:not going to|not gonna|won'?t|can'?t|don'?t want to) keep (?:living|going on|being "
    r"alive|existing)|nothing (?:really )?matters(?: anymore| any more| anyway)?|"
    r"no (?:voy a|quiero|puedo) seguir (?:viviendo|vivo|viva|asi)|ya nada importa|"
    r"nada (?:me )?importa ya)"
)
# The dead one joined, with the pills saved up: "ready to go see her", "saving his pills".
_READY_TO_JOIN = (
    r"(?:ready to (?:go )?(?:see|be with|join|meet) (?:her|him|them|my (?:wife|husband|mom|dad|"
    r"son|daughter))\b(?!'s| (?:sister|brother|friend|cousin|aunt|uncle|mom|dad|family|kids?|"
    r"son|daughter|grand\w*|\w+ (?:in|at|for|on|this|next))\b)|(?:want|wants|wanna) to (?:"
    r"go )?(?:join|be with) (?:her|him|them) "
    r"(?:now|soon|again)|(?:listo|lista) para (?:ir(?:me|se)? (?:a ver|con)|reunirse con|"
    r"reunirme con) (?:ella|el|ellos|mi \w+))"
)
_PILLS_SAVED = (
    r"(?:sav(?:ing|ed) (?:up )?(?:his|her|my|their) (?:\w+ ){0,2}(?:pills|meds|medicines?|tablets)|"
    r"stockpil\w*|hoard\w* (?:his|her|my) (?:\w+ )?(?:pills|meds)|(?:guardando|juntando|"
    r"ahorrando) (?:sus|mis) (?:pastillas|medicinas|medicamentos))"
)
# Self-injury again, deeper or as deserved.
_CUT_AGAIN = (
    r"(?:\bi (?:cut|burned|burnt) (?:myself )?again\b|^cut (?:myself )?again (?:tonight|la"
    r"st night|today)\b|"
    r"(?:started )?cutting (?:myself )?again|"
    r"relapsed (?:on|with|into) (?:cutting|self[- ]?harm\w*)|me (?:volvi|he vuelto) a cortar|"
    r"me corte otra vez|volvi a cortarme)"
)
_DEEPER_DESERVED = (
    r"(?:deeper than (?:usual|normal|before|last time|ever|i meant)|i (?:feel like i )?deserve "
    r"(?:it|this|the pain)|(?:me lo|lo) merezco|mas profund\w* que (?:antes|otras veces|siempre|"
    r"lo normal))"
)
# A drop gone back to again tonight, with no reason given for writing.
_DROP_VISITED = (
    r"(?:(?:looking|staring|stared|looked) (?:at|down at|over) the (?:bridge|overpass|cliff|ledge|"
    r"tracks|dam|edge|river|water)\b|(?:driv\w*|walk\w*|went|go|going) (?:back )?(?:to|past|by|"
    r"over|around) the (?:bridge|overpass|cliff|ledge|tracks|dam)\b|(?:mirando|fui|voy|volvi) "
    r"(?:al|el|hacia el|a ver el) (?:puente|barranco|acantilado|paso a desnivel))"
)
_AGAIN_UNSAID = (
    r"(?:again (?:tonight|last night|today|this morning)|every night|keep (?:going|driving|"
    r"coming) back|(?:not sure|don'?t know|dont know|no idea) why i'?m (?:messaging|writing|"
    r"texting|telling|here)|otra vez (?:esta noche|anoche|hoy)|no se (?:por que|para que) "
    r"(?:les )?(?:escribo|mando))"
)
# A gun at hand and "ending it" in mind: "keep cleaning my rifle and thinking about ending it".
_ENDING_IT_IN_MIND = (
    r"(?:(?:think\w*|thought) (?:about|of) ending (?:it|it all|things|everything|my life)|"
    r"(?:pienso|pensando|pense) en acabar con (?:todo|esto|mi vida))"
)
_NOT_A_LIFE = (
    r"(?:relationship|boyfriend|girlfriend|partner|marriage|lease|contract|subscription|"
    r"membership|job|novi[oa]|relacion|contrato)"
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
    SignsTogether((_DROP_INVITING, _DWELLING_THERE)),
    SignsTogether((_HIGHEST_DROP, _ONE_LAST_TIME)),
    SignsTogether((_HOW_LONG_TO_GO, _OUT_IN_COLD)),
    SignsTogether((_BETTER_WITH_PAYOUT, _MATH_DONE)),
    SignsTogether((_MEANS_BOUGHT, _WHICH_FIRST)),
    SignsTogether((_ASSISTED_DEATH, _DO_IT_MYSELF)),
    SignsTogether((_GOODBYE_SAID, _LEFT_IN_ORDER), unless=rf"(?:{_AWAY}|\bmove (?:to|away|back))"),
    SignsTogether((_MOST_OF_MINE, _ENOUGH_THIS_TIME)),
    SignsTogether((rf"(?:{_WHICH_DANGEROUS}|{_FASTEST_TOGETHER})", _WORKS_THIS_TIME)),
    SignsTogether((_MEDICINE, _PUT_BY, _DONE_WITH_IT_ALL)),
    SignsTogether(
        (_SETTLED, rf"(?:{_NOT_NEEDED_AFTER}|{_FASTEST_TOGETHER})"), unless=_WELL_OR_AWAY
    ),
    SignsTogether((_SPARED_OF_ME, _TAKING_CARE_TONIGHT), unless=_AWAY),
    SignsTogether((_WAY_KNOWN, _NO_GOING_ON)),
    SignsTogether((_READY_TO_JOIN, rf"(?:{_PILLS_SAVED}|{_WAY_KNOWN})"), unless=_AWAY),
    SignsTogether((_CUT_AGAIN, _DEEPER_DESERVED)),
    SignsTogether((_DROP_VISITED, _AGAIN_UNSAID)),
    SignsTogether((_GUN_AT_HAND, _ENDING_IT_IN_MIND), unless=_NOT_A_LIFE),
    SignsTogether((_A_BOTTLEFUL_TAKEN, _ON_PURPOSE)),
    SignsTogether((_ALL_OF_THEM, _NOT_TO_WAKE)),
    SignsTogether((rf"(?:{_END_OF_ROPE}|{_GIVING_UP})", _NOT_GOING_ON_LIVING)),
]
