"""Facts an honest writer derives from the project's own sources, each beside a false twin (the
computation done wrong): lengths of time between two source dates (« trois semaines plus tôt »,
« le lendemain »), sums and gaps of source figures (« au total », « d'écart », « devance de »),
a double, a share said as « un sur cinq », a yearly figure from a monthly one and back, the count
of a list the source gives, a rounding (« près de 1,3 million » of 1 306 852), a rank from a
list's order, an age or a number of years from two years, a count whose noun is said once
(« en un seul mois … en douze »).

Each `Derived` replaces `find`, in the source paragraphs that hold `where`, with `true`, and
with `false`: tests/test_true_derived.py asserts the gate draws no new finding on the first and
still flags the second. Written here, from French, never read back from the engine."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SOURCES = Path(__file__).parent / "data" / "wikinews"


@dataclass(frozen=True)
class Derived:
    source: str
    kind: str
    where: tuple[str, ...]  # a phrase of each source paragraph the article holds, in order
    find: str
    true: str
    false: str

    @property
    def paragraph(self) -> str:
        """The source paragraphs that hold `where`, as the article's body."""
        text = (SOURCES / f"{self.source}.txt").read_text(encoding="utf-8")
        paragraphs = [p for p in text.split("\n\n")[1:] if p.strip()]
        held = (next(p for p in paragraphs if w in p) for w in self.where)
        return "\n\n".join(dict.fromkeys(held))

    def text(self, value: str) -> str:
        paragraph = self.paragraph
        assert paragraph.count(self.find) == 1, self.find
        return paragraph.replace(self.find, value)

    @property
    def name(self) -> str:
        return f"{self.source}:{self.kind}:{self.true[:40]}"


def _d(source: str, kind: str, find: str, true: str, false: str, *where: str) -> Derived:
    return Derived(source, kind, where or (find,), find, true, false)


