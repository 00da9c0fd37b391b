"""Symptom reports of the brain: a stroke, a seizure, someone who does not respond.

They are grouped because each is read from what the person can no longer do (speak,
move one side, stay still, wake up), said by whoever is beside them.
"""

from __future__ import annotations

from aurixa.safety.detectors.symptoms.words import CANT, WHO

# Speech that went wrong, told as over: slurred, garbled, or not there at all.
_SPEECH_WENT = (
    r"(?:(?:speech|words|talking|voice) (?:was|were|got|went|became|sounded|came out) (?:all |"
    r"really |very |a bit |kind of |totally |suddenly |completely )?(?:slurr\w*|garbled|jumbled|"
    r"mixed up|gibberish|nonsense)|(?:was|were) slurr(?:ed|ing)(?: (?:my|his|her|their) "
    r"(?:words|speech))?|(?:couldn'?t|could not|was unable to|wasn'?t able to|were unable to) "
    r"(?:speak|talk|get (?:the|my|his|her|any) words out|say (?:a|any) words?)|no (?:podia|pude|"
    r"pudo|lograba|logre|logro) (?:hablar|articular|decir (?:nada|las palabras|una palabra))|"
    r"(?:hablaba|hable|hablo) (?:arrastrado|arrastrando|enredado|trabado)|(?:arrastraba|arrastre|"
    r"arrastro) las palabras|se (?:me|le) (?:trababa|trabo|enredaba|enredo) la lengua)"
)
_FOR_MINUTES = (
    r"(?:for|por|durante) (?:about |around |like |maybe |almost |nearly |over |just |como |unos |"
    r"casi |mas de )?(?:(?:a few|a couple(?: of)?|several|a|\d+|one|two|three|four|five|ten|"
    r"fifteen|twenty|thirty|unos(?: pocos)?|algunos|un par de|un|dos|tres|cuatro|cinco|diez|"
    r"quince|veinte|treinta) )?(?:minutes?|mins?|minutos?)\b"
)
# The last day or two: a warning stroke of last week has been answered by the days since.
_LAST_DAY = (
    r"\b(?:yesterday|last night|this (?:morning|afternoon|evening)|earlier today|today|tonight|"
    r"(?:an|one|two|a few|a couple of|\d+) hours? ago|(?:two|2) days ago|anoche|ayer|antier|"
    r"antes de ayer|esta (?:manana|tarde|noche)|hoy|hace (?:un rato|una hora|unas horas|\d+ "
    r"horas))\b"
)
# Its passing, read with it: that it went is what makes it a warning, not a reason it is over.
_PASSED = (
    r"(?:,? (?:and |y )?(?:then |luego )?(?:it |ya )?(?:se (?:me |le )?)?(?:went away|passed|"
    r"stopped|paso|quito|fue)\b)?"
)
# What the speech is put down to: drink, or a mouth numbed at the dentist.
_SPEECH_EXPLAINED = r"(?:drunk|wasted|tipsy|borrach\w*|dentist\w*|novocaine|numbed|anestesi\w*)"

