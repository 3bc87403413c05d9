"""Figures the writer computed from the figures of the source sentences restated, whatever the
words around them (engine.gate.claims.computed.arithmetic, issue 19, round 15): a sum (« deux
millions d'euros » of two grants of one million each, given in two sentences), a difference
(« 250 000 passagers de plus » for 1 200 000 against 950 000), a product of a count and a figure
(« 4 800 passagers » for twelve ships of 400), a figure over a count, the count of a list
(« cinq ouvrages » for the five the source lists), a share or a change in percent of two figures
one source sentence gives, the decade of a year, an age at a year the sentence names (« à 54
ans » in 2001 for the source's « 72 ans » in 2019). Such a figure is no invention: never a hard
finding — a review, for a distorted figure may happen to equal a computation, or nothing where
the sentence shows what it is computed from. A figure that is no computation of the source's is
still hard."""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

SOURCE = """Bretagne : deux subventions pour le port de Lorient

12 mars 2019. – La région Bretagne accorde une subvention d'un million d'euros au port de \
Lorient. Le département du Morbihan verse lui aussi un million d'euros au même projet. Les \
travaux concernent le quai nord, le quai sud, la digue, la gare maritime et le parking des \
ferries. Le chantier emploiera 240 ouvriers, répartis en 12 équipes, pendant 18 mois. \
L'estimation basse du coût total est de 3 milliards d'euros, l'estimation haute de 5 milliards \
d'euros. Le port a accueilli 1 200 000 passagers en 2018, contre 950 000 en 2017. Chacun des \
12 navires de la flotte transporte en moyenne 400 passagers par jour. Les bassins du port \
avaient été agrandis en 1995 puis en 1998. Le maire, Norbert Métairie, 72 ans, a salué « une \
excellente nouvelle pour la ville ». Il dirige la ville depuis 2001."""

HONEST = """Lorient : deux subventions pour moderniser le port

La région Bretagne accorde une subvention d'un million d'euros au port de Lorient. Le \
département du Morbihan lui verse la même somme. Les travaux concernent le quai nord, le quai \
sud, la digue, la gare maritime et le parking des ferries. Le chantier emploiera 240 ouvriers, \
répartis en 12 équipes, pendant 18 mois. Le coût total est estimé entre 3 et 5 milliards \
d'euros. Le port a accueilli 1 200 000 passagers en 2018, contre 950 000 l'année précédente. \
Chacun des 12 navires de la flotte transporte en moyenne 400 passagers par jour. Les bassins \
du port avaient été agrandis en 1995 puis en 1998. Le maire, Norbert Métairie, 72 ans, y voit \
« une excellente nouvelle pour la ville ». Il dirige la ville depuis 2001."""

PAIRS = Pairs("any-arithmetic", SOURCE, HONEST)

GRANT = "Le département du Morbihan lui verse la même somme."
WORKS = "Les travaux concernent le quai nord, le quai sud, la digue, la gare maritime et le parking"
COST = "Le coût total est estimé entre 3 et 5 milliards d'euros."
PASSENGERS = "contre 950 000 l'année précédente."
CREWS = "Le chantier emploiera 240 ouvriers, répartis en 12 équipes, pendant 18 mois."
BASINS = "Les bassins du port avaient été agrandis en 1995 puis en 1998."
MAYOR = "Il dirige la ville depuis 2001."
FLEET = "Chacun des 12 navires de la flotte transporte en moyenne 400 passagers par jour."

COMPUTED = [
    # a sum of one figure the source gives twice, in two sentences, with no word of a sum
    (GRANT, "Le département du Morbihan lui verse la même somme : le port touche deux millions "
     "d'euros d'argent public."),
    # a difference, said as what the port gained, with no word of a gap
    (PASSENGERS, "contre 950 000 l'année précédente. Le port a gagné 250 000 passagers en un an."),
    # …said as a rise
    (PASSENGERS, "contre 950 000 l'année précédente : la fréquentation a bondi de 250 000 "
     "voyageurs."),
    # a sum rounded to its first two digits
    (PASSENGERS, "contre 950 000 l'année précédente, soit 2,2 millions de voyageurs en deux "
     "ans."),
    # a gap said with a bound
    (COST, "Le coût total est estimé entre 3 et 5 milliards d'euros, une fourchette de près de "
     "deux milliards d'euros."),
    # a product of a count and a figure of the unit
    (FLEET, "Chacun des 12 navires de la flotte transporte en moyenne 400 passagers par jour, et "
     "la flotte entière 4 800."),
    # a sum of the two years, said as one figure
    (PASSENGERS, "contre 950 000 l'année précédente, soit 2 150 000 voyageurs sur les deux "
     "années."),
    # the count of a list the source sentence gives, said before it without a colon
    (WORKS, "Cinq ouvrages sont visés par les travaux, le quai nord, le quai sud, la digue, la "
     "gare maritime et le parking"),
    # …or in its stead, in digits
    (WORKS, "Les travaux concernent 5 ouvrages, du quai nord au parking"),
    # a change in percent, the later figure kept and the earlier one left out
    (PASSENGERS, "contre 950 000 l'année précédente. Les 1 200 000 passagers de 2018, c'est 26 % "
     "de plus qu'en 2017."),
    # the decade of the source's years, in a sentence that restates it loosely
    (BASINS, "Les bassins, eux, datent pour l'essentiel des années 1990."),
    # an age at a year the sentence names, counted from the age the source gives at its date
    (MAYOR, "Il dirige la ville depuis 2001 : il l'a conquise à 54 ans."),
    (MAYOR, "Élu en 2001, à 53 ans, il dirige la ville depuis."),
    # a figure over a count the sentence shows
    (CREWS, "Le chantier emploiera pendant 18 mois 240 ouvriers en 12 équipes de 20 ouvriers."),
]  # fmt: skip

