"""Red flags of the gut's own openings and passages: a stoma, a feeding tube, the gullet, a
belly filled with fluid.

They are grouped because each is told by what the patient sees of the opening or the
passage rather than by a symptom's name: a stoma's colour, a tube that came out of a
fresh hole, food that will not go down, a belly so full of fluid the breath has no room.
Each is everyday talk in a stoma, tube or liver clinic until the one sign that turns it
into an emergency is there.
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags.circulation import _BREATHLESS_AT_REST

# A stoma gone dark (purple, black, grey, blue): its blood supply is failing, and a stoma
# that dies can perforate inside. Red, pink or beefy is how a healthy one looks; the bag,
# the wafer or the supplies are not the stoma.
_STOMA = (
    r"(?:stoma|ostomy|colostomy|ileostomy|urostomy|estoma|ostomia|colostomia|ileostomia|"
    r"urostomia)\b(?! (?:bags?|pouch\w*|wafers?|appliances?|supplies|nurse|covers?|belts?|caps?|"
    r"paste|powder|flanges?|barrier|bolsa\w*|placa\w*|insumos|enfermer\w*))"
)
_GONE_DARK = (
    r"(?:dark|deep|dusky|black\w*|purpl\w*|gr[ae]y\w*|blu\w*|morad[oa]|negr\w*|oscur\w*|gris\w*|"
    r"azul\w*|amoratad[oa]|negruzc[oa]|violet\w*)"
)
# The skin around a stoma is not the stoma ("the skin near it is a bit dark from the tape"),
# what comes out of it is not its colour ("the output is dark green"), and a colour denied is
# not its colour ("no está negro").
_GAP_WORD = (
    r"(?!(?:skin|around|near|next|beside|output|stool|poop|drainage|bag|pouch|piel|alrededor|"
    r"cerca|heces|popo|salida|bolsa|not|no|never|nunca|ni)\b)\w+"
)
_STOMA_DARK = (
    rf"(?:{_STOMA}(?:[^\w.!?,;]+{_GAP_WORD}){{0,8}}?[^\w.!?,;]+(?:is|has|turned|turning|gone|"
    r"went|going|looks?|looking|became|become|getting|got|se (?:puso|esta poniendo|ve|volvio|"
    rf"ha puesto)|esta|se ve)\b(?:[^\w.!?,;]+{_GAP_WORD}){{0,4}}?[^\w.!?,;]+{_GONE_DARK}\b|"
    rf"(?:dark|black|purple|dusky|gr[ae]y|blue) (?:\w+ )?{_STOMA})"
)

# A feeding tube come out of a hole made days or a few weeks ago: the tract has not healed
# to the skin, so it closes within hours and the stomach can leak into the belly; the tube
# is not to be pushed back in at home. One of years is a spare put in at home.
_FEEDING_TUBE = (
    r"(?:peg\b|g-?tubes?|j-?tubes?|gj-?tubes?|feeding tubes?|stomach tubes?|gastrostom\w*|"
    r"mic-?key|sondas? (?:de (?:gastrostomia|alimentacion)|peg|gastrica)|gastrostomia|"
    r"boton gastrico|tubo de (?:alimentacion|la panza|el estomago))"
)
_TUBE_OUT = (
    r"(?:(?:came|come|comes|coming|fell|fallen|falling|slipped|slid|popped|pulled|yanked|got "
    r"pulled|been pulled) (?:all the way |completely |right |partly |partially )?out|"
    r"dislodged|(?:is|was) (?:all the way |completely )?out\b|pulled it out|yanked it out|"
    r"se (?:le |me )?(?:salio|zafo|cayo|safo)|se (?:la|lo) (?:arranco|saco|jalo|quito)|"
    r"(?:salio|zafo) (?:sola|solo|completa|completo|toda|todo))"
)
_PLACED_LATELY = (
    r"(?:(?:put in|placed|inserted|(?:got|had) (?:it|one|the tube|her tube|his tube|a peg|a "
    r"g-?tube)(?: put in| placed)?|surgery|procedure|done)\b[^.!?]{0,25}\b(?:\d+|a few|a couple "
    r"(?:of )?|two|three|four|five|six|seven|eight|nine|ten|several) days? ago|(?:put in|placed|"
    r"inserted|done)\b[^.!?]{0,15}\b(?:yesterday|last week|this week|(?:a|one|two|2|three|3) "
    r"weeks? ago)|(?:new|brand new|fresh|recently placed|just placed|new-ish) (?:\w+ )?"
    r"(?:peg|g-?tube|j-?tube|feeding tube|tube)|"
    r"(?:pusieron|colocaron|hicieron|operaron)\b[^.!?]{0,40}\b(?:hace (?:\d+|unos|pocos|dos|tres|"
    r"cuatro|cinco|seis|siete) dias|ayer|la semana pasada|esta semana|hace (?:una|1|dos|2) "
    r"semanas?)|(?:sonda|boton|tubo)\b[^.!?]{0,20}\b(?:nuev[oa]|recien puest[oa]|recien "
    r"colocad[oa]))"
)

# Food stuck in the gullet for hours with nothing going down past it, not even saliva: the
# gullet is blocked and can tear; it has to come out within hours.
_FOOD_STUCK = (
    r"(?:(?:food|meat|steak|chicken|pork|bread|bite|piece|chunk|hunk|pill)\b[^.!?]{0,30}\b"
    r"(?:stuck|lodged|caught|won'?t go down|not going down)|(?:stuck|lodged) in (?:my|his|her|"
    r"the) (?:throat|chest|esophagus|oesophagus|gullet)|se (?:me |le )?(?:atoro|atasco|quedo "
    r"atorad[oa]|quedo atascad[oa])|(?:atorad[oa]|atascad[oa]) (?:en|un|el|la)|no (?:me |le )?"
    r"(?:baja|pasa) (?:la comida|el bocado|el pedazo))"
)
_NOTHING_GOES_DOWN = (
    r"(?:(?:can'?t|cannot|cant|unable to|not able to) (?:even )?(?:swallow|get down|keep down) "
    r"(?:even )?(?:anything|water|liquids?|(?:my|his|her|their) (?:own )?(?:spit|saliva)|spit|"
    r"saliva)|(?:spitting|spit|drooling|drool) (?:out |up )?(?:my |his |her )?(?:spit|saliva)|"
    r"(?:spitting|drooling) (?:into|in) (?:a|the) (?:cup|bowl|towel|tissue|bucket)|"
    r"(?:water|spit|saliva|everything|anything)\b[^.!?]{0,15}\b(?:comes? (?:right )?back up|"
    r"won'?t go down)|no (?:puedo|puede|pude|pudo) (?:ni )?tragar (?:ni )?(?:la |mi |su |el )?"
    r"(?:propia )?(?:saliva|agua|nada)|(?:escupiendo|escupo|escupe) (?:la )?saliva|"
    r"la (?:estoy|esta) escupiendo|no (?:me |le )?pasa (?:ni )?(?:el agua|agua|la saliva|"
    r"nada))"
)

# A belly filled with fluid (ascites) pressing up under the lungs: breathless at rest or
# unable to lie down. Fluid that builds as usual with the breath fine is a tap to book.
_ASCITES = (
    r"(?:ascit\w*|(?:belly|abdomen|stomach|tummy)\b[^.!?]{0,30}\b(?:fluid|full of water|filled "
    r"(?:up )?with water|filling (?:up )?(?:with fluid|again))|(?:fluid|water) (?:in|on) (?:my|"
    r"his|her|the) (?:belly|abdomen|stomach|tummy)|(?:panza|barriga|abdomen|vientre|estomago)\b"
    r"[^.!?]{0,30}\b(?:llen\w* de (?:agua|liquido)|con (?:agua|liquido)|(?:lleno|llena|llenando) "
    r"(?:otra vez|de nuevo))|(?:agua|liquido) en (?:la|el) (?:panza|barriga|abdomen|vientre))"
)

RULES: dict[str, list[tuple[str, ...]]] = {
    "stoma": [(_STOMA_DARK,)],
    "feeding_tube": [(_FEEDING_TUBE, _TUBE_OUT, _PLACED_LATELY)],
    "food_impaction": [(_FOOD_STUCK, _NOTHING_GOES_DOWN)],
    "ascites_breathing": [(_ASCITES, _BREATHLESS_AT_REST)],
}
