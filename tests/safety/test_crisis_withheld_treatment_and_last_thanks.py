"""Crises told through one's own illness or as thanks at the end, each worded afresh in
English and Spanish: a rescue treatment withheld on purpose with the next attack welcomed;
one's own allergen to be eaten with the rescue withheld or the end let come; a last
thank-you beside affairs settled, no more worry, or a last message; one's own body hurt
by any means on purpose; cutting told in the past tense; an overdose stated as a plan,
which takes the crisis line rather than 911. Beside the look-alikes that stay routine (an
expired pen, a food challenge, a pet rehomed for the allergy, thanks at a last visit, an
itch scratched until it bleeds) and the stand-downs tested beside a real sign."""

from __future__ import annotations

import pytest

from tests.safety.rules import (
    assert_crisis,
    assert_emergency,
    assert_no_crisis_named,
    assert_routine,
)


@pytest.mark.parametrize(
    "text",
    [
        # A rescue withheld, with the next attack or the end let come.
        "I quit carrying my rescue inhaler. if an attack finishes me off it would be a relief",
        "i won't be refilling the auvi-q, honestly it'd be easier if a reaction just came",
        "threw out all my epi pens, if the next one takes me out so be it",
        "ya no cargo el inhalador, si el próximo ataque me lleva, no me importaría que pase",
        "no voy a resurtir mi autoinyector, sería más fácil si la próxima reacción me mata",
        "not going to pick up my insulin anymore, I'd rather let nature take its course",
        # One's own allergen to be eaten with the rescue withheld or the end let come.
        "sometimes I picture eating a whole bag of cashews and leaving my epipen at home",
        "been thinking about having the shrimp at dinner and just not using the auto-injector",
        "pienso en comerme unas nueces y dejar la epipen en el carro",
        "a veces quiero comer mariscos y no ponerme la adrenalina, para que se acabe todo",
        # A last thank-you beside affairs settled, no more worry, or a last message.
        "found a new home for my cat and made a will. thank you for all these years, you were "
        "always there for me",
        "thanks for everything doc. you won't have to worry about me anymore",
        "this will be my last message. you were always so kind to me",
        "le agradezco por todos estos años, doctor. ya tengo todo en orden",
        "gracias por todo, fueron muy buenos conmigo. ya no se preocupen por mí",
        "pagué todas mis deudas y ya no tienen que preocuparse por mí",
        # One's own body hurt by any means on purpose.
        "I pick at my skin until it bleeds on purpose, it's the only thing that helps",
        "i bang my head on the wall deliberately when it gets bad",
        "I burn my arms with a hot spoon to feel something",
        "me pellizco las piernas a propósito hasta dejarme moretones",
        "me golpeo la cabeza adrede cuando me siento así",
        "me muerdo los brazos para castigarme",
        # Cutting in the past tense.
        "me corté las muñecas el fin de semana y nadie sabe",
        "me quemé los brazos con un encendedor anoche",
    ],
)
def test_the_crisis_is_heard(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        # An overdose stated as a plan: the crisis reply, not the emergency one.
        "I'm gonna overdose on my pain pills this weekend",
        "i want to overdose tonight",
        "I am planning to OD on my xanax when everyone's asleep",
        "voy a tomarme una sobredosis de mis pastillas esta noche",
        "me quiero dar una sobredosis",
    ],
)
def test_an_overdose_planned_takes_the_crisis_line(text: str) -> None:
    assert_crisis(text, reply=True)