NOT_COMPUTED = [
    (GRANT, "Le département du Morbihan lui verse la même somme : le port touche trois millions "
     "d'euros d'argent public.", "trois millions"),
    (PASSENGERS, "contre 950 000 l'année précédente. Le port a gagné 320 000 passagers en un an.",
     "320 000"),
    (COST, "Le coût total est estimé entre 3 et 5 milliards d'euros, une fourchette de près de "
     "quatre milliards d'euros.", "quatre milliards"),
    (FLEET, "Chacun des 12 navires de la flotte transporte en moyenne 400 passagers par jour, et "
     "la flotte entière 5 100.", "5 100"),
    (PASSENGERS, "contre 950 000 l'année précédente, soit 2 600 000 voyageurs sur les deux "
     "années.", "2 600 000"),
    (PASSENGERS, "contre 950 000 l'année précédente. Les 1 200 000 passagers de 2018, c'est 36 % "
     "de plus qu'en 2017.", "36 %"),
    (BASINS, "Les bassins, eux, datent pour l'essentiel des années 1980.", "1980"),
    (PASSENGERS, "contre 950 000 l'année précédente, soit 2,4 millions de voyageurs en deux "
     "ans.", "2,4 millions"),
    (MAYOR, "Il dirige la ville depuis 2001 : il l'a conquise à 44 ans.", "44"),
    (WORKS, "Les travaux concernent 7 ouvrages, du quai nord au parking", "7"),
    (CREWS, "Le chantier emploiera pendant 18 mois 240 ouvriers en 12 équipes de 25 ouvriers.",
     "25"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_figures_finding() -> None:
    PAIRS.draws_nothing(HONEST, "figures")


@each(PAIRS.edits(COMPUTED))
def test_a_figure_computed_from_the_restated_figures_is_never_hard(case: Case) -> None:
    PAIRS.draws_nothing(case, "figures", "hard")


@each(PAIRS.edits(NOT_COMPUTED))
def test_a_figure_no_computation_gives_stays_hard(case: Case) -> None:
    PAIRS.draws(case, "figures", "hard")


def test_a_computation_of_figures_the_sentence_shows_draws_nothing() -> None:
    # « 400 passagers … 12 navires … 4 800 »: every operand in the sentence, the reader sees it
    PAIRS.draws_nothing(PAIRS.edits(COMPUTED[5:6])[0], "figures")


def test_a_computation_of_figures_left_out_is_a_review() -> None:
    # « deux millions d'euros » of the two grants, neither said in the sentence: unsure
    PAIRS.draws_one(PAIRS.edits(COMPUTED[:1])[0], "figures", "review", "deux millions")


# A race: the gaps between the times the source gives, the sum of all the legs of one sentence.
RACE_SOURCE = """Aviron : Marie Lenoir s'impose sur le lac d'Annecy

Annecy, 2 septembre 2018. – La Française Marie Lenoir a remporté la course en 42 min 10 s. \
L'Italienne Giulia Ferri a pris la deuxième place en 43 min 05 s. La Néerlandaise Anouk de \
Vries a fini troisième en 43 min 50 s. Le parcours enchaînait 2 km dans la baie, 6 km le long \
de la rive et 4 km jusqu'à l'arrivée."""
RACE_HONEST = """Marie Lenoir gagne sur le lac d'Annecy

La Française Marie Lenoir a remporté la course en 42 min 10 s. L'Italienne Giulia Ferri a pris \
la deuxième place en 43 min 05 s. La Néerlandaise Anouk de Vries a fini troisième en 43 min \
50 s. Le parcours enchaînait 2 km dans la baie, 6 km le long de la rive et 4 km jusqu'à \
l'arrivée."""
RACE = Pairs("race-gaps", RACE_SOURCE, RACE_HONEST)
SECOND = "L'Italienne Giulia Ferri a pris la deuxième place en 43 min 05 s."
THIRD = "La Néerlandaise Anouk de Vries a fini troisième en 43 min 50 s."
COURSE = "Le parcours enchaînait 2 km dans la baie, 6 km le long de la rive et 4 km jusqu'à"

RACE_COMPUTED = [
    (SECOND, "L'Italienne Giulia Ferri a pris la deuxième place, 55 secondes derrière la "
     "gagnante."),
    (THIRD, "La Néerlandaise Anouk de Vries a fini troisième, à quarante-cinq secondes de "
     "l'Italienne."),
    (COURSE, "Les rameuses ont couvert 12 km en trois portions, 2 km dans la baie, 6 km le long "
     "de la rive et 4 km jusqu'à"),
]  # fmt: skip
RACE_WRONG = [
    (SECOND, "L'Italienne Giulia Ferri a pris la deuxième place, 65 secondes derrière la "
     "gagnante.", "65 secondes"),
    (THIRD, "La Néerlandaise Anouk de Vries a fini troisième, à trente-cinq secondes de "
     "l'Italienne.", "trente-cinq secondes"),
    (COURSE, "Les rameuses ont couvert 14 km en trois portions, 2 km dans la baie, 6 km le long "
     "de la rive et 4 km jusqu'à", "14"),
]  # fmt: skip


def test_the_honest_race_draws_no_figures_finding() -> None:
    RACE.draws_nothing(RACE_HONEST, "figures")


@each(RACE.edits(RACE_COMPUTED))
def test_a_gap_or_a_total_of_the_race_is_never_hard(case: Case) -> None:
    RACE.draws_nothing(case, "figures", "hard")


@each(RACE.edits(RACE_WRONG))
def test_a_gap_or_a_total_the_race_does_not_give_stays_hard(case: Case) -> None:
    RACE.draws(case, "figures", "hard")


# A small sum (ten or less) of two counts, one in each of the two source sentences the sentence
# merges (each aligned with it): ten or less fits too many pairs by chance anywhere else.
MEDALS_SOURCE = """Escrime : moisson française à Düsseldorf

Düsseldorf, 22 juin 2019. – Ysaora Thibus a remporté deux médailles lors des championnats \
d'Europe. Enzo Lefort en a décroché trois. La délégation française rentre avec 11 médailles, \
dont 4 en or."""
MEDALS_HONEST = """Moisson française à Düsseldorf

Ysaora Thibus a remporté deux médailles lors des championnats d'Europe. Enzo Lefort en a \
décroché trois. La délégation française rentre avec 11 médailles, dont 4 en or."""
MEDALS = Pairs("small-sum", MEDALS_SOURCE, MEDALS_HONEST)
BOTH = "Ysaora Thibus a remporté deux médailles lors des championnats d'Europe. Enzo Lefort en a \
décroché trois."


def test_the_honest_medals_draw_no_figures_finding() -> None:
    MEDALS.draws_nothing(MEDALS_HONEST, "figures")


def test_a_small_sum_of_the_two_sentences_merged_is_never_hard() -> None:
    merged = MEDALS.variant(
        "x", BOTH, "À eux deux, Ysaora Thibus et Enzo Lefort ont remporté cinq médailles lors "
        "des championnats d'Europe."
    )  # fmt: skip
    MEDALS.draws_one(merged, "figures", "review", "cinq")


@each(
    MEDALS.edits(
        [
            (BOTH, "À eux deux, Ysaora Thibus et Enzo Lefort ont remporté six médailles lors "
             "des championnats d'Europe.", "six"),
            # one sentence alone: its count changed, whatever two others may sum to
            (BOTH, "Ysaora Thibus a remporté cinq médailles lors des championnats d'Europe.",
             "cinq"),
        ]
    )
)  # fmt: skip
def test_a_small_count_that_sums_nothing_merged_stays_hard(case: Case) -> None:
    MEDALS.draws(case, "figures", "hard")


def test_a_sum_the_sentence_shows_both_figures_of_draws_nothing() -> None:
    # before: a review (« the sum or difference of two of them? »): the reader sees both
    shown = PAIRS.variant(
        "x", PASSENGERS, "contre 950 000 l'année précédente : 1 200 000 et 950 000, donc "
        "2 150 000 voyageurs en deux ans."
    )  # fmt: skip
    PAIRS.draws_nothing(shown, "figures")


def test_a_wrong_sum_of_figures_the_sentence_shows_stays_hard() -> None:
    wrong = PAIRS.variant(
        "x", PASSENGERS, "contre 950 000 l'année précédente : 1 200 000 et 950 000, donc "
        "2 350 000 voyageurs en deux ans.", "2 350 000"
    )  # fmt: skip
    PAIRS.draws(wrong, "figures", "hard")
