"""Direction, round 20 (F-A): the sign of a change read as one reading in every form the
honest editor and the distorting writer use, against a small source of our own — the honest
family draws no direction finding, the distorted twin draws one.

- A change said by a verb the lexicon lacked (« se multiplient », « s'accumulent », « regain »,
  « retrait »), by a participle read as an adjective (« renforcés », « allégées »,
  « déclinante »), by « de plus en plus » / « de moins en moins » before the word it grows.
- A verb of losing over a word of change turns it (« a perdu son avance » is no lead, « n'a
  pas perdu son avance » is one); winning or losing ground (« a gagné trente points », « perd
  du terrain ») goes up or down.
- « est passé de 1,54 à 1,60 », « ramener la durée de deux ans à un an »: a verb of
  lexicon/turning.txt « fromto » whose « de X » and « à Y » are two figures says the change
  the figures say.
- A denied change says none (« n'a pas baissé » is no fall, and no rise either); « ne cesse
  de » still says the change. The figures read it too: « n'ont pas progressé en 2024 » made
  2024 a rise, hard.
- Figures a derivation gives (brief item 4): a year a change is compared to (« 24 de plus
  qu'en 2023 ») that the source sentence gives too is no figure moved (it was hard, « gives
  «2023» where the source gives «2024» »); « né vers 1967 » for « âgé de 58 ans » in 2025 is
  the birth year the age gives, as « né en » was."""

from __future__ import annotations

from tests.pairs import Pairs, each

REGION = Pairs(
    "region",
    """Économie : les exportations bretonnes reculent

12 février 2025. – Les exportations de la Bretagne ont reculé de 4 % en 2024, selon les douanes. \
Le taux de chômage est passé de 7,2 % à 6,8 % en un an dans la région. Les pressions sur les \
éleveurs se multiplient depuis l'automne. Au Tour de Bretagne, le coureur rennais a gardé son \
avance jusqu'à l'arrivée. L'indice boursier régional a gagné 30 points vendredi. Les contrôles \
sanitaires ont été renforcés dans les ports. Le nombre de faillites ne cesse de s'alourdir.""",
)

SAID_ANOTHER_WAY = [
    "Les douanes font état d'exportations bretonnes en baisse de 4 % en 2024.",
    "Les exportations de la Bretagne n'ont pas progressé en 2024 : elles ont reculé de 4 %.",
    "En un an, le chômage a baissé dans la région, de 7,2 % à 6,8 %.",
    "Le taux de chômage de la région a été ramené de 7,2 % à 6,8 % en un an.",
    "Le taux de chômage de la région n'a pas augmenté en un an.",
    "Les éleveurs subissent des pressions de plus en plus nombreuses depuis l'automne.",
    "Les pressions s'accumulent sur les éleveurs depuis l'automne.",
    "Au Tour de Bretagne, le coureur rennais a conservé son avance jusqu'à la ligne.",
    "Au Tour de Bretagne, le coureur rennais n'a pas perdu son avance avant l'arrivée.",
    "L'indice boursier régional a progressé de 30 points vendredi.",
    "Vendredi, l'indice boursier régional a pris 30 points.",
    "Les contrôles sanitaires ont été durcis dans les ports.",
    "Les ports ont vu leurs contrôles sanitaires renforcés.",
    "Le nombre de faillites continue de s'alourdir.",
    "Le nombre de faillites n'a pas cessé d'augmenter.",
    "Le nombre de faillites n'a pas baissé.",
]


@each(SAID_ANOTHER_WAY)
def test_a_change_said_another_way_draws_nothing(case: str) -> None:
    REGION.draws_nothing(case, "direction")


TURNED = [
    ("Le taux de chômage a grimpé en un an dans la région.", "where the source says «passé»"),
    (
        "Le taux de chômage est remonté de 6,8 % à 7,2 % en un an dans la région.",
        "says «remonté»",
    ),
    ("Les pressions sur les éleveurs se relâchent depuis l'automne.", "says «relâchent»"),
    (
        "Les éleveurs subissent des pressions de moins en moins nombreuses depuis l'automne.",
        "says «de moins en moins»",
    ),
    (
        "Au Tour de Bretagne, le coureur rennais a perdu son avance avant l'arrivée.",
        "says «perdu … avance»",
    ),
    ("L'indice boursier régional a perdu 30 points vendredi.", "says «perdu»"),
    ("Les contrôles sanitaires ont été allégés dans les ports.", "says «allégés»"),
    ("Le nombre de faillites ne cesse de diminuer.", "says «diminuer»"),
]


@each(TURNED)
def test_a_change_turned_draws_direction(case: tuple[str, str]) -> None:
    REGION.draws(case, "direction")


PLANT = Pairs(
    "plant",
    """Économie : l'usine de Lannion recrute

14 mars 2025. – L'usine de Lannion a embauché 212 personnes en 2024, contre 188 en 2023, a \
indiqué sa direction jeudi. Les exportations de l'usine ont reculé de 4 % en 2024. Le \
directeur, âgé de 58 ans, partira à la retraite en 2026.""",
)

DERIVED = [
    "L'usine a embauché 24 personnes de plus qu'en 2023.",
    "Avec 212 embauches, l'usine a recruté davantage en 2024 qu'en 2023.",
    "Les exportations de l'usine n'ont pas progressé en 2024 : elles ont reculé de 4 %.",
    "Le directeur, né vers 1967, partira à la retraite en 2026.",
    "Le directeur, né en 1966 ou 1967, partira à la retraite en 2026.",
    "Le directeur, un quinquagénaire né vers 1967, partira à la retraite en 2026.",
]


@each(DERIVED)
def test_a_figure_derived_draws_no_hard_finding(case: str) -> None:
    PLANT.draws_nothing(case, "figures", "hard")


MOVED = [
    ("L'usine a embauché 212 personnes en 2023.", "gives «2023» where the source gives «2024»"),
    ("Les exportations de l'usine ont progressé en 2024.", "makes 2024 a rise"),
    ("Le directeur, né vers 1957, partira à la retraite en 2026.", "«1957»"),
]


@each(MOVED)
def test_a_figure_moved_is_hard(case: tuple[str, str]) -> None:
    PLANT.draws(case, "figures", "hard")
