"""Someone else at risk, told by a relative or a friend (English and Spanish).

"My daughter said she wants to kill herself", "he texted goodbye and isn't answering",
cuts on a son's wrists: `selfharm` reads these with its first-person statements, in the
same context (a negated or past mention does not fire).
"""

from __future__ import annotations

from aurixa.safety.detectors.crisis_together import _AWAY, _KEPT_BACK, SignsTogether

THIRD_PERSON = [
    # Feeling a burden, said of someone else: "grandma keeps saying she's a burden".
    r"\b(?:says?|said|saying|told (?:me|us)|thinks|feels?|calls? (?:herself|himself))\b"
    r"[^.!?]{0,15}\b(?:(?:she|he|they)(?:'s| is| are|'re| was)|like) (?:just |only |such )?"
    r"(?:a|an) (?:burden|drain)\b(?! (?:of|from) (?:work|paperwork|bills))|"
    r"\b(?:dice|siente|cree) que (?:solo )?(?:es|era) (?:una|un) (?:carga|estorbo)\b|"
    r"\bse siente (?:una|un) (?:carga|estorbo)\b",
    r"\b(?:says?|said|saying|told (?:me|us)|texted|thinks|believes|dice|dijo)\b[^.!?]{0,30}"
    r"\bbetter off\b[^.!?]{0,20}\b(?:without (?:him|her|them)|if (?:he|she|they) (?:was|were|"
    r"wasn'?t|weren'?t|was not|were not|is not|isn'?t|died|(?:was|were) dead|(?:was|were) gone))|"
    r"\b(?:estariamos|estarian|estaria) mejor sin (?:el|ella)\b",
    # Worth more dead, said of oneself or by a partner: "the kids would be better off with
    # the life insurance money", "estarian mejor con el seguro de vida".
    r"\bbetter off with (?:the |my |his |her |our |their )?(?:life )?insurance\b|"
    r"\b(?:life insurance|insurance money|insurance payout)\b[^.!?]{0,40}\b(?:better off|"
    r"worth more|take care of (?:them|you|the kids|everyone))\b|"
    # "My life insurance would do more for my family than I can".
    r"\b(?:life insurance|insurance money|insurance payout|seguro de vida)\b[^.!?]{0,30}\b"
    r"(?:would|will|could|'d|'ll) (?:do|be worth|help|give|provide|mean)\b[^.!?]{0,25}\bmore\b"
    r"[^.!?]{0,30}\bthan (?:i (?:can|could|do|did|ever (?:could|did|will))|me)\b|"
    r"\bseguro de vida (?:les |le )?(?:haria|daria|"
    r"serviria|ayudaria|valdria|vale) mas\b[^.!?]{0,30}\bque yo\b|\bworth more (?:to (?:them|"
    r"you|us|me|my family|the kids|everyone) )?dead\b|"
    r"\b(?:estariamos|estarian|estarias|estaria|vivirian|vivirias) mejor con (?:el )?"
    r"(?:dinero del )?seguro(?: de vida)?\b|\bvalgo mas muert[oa]\b|\bvale mas muert[oa]\b",
    r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|end|ending|hang|"
    r"hanging|shoot|shooting|starve|starving) (?:himself|herself|themselves|themself)\b",
    r"\b(?:wants?|wanted|trying|tried|going|plans?|planning|threaten\w*|talk\w* about|said "
    r"(?:he|she|they) (?:wants?|would|will|was going)) (?:to )?(?:die|end (?:his|her|their) "
    r"life|end it(?: all)?|not be here|be dead)\b",
    r"\b(?:going to|gonna|will|plans? to|wants? to) (?:take|swallow) (?:all (?:of )?(?:her|his|"
    r"their)|the whole (?:bottle|box|pack)|every one of (?:her|his|their)) (?:\w+ )?(?:pills|meds|"
    r"tablets|medications?)\b",
    # The act named for someone else, in any construction ("tiene todo listo para matarse",
    # "has everything ready to take his own life"): the verb itself names the end.
    r"\b(?:matarse|suicidarse|quitarse la vida|ahorcarse|darse un tiro|pegarse un tiro)\b"
    r"(?! (?:trabajando|estudiando|de risa|en el (?:gym|gimnasio|trabajo)|a trabajar))|"
    r"\btake (?:his|her|their) (?:own )?life\b|\b(?:ready|set|prepared|decided|about|"
    r"everything (?:ready|planned|set)|all set) to end (?:his|her|their) (?:own )?life\b",
    r"\bse (?:quiere|quiso|va a|iba a) (?:matar|morir|suicidar|quitar la vida|pegar un tiro|"
    r"dar un tiro|ahorcar|aventar|tirar (?:de|del|desde|a las))\b|"
    r"\bquiere (?:matarse|morirse|suicidarse|quitarse la vida|desaparecer)\b|"
    r"\b(?:amenaza|amenazo|hablo de|habla de|intento) (?:con )?(?:matarse|suicidarse|"
    r"quitarse la vida)\b",
    r"\bse (?:esta |ha estado )?(?:lastimando|cortando|quemando|haciendo dano|lastima|corta|"
    r"quema)\b[^.!?]{0,40}\b(?:a proposito|brazos|piernas|munecas|se lo merece)\b|"
    r"\b(?:says|said|thinks) (?:he|she|they) deserves? (?:it|to (?:die|hurt|suffer))\b|"
    r"\bdice que se lo merece\b|\bquemaduras de cigarr\w*",
    r"\b(?:talking|talks|talked|keeps talking|been talking|habla|hablando) (?:a lot )?(?:about|de) "
    r"(?:dying|wanting to die|killing (?:himself|herself|themselves)|not being (?:here|around)|"
    r"ending it|morirse|matarse|quitarse la vida|no estar aqui)\b",
    r"\b(?:ya )?no quiere (?:vivir|seguir viviendo|seguir|estar aqui)\b|"
    r"\bquiere morirse\b|\b(?:que )?nos despidamos\b|\bse esta despidiendo\b",
    r"\bse (?:esta )?(?:rasgun\w*|raya|rayando|rasca|rascando|corta|cortando)\b[^.!?]{0,30}"
    r"\bcon (?:una |un )?(?:navaja|cuchilla|gillette|navajita|vidrio|cuchillo|rastrillo)\b",
    # Cuts on the wrists or thighs are rarely accidents.
    r"\b(?:cuts|cut marks|slashes|scars|burns?|burn marks|marks|cortadas|cortes|heridas|"
    r"cicatrices|quemaduras|marcas) (?:on|in|en) "
    r"(?:his|her|their|my|las|sus|los|la|su|mi)(?: [\w']+){0,3}? (?:wrists?|thighs?|munecas?|"
    r"muslos?)\b|"
    # Hurting oneself for what the pain does: "she says she does it to feel something".
    r"\b(?:does|did|doing|do) (?:it|this|that|them) (?:to|so (?:she|he|they) can) (?:feel "
    r"(?:something|anything|real|alive|better|in control|numb)|cope|calm (?:herself|himself|"
    r"themselves|down)|punish (?:herself|himself|themselves)|release (?:the )?(?:pain|"
    r"pressure|stress))\b|\blo (?:hace|hacia|hizo) para (?:sentir (?:algo|alivio)|sentirse "
    r"(?:viv[oa]|mejor|algo)|desahogarse|castigarse|calmarse|aguantar)\b",
    r"\b(?:cuts|cortadas|cortes)\b[^.!?]{0,30}\b(?:fresh|new|recent|recientes|nuevas|"
    r"frescas)\b[^.!?]{0,80}\b(?:to feel|para sentir|on purpose|a proposito)\b|"
    r"\b(?:doing|does|done) (?:it|this|that) to (?:himself|herself|themselves)\b|"
    r"\b(?:says|said) (?:she|he|they) did (?:it |this |that |them )?(?:to )?(?:herself|himself|"
    r"themselves)\b|"
    r"\bse (?:las|los|lo) (?:hace|hizo) (?:el|ella|sol[oa])\b",
    r"\b(?:texted|sent|wrote|left|messaged|said|posted)\b[^.!?]{0,15}\bgoodbye\b[^.!?]{0,80}"
    r"\b(?:sorry|won'?t (?:pick up|answer|respond)|not (?:picking up|answering|responding)|"
    r"can'?t reach|no (?:contesta|responde)|love (?:you|me|us))|"
    r"\bsorry for everything\b[^.!?]{0,60}\b(?:won'?t (?:pick up|answer)|not (?:picking up|"
    r"answering)|can'?t reach|goodbye)|\bse despidio\b[^.!?]{0,60}\b(?:no contesta|"
    r"no responde|perdon|perdoname)|\b(?:mensaje|carta|nota) de despedida\b",
    # Their own death drawn or written: "drew a picture of himself hanging from a tree",
    # "dibujó a sí mismo ahorcado".
    r"\b(?:drew|drawn|draws|drawing|picture|sketch\w*|wrote|written|writes|poem|story)\b"
    r"[^.!?]{0,40}\b(?:himself|herself|themselves|themself)\b[^.!?]{0,25}\b(?:hanged|with a "
    r"(?:noose|rope|gun)|(?:from|by) (?:a |the )?(?:noose|rope|neck))\b|\b(?:dibuj\w*|"
    r"escribi\w*)\b[^.!?]{0,40}\b(?:a si mism[oa]|a el mismo|a ella misma)\b[^.!?]{0,25}"
    r"\b(?:ahorcad[oa]|con (?:una soga|una cuerda|una pistola)|colgad[oa] (?:de|con) (?:una "
    r"soga|una cuerda|el cuello))\b",
    r"\b(?:found|encontre|hall[eo])\b[^.!?]{0,30}\b(?:a |an |una |la )?(?:rope|noose|"
    r"cuerda|soga)\b[^.!?]{0,40}\b(?:hidden|hid|under|in (?:his|her) (?:room|closet)|"
    r"escondid\w*|en su cuarto)",
]

