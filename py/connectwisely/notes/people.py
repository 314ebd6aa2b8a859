"""Is a detail a person? "Maria Lopez" under "we met at an event" is the person who was there
(or introduced you), never the place: a note says "great meeting you through Maria Lopez",
not "great chatting at Maria Lopez".

A detail reads as a person's name when it is shaped like one (two to four words, each with a
capital and then small letters, family-name particles allowed, no digits) and either starts
with a common given name in one of the six languages, or the relationship expects a person.
"""

from __future__ import annotations

import re

from ..core.text import fold
from .names import PARTICLES

# Common given names in English, Spanish, Portuguese, German, French and Italian (folded).
GIVEN_NAMES = frozenset(
    str.split("""
    aaron adam adrian agnes aisha alba alberto alejandro alessandra alessandro alex alexander
    alexandra alice alicia amara amelia ana andrea andreas andres andrew angela anna anne
    antoine antonio ben benjamin bruno camila camille carla carlos carmen caroline catarina
    chiara chloe chris christian christine claire clara claudia daniel daniela david diego
    dmitri eduardo elena elisa elizabeth emily emma enrico eric erik eva fabian federica
    felipe felix fernanda fernando florian francesca francesco francisco frank gabriel
    gabriela giorgio giovanni giulia giuseppe guillaume hannah hans heinz helena hugo
    isabel isabella jack jakob james jan jana javier jean jennifer jessica joao johanna john
    jonas jorge jose josef juan julia julian julie jurgen karl katharina kenji laura lea leon
    leonardo lina lisa lorenzo louis luca lucas lucia luis luisa lukas manuel marco marcos
    margaret maria marie mario mark markus martin martina mateo matteo matthew max maximilian
    michael michele miguel mohammed monica nadia natalia nicolas nina noah olivia oscar pablo
    paolo patricia paul paula pedro peter philipp pierre rafael raquel ricardo robert roberto
    sabine sara sarah sebastian sergio simon simone sofia sophie stefan stefano stephanie
    susanne thomas tim tobias tom valentina vincent william wolfgang yuki julien mathieu
    nicolas antoine baptiste camille theo manon lucie chloe emma louise jules arthur hugo
    raphael elodie celine aurelie sandrine nathalie isabelle helene juliette margaux mathilde
    florence pauline quentin romain thibault alessia chiara giulia federico davide riccardo
    simona silvia beatriz bruna thiago rodrigo gustavo larissa juliana renata mariana pedro
    rafael leticia camila vitoria joao tiago goncalo rita nuno miguel alvaro sergio
    lucas mateo santiago valeria ximena daniela sofia jonas lena lukas finn mia leonie
    emilia greta ida nele ole priya arjun aisha naomi liam megan
    marta hector irene ines carolina sonia rocio pilar mercedes dolores lorena beatriz  # codespell:ignore ines
    ignacio alvaro jaime ramon ricardo hugo andres gonzalo adriana veronica monica
    gabriel henrique otavio caio vinicius thais priscila fabiana vanessa aline patricia  # codespell:ignore aline
    claudio marcelo mauricio cristina luciana eduarda heloisa isadora yasmin
    klaus jurgen dieter uwe jens jorg ralf stefanie ursula ingrid birgit heike anja katrin
    petra sabine monika claudia bettina annika carsten christoph matthias dominik moritz
    sophie francois olivier philippe laurent sylvie veronique christophe benoit amelie
    giorgia martina elisa sara paola roberta alessio gianluca marcello vittorio giacomo
    karen linda susan nancy betty sandra ashley kimberly donna carol brian kevin jason
    ryan gary eric stephen larry justin scott brandon gregory samuel patrick raymond
    """)
)
_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$")


def looks_like_person(text: str, expected: bool = False) -> bool:
    """Whether ``text`` is a person's name ("Maria Lopez", "Jean-Luc Picard", "Ana de la
    Cruz"); ``expected``: the relationship expects a person, so no given name is needed."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4:
        return expected and len(tokens) == 1 and _capitalised(tokens[0])
    for i, token in enumerate(tokens):
        if i and fold(token) in PARTICLES:
            continue
        if not _WORD.match(token) or not _capitalised(token):
            return False
    return expected or fold(tokens[0]) in GIVEN_NAMES


def looks_like_org(text: str) -> bool:
    """A bare organization's name ("Acme", "Deutsche Bank", "Sonae MC", "Ernst & Young"): one
    to four words that are capitalized (or "&", "of", "de"), and not a person's name."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 4 or looks_like_person(text):
        return False
    return all(
        t[:1].isupper() or t[:1].isdigit() or t in ("&", "of", "de", "du", "y", "e") for t in tokens
    )


def _capitalised(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return bool(letters) and letters[0].isupper() and sum(c.isupper() for c in letters) <= 2


__all__ = ["GIVEN_NAMES", "looks_like_org", "looks_like_person"]
