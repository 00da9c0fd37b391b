"""Words several families of symptom reports share."""

from __future__ import annotations

CANT = r"(?:can't|cant|cannot|can not|couldn't|unable to)"
WHO = r"(?:my|his|her|their|the|our)"

# Things that fall off a roof or a ladder without anyone falling: "a shingle fell off the
# roof", "the paint can fell from the ladder". Written as look-behinds to put right before
# the verb, after a look-ahead for it (so that they are tried only where a fall is told),
# so only a person's (or an unnamed) fall is a fall from a height.
_OBJECTS = (
    r"shingle|shingles|tile|tiles|gutter|gutters|branch|branches|brick|bricks|panel|panels|"
    r"antenna|dish|snow|ice|icicle|icicles|leaves|debris|piece|pieces|chunk|ball|frisbee|drone|"
    r"toy|phone|hammer|tool|tools|bucket|can|box|pot|plant|sign|light|lights|decorations|"
    r"wreath|flag|hat|cap|keys|bag|bottle|cup|glass|plate|book|teja|tejas|rama|ramas|ladrillo|"
    r"ladrillos|pelota|celular|martillo|cubeta|maceta|antena"
)
NOT_AN_OBJECT = "".join(f"(?<!{word} )" for word in _OBJECTS.split("|"))