# "No quiere despertar": a wish not to wake, said of someone old enough to have one. Of a
# small child it is a child who will not wake, which the emergency rules read.
WONT_WAKE = r"\b(?:ya )?no quiere despertar(?:se)?\b"

# Sorry, goodbye or "take care of the kids", texted, said or posted.
_APOLOGY = (
    r"(?:sorry|apologi\w*|goodbye|good-?bye|bye forever|forgive (?:me|him|her)|love you all|"
    r"take care of (?:the kids|mom|dad|everyone|the dog|my)|perdon\w*|lo siento|lo sentia|"
    r"disculpa\w*|adios|despid\w*|cuiden a)"
)
# A place people jump from, said of where someone is.
_AT_A_DROP = (
    r"(?:(?:at|on|near|by|next to|up on|en|sobre|cerca del?|arriba del?|junto al?|al lado del?|"
    r"a un lado del?) (?:the |a |that |el |la |las |"
    r"los |un |una )?(?:bridge|overpass|cliffs?|ledge|rooftop|roof of|train tracks|tracks|railway|"
    r"edge of (?:the|a)|puente|azotea|vias(?: del tren)?|barranco|precipicio|cornisa))\b"
    r"(?! (?:club|game|night|tournament|toll|traffic|table))"
)
_COMMUTE = (
    r"(?:traffic|running late|stuck (?:on|at|in)|toll|detour|construction|trafico|atorad\w*)\b"
)
# Locked in alone, or refusing to come out.
_LOCKED_IN = (
    r"(?:(?:locked|shut|barricaded) (?:himself|herself|themselves|themself|myself) (?:in|inside)|"
    r"(?:won'?t|wont|refus\w* to) (?:come|get) out of (?:the|his|her|their|my) (?:bathroom|"
    r"room|car|garage|closet)|se (?:encerro|ha encerrado|esta encerrando) en|(?:esta|se quedo) "
    r"encerrad[oa] en|no (?:quiere|quiso) salir del? (?:bano|cuarto|carro|cochera))"
)
# A means to hand: blades, pills, a gun, a rope.
_MEANS = (
    r"(?:razor\w*|blades?|knife|knives|pills|tablets|meds|gun|pistol|firearm|rifle|rope|noose|"
    r"belt|cord|navaja\w*|cuchill\w*|pastillas|pildoras|pistola|arma|cuerda|soga)\b"
)
# A farewell in other words, posted or sent: "see you on the other side".
_FAREWELL_POST = (
    r"(?:(?:texted|sent|wrote|messaged) (?:me |us )?(?:a )?(?:goodbye|good-?bye)|"
    r"(?:me|nos) (?:mando|escribio) (?:un mensaje de )?(?:despedida|adios)|"
    # A goodbye told by call or message and not by word: "called to say goodbye", "thanked
    # me for everything", "me mandó un mensaje despidiéndose".
    r"(?:called|phoned|rang|texted|messaged) (?:me |us )?(?:just )?to say "
    r"(?:goodbye|good-?bye|bye)|"
    r"thanked (?:me|us) for everything|(?:mensaje|llamo|hablo|escribio)\b[^.!?]{0,20}\b"
    r"(?:despidiendose|para despedirse)|(?:me|nos) (?:dio|dijo) las gracias por todo|"
    r"see (?:you|u|y'?all) on the other side\b(?! of)|see (?:you|u) (?:all )?in (?:the next "
    r"life|another life|heaven)|goodbye (?:everyone|world|all|forever)|bye (?:everyone|world|"
    r"forever)|(?:my|his|her|their) last (?:post|message|text)|won'?t (?:have to )?see (?:me|him|"
    r"her|them) (?:ever )?again|nos vemos (?:del otro lado|en (?:la otra vida|el cielo))|adios a "
    r"todos|adios para siempre|hasta nunca|(?:mi|su) ultim[oa] (?:mensaje|publicacion)|"
    r"(?:se despide|se despidio|se esta despidiendo) de todos|(?:saying|said) goodbye to "
    r"(?:everyone|everybody|all of us)|"
    # Last words sent as a message: "texted me 'thanks for everything, tell my kids i love
    # them'", "me mandó 'diles a mis hijos que los quiero'".
    r"tell (?:my|the) (?:kids|children|wife|husband|family|mom|dad|son|daughter|"
    r"girls|boys) (?:that )?i (?:love|loved) (?:them|her|him)|diles? a (?:mis|mi) (?:hij[oa]s?|"
    r"esposa|esposo|familia|mama|papa) que (?:los|las|la|lo) (?:quiero|amo)|"
    # The same words passed on: "told me to tell his kids he loved them", "me pidió que le
    # dijera a sus hijos que los quería".
    r"tell (?:his|her|their) (?:kids|children|wife|husband|family|mom|dad|mother|father|son|"
    r"daughter|girls|boys) (?:that )?(?:he|she|they) (?:love[sd]?|loved) (?:them|her|him)|"
    r"(?:dijera|diga|dijeras|digas) a (?:sus?) (?:hij[oa]s?|esposa|esposo|familia|mama|papa) "
    r"que (?:los|las|la|lo) (?:quiere|queria|ama|amaba)|"
    # The last time a voice will be heard: "told her it was the last time she would hear
    # his voice", "que era la última vez que iba a oír su voz".
    r"last time (?:you|she|he|they|we|i|u|anyone)(?:'d|'ll| would| will)? (?:ever )?(?:hear "
    r"(?:my|his|her|their) voice|hear from (?:me|him|her|them)|see (?:me|him|her|them)|talk to "
    r"(?:me|him|her|them))|ultima vez que (?:(?:iba|ibas|iban|va|vas|van) a )?(?:oir|escuchar|"
    r"oiria|escucharia|oye|escucha) (?:mi|su) voz|ultima vez que (?:me|lo|la|los) (?:iba|ibas|"
    r"iban|va|vas|van) a (?:ver|oir|escuchar)|"
    # An apology for a whole life, and a pet or a person left in someone's care by name:
    # "take care of Lucky for me, I'm sorry for everything", "cuida a Firulais por mí".
    r"(?:i'?m|im|i am|so) sorry for everything|perdon(?:a|en|ame|enme)? por todo|take care of "
    r"\w+ for me\b[^.!?]{0,30}\b(?:sorry|love you|goodbye|bye|forgive)|cuid(?:a|en|ame|enme) "
    r"(?:a |al )?\w+ por mi\b[^.!?]{0,30}\b(?:perdon\w*|lo siento|te quiero|los quiero|adios))"
)
# Cannot be reached since.
_SILENT = (
    r"(?:(?:not|isn'?t|is not|won'?t|wont|hasn'?t|has not|stopped) (?:answering|picking up|"
    r"responding|replying|answer|pick up|respond|reply)|can'?t (?:reach|find|get hold of|get "
    r"ahold of) (?:him|her|them)|phone (?:is |keeps )?(?:off|dead|going (?:straight )?to "
    r"voicemail|goes (?:straight )?to voicemail)|(?:nobody|no one) "
    r"knows where|(?:is|went) missing|no (?:contesta|responde)|no (?:lo|la) (?:encuentro|"
    r"encontramos|localizamos)|(?:apago|tiene apagado) el (?:telefono|celular))"
)

