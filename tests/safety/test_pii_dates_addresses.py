"""Dates and street addresses in the forms patients write them, and the doses and
scores that look like them but must stay readable."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.pii import find_pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(entity, text[s:e]) for entity, s, e in find_pii(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("meet me at 2407 tawastintie 6 by the pharmacy", "2407 tawastintie 6"),
        ("my address: 106 rúa olmos 44, belfast", "106 rúa olmos 44"),
        ("she lives on Joaquin Suarez 2906 with her son", "Joaquin Suarez 2906"),
        ("please send it to 20789 Allika 46", "20789 Allika 46"),
    ],
)
def test_number_street_number_addresses_after_an_address_cue(text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "take 2 Advil every 6 hours",
        "I take 2 Tylenol and 1 Aleve at night",
        "she lives at home 2 days a week",
        "we are at Gate 12 now",
    ],
)
def test_doses_and_counts_are_not_addresses(text: str) -> None:
    assert _found(text) == []


def test_a_person_after_send_it_to_is_not_a_street() -> None:
    text = "send it to Anna Kowalski, 12 Main St"
    assert _found(text) == [("PERSON", "Anna Kowalski"), ("STREET_ADDRESS", "12 Main St")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("I have had the rash since March", "March"),
        ("my last period was in early June", "June"),
        ("tuve cirugía en enero", "enero"),
        ("on this medication since 05/2019", "05/2019"),
        ("the implant was placed 2018-11", "2018-11"),
        ("DOB: 1982", "1982"),
    ],
)
def test_a_month_alone_or_with_a_year_is_a_date_element(text: str, date: str) -> None:
    assert _found(text) == [("DATE", date)]


@pytest.mark.parametrize(
    "text",
    [
        "I may come in later",
        "my pain is 7/10 today",
        "BP was 120/80 this morning",
        "we march in the parade",
    ],
)
def test_verbs_scores_and_readings_are_not_dates(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("my surgery was on the third of May", "the third of May"),
        ("I was born March twenty-first, 1984", "March twenty-first, 1984"),
        ("the scan is on the 3rd of march", "the 3rd of march"),
        ("nací el primero de enero", "primero de enero"),
        ("last seen Jan-2019 by the cardiologist", "Jan-2019"),
        ("my last tetanus shot was March '19", "March '19"),
        ("DOB 19820315 on the form", "19820315"),
        ("it started Tuesday the 5th of March", "Tuesday the 5th of March"),
        ("admitted August 2nd 2019 at 3pm", "August 2nd 2019 at 3pm"),
        ("logged 2019-05-03T10:30:00Z by the pump", "2019-05-03T10:30:00Z"),
        ("I fainted at Christmas 2019", "2019"),
    ],
)
def test_dates_in_written_forms(text: str, date: str) -> None:
    assert ("DATE", date) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Ordinal words without a month, weekdays and times alone stay readable.
        "this is the third time I am asking",
        "cancel my appointment on Tuesday at 3pm",
        "take the second dose on Friday",
        "I may need a third refill",
        "take 20190 units as written",
    ],
)
def test_ordinals_weekdays_and_times_alone_are_not_dates(text: str) -> None:
    assert [e for e, _ in _found(text)] == []


def test_a_house_number_after_to_is_not_a_year() -> None:
    text = "send it to 1987 74 Diakou Street please"
    assert ("DATE", "1987") not in _found(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # A day of the month with its weekday or its month, no year.
        ("can I come in Friday the 14th instead", "Friday the 14th"),
        ("the rash started Sat 3rd and spread", "Sat 3rd"),
        ("my follow-up is Tuesday, the twenty-first", "Tuesday, the twenty-first"),
        ("she fell over April the 26th", "April the 26th"),
        # Two-digit years after an apostrophe, abbreviated weekdays with a full stop.
        ("first seizure was March 3, '21", "March 3, '21"),
        ("a tetanus jab on 12 Aug '98", "12 Aug '98"),
        ("booked for Tues. March 3rd", "Tues. March 3rd"),
    ],
)
def test_days_of_the_month_and_two_digit_years(text: str, date: str) -> None:
    assert ("DATE", date) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # An ordinal before a noun counts doses, visits and weeks, not days.
        "on Monday, the first thing I felt was dizziness",
        "Friday the 2nd dose made me sick",
        "is Saturday the third visit this month?",
    ],
)
def test_ordinals_that_count_things_are_not_days(text: str) -> None:
    assert "DATE" not in [e for e, _ in _found(text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # A day and a month in figures after a word that dates them.
        ("the fall happened on 3/5 at home", "3/5"),
        ("letter dated 14/08 about my bloods", "14/08"),
        ("Date of injury: 4/11", "4/11"),
        ("no period since 2/9, should I worry", "2/9"),
        # Without such a word, when the shape is only a date's.
        ("my grandad died 17/08 and I still cannot sleep", "17/08"),
        ("MRI pencilled in 07/05 at the county hospital", "07/05"),
        ("the stitches came out 10/31", "10/31"),
    ],
)
def test_a_day_and_a_month_in_figures(text: str, date: str) -> None:
    assert ("DATE", date) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my pain went from 7/10 to 3/10 after the tablets",
        "I was told to go on 1/2 a tablet",
        "I am on 2/3 of the old dose",
        "the pharmacy is open 24/7",
        "my vision is 6/18 in the left eye",
        "the frame needs a 5/16 inch bolt",
        "she scored 24/30 on the memory test",
        "BP 135/85 pulse 72",
        "I'm on 5/325 percocet",
    ],
)
def test_fractions_scores_and_measures_are_not_dates(text: str) -> None:
    assert "DATE" not in [e for e, _ in _found(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Street types written before the name, in several languages.
        ("post it to Rambla de Catalunya 12 please", "Rambla de Catalunya 12"),
        ("we are at Travessa das Flores, 45 now", "Travessa das Flores, 45"),
        ("she lives in Vicolo Stretto, 8 near the bakery", "Vicolo Stretto, 8"),
        ("my flat is at al. Jerozolimskie 44 in Warsaw", "al. Jerozolimskie 44"),
        # Compound street names of northern Europe.
        ("send the kit to Kungsgränd 5", "Kungsgränd 5"),
        ("we moved to Lindenstraße 7 last year", "Lindenstraße 7"),
        ("my mother is at Rosensingel 3", "Rosensingel 3"),
        # The French order, the number first.
        ("my address is 16, rue des Lilas", "16, rue des Lilas"),
        ("he lives at 5 bis, chemin Vert", "5 bis, chemin Vert"),
        # The rest of the USPS and Australian street types, after a house number.
        ("please visit me at 27 Maple Laneway", "27 Maple Laneway"),
        ("our house is 9 Orchard Rise", "9 Orchard Rise"),
        ("drop it at 1204 Beaver Dam", "1204 Beaver Dam"),
    ],
)
def test_street_names_of_more_countries(text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _found(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Flat 4B, Coleridge House", "Flat 4B"),
        ("Calle Mayor 3, Piso 2", "Piso 2"),
        ("my postcode is SW1A 2AA", "SW1A 2AA"),
        ("Hauptstraße 5, 10115 Berlin", "10115 Berlin"),
        ("ul. Polna 3, 00-950 Warszawa", "00-950 Warszawa"),
    ],
)
def test_flats_and_postcodes_are_address_parts(text: str, part: str) -> None:
    assert any(e == "STREET_ADDRESS" and part in v for e, v in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "I took 2 Tylenol Rapid Release at noon",
        "it all happened at The End of the day",
        "took 1000 MG of ibuprofen",
        "my COVID 19 test was negative",
        "On March 3, 2021 Smith called me",
    ],
)
def test_doses_brands_and_years_are_not_address_parts(text: str) -> None:
    assert "STREET_ADDRESS" not in [e for e, _ in _found(text)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # No word of time before the year: a form label, a preposition, a list.
        ("Date: 1994\nReason: knee pain", "1994"),
        ("On 2008, she moved back home", "2008"),
        ("my last tetanus shot was 2013 I think", "2013"),
        ("surgeries: 1999, 2004 and a knee scope", "1999"),
        ("she grew up in the 1970s", "1970s"),
    ],
)
def test_a_year_alone_is_a_date_element_wherever_it_stands(text: str, year: str) -> None:
    assert ("DATE", year) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Counts and measures with a unit, numbers that name a room or a flight, prices.
        "take 2000 IU of vitamin D a day",
        "I walked 1900 steps today",
        "keep it under 2000 calories",
        "she is in room 2014 on the second floor",
        "our flight 1987 was delayed",
        "the bill came to $1999",
        "his sugar was 2000 mg/dL?? no, 200",
    ],
)
def test_counts_rooms_and_prices_are_not_years(text: str) -> None:
    assert [e for e, _ in _found(text) if e == "DATE"] == []


def test_a_year_shaped_house_number_stays_part_of_the_address() -> None:
    found = _found("she lives at 2019 Maple Grove, Springfield")
    assert ("STREET_ADDRESS", "2019 Maple Grove") in found
    assert all(entity != "DATE" for entity, _ in found)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A street and its number after a word that says an address follows.
        ("please send it to Kvetnová 214 by Friday", "Kvetnová 214"),
        ("I'll meet you at Palmeras 3307 after work", "Palmeras 3307"),
        ("return it to Skarholt 12 if it's wrong", "Skarholt 12"),
        # A postcode and a house number before the street's name.
        ("the pharmacy is at 4471 18 Odos Marinou", "4471 18 Odos Marinou"),
        # Spanish and Moroccan abbreviations of the street type.
        ("we're at C/ Mayor Alto 41, second floor", "C/ Mayor Alto 41"),
        ("I'll be at Avda. del Puerto 77 at noon", "Avda. del Puerto 77"),
        ("12 Av Hassan Tazi, Rabat", "12 Av Hassan Tazi"),
        # Hungarian order: name, type, number, in any case.
        ("the office is at Kossuth u. 21. on the corner", "Kossuth u. 21."),
        ("enter on rákóczi út 7. from the back", "rákóczi út 7."),
        # German and Nordic compounds in lower case.
        ("my address is lindenweg 31, bern", "lindenweg 31"),
        ("ship it to 4410 storgatan 9", "4410 storgatan 9"),
    ],
)
def test_streets_without_an_english_street_word(text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Parts of a building, times and doses after the same words, English words that
        # end like a street, and a phone number over two lines.
        "meet you at Gate 12 by the lifts",
        "take me to Room 5 please",
        "send it to Week 3 of the programme",
        "I walked about 5 miles",
        "the brigade 5 of them came",
        "Phone:\n8747 6301\n\nE-mail:\nme@example.org",
        "call 0221 1234 Monday",
    ],
)
def test_rooms_times_and_phones_are_not_streets(text: str) -> None:
    assert [e for e, _ in _found(text) if e == "STREET_ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Later in a sentence that speaks of an address.
        ("please update the billing address with Kvetnová 214 for this card", "Kvetnová 214"),
        ("what's the address? It's Palmeras 3307, by the park", "Palmeras 3307"),
    ],
)
def test_a_street_and_number_in_a_sentence_about_an_address(text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my address is on file, I take Eliquis 5 daily",
        "new address soon, still on Xarelto 20 once a day",
    ],
)
def test_a_medicine_and_its_strength_near_the_word_address_is_not_a_street(text: str) -> None:
    assert [e for e, _ in _found(text) if e == "STREET_ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("please send the forms to Hvidkløverstræde 41", "Hvidkløverstræde 41"),
        ("my address is Brunnenstr. 12", "Brunnenstr. 12"),
        ("we moved to Anna-Vogt-Weg 8/7 last month", "Anna-Vogt-Weg 8/7"),
        ("I live at Karl-Marx-Straße 140 with my son", "Karl-Marx-Straße 140"),
        ("Address: Aino Ackté polku 30\nPhone: on file", "Aino Ackté polku 30"),
        ("I live at Calle Olmos N° 335 with my son", "Calle Olmos N° 335"),
        ("ship the meter to chemin des Prés Verts please", "chemin des Prés Verts"),
        ("can the nurse visit me at Ružmarinka 4b/5?", "Ružmarinka 4b/5"),
    ],
)
def test_more_street_shapes_of_europe_and_latin_america(text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # English words before a number, and a type word English uses, stay text.
        "bring 2 forms to the desk",
        "we moved to Spain 3 years ago",
        "the route Maria took was long",
    ],
)
def test_words_like_street_types_are_not_streets(text: str) -> None:
    assert [e for e, _ in _found(text) if e == "STREET_ADDRESS"] == []
