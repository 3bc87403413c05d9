"""People, round 23 (F-B): roles by breadth.

- The offices, ranks and functions of news (lexicon `titles`: « bourgmestre », « procureure »,
  « lieutenant », « rédacteur » …, with their feminine forms) read beside a name and compared
  person by person; a title that holds others (« parlementaire », « magistrat »: lexicon
  `offices_joined`) is no other office.
- A title closed by a comma after « Pour X, » is X's, though the parse makes it the subject
  (« Pour X, le directeur de cabinet du préfet, le collectif … »); the office a title serves may
  be said a few words after it (« directeur de cabinet du préfet »).
- Trades (lexicon `occupations`: « garde-frontières », « vigile »), one in for the one the
  restated sentence names. Not kin: a word of kin names a relation to someone, and one person
  holds several (« la mère » of her children is « l'épouse » of her husband, « les filles de X »
  are « les deux sœurs », « l'épouse de X » is the one the source calls « son mari »'s wife): a
  word of kin for another is no certain swap.
- A title's feminine form is the title (« cheffe » of « chef », « sénatrice » of « sénateur »);
  a trade's word the source writes at all, as a noun or not, is no trade in for another.
- A portfolio written before a name the NER does not read in the source (« La ministre de
  l'Éducation X » read as one organisation): read from the source sentences that write the name.

A source of our own; none of these sentences is a corpus sentence.
"""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

USINE = Pairs(
    "usine",
    """Lyon : l'usine Biolam va fermer

4 mars 2025. – Jean Dupont, maire de Lyon, a annoncé jeudi la fermeture de l'usine Biolam, \
qui emploie 300 salariés dans le quartier de Gerland. Paul Morel, le directeur du site, a \
dénoncé une décision injuste prise par le siège de Francfort. Pour Laurent Lenoble, le \
directeur de cabinet du préfet, les syndicats ont perdu toute crédibilité dans ce dossier. La \
procureure de Lyon, Claire Dumas, a ouvert une enquête sur les conditions de la vente du site. \
Le bourgmestre de Namur, Marc Delorme, a salué la reprise annoncée de la filiale belge. Le \
lieutenant Jean Morel a été blessé lors de l'évacuation du bâtiment occupé. Le député Hugo \
Lenoir a voté contre la loi sur les fermetures de sites. Le ministre de l'Économie a promis \
jeudi une aide de deux millions d'euros pour les salariés licenciés. Une plainte a été déposée \
auprès du procureur de Paris par les syndicats du groupe. Le Premier ministre a reçu les \
syndicats vendredi à Matignon pour une réunion de crise. Un homme a frappé son ex-beau-père \
devant l'entrée de l'usine samedi matin. La police dispose de deux suspects dans cette affaire \
de dégradations. Un agent de sécurité a été légèrement blessé pendant la manifestation de \
samedi. Marc Vidal, délégué syndical, a appelé à une grève totale dès lundi sur tous les sites \
du groupe.""",
)
_TITLE = "Lyon : l'usine Biolam va fermer\n\n"


def _hard(text: str, rules: frozenset[str]) -> list[str]:
    return [f.message for f in USINE.findings(_TITLE + text, rules) if f.severity == "hard"]


ROLES = frozenset({"roles"})


@pytest.mark.parametrize(
    "text",
    [
        # the source's roles, said as it says them or by a title that holds them
        "Selon la procureure de Lyon, Claire Dumas, une enquête a été ouverte sur les "
        "conditions de la vente du site.",
        "Le bourgmestre de Namur, Marc Delorme, a salué la reprise annoncée de la filiale belge.",
        "Le parlementaire Hugo Lenoir a voté contre la loi sur les fermetures de sites.",
        "Pour Laurent Lenoble, directeur de cabinet du préfet, les syndicats ont perdu toute "
        "crédibilité dans ce dossier.",
        "Jeudi, le ministre de l'Économie a promis une aide de deux millions d'euros pour les "
        "salariés licenciés.",
        "Le chef du gouvernement a reçu les syndicats vendredi à Matignon pour une réunion de "
        "crise.",
        "Les syndicats du groupe ont déposé une plainte auprès du parquet de Paris.",
        "Samedi matin, un homme a frappé son ancien beau-père devant l'entrée de l'usine.",
        "La police dispose de deux suspects dans cette affaire de dégradations.",
        # who the suspects are, which the writer may know: no trade for another
        "La police dispose de deux lycéens suspects dans cette affaire de dégradations.",
        "Un vigile a été légèrement blessé pendant la manifestation de samedi.",
    ],
)
def test_the_sources_roles_draw_nothing(text: str) -> None:
    assert _hard(text, ROLES) == []