# Words that leave a last word rather than ask for anything: "just wanted someone to
# know", "tell my mom I love her", "solo quería que alguien supiera".
_LAST_WORD_FROM_A_DROP = (
    r"(?:(?:just |only )?want(?:ed)? (?:someone|somebody|anyone|you|u) to know|tell (?:my|him|her)"
    r" \w* ?(?:i love|sorry)|(?:someone|somebody) should know|(?:solo |nada mas )?quer\w* que "
    r"alguien (?:lo )?(?:sepa|supiera)|diganle a (?:mi|mis) \w+ que (?:l[oa]s? quiero|lo siento))"
)

# Belongings given away, said of someone else.
_GIVING_AWAY = (
    r"(?:(?:giving|gave|gives|given) (?:away )?(?:(?:me|us|him|her|them|my \w+|our \w+) )?"
    r"(?:all )?(?:of )?(?:her|his|their) (?:jewel\w*|things|furniture|"
    r"stuff|belongings|possessions|rings?|watch|guitar|books|clothes|pets?|dog|cat|savings|"
    r"money)|(?:regal\w*|repart\w*|dando) (?:todas )?sus (?:cosas|joyas|pertenencias|anillos|"
    r"ropa|ahorros))"
)
# All of someone's medicines asked for or gathered, or feeling a burden.
_PILLS_GATHERED = (
    r"(?:(?:asked|asking|wants?|wanted|told) (?:me |us )?(?:to )?(?:bring|get|give|hand)\b"
    r"[^.!?]{0,20}\b(?:all|every one of)\b[^.!?]{0,10}\b(?:her|his|their)\b[^.!?]{0,10}"
    r"\b(?:pills?|pill bottles|meds|medications?|medicines?|bottles)|(?:collecting|gathering|"
    r"hoarding|stockpiling|saving up|hiding) (?:all )?(?:(?:of )?(?:her|his|their) )?(?:\w+ )?"
    r"(?:pills|meds|"
    r"medications?|medicines?|pill bottles)|(?:pidio|pide|quiere) que le (?:traiga|lleve|de) "
    r"todas (?:sus )?(?:pastillas|medicinas|medicamentos|frascos)|(?:junta|guarda|esconde|"
    r"acumula)\w* (?:todas )?sus (?:pastillas|medicinas)|burden|carga|estorbo)"
)