PATTERNS: dict[str, list[str]] = {
    "stroke": [
        # Speech slurred or lost for minutes in the last day or two and gone since: a
        # warning stroke, as much as a face that drooped for minutes is ("yesterday my
        # speech was slurred for 10 minutes", "anoche no podía hablar bien por unos
        # minutos"). Drink or the dentist's numbing named beside it explains it.
        rf"{_LAST_DAY}(?:(?!{_SPEECH_EXPLAINED})[^.!?]){{0,50}}{_SPEECH_WENT}(?: bien)?"
        rf"[^.!?]{{0,25}}?{_FOR_MINUTES}{_PASSED}(?![^.!?]{{0,40}}{_SPEECH_EXPLAINED})|"
        rf"{_SPEECH_WENT}(?: bien)?(?:(?!{_SPEECH_EXPLAINED})[^.!?]){{0,25}}?{_FOR_MINUTES}"
        rf"(?:(?!{_SPEECH_EXPLAINED})[^.!?]){{0,30}}{_LAST_DAY}{_PASSED}"
        rf"(?![^.!?]{{0,40}}{_SPEECH_EXPLAINED})",
        r"\b(?:whole )?(?:left|right) side (?:of (?:my|his|her) body )?(?:feels|is|went|has gone)\b"
        r"[^.!?]{0,25}\b(?:numb|dead|heavy|weak|(?:isn't|is not|not) (?:mine|his|hers)|"
        r"like it (?:isn't|is not|doesn't|does not|belongs))",
        r"(?<!the )\bstroke\b",
        rf"\b(?:{WHO} )?(?:face|mouth|smile) (?:is |looks |seems |went |is suddenly )?"
        r"(?:drooping|droopy|lopsided|crooked|numb)\b",
        r"\b(?:drooping|droopy) (?:face|mouth|smile)\b",
        r"\bslurr(?:ed|ing) (?:speech|words|(?:his|her|my) words)\b",
        r"\b(?:speech|words) (?:is |are )?slurr(?:ed|ing)\b",
        r"\bslurring\b",
        rf"\b{CANT} find (?:my|his|her|the) (?:right )?words\b",
        r"\b(?:leg|legs|arm|knees?) (?:suddenly )?(?:gave out|gave way|went limp)\b",
        rf"\b{CANT} (?:speak|talk|get (?:the|my|his|her) words out)\b",
        # Sentences that will not come, spoken or typed: "couldn't get a sentence out",
        # "texting me nonsense words", "no pudo armar una frase". Texts that are always
        # like that are not news.
        rf"\b{CANT} (?:get|put together|finish|string together) (?:a|one|the) (?:full |whole |"
        r"single )?(?:sentence|word)s? (?:out|together)\b",
        r"\b(?:texting|texted|texts|writing|messaging) (?:me |us )?(?:straight |total "
        r"|pure |complete |just )?(?:gibberish|nonsense|word salad)\b(?![^.!?]{0,30}\b(?:all the "
        r"time|always|again lol|as usual)\b)",
        r"\bno (?:puede|pudo|podia) (?:decir|armar|terminar|completar) (?:ni )?una (?:frase|"
        r"oracion|palabra)\b|\b(?:me |nos )?(?:manda|escribe|mando|escribio) (?:puros )?"
        r"mensajes (?:sin sentido|incoherentes)\b",
        rf"\b{CANT} (?:move|feel|lift|raise) {WHO} (?:left |right )?(?:arm|leg|side|face|hand)\b",
        rf"\b{CANT} (?:hold|grip|grasp|pick up) (?:onto )?(?:a |her |his |my |the |anything)"
        r"[^.!?]{0,60}\b(?:face|mouth|smile|speech|words|side|arm|droop\w*|sagg\w*|slurr\w*)\b",
        rf"\b(?:one|left|right|the) side of {WHO} (?:body|face|mouth) "
        r"(?:is |went |feels |has gone )?"
        r"(?:numb|weak|paralyzed|drooping|sagging|limp|dead)\b",
        r"\bsudden(?:ly)? (?:numbness|weakness|confusion|blindness|vision loss|loss of vision|"
        r"severe headache|worst headache)\b",
        r"\bworst headache of (?:my|his|her) life\b",
        r"\b(?:face|mouth|smile|eyelid|lip)\b(?:\W+\w+){0,2}?\W+(?:sagg\w*|droop\w*|lopsided|crooked|"
        r"uneven|numb|paralyz\w*)\b",
        r"\b(?:arm|arms|hand|leg|side|half of (?:my|his|her) body)\b(?:\W+\w+){0,2}?\W+"
        r"(?:is |feels |"
        r"went |has gone )?(?:numb|weak|heavy|limp|paralyz\w*|dead)\b",
        rf"\b{CANT} understand (?:what (?:i|we|you)|anything|me)\b|\barm is floppy\b",
        r"\b(?:brazo|pierna) sin fuerza\b",
        r"\b(?:can't|cannot|can not|unable to|couldn't) (?:raise|lift|move|feel) (?:both|either|"
        r"one of (?:my|his|her)) (?:arms|legs|hands)\b",
        r"\b(?:words|speech|talking)\b(?:\W+\w+){0,2}?\W+(?:coming out wrong|garbled|jumbled|"
        r"gibberish|nonsense|don't make sense)\b|\btalking (?:gibberish|nonsense)\b",
        r"\b(?:can't|cannot|can not|couldn't) see (?:out of|with) (?:one|my|his|her) "
        r"(?:left |right )?"
        r"eye\b|\b(?:lost|losing) (?:the )?(?:vision|sight) in (?:one|my|his|her)\b|\bwent blind\b",
        r"\b(?:no (?:puede|puedo) mover|dormid[oa]|paralizad[oa]|debil) "
        r"(?:la mitad|un lado|el lado)"
        r"|\b(?:la mitad|un lado|el lado \w+) (?:del|de la|de su) (?:cuerpo|rostro|cara)\b|"
        r"\bse (?:le|me) (?:durmio|adormecio|paralizo) (?:la mitad|medio|un lado|el lado)\b",
        r"\b(?:derrame cerebral|ictus|accidente cerebrovascular|embolia)\b",
        r"\b(?:speech|talking|words|voice)\b(?:\W+\w+){0,2}?\W+(?:weird|strange|off|funny|wrong|"
        r"slurry|garbled|mixed up|messed up)\b[^.!?]{0,60}\b(?:face|mouth|smile|arm|hand|leg)\b"
        r"(?:\W+\w+){0,2}?\W+(?:weird|strange|off|funny|numb|droop\w*|weak|heavy|different|"
        r"tingl\w*)\b",
        r"\b(?:face|mouth|smile|arm)\b(?:\W+\w+){0,2}?\W+(?:weird|strange|off|funny|numb|droop\w*|"
        r"weak|different)\b[^.!?]{0,60}\b(?:speech|talking|words|voice)\b(?:\W+\w+){0,2}?\W+"
        r"(?:weird|strange|off|funny|wrong|slurry|garbled|mixed up|messed up)\b",
        r"\b(?:cara|boca) (?:caida|torcida|dormida|paralizada|chueca)\b",
        r"\bse le (?:cae|cayo|torcio|durmio) (?:la cara|la boca|el brazo)\b",
        r"\bno (?:puedo|puede) (?:mover|levantar|sentir) (?:el|la|mi|su) "
        r"(?:brazo|pierna|lado|cara)\b",
        r"\bno (?:puedo|puede) hablar\b",
        r"\b(?:habla arrastrada|arrastra las palabras|habla rara|no se le entiende)\b",
        # A mouth that no longer closes on one side: food, drink or drool escapes there.
        r"\b(?:food|drink|water|coffee|tea|drool|saliva|spit)\b[^.!?]{0,25}\b(?:dribbl\w*|"
        r"leak\w*|spill\w*|fall\w*|coming|runn\w*|pour\w*|drip\w*) (?:out )?(?:of |from )?"
        r"(?:one|the (?:left|right)) side of (?:his|her|my|their|the) mouth\b|"
        r"\bdrool\w* (?:out of |from )?(?:one|the (?:left|right)) side\b|"
        r"\bse (?:le|me) (?:sale|salia|escurre|escurria|cae|caia|chorrea|derrama) (?:la comida|"
        r"el agua|la baba|la bebida|el cafe|la saliva|el liquido|la leche|el jugo) (?:por|de|del) "
        r"(?:un|el|una|la|su)? ?(?:lado|costado|esquina|comisura)\b",
        # Sudden loss of understanding or of speech, in colloquial Spanish.
        r"\bde (?:repente|pronto|golpe) no (?:entiende|me entiende|nos entiende|puede hablar|"
        r"le salen las palabras|encuentra las palabras|habla bien)\b",
    ],
    "seizure": [
        # Jerking of a side or a limb that will not stop, or lasts five minutes or more.
        r"\b(?:(?:jerk\w*|twitch\w*|convuls\w*|sacudiendose|convulsionando)\b[^.!?]{0,25}"
        r"\b(?:one side|(?:his|her|my|the) (?:left|right) side|(?:his|her|my|the) (?:whole )?"
        r"(?:arm|leg|body|side|face)|un lado|el brazo|la pierna|todo el cuerpo)|(?:one side|"
        r"arm|leg|body|face|un lado|brazo|pierna|cuerpo)\b[^.!?]{0,25}\b(?:jerk\w*|twitch\w*|"
        r"convuls\w*|sacudiendo\w*|se sacude))\b[^.!?]{0,30}\b(?:(?:won't|will not|doesn't|"
        r"isn't|hasn't|has not) stop\w*|for (?:over |more than |about )?(?:[5-9]|[1-9]\d|five|"
        r"six|seven|eight|nine|ten|fifteen|twenty|thirty) (?:minutes|mins)|no (?:para|se le quita|"
        r"deja de))",
        r"\bseizures?\b",
        r"\bseizing\b",
        r"\bshaking all over\b|\bfoaming at the mouth\b|\beyes (?:are |were |have |keep )?"
        r"(?:rolled|rolling|rolls|roll) (?:back|up)\b",
        r"\bon the (?:floor|ground)\b[^.!?]{0,30}\b(?:jerking|shaking|twitching|convulsing|"
        r"drooling|foaming)\b|\b(?:jerking|shaking|twitching|stiff) and (?:drooling|foaming|"
        r"jerking|twitching|shaking|turning blue)\b",
        r"\b(?:temblando|sacudiendose|convulsionando) (?:todo|toda)? ?(?:el cuerpo)?[^.!?]{0,30}"
        r"\bno (?:responde|reacciona)\b",
        r"\bhad a fit\b|\bhaving a fit\b",
        r"\b(?:arms|legs|body) (?:and (?:arms|legs) )?(?:are |is |keep )?(?:jerking|twitching|"
        r"shaking uncontrollably)\b",
        r"\b(?:se esta sacudiendo|le (?:esta dando|dio) un ataque)\b",
        r"\bconvuls\w*",
        r"\bespuma (?:por|de|en) la boca\b|\bojos en blanco\b[^.!?]{0,40}\b(?:tembl\w*|"
        r"sacud\w*|ties[oa]|rigid[oa]|no responde|no reacciona|espuma|se cayo)\b|"
        r"\b(?:tembl\w*|sacud\w*|ties[oa]|rigid[oa]|espuma|se cayo)\b[^.!?]{0,40}\bojos en "
        r"blanco\b",
        r"\b(?:ataque|crisis) epileptic[oa]\b",
    ],
    "unresponsive": [
        r"\b(?:slid|slumped|sank|keeled|slipped|toppled) (?:off|out of|down from|down off) "
        r"(?:the|her|his|a|my) (?:chair|seat|couch|sofa|bed|toilet|stool)\b",
        r"\b(?:barely|hardly|not really|apenas) (?:responding|responsive|conscious|awake|"
        r"responde|reacciona)\b",
        r"\bunresponsive\b",
        r"\bunconscious\b",
        rf"\b(?:won't|will not|wont|{CANT}) (?:wake (?:him |her |them )?up|be woken|"
        r"wake (?:him|her|them)|wake (?:my|his|her|our) \w+(?: \w+)? up)\b",
        r"\b(?:passed|blacked) out\b",
        r"\bcollapsed\b",
        r"\b(?:not|isn't|isnt) responding\b",
        r"\b(?:won't|will not|wont|doesn't|does not|isn't) (?:respond|responding|wake|waking)\b",
        r"\b(?:not|isn't|isnt) waking up\b",
        r"\b(?:i think )?(?:i'?m|i am|he'?s|she'?s|he is|she is|(?:my|our) (?:dad|mom|father|"
        r"mother|husband|wife|son|daughter|baby|child|kid|brother|sister|grandma|grandpa|"
        r"grandmother|grandfather|friend|partner|boyfriend|girlfriend) (?:is|are)) dying\b"
        r"(?! (?:to|of|for|laughing|inside|here|over))",
        r"\bfainted\b",
        rf"\b{CANT} get (?:him|her|them|my \w+|\w+) to (?:wake|respond|open (?:his|her) eyes)\b|"
        r"\bno (?:lo|la|le) (?:puedo|podemos) despertar\b",
        r"\b(?:keeled over|dropped (?:to the (?:floor|ground)|like a (?:rock|stone))|"
        r"(?:everything|it all) went black|fell (?:down |over )?and (?:is not|isn't|won't|can't|"
        r"couldn't|did not|didn't|hasn't|is) (?:moving|move|get(?:ting)? up|wake|waking|respond\w*|"
        r"answer\w*|talk\w*|breath\w*|unresponsive))\b",
        r"\b(?:he|she|they|him|her|my \w+|our \w+)\b[^.!?]{0,25}\b(?:is not|isn't|not|stopped|"
        r"has stopped|won't stop|is) (?:moving|responding|waking up)\b"
        # Moving house is an errand: "she isn't moving anywhere", "he is moving to Ohio".
        r"(?! (?:anywhere|away|out|house|home|in|into|to|back|abroad|states|apartments?|"
        r"there|here|across|closer|over)\b)"
        r"|\bon the (?:floor|ground)\b[^.!?]{0,30}\b(?:won't|will not|isn't|is not|not|can't|"
        r"doesn't) (?:answer\w*|respond\w*|wake|move|moving|talk\w*|get up)\b",
        r"\b(?:went|gone|going|is|goes|looks|seems|became) (?:all |completely |totally )?"
        r"(?:limp|floppy)\b|\b(?:limp and|floppy and) (?:pale|blue|grey|gray|unresponsive)\b",
        r"\b(?:no|can't find (?:a|his|her)|cannot find (?:a|his|her)) (?:pulse|heartbeat)\b",
        r"\bse (?:cayo|desplomo|desvanecio)\b[^.!?]{0,30}\bno (?:se )?(?:mueve|levanta|despierta|"
        r"responde|habla|respira)\b|\bno se mueve\b|\bno tiene pulso\b|\bse (?:quedo|puso) "
        r"(?:flacid\w|inert\w|sin fuerza)",
        r"\bno (?:responde|reacciona|despierta|se despierta)\b",
        r"\binconsciente\b",
        r"\bse (?:desmayo|desplomo)\b|\bme (?:desmaye|desmayo|desvaneci)\b",
        # Just now, or as it happens: "se acaba de desmayar", "acaba de desmayarse", "se nos
        # está desmayando" (the periphrasis takes the infinitive or the gerund).
        r"\b(?:se|me) (?:nos |le |me )?(?:acaba|acaban|acabo|acababa) de (?:desmayar|desvanecer|"
        r"desplomar|privar)\b|\bacab(?:a|an|o|aba) de (?:desmayarse|desvanecerse|desplomarse|"
        r"privarse|perder el conocimiento)\b|\bse (?:nos |me )?(?:esta|estan) (?:desmayando|"
        r"desvaneciendo|desplomando)\b",
        r"\bperdio (?:el conocimiento|la conciencia)\b",
        # Colloquial Spanish for fainting or not coming round.
        r"\bse (?:privo|priva|privaba|nos privo)\b|\bno (?:vuelve|volvia|ha vuelto|reacciona ni "
        r"vuelve) en si\b",
    ],
}
