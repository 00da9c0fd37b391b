"""Signs that more than one clinical family pairs with its own: a fever, sudden confusion, a
blood thinner, a small child, a racing heart.

They live apart so that every family reads them from one definition: a fever is the
same fever to meningitis, sepsis and a young infant.
"""

from __future__ import annotations

FEVER = (
    r"(?:fever\w*|febrile|high temp\w*|burning up|"
    r"(?:has|have|got|running|with|and) a (?:high )?temp(?:erature)?\b(?! (?:of|check|reading))|"
    r"(?:temp\w*|thermometer|termometro)\b[^.!?]{0,25}\b(?:3[89]|4[0-2])[.,]\d\b|"
    r"(?:temp\w*|thermometer|termometro)\b[^.!?]{0,25}\b10[0-6](?:[.,]\d)?\b|"
    r"temp(?:erature)? (?:of |is |was |at |reads? |says? )?(?:3[89]|4[0-2]|10[0-6])|"
    r"(?:3[89]|4[0-2])(?:[.,]\d)? ?(?:degrees|°|c\b)|10[0-6](?:[.,]\d)? ?(?:degrees|°|f\b)|"
    # A reading with a decimal said of a person: "she's 38.5 and shivering", "anda en 39.2".
    r"(?:i'?m|im|she'?s|shes|he'?s|hes|they'?re|(?:she|he|it) (?:is|was|hit)|tengo|tiene|"
    r"(?:esta|estoy|anda|ando) en) (?:at |a |like |about |como )?(?:3[89]|4[01])[.,]\d\b"
    r"(?! ?(?:weeks?|wks?|semanas|kg|kilos?|lbs?|pounds|libras|%|years|yrs|anos|hours|hrs|horas|"
    r"cm|mm|ml|mg|inch\w*|pulgadas|mmol))|"
    r"fiebre|calentura|temperatura (?:alta|de (?:3[89]|4[0-2])))"
)
# "Confusing" describes a thing (a schedule, a bill), not a person's state, unless a
# person keeps confusing words or people; "confundida con la fecha" is a mix-up.
CONFUSED = (
    r"(?:confus(?!ing\b)\w*\b(?! (?:about|by|with|on|as to|regarding|over|why|what|how|"
    r"which|when|whether|if)\b)|confusing (?:words|names|people|everyone|everybody|us|me)\b|"
    r"disoriented|delirious|(?:isn't|is not|not) making (?:any )?sense|"
    r"doesn't know where (?:she|he|they|i) (?:is|are|am)|confundid\w*\b(?! (?:con|sobre)\b)|"
    r"desorientad\w*|"
    r"(?:doesn't|does not|didn't|won't) recogni[sz]e (?:me|us|anyone|anybody)|"
    r"no (?:me |nos |la |lo )?reconoce(?: a nadie)?|"
    r"delirando|(?:dice|diciendo|habla|hablando) cosas sin sentido|incoheren\w*|"
    r"(?:talking|mumbling|saying) (?:total )?"
    r"(?:nonsense|gibberish)|(?:dice|diciendo|habla|hablando) (?:puras )?(?:incoherencias|"
    r"tonterias|cosas raras|disparates))"
)
ANTICOAGULANT = (
    r"(?:blood thinners?|anticoagul\w*|warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|"
    r"pradaxa|dabigatran|clopidogrel|plavix|heparin|lovenox|enoxaparin|sintrom|acenocumarol|"
    r"anticoagulantes?|adelgazar la sangre)"
)
# A child too young to be handed tablets: the one who gets at medicines left within reach
# (the poisoning family here, and the ingestion rules in detectors/ingestion.py).
SMALL_CHILD = (
    r"(?:toddler|baby|babies|infant|little one|bebe|chiquit[oa]|[1-5] ?(?:year|yr)s?[- ]old|"
    r"[1-5] ?(?:yo|y/o|yrs?)\b|\d+ ?(?:month|mo)s?[- ]old|"
    r"(?:hij[oa]|nin[oa]|niet[oa]) de (?:[1-5]|un|dos|tres|cuatro|cinco) anos?|"
    r"(?:mi|su|nuestr[oa]) (?:nin[oa]|nene|nena|chiquit[oa]))"
)
# A heart felt racing, pounding or skipping: with a faint it is an arrhythmia, with a fever
# and an infected wound it is sepsis.
PALPITATIONS = (
    r"(?:heart\b[^.!?]{0,20}\b(?:racing|pounding|fluttering|flutter\w*|skipping|"
    r"going (?:a mile a minute|crazy|so fast)|beating (?:really |so |very |super )?"
    r"(?:fast|hard|weird|irregular\w*))|palpitations|"
    # Flip-flops said with a verb between: "my heart keeps doing flip flops and skipping".
    r"heart\b[^.!?]{0,25}\b(?:flip[- ]?flop\w*|flipping|doing flips)|"
    r"(?:se (?:me|le) )?acelera\w* (?:mucho )?el corazon|"
    r"corazon\b[^.!?]{0,20}\b(?:latia|late|latiendo|acelerad\w*|rapidisimo|muy rapido|a mil|"
    r"brinca\w*|brincando|galopando|desbocado)|palpitaciones)"
)
# An organ transplant, or the drugs that keep one: the body's defences are held back for
# life, so a fever is an infection that may not show itself. A hair transplant is not one.
TRANSPLANTED = (
    r"(?:(?:kidney|liver|heart|lung|renal|pancreas|organ|bone marrow|marrow|stem cell) "
    r"transplant\w*|(?:got|received|getting) (?:a |my |his |her |their )?new (?:kidney|liver|"
    r"heart|lungs?|pancreas)|transplant(?:ed)? (?:kidney|liver|heart|lung|organ|patient|"
    r"recipient|team|coordinator|meds|medicines?|medications?)|post[- ]transplant|"
    r"trasplant\w* (?:de|del) (?:rinon|higado|corazon|pulmon\w*|medula|pancreas|organo)|"
    r"trasplantad[oa]|(?:rinon|higado|corazon|pulmon) trasplantad[oa]|tacrolimus|prograf|"
    r"envarsus|advagraf|cyclosporin\w*|ciclosporina|neoral|mycophenol\w*|micofenol\w*|"
    r"cellcept|myfortic|sirolimus|rapamune|everolimus|anti-?rejection|antirrechazo)"
)
# Medicines of which one or two tablets can kill a small child, beyond the opioids: the
# calcium-channel blockers, the tricyclic antidepressants and the sulfonylureas.
ONE_PILL_KILLS = (
    r"(?:amlodipin\w*|nifedipin\w*|felodipin\w*|nicardipin\w*|isradipin\w*|norvasc|procardia|"
    r"adalat|verapamil\w*|diltiazem\w*|cardizem|calan|"
    r"amitriptylin\w*|nortriptylin\w*|imipramin\w*|desipramin\w*|clomipramin\w*|doxepin\w*|"
    r"elavil|pamelor|tofranil|"
    r"glipizid\w*|glyburid\w*|glibenclamid\w*|glimepirid\w*|gliclazid\w*|glucotrol|amaryl|"
    r"micronase|diabeta)"
)
# Opioids by name, and the patch: what a hospice kit or a pain clinic leaves at home.
OPIOIDS = (
    r"(?:fentanyl|fentanilo|methadone|metadona|oxycodone|oxycontin|oxy|percocet|vicodin|"
    r"hydrocodone|morphine|morfina|dilaudid|hydromorphone|heroin|heroina|suboxone|"
    r"buprenorphine|buprenorfina|tramadol|opioids?|opiates?|pain patch|opioides?)"
)
# Medicines told by name, dangerous to a child or in a handful: the heart's and the
# pressure's (by their endings: metoprolol, losartan, lisinopril), antidepressants,
# sedatives, sugar tablets ("some of my amitriptyline").
NAMED_MEDICINES = (
    rf"(?:{ONE_PILL_KILLS}|\w{{2,}}olol|\w+(?:sartan|azepam|azolam|oxetine)|\w{{3,}}pril|"
    r"quetiapine|seroquel|olanzapine|risperidone|trazodone|zolpidem|ambien|gabapentin|"
    r"pregabalin|lamotrigine|carbamazepine|sertraline|zoloft|citalopram|escitalopram|lexapro|"
    r"bupropion|wellbutrin|mirtazapine|venlafaxine|effexor|baclofen|tizanidine|cyclobenzaprine|"
    r"hydroxyzine|colchicine|codeine|codeina)"
)