# How they would do it, talked of: "keeps talking about how she'd do it", "dice como lo haria".
_HOW_THEYD_DO_IT = (
    r"(?:(?:talk\w*|said|says|saying|told (?:me|us)|asked|asking) (?:about )?how (?:she|he|they)"
    r"(?:'d| would| will|'ll| could) do it\b|(?:looked|looking|searched|searching) up (?:how|ways) "
    r"to (?:die|do it|end it)|(?:habla|hablando|dice|dijo|pregunta) (?:de )?como lo (?:haria|va a "
    r"hacer|podria hacer)|busc\w* (?:como|formas de) (?:morir|hacerlo|matarse))"
)
# Affairs put in order, or the means to hand: a will written out, pills gathered.
_AFFAIRS_IN_ORDER = (
    r"(?:(?:wrote|written|writing|made|making|finished|updated|signed) (?:out |up )?(?:a |her |"
    r"his |their )?will\b|(?:hizo|escribio|firmo|arreglo) (?:su |un )?testamento|"
    rf"{_GIVING_AWAY}|{_MEANS})"
)
# A wish to join the dead: "wants to go be with dad", "quiere irse con mi papa".
_JOIN_THE_DEAD = (
    r"(?:(?:want\w*|ready|wish\w*|long\w*|asking) to (?:go )?(?:be with|join|see) (?:dad|mom|"
    r"my (?:dad|mom|father|mother|brother|sister)|(?:her|his|their) (?:husband|wife|late \w+|son|"
    r"daughter|mother|father)|grandpa|grandma)\b(?! (?:for|at|on|this|next|tomorrow|today)\b)|"
    r"(?:quiere|quisiera|desea) (?:irse|estar|reunirse) con (?:mi |su )?(?:papa|mama|esposo|"
    r"esposa|abuel[oa]|hij[oa]|difunt[oa])\b(?! (?:a|en|el|este|manana|hoy)\b))"
)
# Pills found hidden or kept back: "a sock full of her pills she's been saving up".
_PILLS_KEPT_BACK = (
    r"(?:(?:full of|stash of|pile of|bag of|lleno de|llena de) (?:her|his|their|sus) (?:pills|"
    r"meds|medications?|tablets|pastillas|medicinas)|(?:pills|meds|tablets|pastillas|medicinas)"
    r"\b[^.!?]{0,30}\b(?:she|he|they)(?:'s| has| is|'ve| have)? (?:been )?(?:saving|hoarding|"
    r"hiding|stockpiling|collecting)|(?:ha estado|estaba|esta) (?:guardando|juntando|escondiendo)"
    r"(?:las)?\b)"
)