DERIVED = (
    # --- rounding -------------------------------------------------------------------------
    _d(
        "01",
        "rounded",
        "On dénombrait 1 306 852 votants",
        "On dénombrait près de 1,3 million de votants",
        "On dénombrait près de 1,8 million de votants",
    ),
    _d(
        "01",
        "rounded beside another figure",
        "le premier tour avait réuni 1 655 919 votants",
        "le premier tour avait réuni près de 1,7 million de votants",
        "le premier tour avait réuni près de 1,2 million de votants",
    ),
    _d(
        "01",
        "more than half",
        "totalisant près de 59 % des voix",
        "totalisant plus de la moitié des voix",
        "totalisant plus des trois quarts des voix",
    ),
    _d(
        "05",
        "a little more than half",
        "le taux de participation était de 53 %",
        "le taux de participation était d'un peu plus de la moitié",
        "le taux de participation était d'un peu plus des deux tiers",
    ),
    _d(
        "08",
        "one out of five",
        "Les reprises d'emplois déclarées constituent 18,2 % des sorties",
        "Moins d'une sortie sur cinq est due à une reprise d'emploi déclarée",
        "Moins d'une sortie sur dix est due à une reprise d'emploi déclarée",
    ),
    # --- gaps and sums --------------------------------------------------------------------
    _d(
        "01",
        "gap in points across sentences",
        "un peu plus de 41 % des suffrages.",
        "un peu plus de 41 % des suffrages, soit environ 18 points de moins.",
        "un peu plus de 41 % des suffrages, soit environ 28 points de moins.",
    ),
    _d(
        "05",
        "ahead by",
        "avec 54 % des voix, face à Gustavo Petro",
        "avec 54 % des voix, devançant de 12 points Gustavo Petro",
        "avec 54 % des voix, devançant de 22 points Gustavo Petro",
    ),
    _d(
        "r6-t6",
        "votes apart",
        "La loi a été adoptée avec 160 voix pour et 18 contre.",
        "La loi a été adoptée avec 160 voix pour et 18 contre, soit 142 voix d'écart.",
        "La loi a été adoptée avec 160 voix pour et 18 contre, soit 124 voix d'écart.",
    ),
    _d(
        "r6-t6",
        "sum said",
        "La loi a été adoptée avec 160 voix pour et 18 contre.",
        "La loi a été adoptée avec 160 voix pour et 18 contre, sur 178 votants au total.",
        "La loi a été adoptée avec 160 voix pour et 18 contre, sur 198 votants au total.",
    ),
    _d(
        "r6-t6",
        "share of a sum",
        "La loi a été adoptée avec 160 voix pour et 18 contre.",
        "La loi a été adoptée avec 160 voix pour et 18 contre, soit environ 90 % des votants.",
        "La loi a été adoptée avec 160 voix pour et 18 contre, soit environ 70 % des votants.",
    ),
    _d(
        "r12-p1",
        "gap of the points",
        "En deuxième position se trouve Chypre avec 436 points.",
        "En deuxième position se trouve Chypre avec 436 points, 93 de moins qu'Israël.",
        "En deuxième position se trouve Chypre avec 436 points, 63 de moins qu'Israël.",
    ),
    _d(
        "r12-p1",
        "the others",
        "43 pays participaient et seuls 26 se sont qualifiés pour la finale.",
        "43 pays participaient et seuls 26 se sont qualifiés pour la finale : 17 autres ont été "
        "éliminés.",
        "43 pays participaient et seuls 26 se sont qualifiés pour la finale : 27 autres ont été "
        "éliminés.",
    ),
    # --- a double, a share ------------------------------------------------------------------
    _d(
        "01",
        "twice as many",
        "a pu voter quatre fois à Paris, alors qu'elle avait déjà pu le faire deux fois au "
        "premier tour",
        "a pu voter quatre fois à Paris, deux fois plus qu'au premier tour",
        "a pu voter quatre fois à Paris, trois fois plus qu'au premier tour",
    ),
    _d(
        "14",
        "a third",
        "un arrêt de six heures",
        "un arrêt de six heures, soit un tiers de ce repos",
        "un arrêt de six heures, soit la moitié de ce repos",
    ),
    # --- per month, per year ----------------------------------------------------------------
    _d(
        "r12-r3",
        "yearly from monthly",
        "lui qui gagne pourtant 22 900 euros par mois,",
        "lui qui gagne pourtant 22 900 euros par mois, près de 275 000 euros par an,",
        "lui qui gagne pourtant 22 900 euros par mois, près de 175 000 euros par an,",
    ),
    _d(
        "r10-j2",
        "yearly from monthly",
        "environ 5 millions d'euros par mois",
        "environ 60 millions d'euros par an",
        "environ 90 millions d'euros par an",
    ),
    _d(
        "r10-g1",
        "monthly from yearly",
        "plus de 6 milliards de dollars par an",
        "plus de 500 millions de dollars par mois",
        "plus de 900 millions de dollars par mois",
    ),
    # --- lengths of time ----------------------------------------------------------------
    _d(
        "05",
        "years since a year",
        "le plus jeune Président de la Colombie depuis 1872",
        "le plus jeune Président de la Colombie depuis près de 150 ans",
        "le plus jeune Président de la Colombie depuis près de 100 ans",
    ),
    _d(
        "05",
        "decades as years",
        "plus de cinq décennies de conflit",
        "plus de cinquante ans de conflit",
        "plus de quatre-vingts ans de conflit",
    ),
    _d(
        "19",
        "years earlier",
        "a été découverte en 1987",
        "a été découverte près de trente ans plus tôt, en 1987",
        "a été découverte près de cinquante ans plus tôt, en 1987",
    ),
    _d(
        "r8-a4",
        "years since founded",
        "Créé en 2008 par les producteurs",
        "Créé il y a dix ans par les producteurs",
        "Créé il y a vingt ans par les producteurs",
    ),
    _d(
        "05",
        "days before the dateline",
        "Le dimanche 17 juin",
        "Six jours plus tôt",
        "Neuf jours plus tôt",
    ),
    _d(
        "14",
        "weeks before",
        "le Solstice 50 le 19 décembre 2015",
        "le Solstice 50, trois semaines avant le départ du 9 janvier 2016",
        "le Solstice 50, cinq semaines avant le départ du 9 janvier 2016",
    ),
    _d(
        "14",
        "days after",
        "Quatre abandons ont été enregistrés le 11 janvier",
        "Quatre abandons ont été enregistrés deux jours après le départ",
        "Quatre abandons ont été enregistrés sept jours après le départ",
        "Le départ a été donné le samedi 9 janvier 2016",
        "Quatre abandons",
    ),
    _d(  # the other year in another sentence of the source (« En 2008, elle lance … »)
        "r11-l3",
        "years between two years",
        "un roman inspiré de sa vie en 1987,",
        "un roman inspiré de sa vie en 1987, vingt et un ans avant de lancer son spectacle,",
        "un roman inspiré de sa vie en 1987, dix-neuf ans avant de lancer son spectacle,",
    ),
    _d(
        "14",
        "the next day",
        "Les derniers mushers devraient terminer le 12 janvier 2016.",
        "Les derniers mushers devraient terminer le lendemain.",
        "Les derniers mushers devraient terminer sept jours plus tard.",
    ),
    _d(
        "22",
        "time between times of day",
        "maîtrisant le sinistre vers midi.",
        "maîtrisant le sinistre vers midi, environ une heure et quart plus tard.",
        "maîtrisant le sinistre vers midi, environ quatre heures et quart plus tard.",
    ),
    # --- an age, a count of a list, a rank, a noun said once -----------------------------
    _d(
        "05",
        "age at an earlier year",
        "En 2014, Duque est élu sénateur",
        "En 2014, à 37 ans, Duque est élu sénateur",
        "En 2014, à 47 ans, Duque est élu sénateur",
        "En 2014, Duque",
        "Le dimanche 17 juin",
    ),
    _d(
        "r8-a4",
        "count of a list",
        "se retrouvent aux côtés de l'Hexagone",
        "se retrouvent aux côtés de l'Hexagone, soit cinq pays en plus de la France",
        "se retrouvent aux côtés de l'Hexagone, soit huit pays en plus de la France",
    ),
    _d(
        "12",
        "rank from a list's order",
        "il est suivi de Thomas De Gendt et Rafał Majka.",
        "il est suivi de Thomas De Gendt, deuxième, et de Rafał Majka, troisième.",
        "il est suivi de Thomas De Gendt, deuxième, et de Rafał Majka, cinquième.",
    ),
    _d(
        "r12-r3",
        "a unit said once",
        "soit plus que la moyenne des Français en un an,",
        "soit plus, en un seul mois, que la moyenne des Français en douze,",
        "soit plus, en un seul mois, que la moyenne des Français en quinze,",
    ),
)
