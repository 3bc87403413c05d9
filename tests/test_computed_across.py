"""Figures an honest writer works out across the source (engine.gate.claims.computed and
numeric): a span said as one (« soit quatre jours avant le vote ») from a date the sentence names
to a date another source sentence gives, or from the date of the sentence after it; years counted
on the calendar (« Trois ans plus tard » from November 2009 to June 2012); a sum the sentence
says it makes (« Au total, plus de 57 blessés ») or a gap it says it measures (« 120 voix
d'avance ») of two source figures said in two sentences; a count of a list the source closes
otherwise than with « et » (« …, Évian, ainsi que trois autres villes »); figures that all come
together from one source sentence, though the words restate another. Each draws no finding; the
same figure wrong still draws a hard one."""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

SOURCE = """Haute-Savoie : le référendum sur le tunnel rejeté

10 juin 2012. – Le conseil général de Haute-Savoie avait lancé le projet de tunnel en novembre \
2008 ; le chantier devait durer cinq ans. La campagne a été ouverte officiellement le 1er juin. \
Les électeurs de quatre communes étaient appelés aux urnes : Annecy, Thonon, Cluses, Évian, \
ainsi que les villages du massif. Le non l'emporte avec 3 500 voix. Le oui recueille 3 380 voix. \
Les intempéries de la veille ont fait plus de 50 blessés en Savoie. Sept autres personnes ont \
été blessées en Haute-Savoie. Les inscriptions sur les listes ont augmenté de 2 100 personnes en \
un mois (+ 0,4 %). Sur un an, la hausse atteint 9 600 inscrits (+ 1,9 %). Le dépouillement a \
duré deux jours et s'est achevé le 7 juin au soir."""

HONEST = """Le tunnel de Haute-Savoie rejeté par référendum

Le conseil général de Haute-Savoie avait lancé le projet de tunnel en novembre 2008 ; le \
chantier devait durer cinq ans. La campagne a été ouverte officiellement le 1er juin. Les \
électeurs de quatre communes étaient appelés aux urnes : Annecy, Thonon, Cluses, Évian, ainsi \
que les villages du massif. Le non l'emporte avec 3 500 voix. Le oui recueille 3 380 voix. Les \
intempéries de la veille ont fait plus de 50 blessés en Savoie. Sept autres personnes ont été \
blessées en Haute-Savoie. Les inscriptions sur les listes ont augmenté de 2 100 personnes en un \
mois, soit 0,4 %. Sur un an, la hausse atteint 9 600 inscrits, soit 1,9 %. Le dépouillement a \
duré deux jours et s'est achevé le 7 juin au soir."""

PAIRS = Pairs("computed-across", SOURCE, HONEST)

OPENED = "La campagne a été ouverte officiellement le 1er juin."
NO = "Le non l'emporte avec 3 500 voix."
YES = "Le oui recueille 3 380 voix."
HURT = "Sept autres personnes ont été blessées en Haute-Savoie."
CALLED = "Les électeurs de quatre communes étaient appelés aux urnes :"
YEAR = "Sur un an, la hausse atteint 9 600 inscrits, soit 1,9 %."
COUNTED = "Le dépouillement a duré deux jours et s'est achevé le 7 juin au soir."

HONEST_PAIRS = [
    # a span said as one, from the sentence's date to one another source sentence gives
    (OPENED, "La campagne a été ouverte officiellement le 1er juin, soit six jours seulement "
     "avant le verdict des urnes."),
    # …or to the date of the sentence after it, in years on the calendar (3 years 7 months)
    (COUNTED, "Le tunnel a beaucoup divisé. Quatre ans plus tard, le projet revient devant les "
     "électeurs. Leur verdict tombe le 7 juin 2012."),
    # a gap the sentence says it measures, of two figures of two source sentences
    (YES, "Le oui recueille 3 380 voix : entre les deux camps, la différence atteint donc 120 "
     "voix."),
    (YES, "Le oui recueille 3 380 voix, 120 voix de moins que le non."),
    # a sum it says it makes
    (HURT, "Sept autres personnes ont été blessées en Haute-Savoie. Au total, plus de 57 "
     "personnes ont été blessées."),
    # a count of a list closed by « ainsi que »
    (CALLED, "Quatre communes étaient appelées aux urnes :"),
    # the yearly sentence's figures, in the words of the monthly one
    (YEAR, "Les inscriptions sur les listes ont augmenté de 9 600 personnes, soit 1,9 %."),
]  # fmt: skip

WRONG = [
    (OPENED, "La campagne a été ouverte officiellement le 1er juin, soit huit jours seulement "
     "avant le verdict des urnes.", "huit"),
    (YES, "Le oui recueille 3 380 voix : entre les deux camps, la différence atteint donc 150 "
     "voix.", "150"),
    (HURT, "Sept autres personnes ont été blessées en Haute-Savoie. Au total, plus de 90 "
     "personnes ont été blessées.", "90"),
    (YEAR, "Les inscriptions sur les listes ont augmenté de 9 600 personnes, soit 0,4 %.",
     "0,4"),
    (CALLED, "Six communes étaient appelées aux urnes :", "Six"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_figures_finding() -> None:
    PAIRS.draws_nothing(HONEST, "figures")


@each(PAIRS.edits(HONEST_PAIRS))
def test_a_figure_worked_out_across_the_source_draws_no_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "figures")


@each(PAIRS.edits(WRONG))
def test_the_same_figure_wrong_stays_hard(case: Case) -> None:
    PAIRS.draws(case, "figures", "hard")