# Life support stopped at home: oxygen turned off, dialysis or insulin stopped, a
# ventilator or feeding tube pulled. Said of anyone, the patient included.
_LIFE_SUPPORT_STOPPED = (
    # Named first and turned off after: "her oxygen ... she's turning it off for good".
    r"(?:(?:oxygen|o2|concentrator|ventilator|oxigeno|concentrador)\b[^.!?]{0,80}\b(?:turn\w*|"
    r"shut\w*|switch\w*|take|taking|pull\w*) (?:it|them) (?:off|out)|"
    r"(?:apag\w*|quit\w*|desconect\w*)(?:lo|la|se lo|se la)\b[^.!?]{0,20}\b(?:oxigeno|"
    r"concentrador)|"
    r"(?:turn\w*|shut\w*|switch\w*|tak\w*|pull\w*|rip\w*) (?:off|out) (?:her|his|their|my|"
    r"the) (?:\w+ )?(?:oxygen|o2|concentrator|cpap|bipap|ventilator|vent|feeding tube|pump)|"
    r"(?:unplug\w*|stop\w*|quit\w*|skip\w* all|refus\w*|go\w* off|(?:won'?t|will not|not "
    r"going to) (?:go to|do|use|take)|(?:not|no longer|never) (?:taking|using|doing|going to)) "
    r"(?:\w+ ){0,2}(?:(?:her|his|their|my|the|any|any of (?:her|his|their|my)) )?(?:oxygen|o2|"
    # A medicine a life hangs on counts as the machine does: insulin, the heart's.
    r"dialysis|insulin|ventilator|feeding tube|concentrator|heart (?:medicines?|meds|pills|"
    r"medications?)|transplant (?:medicines?|meds|pills)|anti-?rejection|"
    # The drugs that keep a transplanted organ: stopped, the organ fails.
    r"tacrolimus|prograf|envarsus|advagraf|cyclosporin\w*|neoral|mycophenol\w*|cellcept|"
    r"myfortic|sirolimus|rapamune|everolimus)|"
    r"(?:apag\w*|quit\w*|desconect\w*|dej\w*(?: de (?:usar|ir a|ponerse|tomar(?:se)?))?) "
    r"(?:se )?(?:el |la |las |su |sus |mi |mis )?(?:oxigeno|concentrador|dialisis|hemodialisis|"
    r"insulina|sonda|ventilador|(?:pastillas|medicinas?|medicamentos?) del (?:corazon|"
    r"trasplante)|tacrolimus|ciclosporina|micofenolato|antirrechazo))"
)
# ... with an end in view: "and let it be", "to die", "y que sea lo que Dios quiera".
_TO_DIE = (
    r"(?:(?:and|to) (?:just )?let (?:it|nature|god|things|go|herself|himself|themselves|"
    r"myself)\b(?: (?:be|happen|go|die|take (?:its|her|his|my) course|slip away))?|"
    r"(?:so (?:that )?(?:she|he|they|i) (?:can|could|will|would) )?(?:and |to )?(?:just |"
    r"finally )?"
    r"(?:die|be done|slip away|go to sleep for good|not wake up|(?:go )?be with (?:dad|mom|god|"
    r"grandpa|grandma|him|her|them|(?:her|his|my) \w+))\b|end (?:it|things|her life|his life|"
    r"my life)|until (?:it'?s|it is|everything'?s|it all'?s) (?:over|done|finished)\b|"
    r"hasta que (?:se acabe|todo (?:se )?acabe|termine todo)|"
    r"(?:y|para) (?:asi |por fin |ya )?(?:poder )?morir(?:se|me|nos)?\b|"
    r"para (?:morir\w*|ya no despertar|irse|(?:ir(?:se)? a )?estar con (?:el|ella|mi \w+|"
    r"su \w+))|(?:y )?(?:que )?sea lo que dios quiera|"
    r"y (?:dejarse|se deja|me dejo) (?:ir|morir)|(?:y )?(?:ya )?(?:descansar|acabar con todo)|"
    # Goodbyes already said: the end is the point, whoever agreed to what.
    r"(?:already )?(?:said|saying|say|made) (?:(?:all )?(?:her|his|their|my|our) )?"
    r"goodbyes|(?:ya )?se (?:despidio|esta despidiendo|despide) de (?:todos|nosotros|la familia))"
)
# Stopping treatment as a choice made with the care team is palliative care, not a crisis.
_CARE_DECIDED = (
    r"(?:hospice|palliative|comfort (?:care|measures)|goals of care|dnr|dnar|end of life care|"
    r"care team|(?:with|and) (?:her|his|their|the|my|our) (?:doctors?|nephrologist|"
    r"pulmonologist|cardiologist|medical team|team)|(?:doctors?|nephrologist|team) "
    r"(?:agreed|agrees|support\w*|signed off)|cuidados paliativos|hospicio|"
    r"con (?:su|sus|el|los|mi|mis) (?:doctor|doctores|medicos?|nefrologo|equipo))"
)

