"""Red flags of poisoning: an overdose, a drug taken for effect, carbon monoxide, fumes.

They are grouped because each starts with something taken in (tablets, a street drug, a
gas, mixed cleaning products) and is recognised by the count, the container or the
company it was taken in, before the signs of the poison itself. Accidental ingestion of a
named substance lives in `ingestion`; these are the cases that need the clinical pairing.
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags.signs import ONE_PILL_KILLS, OPIOIDS, SMALL_CHILD

# A drug taken for effect (named, or "something" at a party, or a spiked drink).
# Gas smelled in a home: a leak, with its fumes, or a burner putting out carbon monoxide.
_GAS_SMELL = (
    r"(?:smell\w* (?:of |like )?(?:natural |propane |a )?gas|gas (?:smell|odou?r|leak)|"
    r"(?:olor|olorcito|tufo) a gas|huele a gas|fuga de gas|(?:smell|olor)\w* (?:of |like |a )?"
    r"(?:rotten eggs?|huevo podrido))"
)
_RECREATIONAL = (
    r"(?:(?:took|taken|taking|did|done|doing|snorted|smoked|injected|shot up|popped|dropped|"
    r"had|used|ate|drank|on)\b(?:\W+\w+){0,3}?\W+(?:molly|mdma|ecstasy|xtc|coke|cocaine|crack|"
    r"meth|crystal|speed|amphetamines?|lsd|shrooms|ketamine|spice|k2|bath salts|pcp|heroin|"
    r"fentanyl|pressies|uppers|downers|street (?:drugs?|pills?))\b|"
    r"(?:took|taken|did|had|was given|popped|tried) (?:something|a pill|some pills|some \w+ pills?)"
    r"\b[^.!?]{0,30}\b(?:party|club|festival|rave|concert|bar|show)|"
    r"(?:party|club|festival|rave|concert)\b[^.!?]{0,40}\b(?:took|did|taken|had|popped|tried) "
    r"(?:something|a pill|some pills)|"
    r"(?:slipped|spiked|put) (?:something )?(?:in|into) (?:her|his|my|their) drink|"
    r"spiked (?:her|his|my|their) drinks?|"
    # A medicine from the shelf taken to get high: "took a bunch of benadryl to trip".
    r"(?:took|taken|taking|drank|had|chugged|popped)\b[^.!?]{0,30}\b(?:benadryl|diphenhydramine|"
    r"dramamine|dxm|robitussin|cough syrup|loperamide|imodium|gabapentin|xanax|jarabe para la "
    r"tos)\b[^.!?]{0,40}\b(?:to (?:(?:try (?:and|to) |see if i could )?(?:trip|get high|get "
    r"messed up|get fucked up))|para (?:(?:ver si )?(?:viajar|"
    r"drogarse|ponerse)))|"
    r"drink (?:was |got )?spiked|"
    r"se (?:metio|tomo|fumo|inyecto|echo) (?:algo|una pasta|coca\w*|cristal|perico|tachas?|"
    r"pastas|drogas?|hielo|foco)|(?:le|me) (?:pusieron|echaron) algo en (?:la|su|mi) "
    r"(?:bebida|copa|trago)|drogad[oa])"
)
_TOXIDROME = (
    r"(?:heart\b[^.!?]{0,20}\b(?:racing|pounding|going crazy|out of (?:his|her|my) chest|"
    r"beating (?:so |really )?fast)|corazon (?:a mil|(?:muy |bien )?acelerado|a todo lo que da)|"
    r"delir\w*|hallucinat\w*|alucin\w*|(?:seeing|hearing) things|viendo cosas|seizure|seizing|"
    # Things seen that are not there: "seeing bugs on the walls", "ve bichos".
    r"(?:seeing|sees|saw|see) (?:bugs|spiders|insects|people|snakes|shadows) (?:on|in|crawling|"
    r"that|everywhere)|(?:ve|veo|viendo) (?:bichos|aranas|insectos)|"
    r"convuls\w*|burning up|overheat\w*|"
    r"ardiendo|(?:can't|won't|not) (?:wake|respond\w*)|unresponsive|chest pain|"
    r"dolor (?:de|en el) pecho|paranoi\w*|(?:sweat\w*|drenched) (?:a lot|buckets|like crazy|"
    r"so much|everywhere)|suda\w* (?:muchisimo|mucho|a chorros)|no (?:reacciona|responde)|"
    r"confus\w*|confundid\w*|incoheren\w*|(?:jaw|teeth) (?:clench\w*|grind\w*)|"
    r"(?:breathing|breath) (?:is )?(?:slow|shallow|weird)|pinpoint|blue lips)"
)
_MEDICINE_NAMES = (
    r"(?:pills|tablets|capsules|caplets|gummies|tylenol|acetaminophen|paracetamol|ibuprofen|"
    r"advil|motrin|aspirin|aleve|benadryl|xanax|percocet|oxy\w*|melatonin|sleeping pills|"
    r"pastillas|pildoras|tabletas|capsulas)"
)

# Someone's own medicines taken wrong: mixed up, all at once, or a week's pill box empty
# days early.
_TAKEN_WRONG = (
    r"(?:(?:took|taken|taking|takes|has been taking|mixed up|got (?:\w+ )?mixed up with)"
    r"(?:\W+\w+){0,2}?\W+(?:pills?|meds|medicines?|medications?|tablets|doses?)\b[^.!?]{0,12}"
    r"\b(?:wrong|wrongly|incorrectly|all at once|mixed up|out of order)|mixed up (?:her|his|my|"
    r"their) (?:pills|meds|medicines|medications|doses)|(?:pill ?(?:box|organi[sz]er|case|"
    r"dispenser)|(?:weekly|week'?s|daily|7-day|seven-day) (?:pill )?(?:box|organi[sz]er|"
    r"container|case|dispenser)|dosette|blister pack|pastillero)\b[^.!?]{0,30}\b(?:is |was "
    r"|are )?(?:empty|emptied|already (?:gone|empty|done)|all gone|vaci[oa]|vaciad[oa])|"
    # Days of doses swallowed at once: "took the whole week's worth", "todas las del pastillero".
    r"(?:took|taken|swallowed|ate|downed|se (?:tomo|trago|comio)|me (?:tome|trague))\b[^.!?]{0,40}"
    r"\b(?:(?:the |a |her |his |my )?(?:whole |entire |full )?(?:weeks?'?s?|week'?s|(?:two|2|"
    r"several|few) (?:weeks|days)'?|(?:three|four|five|six|seven|3|4|5|6|7) days'?) (?:worth|"
    r"supply|of (?:pills|meds|doses))|(?:todas )?las (?:pastillas|pildoras|medicinas) (?:del "
    r"pastillero|de (?:toda )?la semana|de (?:toda una|una|varios|\d+) (?:semana|dias))|(?:todo|"
    r"el) (?:el )?pastillero)|"
    r"(?:se|me) (?:equivoc\w*|confundi\w*|revolvi\w*) (?:con|de|las) (?:las |sus |mis )?"
    r"(?:pastillas|medicinas|medicamentos)|(?:se|me) (?:tomo|tome) (?:mal|todas juntas) (?:las |"
    r"sus |mis )?(?:pastillas|medicinas))"
)
_TOO_MUCH_SHOWS = (
    r"(?:drowsy|(?:very|really|so|super) sleepy|hard to wake|(?:won't|can't|cant) (?:wake|stay "
    r"awake)|confus\w*|slurr\w*|(?:speech|talking|words)\b[^.!?]{0,12}\b(?:slow|slurred|thick|"
    r"funny|off)|slow speech|not making sense|unsteady|(?:can't|cant) (?:stand|walk) "
    r"(?:up|straight)|vomit\w*|throwing up|(?:breathing|pulse|heart ?beat) (?:is )?(?:very |"
    r"really |so )?slow|somnolient\w*|(?:muy|bien) dormid\w*|confundid\w*|incoheren\w*|"
    r"(?:habla|hablando)\b[^.!?]{0,10}\b(?:lent\w*|arrastrad\w*|rar\w*|trabad\w*)|"
    r"arrastra las palabras|no (?:se puede|puede) (?:parar|levantar|despertar)|vomit\w*)"
)

# A medicine that slows the heart or lowers the pressure, by name or by what it is for
# ("la pastilla del corazón", "her blood pressure pill").
_HEART_MEDICINE = (
    r"(?:(?:heart|blood pressure|bp|pressure|heart rate|rhythm) (?:pills?|meds?|medicines?|"
    r"medications?|tablets?)|digoxin|lanoxin|metoprolol|lopressor|toprol|atenolol|propranolol|"
    r"carvedilol|coreg|bisoprolol|nadolol|labetalol|nebivolol|sotalol|beta[- ]?blockers?|"
    r"diltiazem|cardizem|verapamil|amiodarone|clonidine|amlodipine|lisinopril|losartan|"
    r"(?:pastillas?|medicinas?|medicamentos?|tabletas?) (?:del|de la|para el|para la) "
    r"(?:corazon|presion|tension)|digoxina|betabloqueador\w*)"
)
# Taken twice or on top of the usual one: a dose repeated, not a dose the doctor raised.
_EXTRA_DOSE = (
    r"(?:double(?:d up)?|twice|two (?:doses|of (?:them|his|her|my))|an extra|extra|again|"
    r"a second|another|both (?:doses|pills)|doble|dos veces|otra vez|de nuevo|de mas|dosis extra|"
    r"dos (?:pastillas|dosis))(?! (?:a|per|al|daily|each|every|por)\b)"
)
_EXTRA_HEART_DOSE = (
    rf"(?:{_EXTRA_DOSE}\b[^.!?]{{0,30}}?\b{_HEART_MEDICINE}|"
    rf"{_HEART_MEDICINE}\b[^.!?]{{0,30}}?\b{_EXTRA_DOSE})\b"
)
# A heart slowed too far: a slow or weak pulse, a reading under 50, dizziness, a faint.
_HEART_SLOWED = (
    r"(?:(?:pulse|heart ?rate|heart ?beat|heart|hr|pulso|latidos?|corazon)\b[^.!?]{0,20}?"
    r"\b(?:slow\w*|low|weak|faint|(?:[2-4]\d)\b(?! ?(?:mg|years|anos|lbs?|kg))|lent\w*|bajo|debil|"
    r"despacio)|dizz\w*|light-?headed|woozy|faint\w*|passed out|blacked out|pass out|"
    r"mare\w*|desmay\w*|se (?:va|iba) a desmayar)"
)

# A venomous sting or bite: a scorpion, a venomous snake or spider.
_VENOM = (
    r"(?:scorpions?|rattle ?snakes?|copperheads?|cottonmouths?|water moccasins?|coral snakes?|"
    r"(?:snake|viper) ?bit\w*|bit(?:ten)? by (?:a )?snake|black widow|brown recluse|"
    r"alacran\w*|escorpion\w*|vibora|serpiente|cascabel|coralillo|viuda negra|arana violinista|"
    r"(?:le|me) (?:pico|mordio) (?:un|una) (?:alacran|escorpion|vibora|serpiente|culebra))"
)
# The venom reaching the nerves: drooling, roving eyes, a throat that cannot swallow,
# jerking, thick speech, breathing trouble. In a child this is a call for antivenom.
_VENOM_SPREADS = (
    r"(?:drool\w*|babea\w*|babeando|eyes?\b[^.!?]{0,20}\b(?:rolling|roving|darting|jerking|"
    r"moving (?:weird\w*|strange\w*|funny|all over|around))|(?:rolling|roving|darting|"
    r"jerking|weird|strange|odd) eye (?:movements?|moves)|(?:mueve|moviendo|se le mueven|se le "
    r"van) (?:\w+ )?(?:los )?ojos|ojos (?:raros|para todos lados|chuecos)|"
    r"(?:can'?t|cannot|unable to|trouble|hard to|won'?t) (?:swallow\w*|breath\w*|talk\w*)|"
    r"no (?:puede|podia) (?:tragar|respirar|hablar)|le cuesta (?:tragar|respirar)|"
    r"twitch\w*|jerk\w*|spasm\w*|thrash\w*|convuls\w*|seiz\w*|slurr\w*|"
    r"(?:tongue|lengua)\b[^.!?]{0,15}\b(?:numb|thick|dormid\w*|trabad\w*)|"
    r"brinca\w*|espasmo\w*|convulsion\w*|sacudi\w*|inquiet\w* (?:y|no para)|"
    r"(?:swelling|hinchazon)\b[^.!?]{0,30}\b(?:spread\w*|up (?:his|her|the) (?:arm|leg)|"
    r"se (?:esta )?(?:extend\w*|sube))|vomit\w*|faint\w*|desmay\w*)"
)

# A medicine whose safe dose is close to its toxic one, taken as prescribed: lost fluid
# (vomiting, diarrhoea) raises its level, and the brain shows it first (shaking hard,
# confusion, walking as if drunk). Lithium toxicity needs a level and fluids today.
# An opioid on board (a patch, methadone, a pill), and the breathing or waking it slows.
_OPIOID = rf"{OPIOIDS}\b"
_BREATHING_SLOWED = (
    r"(?:(?:can'?t|cant|cannot|won'?t|wont|unable to|hard to|barely) (?:get (?:him|her|them|"
    r"me) (?:fully |all the way )?(?:awake|up)|wake (?:him|her|them)|keep (?:his|her|their) "
    r"eyes open|rouse)|breath\w*\b[^.!?]{0,20}\b(?:(?:like |only |about )?[1-8] times (?:a|per) "
    r"min\w*|so slow|really slow|very slow|barely|shallow|stopping)|nodding off mid|"
    r"(?:lips|face)\b[^.!?]{0,10}\b(?:blue|grey|gray)|(?:no (?:lo|la|le) (?:podemos|puedo) "
    r"despertar|no despierta bien|respira (?:muy )?(?:lento|despacio|poquito)|casi no respira))"
)
# Medicines of which one dose can kill a small child, got at even with the child well.
_ONE_DOSE_KILLS = (
    r"(?:methadone|metadona|suboxone|buprenorphine|buprenorfina|fentanyl|fentanilo|duragesic|"
    r"butrans|(?:pain|opioid|narcotic) patch\w*|parche\w* (?:para el dolor|de morfina)|"
    rf"oxycodone|oxy\w*|morphine|morfina|clonidine|clonidina|subutex|{ONE_PILL_KILLS})\b"
)
_GOT_AT = (
    r"(?:drank|drink|ate|swallowed|chewed|sucked|licked|got into|got hold of|(?:bottle|cap|lid|"
    r"strip|patch)\b[^.!?]{0,10}\b(?:open|off|missing)|"
    # A patch or a pill in the mouth, or a patch stuck on: the drug goes in through the lining
    # or the skin, as it was made to ("had it in his mouth", "se lo metió a la boca").
    r"(?:(?:had|put|stuck|got|found|with) (?:it|one|the patch|a patch|that)|(?:patch\w*|it)"
    r"(?: was| is)?(?: stuck)?) (?:in|into|on|to) (?:his|her|their) (?:mouth|skin|arm|chest|"
    r"belly|tummy|back|leg)|(?:chew\w*|suck\w*|mouth\w*) (?:on )?(?:\w+ ){0,3}patch|"
    r"se (?:lo|la) (?:metio|puso|pego) (?:en|a) (?:la|su) (?:boca|piel|brazo|panza|pecho|"
    r"espalda)|(?:don'?t|dont|not sure|no idea how) "
    r"(?:know )?how much|se (?:tomo|comio|trago|bebio)|mordi\w*|chup\w*|abiert[oa]|no se "
    r"cuant[oa])"
)
# Two medicines that raise serotonin, or one raised, and the body overrun by it: muscles
# that jerk on their own with a fever or a racing heart.
_SEROTONERGIC = (
    r"(?:fluoxetin\w*|prozac|sertralin\w*|zoloft|paroxetin\w*|paxil|citalopram|escitalopram|"
    r"lexapro|venlafaxin\w*|effexor|duloxetin\w*|cymbalta|tramadol|linezolid|phenelzine|"
    r"nardil|sumatriptan|ssri|mao inhibitor|lithium|litio)\b"
)
_MUSCLES_JERK = (
    r"(?:muscles?\b[^.!?]{0,20}\b(?:twitch\w*|jerk\w*|jump\w*|spasm\w*|rigid|stiff)|"
    r"twitch\w* (?:all over|uncontrollab\w*|on (?:their|its) own)|clonus|tremors?|"
    r"musculos\b[^.!?]{0,20}\b(?:brincan|saltan|tiemblan|rigidos|tiesos)|brincan sol[oa]s|"
    r"temblor\w*)"
)
_HOT_OR_RACING = (
    r"(?:fever|burning up|temp\w*\b[^.!?]{0,10}\b(?:10[1-6]|3[89]|40)|fiebre|calentura|"
    r"heart\b[^.!?]{0,20}\b(?:racing|pounding)|corazon a mil|corazon (?:muy )?acelerado)"
)

_NARROW_MARGIN = r"(?:lithium|litio|digoxin|digoxina|lanoxin|phenytoin|fenitoina|dilantin)\b"
_FLUID_LOST = (
    r"(?:vomit\w*|throw\w* up|threw up|diarrh\w*|diarre\w*|dehydrat\w*|deshidrat\w*|"
    r"(?:can't|cant|cannot) keep (?:anything|food|water|fluids) down|no retiene)"
)
_TOXIC_SIGNS = (
    r"(?:confus\w*|confundid\w*|(?:shaking|trembling|tremor\w*|shakes)\b[^.!?]{0,15}\b(?:bad\w*|"
    r"a lot|so much|worse|hard|coarse)|(?:bad|coarse|terrible) (?:shaking|tremors?)|"
    r"(?:walk\w*|stagger\w*) (?:like|as if) (?:she|he|i|they)?'?(?:s|re|'m)? ?(?:is |was |were )?"
    r"drunk|unsteady|stagger\w*|wobbl\w*|(?:can't|cant) walk straight|slurr\w*|"
    r"(?:tiembla|temblor\w*)\b[^.!?]{0,15}\b(?:mucho|fuerte|muy)|camina como (?:borrach|"
    r"mare)\w*|se tambalea|(?:ve|viendo|sees|seeing) (?:todo |everything )?(?:amarillo|yellow|"
    r"green|verde))"
)

# Drinking stopped all at once after years of it: the withdrawal that hallucinates,
# confuses or seizes (delirium tremens) kills if left at home. "Dejó de tomar" followed by
# his pills or a medicine is a missed dose, not alcohol.
_STOPPED_DRINKING = (
    r"(?:(?:stopped|quit|quitting|stopping|cut out|gave up) (?:drinking|the (?:booze|alcohol|"
    r"beer|liquor)|alcohol|booze)|(?:off|without) (?:the )?(?:booze|alcohol|a drink)|"
    r"(?:hasn'?t|has not|haven'?t|have not|hadn'?t) (?:had )?(?:a )?(?:drink|drunk|been drinking)"
    r"\b[^.!?]{0,10}\b(?:since|in|for)\b|cold turkey\b[^.!?]{0,20}\b(?:drink\w*|alcohol|booze)|"
    r"(?:dej\w*|par\w*) de (?:tomar|beber|chupar)\b(?! (?:sus?|mis?|la|el|las|los|tus?|"
    r"pastillas|medicina\w*|medicamento\w*)\b)|(?:dej\w*) (?:el (?:alcohol|trago|chupe)|la "
    r"(?:bebida|cerveza))|(?:no ha|no he|sin) (?:tomado|bebido|tomar|beber) (?:nada )?"
    r"(?:desde|en|hace))"
)
_WITHDRAWAL_SHOWS = (
    r"(?:hallucinat\w*|alucin\w*|delir\w*|(?:seeing|sees|saw|hearing|hears) (?:bugs|things|"
    r"spiders|insects|people|snakes|animals|stuff)|(?:ve|veo|viendo|mira|oye|oyendo) (?:bichos|"
    r"animales|aranas|insectos|cosas|gente|personas|culebras|vibora\w*)|confus\w*|confundid\w*|"
    r"disorient\w*|desorientad\w*|seiz\w*|convuls\w*|ataques?\b|out of (?:his|her|my) mind|"
    r"no (?:sabe|reconoce) (?:donde|quien|a nadie))"
)
# Crop or household pesticide sprayed or handled: organophosphates poison through the skin
# and breath.
_PESTICIDE = (
    r"(?:pesticides?|insecticides?|organophosph\w*|bug spray for the (?:crops|fields)|"
    r"spray\w*\b[^.!?]{0,20}\b(?:the )?(?:crops|fields|orchard)|crop ?dust\w*|fumig\w*|"
    r"plaguicida\w*|insecticida\w*|veneno para (?:plagas|la plaga|bichos)|"
    r"(?:echando|aplicando|rociando) (?:veneno|quimicos?))"
)
# The poison's own signs: drooling, muscles twitching, pupils pinpoint, chest tight, all
# from nerves firing without stop. Sweat or dizziness alone could be the heat.
_CHOLINERGIC = (
    r"(?:drool\w*|slobber\w*|babe\w*|(?:muscles?|musculos?)\b[^.!?]{0,15}\b(?:twitch\w*|jump\w*|"
    r"brinc\w*|salt\w*|tiembl\w*)|(?:me|le|se (?:me|le)) (?:brincan|saltan|tiemblan) los musculos|"
    r"twitch\w*|pinpoint|pupil\w* (?:tiny|small)|pupilas (?:chiquitas|pequenas|puntiformes)|"
    r"chest (?:is )?tight\w*|pecho apretado)"
)
# A small child with a poison's container knocked over or open, and its trace on the mouth.
_POISON_PRODUCT = (
    r"(?:antifreeze|anticongelante|coolant|windshield (?:washer )?fluid|bleach|cloro|lye|"
    r"drain cleaner|pesticide|weed killer|veneno|lamp oil|kerosene|gasoline|gasolina)"
)
_ON_THE_MOUTH = (
    r"(?:(?:all )?(?:over|on|around) (?:her|his|the|their) (?:mouth|lips|face|chin|hands)|"
    r"(?:en|alrededor de) (?:la|su) (?:boca|cara|labios)|"
    r"(?:jug|bottle|container|can|bucket|botella|bote|galon)\b[^.!?]{0,30}\b(?:tipped over|"
    r"knocked over|spilled|open|half empty|tirad[oa]|volcad[oa]|abiert[oa]|derramad[oa]))"
)

# Paracetamol by its names, and the cold and flu remedies that hide it.
_PARACETAMOL = (
    r"(?:tylenol|acetaminophen|paracetamol|panadol|nyquil|dayquil|theraflu|excedrin|percocet|"
    r"vicodin|norco|(?:extra|maximum|max) strength|tempra|mejoralito)"
)
# The liver failing: jaundice, or pain under the right ribs.
_LIVER_SHOWS = (
    r"(?:(?:eyes|skin|whites of (?:her|his|my|their) eyes)\b[^.!?]{0,20}\b(?:yellow\w*|"
    r"jaundic\w*)|(?:yellow|jaundic\w*)\b[^.!?]{0,10}\b(?:eyes|skin)|jaundic\w*|"
    r"(?:ojos|piel)\b[^.!?]{0,15}\bamarill\w*|(?:se (?:puso|esta poniendo|ve)|esta) amarill\w*|"
    r"ictericia)"
)
_RIGHT_RIB_PAIN = (
    r"(?:(?:pain|hurts?|ache|sore|tender)\b[^.!?]{0,25}\b(?:on |in )?(?:the |her |his |my )?"
    r"(?:upper )?right(?: side| upper| belly| stomach| ribs| abdomen)|(?:upper )?right (?:side|"
    r"upper|belly|stomach|ribs|abdomen)\b[^.!?]{0,20}\b(?:pain|hurts?|ache|sore|tender)|"
    r"dolor\b[^.!?]{0,20}\b(?:lado|costado) derecho|(?:lado|costado) derecho\b[^.!?]{0,15}"
    r"\b(?:duele|dolor))"
)
_LIVER_OR_SICK = (
    rf"(?:{_LIVER_SHOWS}|{_RIGHT_RIB_PAIN}|nause\w*|vomit\w*|throw\w* up|threw up|"
    r"ganas de vomitar|asco)"
)
# Doses closer together than any label allows, or all day and night, for days.
_TOO_OFTEN = (
    r"(?:every (?:hour|1 hours?|2 hours|two hours|hour or two|couple (?:of )?hours)|"
    # Sooner than the label's four hours, written short or as a range: "every 3 hours", "every
    # 2-3 hrs", "cada 2 o 3 horas".
    r"every (?:[1-3]|one|two|three)(?: ?(?:-|to|or) ?(?:[23]|two|three))? ?(?:hours|hrs?|h)\b|"
    r"cada (?:[1-3]|una|dos|tres)(?: ?(?:-|a|o) ?(?:[23]|dos|tres))? (?:horas|hrs?)\b|"
    r"(?:round|around) the clock|all day (?:and night|long)|"
    r"cada (?:hora|1 hora|2 horas|dos horas|rato)|todo el dia (?:y toda la noche)?)"
)

# A liver already failing (cirrhosis, hepatitis, a transplant): paracetamol over the label's
# limit harms it at doses a healthy liver clears.
_LIVER_DISEASE = (
    r"(?:cirrho\w*|cirrosis|hepatitis|hep ?[abc]\b|fatty liver|(?:liver|hepatic) (?:disease|"
    r"damage|failure|problems?|issues|transplant|cancer)|bad liver|higado graso|(?:enfermedad|"
    r"problemas?|dano|falla|trasplante|cancer) (?:del|de) higado|insuficiencia hepatica|"
    r"(?:mal|malo) del higado)"
)
# Taken beyond the label, said so: "took way too much", "more than the bottle says", "me tomé
# de más". Only a dose taken: "how much is too much for me?" asks.
_TOO_MUCH_TAKEN = (
    r"(?:took|taken|taking|swallowed|had|gave (?:him|her|myself)|given|se (?:tomo|trago)|me "
    r"(?:tome|trague)|(?:he|ha|has) tomado|tomando)\b[^.!?]{0,40}?\b"
    rf"(?:{_TOO_OFTEN}|(?:way |far |a lot |much )?too (?:much|many)|(?:way |a lot )?more than "
    r"(?:the (?:label|bottle|box|package|max\w*|limit)|(?:i|he|she|you) (?:should|was "
    r"supposed to)|(?:it|the label|the bottle|the box) says|recommended|allowed)|over the "
    r"(?:max\w*|limit|daily)|"
    r"(?:de mas|demasiad[oa]s?|mas de la cuenta|mas de lo que (?:dice|debia|debo)))"
)
# A medicine taken once a week (methotrexate) taken every day instead: the marrow and the
# lining of the mouth fail, shown by mouth sores, bruising, bleeding or a fever.
_WEEKLY_DRUG = r"(?:methotrexate|metotrexato|mtx|trexall|otrexup|rasuvo|xatmep)\b"
_DAILY_NOT_WEEKLY = (
    r"(?:(?:every ?day|daily|each day|every (?:morning|night)|todos los dias|diario|a diario|"
    r"cada dia)\b[^.!?]{0,25}\b(?:instead of|rather than|not|en vez de|en lugar de|y no)\b"
    r"[^.!?]{0,15}\b(?:week\w*|seman\w*)|(?:instead of|rather than|en vez de|en lugar de) "
    r"(?:(?:once|una vez) )?(?:a |per |por |a la |cada )?(?:week\w*|seman\w*)\b[^.!?]{0,25}"
    r"\b(?:every ?day|daily|diario|a diario|todos los dias|cada dia))"
)
_MARROW_OR_MOUTH_FAILING = (
    r"(?:(?:mouth|lips|tongue|throat)\b[^.!?]{0,20}\bsores|sores\b[^.!?]{0,15}\b(?:mouth|lips|"
    r"tongue)|(?:mouth|oral) ulcers|ulcers? in (?:my|his|her|the) mouth|llagas|aftas|ulceras\b"
    r"[^.!?]{0,15}\bboca|bruis\w*|moreton\w*|moretes|bleed\w*|sangr\w*|fever\w*|fiebre|"
    r"calentura|vomit\w*|diarrh\w*|diarre\w*)"
)
# Aspirin (or another salicylate) taken in excess, and its poisoning: the ears ringing with
# the breathing driven fast, vomiting or confusion.
_SALICYLATE = (
    r"(?:aspirin\w*|aspirina\w*|bayer|excedrin|ecotrin|alka-?seltzer|pepto(?:-?bismol)?|"
    r"bismuth subsalicylate|salicyl\w*|salicilat\w*|(?:oil of )?wintergreen|acido "
    r"acetilsalicilico)"
)
_EARS_RINGING = (
    r"(?:ears?\b[^.!?]{0,20}\b(?:ringing|buzzing|humming|whistling)|ringing (?:in )?(?:(?:his|"
    r"her|my|the|their) )?ears?|tinnitus|"
    r"zumbid\w* (?:en |de )?(?:los |sus |mis )?oidos|(?:me|le|les) (?:zumban|pitan|suenan) los "
    r"oidos|oidos? (?:le |me )?(?:zumban|zumbando|pitan|pitando))"
)
_SALICYLATE_SHOWS = (
    r"(?:breath\w* (?:really |very |so |super )?(?:fast|hard|heavy|quick\w*|rapid\w*|deep)|"
    r"(?:fast|rapid|heavy|deep) breath\w*|panting|hyperventilat\w*|vomit\w*|throw\w* up|"
    r"threw up|confus\w*|respir\w* (?:muy |bien )?(?:rapid\w*|agitad\w*|fuerte|profundo)|"
    r"(?:jadea|jadeando)|confundid\w*)"
)
# A small child given a grown-up's medicine or dose (the adult bottle, a tablespoon
# for a teaspoon) again and again, or with the signs showing: paracetamol and others
# harm a child at what an adult takes.
_ADULT_DOSE = (
    r"(?:adults?'?(?:[- ]strength| strength| dose| dosage| formula| version| size)|adults?'? "
    rf"(?:\w+ ){{0,2}}(?:{_MEDICINE_NAMES}|liquid|syrup|medicine|meds)|"
    rf"(?:{_MEDICINE_NAMES}|liquid|syrup|medicine|jarabe|medicina|medicamento)\w* (?:\w+ )?"
    r"(?:for|de|para) (?:adults|grown-?ups|adultos?|grandes|mayores)|"
    r"(?:(?:a|one|full|whole|heaping|1) )?tablespoons?\b[^.!?]{0,40}\b(?:tylenol|"
    r"acetaminophen|paracetamol|motrin|advil|ibuprofen|benadryl|syrup|medicine|liquid)|"
    r"(?:tylenol|acetaminophen|paracetamol|motrin|advil|ibuprofen|benadryl|syrup|medicine|"
    r"liquid)\b[^.!?]{0,40}\b(?:a |one |full |whole |heaping |1 )?tablespoons?|"
    r"cucharada(?:s)? (?:grandes?|soperas?))"
)
_GIVEN_AGAIN_OR_SHOWS = (
    r"(?:(?:[2-9]|two|three|four|five|several) times|twice|all day|every (?:\d+|few|couple "
    r"(?:of )?) hours|each time|(?:dos|tres|cuatro|varias|\d) veces|cada (?:\d+|pocas|dos|tres|"
    r"cuatro) horas|todo el dia|"
    r"vomit\w*|threw up|throw\w* up|drowsy|(?:very |really |so )?sleepy|letharg\w*|hard to wake|"
    r"(?:won'?t|can'?t) wake|floppy|limp|somnolient\w*|adormilad\w*|no despierta|"
    r"decaid\w*|aguadit\w*)"
)

RULES: dict[str, list[tuple[str, ...]]] = {
    # Pesticide sprayed or handled, then its nerve signs: organophosphate poisoning.
    "pesticide_poisoning": [(_PESTICIDE, _CHOLINERGIC)],
    "child_poison_found": [(SMALL_CHILD, _POISON_PRODUCT, _ON_THE_MOUTH)],
    "alcohol_withdrawal": [(_STOPPED_DRINKING, _WITHDRAWAL_SHOWS)],
    "envenomation": [
        (_VENOM, _VENOM_SPREADS),
    ],
    "overdose_poisoning": [
        # Paracetamol taken over days, then the liver showing it: yellow eyes or skin, or
        # pain under the right ribs. Taken too often (every hour or two, round the clock) with
        # sickness or that pain, it is an overdose spread over days (staggered).
        (_PARACETAMOL, _LIVER_SHOWS),
        (_PARACETAMOL, _TOO_OFTEN, _LIVER_OR_SICK),
        # ... and in a liver already failing, taken too often or beyond the label is enough,
        # however well the person feels: the harm shows days later.
        (_PARACETAMOL, _TOO_MUCH_TAKEN, _LIVER_DISEASE),
        # A narrow-margin medicine, fluid lost and the brain showing it (lithium toxicity).
        (_NARROW_MARGIN, _FLUID_LOST, _TOXIC_SIGNS),
        # A heart or pressure pill taken twice, and the heart already slowing or the
        # pressure falling: "se tomó doble la pastilla del corazón, tiene el pulso lento".
        (_EXTRA_HEART_DOSE, _HEART_SLOWED),
        # A count of tablets said after the medicine: "taking tylenol all day ... she
        # says like 20 of them". Ten or more at once is an overdose whoever took them.
        (
            r"(?:took|taken|taking|swallowed|had|popped|downed|ate|eaten|chewed|se tomo|tomo|"
            r"se trago|trago|se comio|se tomaron|me tome|tomando|tomado)\b(?:\W+\w+){0,4}?\W+"
            r"(?:pills?|tablets?|"
            r"capsules?|caplets?|meds|medicines?|medications?|gummies|vitamins?|tylenol|"
            r"acetaminophen|paracetamol|ibuprofen|advil|motrin|aspirin|aleve|benadryl|"
            r"sleeping pills|xanax|oxy\w*|percocet|antidepressants?|iron|melatonin|bottle|"
            r"of them|of those|pastillas?|pildoras?|tabletas?|capsulas?|medicinas?|frasco)\b",
            r"(?:(?:like|about|around|maybe|at least|almost|nearly|over|como|unas|unos|mas de) )?"
            r"(?:[1-9]\d\+?|ten|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens|diez|doce|"
            r"quince|veinte|treinta|cuarenta) (?:of (?:them|those|these|her \w+|his \w+|my \w+|"
            rf"the \w+)|(?:\w+ ){{0,2}}{_MEDICINE_NAMES}|de ellas|"
            # ... or by their strength alone: "like 20 extra strength", "unas 20 de 500".
            r"(?:of (?:the |those )?)?(?:extra|regular|maximum|max) strength|"
            r"(?:of (?:the |those )?)?(?:325|500|650)s|"
            r"(?:de (?:las|los) )?de (?:325|500|650|1000)(?: ?mg)?|"
            r"(?:extra ?fuertes?|de (?:las|los) fuertes))\b"
            r"(?! (?:a|per|each|every) (?:day|week|month)| (?:daily|a day|al dia|"
            r"diarias|por dia|left|remaining|prescribed|in (?:the|a) (?:bottle|box|pack)))",
        ),
        # The count and strength said right after the verb, the medicine named only
        # earlier or not at all: "he took around 20 extra strength over the night".
        (
            r"(?:took|taken|has taken|swallowed|popped|downed|se tomo|tomo|se trago|me tome)\b "
            r"(?:(?:like|about|around|maybe|at least|almost|nearly|over|como|unas|unos|mas de) )?"
            r"(?:[1-9]\d|twelve|fifteen|twenty|thirty|forty|fifty|doce|quince|veinte|treinta) "
            r"(?:extra|regular|maximum|max) strength\b|(?:took|taken|swallowed|se tomo|tomo|"
            r"se trago|me tome)\b (?:(?:como|unas|mas de) )?(?:[1-9]\d|doce|quince|veinte|treinta) "
            r"(?:de (?:las |los )?)?(?:extra ?fuertes?|de (?:500|650|1000))\b",
        ),
        # A small child who got at a pill box or bottle with pills missing: count them
        # as swallowed.
        (
            SMALL_CHILD,
            r"(?:pill ?(?:organi[sz]er|box|case|bottle|container|dispenser)|(?:medicine|pill|"
            r"prescription|vitamin) (?:bottle|cabinet|box|packet)|blister pack|pastillero|"
            r"(?:pills|tablets|pastillas)\b[^.!?]{0,15}\b(?:scattered|all over|on the floor|"
            r"tiradas|regadas|en el piso|en el suelo)|"
            r"(?:frasco|bote|caja|cajita) de (?:las |los |sus |mis )?(?:pastillas|medicin\w*|"
            r"medicamentos?|vitaminas)|(?:got|took|pulled|popped|twisted|unscrewed) (?:the|a) "
            r"(?:lid|cap|top) off|"
            # Any container of medicine the child got open: "my open bottle of iron pills".
            r"(?:open|opened|unscrewed|uncapped)\b[^.!?]{0,25}\b(?:bottle|container|jar|tub|box|"
            r"pack\w*|case|tube|sleeve)\b|(?:bottle|container|jar|tub|box|pack\w*|sleeve|tube) of "
            rf"(?:\w+ ){{0,3}}(?:{_MEDICINE_NAMES}|meds|medicines?|vitamins|iron)\b|"
            r"(?:frasco|bote|caja|envase|paquete)\b[^.!?]{0,40}\babiert[oa])",
            r"(?:missing|gone|empty|emptied|chewed|(?:can'?t|cannot|don'?t|do not) (?:find|"
            r"account for|tell how many)|(?:not sure|don'?t know|no idea) how many|faltan|falta|"
            r"vaci[oa]|"
            r"no (?:encuentro|se cuantas)|mordid\w*)",
        ),
        # A small child who swallowed most of a container of a medicine or of iron vitamins
        # ("drank half the bottle of cough syrup", "se tomo casi todo el frasco"); a bottle
        # alone may be milk, so the medicine must be named.
        (
            SMALL_CHILD,
            r"(?:ate|drank|swallowed|took|chewed|got into|downed|se (?:tomo|comio|trago|bebio|"
            r"acabo))\b[^.!?]{0,60}\b(?:(?:almost |nearly |about )?(?:the (?:whole|entire)|half "
            r"(?:of )?the|most of the|all of the) (?:bottle|box|pack|packet|jar|tub|container|"
            r"sleeve)|(?:casi )?(?:todo|medio) el (?:frasco|bote|paquete|envase)|(?:casi )?toda "
            r"la caja|la mitad del (?:frasco|bote|paquete))\b",
            rf"(?:{_MEDICINE_NAMES}|meds|medicines?|medications?|vitamins?|iron|syrup|"
            r"medicinas?|medicamentos?|vitaminas?|hierro|jarabe)\b",
        ),
        # A drug taken for effect, with a racing heart, delirium, a seizure or overheating.
        (_RECREATIONAL, _TOXIDROME),
        # Medicines taken wrong, and it shows: drowsy, confused, speech slowed.
        (_TAKEN_WRONG, _TOO_MUCH_SHOWS),
        # An opioid on board and the person hard to wake or breathing slowly.
        (_OPIOID, _BREATHING_SLOWED),
        # Several doses of an opioid too many, given or taken ("I gave him 4 extra doses of
        # morphine", "le di tres dosis de más de morfina"): the breathing slows an hour later,
        # often in sleep, so it cannot wait for the signs.
        (
            r"(?:(?:two|three|four|five|six|several|a few|many|multiple|[2-9]|\d\d) (?:extra|more|"
            r"additional) (?:doses|shots|squirts|syringes|pills|tablets|tabs|patches)|(?:double|"
            r"triple|doubled|tripled) (?:the |his |her |my )?(?:dose|doses)|(?:gave|given|took|"
            r"taken|injected) (?:him |her |them |myself )?(?:way )?too (?:many|much)|(?:dos|tres|"
            r"cuatro|cinco|varias|\d+) dosis (?:de mas|extra)|(?:doble|triple) (?:de )?dosis)",
            _OPIOID,
        ),
        # Naloxone given: someone was overdosing on an opioid, whether or not it worked.
        (
            r"(?:(?:gave|give|giving|used|sprayed|administered|had to (?:give|use)) (?:him|her|"
            r"them|me|my \w+)? ?(?:a dose of |some |two doses of |the )?(?:narcan|naloxone)|"
            r"(?:hit|dosed|revived|brought (?:him|her|them) (?:back|around)) (?:(?:him|her|them|"
            r"my \w+) )?with (?:the |some )?(?:narcan|naloxone)|"
            r"(?:le|les|me|se) (?:di|dimos|dieron|dio|puse|pusimos|pusieron|puso|aplique|aplico|"
            r"aplicamos|aplicaron|eche|echamos|echaron) (?:el |la |un poco de |una dosis de )?"
            r"(?:narcan|naloxona))\b",
        ),
        # A small child who got at one of the medicines of which one dose can kill, even if
        # the child seems well now.
        (SMALL_CHILD, _ONE_DOSE_KILLS, _GOT_AT),
        # Serotonin syndrome.
        (_SEROTONERGIC, _MUSCLES_JERK, _HOT_OR_RACING),
        # A weekly medicine taken every day, and the marrow or the mouth failing.
        (_WEEKLY_DRUG, _DAILY_NOT_WEEKLY, _MARROW_OR_MOUTH_FAILING),
        # Aspirin poisoning: the ears ringing, with the breathing fast, vomiting or confusion.
        (_SALICYLATE, _EARS_RINGING, _SALICYLATE_SHOWS),
        # A small child given a grown-up's medicine or dose, repeatedly or with signs.
        (SMALL_CHILD, _ADULT_DOSE, _GIVEN_AGAIN_OR_SHOWS),
    ],
    "carbon_monoxide": [
        # Gas smelled, and someone has fainted or cannot think straight.
        (
            _GAS_SMELL,
            r"(?:passed out|fainted|collapsed|unconscious|unresponsive|won'?t wake|confus\w*|"
            r"desmay\w*|desplom\w*|inconsciente|no (?:despierta|responde|reacciona)|"
            r"confundid\w*)",
        ),
        # Several people in one home with headache, nausea or dizziness, and a fuel
        # burner running: carbon monoxide until shown otherwise.
        (
            rf"(?:{_GAS_SMELL}|gas (?:heater|stove|fire|fireplace|boiler|furnace|generator)|"
            r"generator|furnace|"
            r"boiler|(?:space |our |the |a )?heater|heating|calefaccion|"
            r"(?:charcoal|grill|bbq|barbecue|brasero|bracero|anafre|hibachi|carbon|fogon|"
            r"hornilla de carbon)\b[^.!?]{0,20}"
            # Lit where people sleep: "prendimos el anafre dentro del cuarto".
            r"\b(?:inside|indoors|adentro|in (?:the|our|my) (?:room|bedroom|house|apartment|"
            r"tent|trailer)|dentro (?:del|de la|de nuestro|de mi) (?:cuarto|recamara|casa|"
            r"departamento|tienda|carpa|traila))|wood ?stove|fireplace|(?:co|carbon monoxide) "
            r"(?:alarm|detector)|(?:alarm|detector) (?:is |was |keeps )?(?:going off|beeping|"
            r"chirping|sounding)|calentador|calefactor|estufa|boiler|generador|"
            r"(?:alarma|detector) de (?:monoxido|co|gas))",
            r"(?:headaches?|dizz\w*|nause\w*|sick|vomit\w*|drowsy|sleepy|sluggish|confus\w*|"
            r"dolor(?:es)? de cabeza|mare\w*|nausea\w*|somnolient\w*|adormil\w*|"
            r"(?:me|le|les|nos) duele\w* (?:mucho )?la cabeza)",
            r"(?:whole family|family|everyone|all of us|we all|we're all|both of us|the kids|"
            r"my kids|the children|whole house|even the (?:dog|cat)|all feel|all have|"
            r"we (?:both )?(?:have|feel|woke)|todos|toda la familia|los ninos|hasta el perro|"
            # Two people told about from outside: "found him and his wife both with
            # headaches", "the two of them", "los dos", "ambos".
            r"both (?:of them|with|have|had|feel|are|were|got)|the two of them|(?:and|y) "
            r"(?:his|her|their|su) (?:wife|husband|partner|kids?|children|son|daughter|mother|"
            r"father|mom|dad|esposa|esposo|pareja|hij[oa]s?|mama|papa)\b[^.!?]{0,12}\bboth|"
            r"los dos|las dos|ambos|ambas)",
        ),
        # An engine burning fuel in a closed space, with anyone's head or stomach turning:
        # "a generator running in the attached garage", "el carro prendido en la cochera".
        (
            r"(?:generator|generador|engine|motor|car|truck|carro|coche|camioneta|grill|"
            r"charcoal|brasero|asador)\b[^.!?]{0,25}\b(?:running|on|going|prendid[oa]|"
            r"encendid[oa]|funcionando)\b[^.!?]{0,25}\b(?:garage|basement|indoors|inside|"
            r"shed|tent|camper|garaje|cochera|sotano|adentro|dentro de (?:la|el) (?:casa|"
            r"cuarto|tienda|carpa))",
            r"(?:headaches?|dizz\w*|nause\w*|vomit\w*|drowsy|confus\w*|passed out|faint\w*|"
            r"dolor(?:es)? de cabeza|(?:me|le|les|nos) duele (?:mucho )?la cabeza|mare\w*|"
            r"nausea\w*|desmay\w*|confundid\w*|vomit\w*)",
        ),
        # An alarm sounding and anyone with symptoms.
        (
            # "The alarm went off" alone may be the alarm clock: a detector or the gas is named.
            r"(?:(?:co|carbon monoxide|monoxido(?: de carbono)?) (?:alarm|detector|alarma)s?|"
            r"(?<!smoke )detectors?|(?:alarma|detector) de (?:monoxido|co|gas))\b"
            r"[^.!?]{0,15}\b(?:going off|went off|goes off|beeping|sounding|alarming|sono|"
            r"esta sonando|suena)",
            r"(?:headaches?|dizz\w*|nause\w*|vomit\w*|drowsy|confus\w*|passed out|faint\w*|"
            r"dolor(?:es)? de cabeza|mare\w*|nausea\w*|desmay\w*)",
        ),
        # Bleach mixed with ammonia or acid gives off chlorine or chloramine gas.
        (
            r"(?:mix\w*|combin\w*|mezcl\w*)\b[^.!?]{0,20}\b(?:bleach|cloro|lejia)\b[^.!?]{0,25}"
            r"\b(?:ammonia|vinegar|acid|toilet|cleaner|amoniaco|vinagre|acido|limpiador)|"
            r"(?:mix\w*|combin\w*|mezcl\w*)\b[^.!?]{0,20}\b(?:ammonia|vinegar|amoniaco|vinagre)"
            r"\b[^.!?]{0,25}\b(?:bleach|cloro|lejia)",
            r"(?:cough\w*|breath\w*|chest|wheez\w*|throat|eyes? (?:burn|sting)\w*|dizz\w*|tos\w*|"
            r"respir\w*|pecho|garganta|ahog\w*|mare\w*)",
        ),
        (
            r"(?:inhaled|breathed in|breathing in|inhale\w*|respir\w*|inhal\w*)\b[^.!?]{0,25}"
            r"\b(?:fumes|smoke|chemicals?|gas|humo|gases|vapores|quimicos?)",
            r"(?:can't stop cough\w*|(?:trouble|hard|difficult\w*|struggling) (?:to )?breath\w*|"
            r"wheez\w*|chest (?:burns?|hurts?|tight)|confus\w*|passed out|"
            r"no (?:para|deja) de toser|le cuesta respirar|me cuesta respirar|hoarse|"
            r"voz ronca|ronc[oa]|tose\w*|cough\w* (?:up )?(?:black|soot)|soot|hollin)",
        ),
    ],
}

# A button battery swallowed, or perhaps swallowed and not found: it burns through the
# gullet within two hours, however well the child seems. A coin or a magnet is told apart
# by its name; a battery only changed or bought is not in a mouth.
_BUTTON_BATTERY = (
    r"(?:button|coin|watch|disc|disk|lithium|(?:little |small |tiny )?(?:flat )?(?:round|flat) "
    r"(?:little )?|hearing aid|remote'?s?|key ?fob|car key)\s?(?:cell )?batter(?:y|ies)|"
    r"batter(?:y|ies)\b[^.!?]{0,30}\b(?:remote|key ?fob|car key|watch|hearing aid|thermometer|"
    r"scale|calculator|toy)|cr ?20\d\d|lr ?4[14]|"
    r"pila\w*\b[^.!?]{0,25}\b(?:de boton|redond\w*|de reloj|del control|plan\w*|de litio|"
    r"chiquit\w*|de la llave)"
)
_SWALLOWED = (
    r"(?:swallow\w*|ate|eaten|put (?:it|one) in (?:his|her|their) mouth|in (?:his|her|their) "
    r"mouth|(?:se )?(?:trag\w*|comio|metio a la boca|en la boca))"
)
RULES["button_battery"] = [(_BUTTON_BATTERY, _SWALLOWED)]


# A bite from a venomous snake, said by the snake's name or its being venomous.
_SNAKE = (
    r"(?:rattle ?snakes?|rattler|copperheads?|cottonmouths?|water moccasins?|moccasins?|"
    r"coral snakes?|vipers?|adders?|(?:venomous|poisonous) snakes?|snake|vibora\w*|serpiente\w*|"
    r"cascabel|coralillo|nauyaca|mocasin|culebra)"
)
_SNAKE_BITE = (
    rf"(?:(?:bit|bitten|bite|struck|got|mordi\w*|pico|picado|picada)\b[^.!?]{{0,20}}\b{_SNAKE}|"
    rf"{_SNAKE}[- ]?(?:bit\w*|bite\w*|struck|got (?:me|him|her)|(?:me|le|lo|la) (?:mordio|pico))|"
    rf"{_SNAKE}\b[^.!?]{{0,15}}\b(?:bit|mordio|pico|struck)\b|mordedura de {_SNAKE})"
)
# The venom working where it went in: swelling, tingling or numbness, bruising.
_BITE_SWELLS = (
    r"(?:swell\w*|swollen|puff\w*|tingl\w*|numb\w*|bruis\w*|hinch\w*|inflam\w*|hormigue\w*|"
    r"entumi\w*|dormid\w*|morad\w*|moret\w*)"
)
RULES["envenomation"].append((_SNAKE_BITE, _BITE_SWELLS))