@pytest.mark.parametrize(
    "text",
    [
        # another office beside the name
        "La juge de Lyon, Claire Dumas, a ouvert une enquête sur les conditions de la vente "
        "du site.",
        "Le maire de Namur, Marc Delorme, a salué la reprise annoncée de la filiale belge.",
        "Le capitaine Jean Morel a été blessé lors de l'évacuation du bâtiment occupé.",
        "Le sénateur Hugo Lenoir a voté contre la loi sur les fermetures de sites.",
        # the office he serves, after « Pour X, »
        "Pour Laurent Lenoble, préfet du Rhône, les syndicats ont perdu toute crédibilité "
        "dans ce dossier.",
        # a trade for another
        "Un policier a été légèrement blessé pendant la manifestation de samedi.",
    ],
)
def test_another_role_is_hard(text: str) -> None:
    assert _hard(text, ROLES)


ECOLE = Pairs(
    "ecole",
    """Violence à l'école : la ministre réagit

4 mars 2025. – Une enseignante a été agressée lundi dans un lycée de Lyon par un élève de seize \
ans. La ministre de l’Éducation Amel Vallaud-Bensaïd a estimé sur BFMTV qu'« une digue semble \
avoir sauté » avec cette agression. Elle a affirmé sa volonté de renforcer la sécurité des \
établissements.""",
)


@pytest.mark.parametrize(
    ("text", "hard"),
    [
        # a portfolio written before a name the NER reads whole or in part: read from the
        # sentences that write the name
        (
            "Interrogée sur BFMTV, la ministre de l'Éducation, Amel Vallaud-Bensaïd, a jugé "
            "qu'« une digue semble avoir sauté » avec cette agression.",
            False,
        ),
        (
            "Interrogée sur BFMTV, la ministre de la Justice, Amel Vallaud-Bensaïd, a jugé "
            "qu'« une digue semble avoir sauté » avec cette agression.",
            True,
        ),
    ],
)
def test_a_portfolio_beside_a_name_read_whole(text: str, hard: bool) -> None:
    title = "Violence à l'école : la ministre réagit\n\n"
    found = [f for f in ECOLE.findings(title + text, ROLES) if f.severity == "hard"]
    assert bool(found) == hard


PARTI = Pairs(
    "parti",
    """Festival de Rennes : l'agence Ouest Images couvre l'événement

4 mars 2025. – Sophie Marchal, chef du parti Renouveau, a déclaré jeudi que le festival de Rennes \
devait rester gratuit pour tous les habitants. L'agence Ouest Images s'appuie sur des journalistes \
étudiants pour couvrir le festival de Rennes cette année.""",
)


@pytest.mark.parametrize(
    "text",
    [
        # a feminine form of the source's title (lexicon `titles`: « cheffe » of « chef »)
        "Sophie Marchal, cheffe du parti Renouveau, a déclaré jeudi que le festival de Rennes "
        "devait rester gratuit pour tous les habitants.",
        # a trade's word the source writes, though not as a noun (« des journalistes
        # étudiants »), is no trade in for another
        "Pour couvrir le festival de Rennes cette année, l'agence Ouest Images s'appuie sur des "
        "étudiants.",
    ],
)
def test_the_sources_words_otherwise_draw_nothing(text: str) -> None:
    title = "Festival de Rennes : l'agence Ouest Images couvre l'événement\n\n"
    assert [f.message for f in PARTI.findings(title + text, ROLES) if f.severity == "hard"] == []


FAMILLE = Pairs(
    "famille",
    """Nantes : une famille disparue

4 mars 2025. – Les filles de Bruno Lemaire, qui ont aujourd'hui 23 et 20 ans, ont bénéficié de \
quatorze contrats à durée déterminée pendant leurs études. Il s'agit des quatre membres de la \
famille Morvan : Pascal, le père, 49 ans, employé d'une PME, son épouse Brigitte et leurs deux \
fils. Elle a été choisie par le parti. Son mari avait été démis de ses fonctions par la Cour \
suprême du pays à la suite de l'usage de faux documents.""",
)


@pytest.mark.parametrize(
    "text",
    [
        # one person by another relation: the daughters of one are sisters, the wife is the
        # children's mother, the one whose husband was removed is his wife
        "Âgées aujourd'hui de 23 et 20 ans, les deux sœurs ont cumulé quatorze contrats à "
        "durée déterminée pendant leurs études.",
        "Les quatre disparus sont les Morvan : le père, Pascal, 49 ans, employé d'une PME, la "
        "mère, Brigitte, et leurs deux fils.",
        "Elle est l'épouse de l'ancien ministre que la Cour suprême du pays a démis de ses "
        "fonctions à la suite de l'usage de faux documents.",
    ],
)
def test_kin_said_by_another_relation_draws_nothing(text: str) -> None:
    title = "Nantes : une famille disparue\n\n"
    assert [f.message for f in FAMILLE.findings(title + text, ROLES) if f.severity == "hard"] == []
