"""Crisis talk that never says "kill myself" (English and Spanish), in the first person.

Hopelessness, farewells, a plan or a date, a means got or set out, a height looked down
from, thoughts of crashing the car, researching amounts: each is a crisis signal on its
own. `selfharm` adds these to the direct statements and reads them in the same context
(a negated or past mention does not fire); signs that mean a crisis only together live
in `crisis_together`.
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags.signs import NAMED_MEDICINES, OPIOIDS

INDIRECT = [
    # A noose ready, or a rope tied where one hangs from: "the noose is up".
    r"\b(?:noose|horca)\b[^.!?]{0,20}\b(?:is |are |esta )?(?:already |ya )?(?:up|tied|ready|"
    r"hanging|set up|puesta|lista|colgada|amarrada)\b|\b(?:tied|hung|put up|set up|made|rigged|"
    r"hice|amarre|colgue) (?:a|the|my|una|la) (?:noose|horca)\b|"
    r"\b(?:(?:rope|cuerda|soga)\b[^.!?]{0,30}\b(?:tied|hanging|hung|amarrad\w*|colgad\w*)|"
    r"(?:tied|hung|fastened|amarre|colgue) (?:a|the|my|una|la) (?:rope|cuerda|soga)) "
    r"(?:to|from|on|over|de|a|en) (?:the|a|my|la|el|una|un) (?:beam|rafter|ceiling|closet rod|"
    r"banister|railing|stair ?rail|door|hook|ceiling fan|viga|techo|barandal|puerta|gancho)\b"
    r"(?![^.!?]{0,30}\b(?:swing|columpio|hammock|hamaca|clothes|laundry|ropa|tendedero|"
    r"decorat\w*|plant|lights|piñata|pinata)\b)",
    # What happens if one takes a whole box or bottle of one's own medicine.
    r"\b(?:what (?:happens|would happen|will happen|if)|q(?:ue)? (?:pasa|pasaria|me pasa\w*)) "
    r"(?:if |si )?(?:i |me |yo )?(?:take|swallow|took|tomo|tomara|trago|tragara) (?:all (?:of )?"
    r"(?:my|the|these|those)|the (?:whole|entire) (?:bottle|box|pack|packet|blister)|a whole "
    r"(?:bottle|box)|every (?:one|pill|tablet)|toda la (?:caja|botella|tira)|todo el (?:frasco|"
    r"bote|paquete|blister)|todas (?:las|mis))\b",
    # A missed crisis can cost a life; a caring reply sent by mistake costs little, so
    # hopelessness, farewells and getting a means are enough on their own.
    r"\bno way out\b|\b(?:can't|cannot|don't|do not|cant|dont) see (?:a|any) way out\b|"
    r"\bno (?:veo|hay|encuentro) (?:otra )?salida\b|"
    r"\b(?:can't|cant|cannot|can not) (?:take|do) (?:it|this) any ?more\b|"
    r"\b(?:it all|everything) to stop"
    r"(?: for good| forever)?\b|\bstop for good\b|\bno hope left\b|\bhopeless\b",
    r"\b(?:saying|say) goodbye\b[^.!?]{0,40}\b(?:forever|for good|to everyone|for the last time|"
    r"thank you for everything|love you all)\b|\bthis is (?:my )?goodbye\b|\bgoodbye forever\b",
    r"\b(?:bought|got|have|found|buying|getting) (?:a |some |the )?"
    r"(?:rope|noose|gun|razor blades?)\b"
    # A rope or a blade bought for a job names the job: "rope for the fence".
    r"(?! (?:for|to) (?:the |a |an |my |our |his |her )?(?:fence|garden|yard|boat|tent|"
    r"camping|climbing|gym|swing|tree ?house|dog|horse|cattle|goats?|truck|trailer|load|"
    r"move|moving|tie|hang (?:the|a|my) (?:laundry|clothes|hammock|lights)|shaving|"
    r"scraper|work|job|project|class|crafts?)\b)",
    r"\b(?:taking|take|swallow|swallowing) (?:all|every one of) (?:my|the|of my|her|his|their|of "
    r"her|of his|(?:of )?(?:mom|mum|dad|mother|father|husband|wife|partner|son|daughter|grandma|"
    r"grandpa|grandmother|grandfather)'?s) "
    # ... or the medicine by its name: "taking all of my sertraline at once", a relative's
    # morphine from the hospice kit.
    rf"(?:pills|meds|tablets|{NAMED_MEDICINES}|{OPIOIDS})\b"
    # Taken somewhere is carried: "taking all his pills to the pharmacy take-back", "with me
    # on the trip". Taken "to end it" is not a place.
    r"(?! (?:\w+ ){0,2}?(?:to (?:the |a |my |his |her |our )?(?:pharmacy|drug ?store|take-?back|"
    r"drop-?off|disposal|hospice|clinic|doctor|nurse|police)|back(?: to)?|with (?:me|us|him|her|"
    r"them)|into (?:the |a |my )?(?:lock ?box|safe|bag|box|container|cabinet)|out of the "
    r"house)\b)"
    # A dosing schedule asked about: "take all of my pills at once in the morning or split
    # them?", "... with breakfast". The day's doses at one time of day are a routine.
    r"(?![^.!?]{0,40}\b(?:in the (?:morning|evening)|at (?:night|bedtime)|with (?:breakfast|"
    r"lunch|dinner|food|a meal|my (?:breakfast|lunch|dinner|coffee))|or (?:split|space|spread|"
    r"separate|stagger|half)|a day|daily|every (?:morning|night|day)|each (?:morning|night|day))"
    r"\b)|\ball my pills at once\b|"
    # ... unless it is said as an intent, whatever the time of day.
    r"\b(?:going to|gonna|i'?ll|i will|plan(?:ning)? to|about to|want to|wanna|ready to) "
    rf"(?:take|swallow) (?:all|every one) (?:of )?(?:my|the) (?:pills|meds|tablets|"
    rf"{NAMED_MEDICINES})\b",
    r"\bto end it\b|\bend it all\b",
    r"\bwhat'?s the (?:point|use) (?:of|in) (?:living|going on|being alive|being here)\b|"
    r"\b(?:para que|de que sirve) (?:vivir|seguir viviendo)\b",
    r"\b(?:stockpil\w*|sav(?:ing|ed) up|hoard\w*|stash\w*|collect\w*|gather\w*|juntando|"
    r"guardando|acumulando) (?:my |some |all |up |mis |unas )?"
    r"(?:pills|meds|tablets|medications?|sleeping pills|pastillas)\b"
    # Saved for a named trip is packing: "saving up my pills for the trip", "para el viaje".
    # Saved "for when I'm ready", or with no reason, is still read.
    r"(?! (?:\w+ ){0,2}(?:for|para) (?:the |a |my |our |this |next |el |la |mi |un |una )?(?:\w+ )?"
    r"(?:trip|travel\w*|holiday|vacation|cruise|flight|camping|journey|viaje|vacaciones|"
    r"vuelo)\b)",
    r"\b(?:going to|gonna|will|plan to) (?:take|swallow) (?:them|those|these|the pills) all\b|"
    r"\b(?:going to|gonna|will|plan to) (?:take|swallow) all of (?:them|those|these)\b",
    r"\b(?:no )?quiero (?:estar|seguir) en este mundo\b|\bno (?:aguanto|puedo) mas\b|"
    # "Ya no aguanto" alone; "ya no aguanto el dolor de espalda" is about the pain.
    r"\bya no aguanto\b(?!\s+(?:mas\s+)?(?:el|este|esta|la|los|las|tanto|tanta|a|al|con|sin|"
    r"estar|que|eso|esto))",
    r"\bif i'?m (?:not here|not around|not alive|gone|dead)\b(?! (?:by|at|on|before|in time))|"
    r"\btell (?:my|the) \w+ (?:that )?i loved (?:them|him|her|you)\b",
    r"\b(?:note|letter|text|message)\b (?:saying|(?:that |which )?(?:just |only |simply )?"
    r"(?:said|says|reads|read)) (?:\w+ ){0,2}"
    r"(?:sorry|goodbye|i love you)\b|"
    r"\b(?:note|letter|carta|nota|message|text|mensaje)\b[^.!?]{0,40}\b(?:sorry for everything|"
    r"better off|goodbye|perdon por todo|mejor sin)|\b(?:we'?ll|we'?d|they'?ll|they'?d|you'?ll|"
    r"you'?d|everyone'?ll|everyone would|y'?all'?ll) be better off\b(?! (?:with|if you|going|"
    r"taking|at|in))|\b(?:una carta|cartas) (?:a|para) (?:mis|sus) hijos\b|"
    r"\ba (?:mis|sus) hijos una carta\b",
    r"\bme (?:lastimo|corto|quemo|hago dano)\b(?! (?:el pelo|las unas|sin querer))",
    # Not waking someone else, or going on with a treatment, is an errand: "no quiero
    # despertar al bebé", "no quiero seguir con la fisioterapia".
    r"\bno quiero (?:vivir|seguir viviendo|despertar|estar aqui|seguir)\b"
    r"(?! (?:al|a la|a los|a las|a mi|a mis|a su|a sus|a nadie|a el|a ella|con|tomando|yendo)\b)",
    r"\b(?:estarian|estaria|estan|estarias) mejor sin mi\b",
    # The wish to live gone: "ya no tengo ganas de vivir", "I've lost the will to live". A
    # place to live in names a move, not a life.
    r"\b(?:(?:no|ya no|sin|se me (?:quitaron|fueron|acabaron)|perd\w*|(?:he|has|ha) perdido) "
    r"(?:tengo |tiene |tienes )?(?:las |mis |sus )?(?:ganas|deseos?) de (?:vivir|seguir "
    r"viviendo|seguir)|(?:lost|losing|lose|have no|no|don'?t have (?:the|any)|without (?:the|"
    r"any)) (?:the |my |his |her |all )?(?:will|desire|wish|reason|want) to (?:live|go on|keep "
    r"going|keep living))\b(?! (?:in|at|near|with|here|there|en|cerca|con|aqui|alla|alli|by)\b)",
    # All of one's pills taken, said ahead in Spanish: "esta noche me voy a tomar todas mis
    # pastillas"; the morning's pills taken together with breakfast are a routine.
    r"\b(?:me voy a|voy a|me quiero|quiero|pienso|ya (?:me )?(?:voy a|quiero)) (?:tomar|tragar|"
    r"tomarme|tragarme) (?:todas|todos) (?:mis|las|los|sus) (?:pastillas|pildoras|medicinas|"
    r"tabletas|medicamentos|calmantes)\b(?! (?:\w+ ){0,3}(?:de la manana|de la noche|del dia|"
    r"juntas|con (?:el|la) (?:desayuno|comida|cena)|como (?:me|le) (?:indic|dij)\w*))",
    r"\bno (?:vale|tiene sentido) (?:la pena )?(?:vivir|seguir)\b",
    r"\bno tengo (?:razones|motivos|nada) (?:para|por (?:que|lo que)) vivir\b",
    # A food or a habit named after it is a diet ("dejar de comer toronja", "... pan").
    r"\bdejar de comer\b(?! (?:eso|esto|esa|ese|la|el|los|las|toronjas?|pan|azucar|dulces|carne|"
    r"sal|grasa|lacteos|harinas|frituras|picante|tarde|de noche|en la noche|fuera)\b)",
    r"\bme (?:he estado|sigo|estoy) (?:cortando|lastimando|quemando|haciendo dano)\b",
    r"\bvomitar (?:a proposito|despues de comer)\b",
    # Indirect talk: a plan or means put aside, a date, a farewell, feeling a burden.
    r"\b(?:pills|meds|tablets|medications?|pastillas|pildoras)\b[^.!?]{0,15}\b(?:saved up|"
    r"stockpiled|hoarded|stashed|set aside|put aside|ready|guardadas|juntadas|escondidas|listas|"
    r"saved for (?:tonight|today|tomorrow|the right (?:time|moment)|when))\b",
    r"\b(?:and|then|gonna|going to|i'll|i will|want to|just) end it\b(?! (?:with|there|here|now "
    r"that|for (?:the|this) (?:day|night|week)))",
    r"\b(?:(?:been|started|start|keep|kept|back to) cutting(?: myself)?\b(?! (?:\w+ )?(?:hair|"
    r"grass|wood|paper|carbs|sugar|back|down|costs|onions|vegetables|coupons|class|school|"
    r"corners|it close|ties))|cutting again|relapsed\b[^.!?]{0,40}\b(?:cut\w*|burn\w*|"
    r"self[- ]?harm\w*))",
    r"\b(?:pills|rope|gun|plan|note|letters?|bridge)\b[^.!?]{0,60}\b(?:tonight|today|tomorrow) "
    r"(?:is|will be) the (?:night|day)\b",
    r"\b(?:steer\w*|driv\w*|swerv\w*|crash\w*|jump\w*|walk\w*|step\w*|throw\w* myself)\b"
    r"[^.!?]{0,15}\b(?:off|into|in front of|from|over)\b[^.!?]{0,15}\b(?:the |a )?(?:bridge|"
    r"cliff|oncoming traffic|traffic|train|building|roof|balcony|ledge|overpass|highway|freeway|"
    r"motorway)\b[^.!?]{0,40}"
    r"\b(?:done with it|end it|be over|for good|never|gone|disappear)|"
    r"\b(?:think\w* (?:about|of)|want(?:ed)? to|wanna|tempted to|urge to|feel like|"
    r"fantasi\w* about|pienso en|ganas de|going to|gonna|plan(?:s|ned|ning)? to|i'll|i will|"
    r"piensa|planea\w*|quiere)\b"
    r"[^.!?]{0,20}\b(?:steer\w*|driv\w*|swerv\w*|"
    r"crash\w*|jump\w*|step\w*|aventarme|tirarme|lanzarme)\b[^.!?]{0,20}\b(?:off|into|"
    r"in front of|from|de|desde|al|a las)\b[^.!?]{0,15}\b(?:bridge|cliff|oncoming|traffic|"
    r"train|building|roof|balcony|overpass|highway|freeway|tree|wall|puente|tren|edificio|azotea|"
    r"vias|arbol|pared|barranco)\b",
    r"\b(?:being|be|i'?m|am) (?:just )?done (?:with (?:it all|life|living|everything)|"
    r"for good)\b",
    r"\b(?:sleep|dormir(?:me)?)\b[^.!?]{0,20}\b(?:and|y) (?:ya )?(?:never|not|no) "
    r"(?:wake|waking|despertar\w*)|\bno despertar(?:me)? (?:nunca|mas|jamas)\b|"
    r"\bojala no despert\w*|\b(?:hope|wish) i (?:don't|do not|never|wouldn't) wake up\b",
    r"\b(?:thinking|thought|think|tempted|urge)\b[^.!?]{0,20}\b(?:taking|take|swallow\w*) "
    r"(?:them|all of them|the (?:whole|entire) (?:bottle|box|pack)|all (?:of )?(?:my|the|those|"
    r"these) \w+) (?:all )?at once\b|\btom(?:armelas|arme todas|ar todas) (?:de )?(?:una vez|"
    r"golpe)\b|\btodas (?:las pastillas )?de (?:una vez|golpe)\b",
    r"\b(?:i'?m|i am|being|feel like) (?:just |such |only )?(?:a|an) (?:burden|drain|weight)\b"
    r"(?! (?:of|from) (?:work|paperwork|bills))|\bburden (?:to|on|for) (?:everyone|my family|"
    r"them|you all|my kids|my wife|my husband)\b|\bsoy (?:una|un) (?:carga|estorbo)\b",
    r"\b(?:giving|gave|give) (?:away )?(?:all )?(?:my|of my) (?:things|stuff|belongings|"
    r"possessions)(?: away)?\b|\b(?:regal\w*|repart\w*) (?:todas )?(?:mis|sus) cosas\b",
    r"\b(?:when|after|once) i'?m (?:gone|dead|no longer (?:here|around))\b[^.!?]{0,50}"
    r"\b(?:take care|look after|tell|have|give|keep|feed|know)\b|"
    r"\b(?:tirar|aventar|lanzar|arrojar|echar)(?:me|se)? (?:del|de un|de una|de la|desde|al|"
    r"a las|a la|frente al?|debajo de) (?:\w+ )?(?:puente|edificio|azotea|vias|tren|balcon|"
    r"ventana|piso|metro|carro|camion|precipicio)\b",
    r"\b(?:quiero|quisiera|ojala pudiera|me gustaria) desaparecer(?: para siempre)?\b|"
    r"\bya no (?:le )?(?:veo|encuentro|ve|encuentra|vemos) (?:caso|sentido) a (?:vivir|la vida|"
    r"nada)\b|"
    r"\bmejor (?:me muero|estaria muert[oa])\b",
    r"\b(?:quisiera|quiero|ojala|preferiria) no (?:existir|haber nacido|estar viv[oa])\b|"
    r"\bojala no existiera\b|\bwish i (?:didn't|did not|never) (?:exist|existed|been born)\b|"
    r"\b(?:want|wanna) to (?:stop existing|not exist|cease to exist)\b",
    r"\b(?:ir|irme|marcharme|salir|desaparecer|despedirme) de este mundo\b|"
    r"\bdejar este mundo\b|"
    r"\bleave this (?:world|earth|life)\b",
    r"\b(?:looking up|looked up|researching|researched|searching|searched|googl\w*|reading about)"
    r" (?:ways|how|methods)\b[^.!?]{0,30}\b(?:painless\w*|to die|kill myself|end it|do it|"
    r"overdose)\b|\bpainless(?:ly)? (?:way|death|method|to die)\w*\b|\b(?:quickest|easiest|"
    r"fastest|surest) way to (?:die|end it|go)\b|\bformas? de (?:morir|matarme|quitarme la vida|"
    r"suicidarme)\b",
    r"\b(?:pensado|pienso|pensando|quiero|voy a|ganas de) (?:en )?(?:colgarme|ahorcarme|"
    r"envenenarme|cortarme las venas|dispararme|pegarme un tiro)\b|\bcortarme las venas\b",
    r"\bme (?:hago|hice|sigo haciendo) (?:cortes|heridas|quemaduras|dano)\b|"
    r"\b(?:cut\w*|burn\w*|hurt\w*|scratch\w*|hit\w*) (?:myself|my \w+)\b[^.!?]{0,30}"
    r"\bto feel (?:something|anything|better|alive|real)\b|\bpara sentir (?:algo|alivio)\b",
    r"\bhow many (?:of (?:my|these|the|those) )?(?:pills|tablets|\w+) (?:would|will|does it|it "
    r"would|it takes|it'?d)? ?(?:be enough|take|kill|to die|is (?:a )?lethal|is fatal)\b"
    # "How many pens would it take to last till June" is a supply question.
    r"(?! (?:to )?(?:last|cover|get (?:me |us )?(?:through|to)|fill|refill|order|for (?:a|the|"
    r"my|\d+)))|"
    r"\b(?:lethal|fatal|deadly) (?:dose|amount)\b|\bdosis (?:letal|mortal)\b",
    r"\b(?:wrote|written|writing|left) (?:the |my |some |goodbye )?(?:letters|notes?)\b"
    r"[^.!?]{0,60}\b(?:pick|choose|set)\w* (?:a|the) (?:day|date|time)\b|"
    r"\b(?:wrote|written|writing) (?:the |my )?(?:last )?(?:letters|notes) (?:to|for) (?:my )?"
    r"(?:family|kids|children|everyone|wife|husband|parents|mom|dad)\b",
    # Exhaust fumes in a closed garage.
    r"\bgarage\b[^.!?]{0,50}\b(?:engine|motor|car) (?:on|running|encendido|prendido)\b|"
    r"\b(?:engine|motor) (?:on|running|encendido|prendido)\b[^.!?]{0,40}\bgarage\b|"
    r"\b(?:hose|tube|manguera)\b[^.!?]{0,20}\b(?:exhaust|escape)\b",
    r"\b(?:pills|rope|noose|gun|note|bridge|pastillas|cuerda|pistola)\b[^\n]{0,80}\b(?:i'?ll|"
    r"i will|i'?m going to|gonna|voy a) (?:finally |just )?(?:do it|go through with it|"
    r"hacerlo)\b",
    r"\b(?:punch\w*|hit\w*|bang\w*|slam\w*|scratch\w*|bit\w*|bite\w*) (?:walls?|my \w+|myself|"
    r"things)\b[^.!?]{0,40}\b(?:to feel|to cope|on purpose|when(?:ever)? i(?:'?m| am| get| feel) "
    r"(?:really |so )?(?:stressed|angry|mad|upset|sad|overwhelmed|frustrated|anxious))",
    r"\b(?:me|se) (?:golpeo|golpea|pego|pega|doy|da) (?:la cabeza|golpes|de golpes|punetazos|"
    r"cabezazos)\b[^.!?]{0,40}\b(?:hasta (?:que )?(?:sangr\w*|me|le|se)|a proposito|"
    r"cuando (?:me enojo|se enoja|estoy|esta))",
    r"\b(?:got|have|made|i'?ve got|tengo|hice) (?:a|un|the|el|mi|my) plan\b[^.!?]{0,50}"
    r"\b(?:going to|gonna|will|when|voy a|cuando)\b[^.!?]{0,15}\b(?:do it|hacerlo)\b",
    r"\b(?:looked up|looking up|googled|googling|searched|searching|checked|checking|busque|"
    r"buscando|investigue) (?:how|que tan|cuanto)"
    r" (?:high|tall|far down|deep|far|alto|alta|profundo)\b[^.!?]{0,25}\b(?:bridge|building|"
    r"cliff|roof|drop|fall|puente|edificio|azotea|(?:parking )?(?:garage|structure|deck|ramp)|"
    r"overpass|tower|balcony|dam|high-?rise|top floor|estacionamiento|torre|balcon|presa|"
    r"paso (?:a desnivel|elevado)|ultimo piso)\b"
    # Not the clearance a vehicle needs: "how tall the garage is, my van has a roof rack".
    r"(?![^.!?]{0,40}\b(?:clearance|van|truck|rv|camper|trailer|rack|fit|cabe|camioneta)\b)",
    r"\bcuando (?:yo )?(?:ya )?no este\b|\b(?:take care of|look after|good home|make sure|"
    r"feed|cuiden|cuida)\b[^.!?]{0,50}\b(?:when|after|once|cuando) (?:i'?m |i am |yo )?(?:gone|"
    r"dead|no longer (?:here|around)|ya no este|me vaya)\b",
    r"\b(?:don't|dont|do not|can't|cant|cannot) see myself (?:being (?:here|around|alive)|"
    r"(?:still )?(?:here|around|alive)|living|making it|getting through)\b|"
    r"\b(?:would|will|'d|'ll|be|are|is) (?:all |just )?(?:be )?(?:fine|ok|okay|better|happier|"
    r"better off) without me\b|\bwhat'?s? the point (?:anymore|any more|of anything|of it all|"
    r"of trying|of going on)\b|\b(?:cansad[oa]|hart[oa]) de (?:todo|vivir|la vida|existir)\b|"
    # No point left in anything: "I don't see the point in any of it anymore", "ya no le
    # veo sentido a nada". A plan or a treatment whose point is doubted names itself.
    r"\b(?:don'?t|dont|do not|can'?t|cannot|no longer) see (?:the|any) point (?:in|of|to) "
    r"(?:any of (?:it|this)|anything|it all|any ?thing)\b[^.!?]{0,10}\b(?:anymore|any more)\b|"
    # With nothing named at all, the point of everything is gone: "I don't see the point
    # anymore." A treatment named after it ("... anymore with physio") names itself.
    r"\b(?:don'?t|dont|do not|can'?t|cannot|no longer) (?:really )?see (?:the|any) point "
    r"(?:anymore|any more)\b(?=\s*(?:[.!?,]|$|and\b|since\b|i\b))|"
    r"\bya no (?:le )?(?:veo|encuentro) (?:el |ningun )?sentido a (?:nada|la vida|vivir|seguir)\b",
    # A sharp tool on the skin: "scratching her arms with a razor".
    r"\b(?:cut\w*|scratch\w*|slic\w*|carv\w*|pick\w*|burn\w*|dig\w*|scrap\w*) (?:at |into )?"
    r"(?:his|her|their|my) (?:arms?|wrists?|legs?|thighs?|skin|stomach|forearms?)\b[^.!?]{0,20}"
    r"\bwith (?:a |an |the )?(?:razor|blade|knife|scissors|glass|lighter|cigarette|compass|"
    r"pencil sharpener|needle|safety pin)\b|"
    r"\bse (?:rasguna|corta|golpea|muerde|pellizca|lastima)\b[^.!?]{0,30}\bhasta (?:sangrar|"
    r"que (?:le )?sangr\w*|hacerse (?:sangre|dano))\b",
    # Pills gathered for one moment: "enough saved up to take them all at once".
    r"\benough\b[^.!?]{0,30}\b(?:to take (?:them |those |these )?all|all at once|in one go|"
    r"to (?:die|end it|not wake up|kill (?:me|myself)|overdose|od))\b|"
    r"\b(?:want(?:ed)? to|wanna|going to|gonna|i'?ll|i will|plan(?:ning)? to|tempted to|"
    r"ready to|quiero|voy a|pienso)\b[^.!?]{0,40}\b(?:take|swallow|down|tomar\w*|tragar\w*)\b "
    r"(?:them|those|these|the (?:pills|tablets|meds|lot)|all of them|every (?:single )?one|"
    r"todas)(?: all)? (?:at once|in one go|at the same time|together|de (?:una vez|golpe))\b|"
    r"\bi deserve to (?:die|suffer|hurt|be hurt|feel pain|be in pain|bleed)\b|"
    r"\bme merezco (?:morir|sufrir|el dolor|que me duela)\b",
    # Self-injury as a habit: "i bang my head against the wall until it bleeds",
    # "when i get upset i hit myself".
    r"\b(?:bang\w*|hit\w*|slam\w*|punch\w*|smash\w*|pound\w*)\b (?:my|his|her|their) "
    r"(?:head|fists?|hands?|face)\b[^.!?]{0,40}\b(?:until|till|til|hasta que) (?:it|i|he|she|"
    r"they|my \w+|his \w+|her \w+|le|me|se)\b ?(?:\w+ )?(?:bleed\w*|bruise\w*|split\w*|"
    r"crack\w*|sangr\w*|break\w*|swell\w*|go(?:es)? numb)|"
    r"\bwhen(?:ever)? i(?:'?m| am| get| feel)? (?:really |so |too )?(?:upset|angry|mad|stressed|"
    r"sad|overwhelmed|anxious|frustrated|low)\b[^.!?]{0,20}\bi (?:bang|hit|punch|slam|scratch|"
    r"cut|burn|bite|pinch|claw)\w* (?:myself|my (?:head|arms?|legs?|skin|wrists?|face|thighs?))\b",
    # Cuts, burns or scratches said to be deliberate, about anyone: "cuts all up her
    # thighs, she admitted shes doing it on purpose", "se hace cortes a propósito".
    r"\b(?:cuts|cutting|cut marks|slashes|cigarette burns|burn marks|burning (?:herself|himself|"
    r"myself)|razor|blades?|scratch(?:es|ing)|cortes|cortadas|cortando(?:se)?|quemaduras|"
    r"navaja|cuchilla|cigarro|cigarrillo|me queme|me corte|se quemo|se corto)\b[^\n]{0,80}"
    r"(?<!not )(?<!no )\b(?:on purpose|deliberately|intentionally|a proposito|adrede)\b|"
    r"(?<!not )(?<!no )\b(?:on purpose|deliberately|intentionally|a proposito|adrede)\b[^\n]{0,60}"
    r"\b(?:cuts|cutting|cut marks|slashes|burns|razor|blades?|cortes|cortadas|cortando|"
    r"quemaduras|navaja|cuchilla)\b",
    r"\bse (?:hace|hizo|ha hecho|sigue haciendo|esta haciendo|hacia) (?:cortes|cortadas|heridas|"
    r"quemaduras|dano)\b|\bme (?:corte|queme|lastime|rasgune|he cortado|he quemado|"
    r"he lastimado)\b[^.!?]{0,40}\b(?:a proposito|adrede|me lo merezco|para sentir|otra vez|"
    r"de nuevo|volver a hacerlo)\b",
    r"\b(?:cuts|cut marks|slashes|scars|cortes|cortadas|cicatrices) (?:all |todo )?(?:up|over|"
    r"along|down|across|up and down|por todo|en todo) (?:his|her|their|my|sus|su|los|las|el|la) "
    r"(?:wrists?|thighs?|forearms?|arms?|legs?|stomach|munecas?|muslos?|brazos?|piernas?|"
    r"antebrazos?)\b",
    r"\b(?:bridge|cliff|roof|balcony|building|tracks|ledge|puente|azotea|edificio|vias)\b"
    r"[^.!?]{0,50}\b(?:think\w* (?:about|of)|want(?:ed)? to|wanna|tempted to|urge to|"
    r"pienso en|ganas de|quiero) (?:just )?(?:jump\w*|throw\w* myself|step\w*|aventarme|"
    r"tirarme|lanzarme)\b",
    # Thoughts of crashing one's own car: a thought or urge, a way of crashing, something
    # to crash into. "I keep thinking about swerving into the divider", "pienso en
    # estrellarme contra un poste".
    r"\b(?:think\w*|thought\w*|urges?|tempted|fantasi\w*|imagin\w*|picture|feel like|want(?:ed)? "
    r"to|wanna|pienso|pensando|pensado|ganas de|se me (?:ocurre|antoja)|quisiera|quiero)\b"
    r"[^.!?]{0,40}\b(?:swerv\w*|crash\w*|steer\w*|driv\w*|veer\w*|ram\w*|wrap\w* (?:my|the) car|"
    r"estrellar\w*|chocar\w*|volantear\w*|echarme|aventarme|meterme)\b[^.!?]{0,25}"
    r"\b(?:into|off|in front of|under|contra|con|hacia|debajo de|abajo de)\b[^.!?]{0,15}"
    r"\b(?:(?:the |a |an |un |una |el |la )?(?:divider|median|barrier|guard ?rail|pole|post|"
    r"lamp ?post|wall|tree|truck|semi|bus|oncoming|traffic|bridge|overpass|pillar|column|"
    r"concrete|ditch|lake|river|cliff|embankment|poste|muro|arbol|pared|camion|trailer|trailer|"
    r"barranco|puente|barda|contencion|columna|tren|precipicio|rio))\b",
    # Fear of acting on such a thought: "I'm scared I'll do it".
    r"\b(?:scared|afraid|terrified|worried|frightened) (?:that )?(?:i'?ll|i will|i might|i could|"
    r"i'?m going to|one day i'?ll) (?:actually |really )?(?:do it|act on (?:it|them)|go through "
    r"with it)\b(?! (?:wrong|right|badly|incorrectly|again|too|by|the wrong))|"
    r"\bmiedo (?:de )?(?:que )?(?:lo (?:haga|vaya a hacer)|hacerlo de verdad)\b",
    r"\bpara que (?:todo|esto|ya) (?:se )?(?:acabe|termine)\b|\bso (?:it all|everything) "
    r"(?:ends|stops|is over)\b",
    # A plan said without naming it: "I've been planning it for weeks", "lo llevo
    # planeando semanas", a date chosen, and telling someone before then.
    r"\b(?:i'?ve been|i have been|ive been|been(?<!we've been)(?<!weve been)(?<!we have been)"
    r"(?<!they've been)(?<!theyve been)(?<!they have been)(?<!you've been)(?<!youve been)|"
    r"i'?m|i am|im) "
    r"(?:planning|plotting|preparing for|preparing) (?:it|this)\b"
    r"(?! (?:out|through|with|for (?:the|my|our|his|her)\b|"
    r"for (?:a|an) (?!while|bit|long|few|couple)))|"
    r"\b(?:lo )?(?:he|llevo|llevamos|estoy|he estado) (?:estado )?(?:planeando(?:lo)?|"
    r"preparando(?:lo)?)\b(?! (?:el|la|los|las|un|una|mi|su|para))|\bya (?:lo )?tengo (?:todo )?"
    r"(?:planeado|decidido|pensado)\b|"
    r"\b(?:i'?ve|i have) (?:picked|chosen|set|decided on) (?:a|the|my) (?:date|day)\b"
    r"(?! (?:for|to|of|with)\b)|\bya (?:tengo|elegi|escogi|decidi) (?:la fecha|el dia)\b"
    r"(?! (?:de|para)\b)",
    r"\b(?:just )?want(?:ed)? (?:someone|somebody|anyone|someone here|you|one person) to "
    r"know\b[^.!?]{0,10}\bbefore (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"tomorrow|tonight|the weekend|this weekend|then|it happens|i go|i do it|i'?m gone|the end)\b|"
    r"\bquiero que alguien (?:lo )?sepa antes\b",
    # At a height, looking down: "im on the roof of my building and i keep looking down".
    r"\b(?:i'?m|i am|im|standing|sitting|up|estoy|parad[oa]|sentad[oa])\b (?:up )?(?:on|at|in|"
    r"en) (?:the |a |my |la |el |lo alto de(?: la| el)? )?(?:roof|rooftop|ledge|edge|top "
    r"(?:floor )?of (?:the|a|my|this) (?:building|bridge|parking (?:garage|structure|deck)|"
    r"cliff|tower|stairwell)|bridge|balcony|overpass|azotea|techo|puente|orilla|cornisa|"
    r"barandal)\b(?:(?!gutter|shingle|clean|fix|repair|antenna|solar|install|shovel|snow|leak|"
    r"canaleta|arregl|limpi|repar)[^.!?\n]){0,60}\b(?:(?:look|looking|stare|staring|peer\w*|"
    r"mirando|viendo|veo|miro) (?:down|over|hacia abajo|para abajo|abajo)|the drop|how (?:high|"
    r"far down)|over the (?:edge|railing|side)|jump\w*|saltar|aventarme|tirarme)\b",
    # The means at hand, set out: "sitting here with the pills lined up in front of me".
    r"\b(?:pills|tablets|meds|pastillas|pildoras)\b[^.!?]{0,20}\b(?:lined up|laid out|"
    r"counted out|in front of me|in my hand|enfrente de mi|frente a mi|en la mano|en mi mano|"
    r"formaditas|contadas)\b(?! (?:for (?:the|this|next) week|in (?:the|my) (?:organi[sz]er|"
    r"pill ?box)|para la semana))|"
    r"\b(?:knife|blade|razor|gun|navaja|cuchillo|pistola)\b[^.!?]{0,20}\b(?:to|against|on|"
    r"en|contra) my (?:wrist|throat|head|neck)|\b(?:knife|blade|razor|cuchillo|navaja) "
    r"(?:a|en|contra) (?:mi|la) (?:muneca|garganta|cuello)\b",
    # Medicines kept back to be taken together: "stopped my meds so i can save them up".
    r"\b(?:sav\w*|keep\w*|hold\w*|guard\w*|junt\w*) (?:them|those|these|my (?:meds|pills|"
    r"tablets)|las|mis pastillas) (?:up|aside|back|for later|para despues)\b"
    r"(?! for (?:the|a|my|our|when) (?:trip|vacation|holiday|travel|move|flight|mom|dad|"
    r"refill)| (?:so|because) (?:i|we) (?:don'?t|won'?t|do not) run out)|"
    # Which of one's medicines are deadliest: "researching which of my meds are the most
    # dangerous together".
    r"\b(?:look\w* up|googl\w*|search\w*|research\w*|read\w*|wonder\w*|busc\w*|investig\w*)\b"
    r"[^.!?]{0,10}\b(?:which|what|cuales|que) (?:of )?(?:my |mis )?\w+ (?:are|is|would be|son|"
    r"serian) (?:the )?(?:most )?(?:dangerous|lethal|deadly|fatal|peligros\w*|letal\w*|"
    r"mortal\w*)\b|"
    # Final arrangements together: a will written and a pet or belongings given away.
    r"\b(?:wrote|written|made|updated|finished|hice|escribi) (?:my|a|mi|un) (?:will|"
    r"testamento)\b[^.!?\n]{0,60}\b(?:gave|giving|given|regal\w*|di|deje) (?:away )?(?:my |the |"
    r"mi |el |al |a mi )?(?:dog|cat|pets?|things|stuff|belongings|perr\w*|gat\w*|cosas)\b|"
    # A death wish said passively: "wouldn't even care if the car hit me".
    r"\b(?:wouldn'?t|would not|wouldn'?t even|i'?d even|don'?t|do not) (?:even )?(?:care|mind) "
    r"if (?:i|a \w+|the \w+) (?:died|die|didn'?t wake up|never woke up|hit me|ran me over|"
    r"got hit|crashed)\b(?! (?:of|from) (?:embarrassment|laughter|boredom|shame|cringe))|"
    r"\b(?:hope|hoping|wish) (?:a|the) (?:car|bus|truck|train) (?:would )?"
    r"(?:hit\w*|run\w*) (?:me|over me)\b|\bnadie (?:me|la|lo|nos|les) (?:extranaria|"
    r"extranaria|va a extranar|echaria de menos)\b|\b(?:no one|nobody) would (?:even )?miss "
    r"(?:me|her|him|them)\b(?! (?:at|in|on|from) (?:the|a|this|that|work|class|school|"
    r"practice)\b| if (?:i|she|he) (?:skip\w*|left|leave|don'?t go|didn'?t go))",
    # Injury as a habit said of another: "punches the wall till his knuckles bleed".
    r"\b(?:punch\w*|hit\w*|bang\w*|slam\w*|scratch\w*|pick\w*|golpe\w*|rasgu\w*)\b"
    r"[^.!?]{0,30}\b(?:until|till|til|hasta que) (?:his|her|my|their|the|le|me|se) ?"
    r"(?:knuckles|hands?|fists?|skin|head|arms?|nudillos|manos|piel|cabeza)? ?"
    r"(?:bleed\w*|bruise\w*|split\w*|crack\w*|sangr\w*)\b",
    # Looking up how much of one's own medicine it would take.
    r"\b(?:look\w* up|looked up|googl\w*|search\w*|research\w*|read\w*(?: up)?(?: on| about)?|"
    r"check\w*|"
    r"calculat\w*|figur\w* out|wonder\w*|busque|buscando|investigue|investigando|calcul\w*)\b"
    r"[^.!?]{0,15}\bhow (?:many|much)\b(?![^.!?]{0,50}\bto (?:last|cover|get (?:me )?through|"
    r"refill|fill|order|bring|pack|travel))[^.!?]{0,40}\b(?:it would take|would it take|"
    r"it'?d take|it takes|does it take|(?:would|will|could|to) (?:kill|be (?:lethal|fatal|enough))|"
    r"is (?:lethal|fatal|deadly|too much to survive)|to (?:die|not wake up|overdose|od|end it))\b|"
    r"\bcuant(?:as|os|a|o)\b[^.!?]{0,40}\b(?:se necesita\w*|necesitaria\w*|hari\w* falta|"
    r"hace\w* falta|son|bastan|bastarian)\b (?:para|pa) (?:morir|no despertar|matarme|"
    r"una sobredosis|quitarme la vida)\b",
    # Not wanting to wake up tomorrow, and no point left in going on, in Spanish: "no quiero
    # despertar mañana", "ya no tiene caso seguir". The point of a treatment names it: "...
    # seguir con la terapia".
    r"\bno (?:me )?quiero despertar(?:me)? (?:manana|ya|otra vez|nunca)\b|"
    r"\b(?:ya )?no (?:tiene|le (?:veo|ve|vemos|hallo|halla)) (?:caso|sentido) (?:seguir|vivir|"
    r"seguir viviendo|estar aqui)\b(?! (?:con|tomando|yendo|pagando|el|la|los|las|en (?:el|la)"
    r"))",
    # Making it all stop, as what one wants: "enough to finally make it all stop". The
    # itching or the noise made to stop is named.
    r"\b(?:make|making) (?:it all|everything|all of it|all this|all of this) (?:just )?stop\b|"
    r"\b(?:hacer|que) (?:que )?todo (?:se )?(?:acabe|termine|pare|detenga)(?: de una vez| ya)?\b"
    r"(?! (?:de|con|el|la|bien))",
    # A whole supply of a drug used at once to be done with it: "do the whole bag and be done
    # with it", "meterme toda la bolsa y ya".
    r"\b(?:do|doing|use|using|shoot|shooting|snort\w*|smok\w*|take|taking|inject\w*|"
    r"swallow\w*|down) (?:up )?(?:the|my|a|that) (?:whole|entire|full) (?:bag|baggie|stash|"
    r"gram|eight ball|8 ball|batch|supply|bottle|pack|box|lot|vial|pen|script)\b[^.!?]{0,40}"
    r"\b(?:be done|done with|end it|never wake|not wake|be over|check out|for good|to die)|"
    r"\b(?:meter|echar|tomar|inyectar|fumar)(?:me|se)? (?:toda la|todo el) (?:bolsa|bolsita|"
    r"paquete|frasco|caja|gramo|cristal|perico)\b[^.!?]{0,30}\b(?:y ya|acabar|terminar|morir|"
    r"no despertar)",
    # Knowing the dose that would do it: "I know exactly what dose of insulin would do it",
    # "sé exactamente cuánta insulina me mataría". A dose that would do it for a symptom
    # names the symptom.
    r"\b(?:know|knows|figured out|worked out|calculated) (?:exactly |just )?(?:what|which|how "
    r"much) (?:dose|amount|number|units?|quantity)(?: of \w+(?: \w+)?)? (?:would|will|'d|it "
    r"would take to) (?:do it|kill (?:me|myself|him|her|someone)|be (?:lethal|fatal|enough))\b"
    r"(?! (?:for|to (?:bring|lower|get|help|control|cover|treat)))|"
    r"\b(?:se|sabe|sabemos) (?:exactamente |bien )?(?:que dosis|cuant[ao]s? (?:\w+ )?)"
    r"(?:de \w+ )?(?:me |lo |la )?(?:matarian?|harian? el trabajo|serian? mortal(?:es)?|"
    r"serian? suficientes? para (?:morir|no despertar))\b",
    # Hurting oneself to bleeding, in the moment or as a habit: "me estoy pegando y
    # rasguñando hasta sacarme sangre", "scratching myself until I bleed".
    r"\b(?:me|se) (?:estoy|esta|he estado|ha estado|sigo|sigue|ando|anda) (?:\w+ )?"
    r"(?:pegando|golpeando|rasgunando|aranando|cortando|mordiendo|pellizcando|quemando|"
    r"lastimando)\b[^.!?]{0,40}\bhasta (?:sacarme|sacarse|hacerme|hacerse|que (?:me|le|se) "
    r"(?:salga|sale|sangr\w*)|sangrar)\b|"
    r"\b(?:hit\w*|punch\w*|scratch\w*|claw\w*|pinch\w*|bit\w*|bang\w*|pick\w*) "
    r"(?:at )?(?:myself|my (?:arms?|legs?|skin|face|head|chest|thighs?))\b[^.!?]{0,30}"
    r"\b(?:until|till|til) (?:i|it|they|the skin) (?:bleed\w*|bruise\w*|break\w*)\b",
]