# Their own death drawn, hanging or falling, however innocent it might look alone.
_DRAWN_DEAD = (
    r"(?:(?:drew|drawn|draws|drawing|picture|sketch\w*)\b[^.!?]{0,40}\b(?:himself|herself|"
    r"themselves|themself)\b[^.!?]{0,10}\b(?:hanging|dead|in a (?:coffin|grave)|jumping off|"
    r"falling off|shot)|dibuj\w*\b[^.!?]{0,40}\b(?:a si mism[oa]|a el mismo|a ella misma)\b"
    r"[^.!?]{0,10}\b(?:colgad[oa]|muert[oa]|en un ataud|cayendo|brincando))"
)
# ... with a time or a farewell written on it: "me next week", "yo pronto", "goodbye".
_DATED_NOTE = (
    r"(?:['\"]?(?:me|yo) (?:next|this|on) (?:week|friday|saturday|sunday|monday|tuesday|"
    r"wednesday|thursday|month|weekend)|['\"]?(?:me|yo) (?:soon|pronto|la (?:proxima|otra) "
    r"semana|el (?:viernes|sabado|domingo|lunes|martes|miercoles|jueves))|goodbye|bye|adios|"
    r"r\.?i\.?p\.?|q\.?e\.?p\.?d\.?)\b"
)
# A plan set for a day, told by someone else: "a plan for Friday", "un plan para el viernes".
_PLAN_SET = (
    r"(?:(?:has|have|had|got|made|making) (?:a |\w+ )?['\"]?(?:a )?plan) (?:for|on) "
    r"(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|the weekend|"
    r"next week|this week)|plan para (?:el )?(?:viernes|sabado|domingo|lunes|martes|miercoles|"
    r"jueves|esta noche|manana|el fin de semana|la proxima semana)"
)
# Nothing to face after it: "won't have to deal with anyone after that", "won't be needing
# the apartment next month", "ya no va a tener que aguantar a nadie".
_NOTHING_AFTER = (
    r"(?:(?:won'?t|will not|wont|never) (?:have to )?(?:deal with|face|see|put up with|worry "
    r"about) (?:anyone|anybody|people|any of (?:us|them|you))\b[^.!?]{0,15}\b(?:after|"
    r"again|anymore|any more)|won'?t (?:be )?(?:needing|need) (?:the|her|his|their|my) "
    r"(?:apartment|room|place|house|car|locker|stuff|things)\b(?! (?:while|during|for the "
    r"(?:summer|semester|trip|holidays?)))|"
    # Things given away because they will not be needed: "she won't need them".
    r"(?:she|he|they|i)(?: won'?t| will not|'ll not| wont) (?:be )?(?:need|needing) (?:them|it|"
    r"those|these|any of (?:it|them|this))\b(?: anymore| any more| where)?(?! (?:while|during|"
    r"for the|until|till|til|after))|when (?:she|he|they)(?:'s| is|'re| are) (?:gone|dead)\b|"
    r"ya no (?:los|las|lo|la) (?:va|van|voy) a necesitar\b|cuando ya no (?:este|estemos)\b|"
    r"(?:ya )?no (?:va|van) a tener que (?:aguantar|"
    r"soportar|ver|lidiar con) a nadie|ya no (?:va|van) a necesitar (?:el|la|su) (?:departamento|"
    r"cuarto|casa|depa|coche|carro))"
)
# A belonging given away, said of someone else, in any words: "gave away his cleats and his
# xbox", "giving her furniture away", "regaló su bici".
_GIVEN_AWAY = (
    rf"(?:{_GIVING_AWAY}|(?:giving|gave|gives|given|handing|handed) away (?:all )?(?:of )?(?:her|"
    r"his|their) \w+|(?:giving|gave|gives|given|handing|handed) (?:all )?(?:of )?(?:her|his|"
    r"their) (?:\w+ ){1,3}?away\b|(?:regal\w*|repart\w*) (?:todas |todos )?(?:sus|su) \w+)"
)
# A pet or children put in someone's care for after: "take care of my dog for me", "make
# sure her cat goes to her sister", "cuida a mi perro por mí".
_ENTRUSTED = (
    r"(?:(?:take care of|look after|watch|keep) (?:my|his|her|their) (?:dog|cat|pets?|kids|"
    r"fish|bird|puppy|kitten|horse)s? (?:for (?:me|him|her|them)|when i'?m gone|after|forever)|"
    r"make sure (?:my|his|her|their) (?:dog|cat|pets?|kids|puppy|kitten|horse)s? (?:goes|go|"
    r"gets|get|ends? up) (?:to|with)|cuid\w* (?:a )?(?:mi|su) (?:perr\w*|gat\w*|mascota|hijos) "
    r"(?:por mi|cuando (?:ya )?no (?:este|estoy))|que (?:mi|su) (?:perr\w*|gat\w*|"
    r"mascota) se (?:quede|vaya) con)"
)
# Medicine kept back, told of someone else: "been stockpiling her insulin".
_STOCKPILED = rf"(?:{_KEPT_BACK}|{_PILLS_KEPT_BACK})"
# A reunion with someone named as gone: "so she can 'be with him'", "para estar con él".
_REUNION = (
    r"(?:so (?:that )?(?:she|he|they|i) (?:can|could|will|would) ['\"]?(?:be with|join|see) "
    r"(?:him|her|them|dad|mom)|para ['\"]?(?:estar|irse|reunirse) con (?:el|ella|ellos|"
    r"(?:mi|su) (?:papa|mama|esposo|esposa)))\b"
)

