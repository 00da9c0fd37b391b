"""Red flags of an airway blocked by something swallowed: choking told without the word.

A child who chokes on a grape is rarely said to be "choking": the parent tells what
went in (a grape, a nut, a coin, "went down the wrong way", "se atragantó") and what
came after it. A cough that makes no sound, a cry or a voice that will not come, hands
at the throat: air no longer moves, and the airway is blocked. Each sign alone is
everyday talk (a baby who eats quietly, a lost voice), so only both together fire.
"""

from __future__ import annotations

# What goes in and sticks: the foods and small things that block a child's airway, or
# something said to be stuck. Eating as such is not one: babies feed in silence.
_SWALLOWED = (
    r"(?:(?:grapes?|nuts|peanuts?|popcorn|hot ?dogs?|(?:hard )?cand(?:y|ies)|lollipops?|coins?|"
    r"marbles?|beads?|gum|balloon|(?:piece|bite|chunk|hunk) of \w+|(?:chicken|fish) bone)\b|"
    r"went down the wrong (?:way|pipe)|stuck in (?:his|her|their|my|the) (?:throat|windpipe)|"
    r"(?:se )?atragant\w*|(?:uvas?|cacahuates?|mani|palomitas|salchichas?|dulces?|caramelos?|"
    r"chicles?|monedas?|canicas?|globos?|pedazo de \w+|trozo de \w+|hueso de pollo|espina de "
    r"pescado)\b|se (?:le|me) (?:atoro|atasco|fue por otro lado)|atorad[oa] en la garganta)"
)
# Air that no longer moves: a cough or a cry with no sound, a voice that will not come, the
# hands at the throat. "Can't talk yet" is a toddler's age, not a blocked airway.
_NO_AIR_MOVING = (
    r"(?:(?:can't|cannot|cant|couldn't|isn't|is not|not|unable to) (?:make|making) (?:any |a )?"
    r"(?:noise|sound)|no (?:sound|noise) (?:is )?(?:coming|comes|came) out|(?:making|makes) no "
    r"(?:noise|sound)|(?:silent|soundless) cough\w*|(?:can't|cannot|cant|couldn't|unable to) "
    r"(?:cry|cough|speak|talk)\b(?! (?:yet|english|spanish|much|well))|(?:grabbing|clutching|"
    r"holding|pointing at) (?:his|her|their|my) (?:throat|neck)|no (?:puede|pudo|podia) (?:llorar|"
    r"toser|hablar)\b(?! (?:todavia|aun|bien))|no (?:hace|hacia|hizo) (?:ningun |nada de )?"
    r"(?:ruido|sonido)|no (?:le )?(?:sale|salia) (?:la voz|ningun sonido|ni un sonido|sonido)|"
    r"sin (?:hacer )?(?:ruido|sonido)|se (?:agarra|esta agarrando|agarraba|toca) (?:la garganta|"
    r"el cuello))"
)

RULES: dict[str, list[tuple[str, ...]]] = {
    "choking": [
        # Something swallowed, then no air moving: a blocked airway.
        (_SWALLOWED, _NO_AIR_MOVING),
    ],
}