@pytest.mark.parametrize(
    "text",
    [
        # An overdose taken, or a plan beside pills already taken, stays an emergency.
        "i overdosed on my sleeping pills an hour ago",
        "I think I overdosed, I took 25 of my tylenol",
        "I'm going to overdose tonight, I already took 20 of my sleeping pills",
        "me tomé una sobredosis de pastillas hace rato",
        "quiero darme una sobredosis, ya me tomé todo el frasco",
        # A worry about an accidental overdose is not a plan.
        "I'm scared i'll overdose by accident if I take both of these",
        "am i going to overdose if i take another one?",
        "i'm going to overdose if i keep taking these for the pain",
        # One sensed coming may follow a dose already taken.
        "help i think i'm going to overdose",
        "i feel like i'm about to overdose, my heart is pounding",
    ],
)
def test_an_overdose_taken_or_feared_stays_an_emergency(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # A rescue not refilled or not carried for a reason of care.
        "I'm not going to refill my epipen yet, the one I have doesn't expire till June",
        "my son outgrew his egg allergy, so we stopped carrying the epipen. it'd be easier if "
        "the school knew",
        "stopped carrying my inhaler on purpose since my asthma has been controlled for two years",
        "el alergólogo dijo que ya no necesito cargar la epipen, ya no soy alérgica",
        # An allergen eaten on purpose with the allergist.
        "my daughter eats a peanut on purpose every day for her oral immunotherapy, we keep the "
        "epipen in the drawer at home",
        "tenemos el reto alimentario de huevo mañana en el consultorio, no voy a usar la epipen a "
        "menos que la necesite",
        # Thanks at a last visit, for an improvement, or a pet rehomed for the allergy.
        "we rehomed our dog because of my son's allergies. thank you for all these years of care",
        "thanks for everything, I'm feeling so much better! you won't have to worry about me "
        "anymore",
        "this is my last message about the billing issue, thank you for everything",
        "this is my last shot of the series! thank you all for these years, you were always kind",
        "gracias por todo, doctora. me mudo a Monterrey y ya tengo todo arreglado con el nuevo "
        "seguro",
        "ya terminé mi tratamiento, gracias por todos estos años. no se preocupen por mí",
        "I made a will after my diagnosis like the social worker suggested, what forms do you "
        "need?",
        # An itch or a haircut, not a hurt.
        "me rasco hasta sangrar por el eczema, ¿qué crema me recomienda?",
        "I scratch until it bleeds at night, the eczema is awful",
        "me corté las piernas rasurándome, ¿les pongo algo?",
        "I cut my hair on purpose, don't worry lol",
        # The pen or the refill arriving, not an attack let come.
        "i'm not going to refill my inhaler at this pharmacy, it would be easier if it came by "
        "mail",
        "we don't carry the epipen to soccer anymore, it's fine if it comes in the school "
        "nurse's bag",
        "not refilling the epipen at cvs, it would be easier if walgreens took my insurance",
        "my inhaler expired so I'm not going to use it, my husband took me to urgent care",
    ],
)
def test_the_look_alike_stays_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        # A reason of care sets aside only the rule it belongs to: a crisis said beside it
        # is still heard.
        "the allergist said to keep the epipen in the car, but I'm going to kill myself anyway",
        "ya terminé mi tratamiento, gracias por todo. ya no quiero vivir",
        "we rehomed the dog because of my allergies, thank you for all these years. i want to "
        "end my life",
        "I'm moving next month, thanks for everything. I've been cutting my arms again every night",
        # The end welcomed is no errand, whatever the state of the pen.
        "i'm not going to refill my epipen, it expired anyway, it would be easier if the next "
        "reaction took me",
        "no voy a usar el inhalador, ya está vencido, ojalá el próximo ataque me lleve y así se "
        "acaba todo",
    ],
)
def test_a_reason_of_care_does_not_silence_a_crisis(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to overdose on chocolate this weekend lol",
        "thank you for everything, the infusion went well and I'm doing great",
    ],
)
def test_no_crisis_is_named(text: str) -> None:
    assert_no_crisis_named(text)


@pytest.mark.parametrize(
    "text",
    [
        # Death from one's own illness hoped for, or let come with a shrug.
        "forgot my inhaler at home and honestly if the next attack takes me out so be it",
        "if the next reaction kills me I don't care anymore",
        "I wish the next flare would just finish me off",
        "ojalá el próximo ataque me lleve",
        "si la próxima convulsión me mata, que así sea",
    ],
)
def test_death_from_ones_own_illness_welcomed_is_a_crisis(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        # Feared, not welcomed; or a day off work.
        "what if the next attack kills me? I'm scared, should I get a second inhaler",
        "if the next one takes me out of work for a week that's fine, I have sick days",
        "if the next flare takes me out for a week, whatever, I have sick days",
    ],
)
def test_death_feared_or_a_day_off_stays_routine(text: str) -> None:
    assert_routine(text)