# A time set for it, without saying for what: "picked a date", "ya escogí la fecha".
_DATE_PICKED = (
    r"(?:(?:picked|set|chose|chosen|have|got|decided on) (?:a|the) (?:date|day)\b(?! (?:for|of|"
    r"to|with)\b)|(?:escogi|elegi|puse|tengo|decidi) (?:ya )?(?:la|una|el) (?:fecha|dia)\b"
    r"(?! (?:de|para|del)\b))"
)
# A will written, said of oneself or of anyone.
_WILL_WRITTEN = (
    r"(?:(?:wrote|written|writing|made|making|finished|updated|signed|did|done) (?:out |up )?"
    r"(?:a |my |her |his |their )?(?:last )?will\b|(?:hice|hizo|escribi|escribio|firme|firmo|"
    r"arregle|arreglo) (?:mi |su |un )?testamento)"
)
# What a date and a will are for when someone is going away or into hospital.
_DATED_ERRAND = (
    rf"(?:{_AWAY}|surgery|operation|procedure|transplant|cirugia|operacion|trasplante|closing|"
    r"escritura)"
)

RULES = [
    # A will written and a date picked, unless care is planned or someone is going away.
    SignsTogether((_WILL_WRITTEN, _DATE_PICKED), unless=_DATED_ERRAND),
    # Medicine kept back, with belongings given away or a pet or children entrusted for after.
    SignsTogether((_STOCKPILED, f"(?:{_GIVEN_AWAY}|{_ENTRUSTED})"), unless=_AWAY),
    # A plan set for a day and nothing to face after it.
    SignsTogether((_PLAN_SET, _NOTHING_AFTER), unless=_AWAY),
    # Belongings given away, and a pet or the children put in someone's care, or a place
    # no longer needed.
    SignsTogether(
        (_GIVEN_AWAY, f"(?:{_ENTRUSTED}|{_NOTHING_AFTER})"),
        unless=f"(?:{_AWAY}|(?:is|are|'s|'re) moving|se (?:muda|mudan|va a mudar|van a mudar))",
    ),
    # Their own death drawn, with a time or a farewell written on it.
    SignsTogether((_DRAWN_DEAD, _DATED_NOTE)),
    # Medicine kept back to be with someone gone.
    SignsTogether((_STOCKPILED, f"(?:{_REUNION}|{_TO_DIE})")),
    # Life support stopped in order to die, not as a decision with the care team.
    SignsTogether((_LIFE_SUPPORT_STOPPED, _TO_DIE), unless=_CARE_DECIDED),
    # ... said in one breath, where the "not" of "not taking it" would otherwise be read as
    # negating the end it is for: "not taking my insulin anymore until it's over".
    SignsTogether((rf"{_LIFE_SUPPORT_STOPPED}\b[^.!?]{{0,30}}{_TO_DIE}",), unless=_CARE_DECIDED),
    # ... or stopped, with pills kept back or gathered, whoever agreed to what.
    SignsTogether((_LIFE_SUPPORT_STOPPED, f"(?:{_PILLS_KEPT_BACK}|{_PILLS_GATHERED})")),
    # How they would do it, with a will written or the means to hand.
    SignsTogether((_HOW_THEYD_DO_IT, _AFFAIRS_IN_ORDER)),
    # A wish to join someone dead, with pills kept back or gathered.
    SignsTogether((_JOIN_THE_DEAD, f"(?:{_PILLS_KEPT_BACK}|{_PILLS_GATHERED})")),
    # An apology or goodbye from someone who is at a bridge or a ledge.
    SignsTogether((_APOLOGY, _AT_A_DROP), unless=_COMMUTE),
    # At a drop, telling someone it is known: "at the bridge rn, just wanted someone to know".
    SignsTogether((_AT_A_DROP, _LAST_WORD_FROM_A_DROP), unless=_COMMUTE),
    # Locked in with a means at hand.
    SignsTogether((_LOCKED_IN, _MEANS)),
    # A farewell posted or sent, with a means at hand or silence since.
    SignsTogether((_FAREWELL_POST, f"(?:{_MEANS}|{_SILENT})")),
    # Belongings given away, with all the medicines gathered or feeling a burden.
    SignsTogether((_GIVING_AWAY, _PILLS_GATHERED)),
]
