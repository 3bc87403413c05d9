"""Round 26 (F26C): a fact told beside what the source alleges — readings of honest-r36, pairs
of our own.

Every sentence here is written for this file, against a small source of our own; none is a
corpus sentence.

The source alleges one act by a conditional (« son vélo aurait heurté un rocher pendant la
descente du col de Porte, au nord de Grenoble ») and states the rest in its other sentences (the
fall, the death). An article sentence that tells those facts at the same time and place (« il
est mort … après une chute pendant la descente du col de Porte, au nord de Grenoble ») states
nothing of what is alleged (heurter, rocher): no finding. Stating the alleged act itself, in
its verb or another (« son vélo a heurté un rocher », « le vélo a percuté un rocher », « le
suspect s'est enfui dans une voiture volée »), is still flagged.
"""

from __future__ import annotations

from tests.pairs import Case, Sentences, each

FALL = Sentences(
    "fall26",
    """Cyclisme : un coureur meurt après une chute

12 mai 2024. – Un coureur amateur est mort d'un arrêt cardiaque après une chute lors d'une \
course, a annoncé la fédération. Son vélo aurait heurté un rocher pendant la descente du col de \
Porte, au nord de Grenoble. À Nantes, le suspect aurait pris la fuite à bord d'une voiture \
volée, mardi matin, dans le quartier de la gare. Une bijouterie a été braquée.""",
    "Un coureur meurt après une chute",
)

TOLD_BESIDE = [
    "Il est mort d'un arrêt cardiaque après une lourde chute pendant la descente du col de "
    "Porte, au nord de Grenoble.",
    "Il a succombé après une grave chute pendant la descente du col de Porte, au nord de Grenoble.",
    "Le coureur a chuté pendant la descente du col de Porte, au nord de Grenoble.",
]

ALLEGED_STATED: list[Case] = [
    "Son vélo a heurté un rocher pendant la descente du col de Porte, au nord de Grenoble.",
    "Le vélo a percuté un rocher pendant la descente du col de Porte, au nord de Grenoble.",
    "Le suspect s'est enfui dans une voiture volée, mardi matin, dans le quartier de la gare.",
]


@each(TOLD_BESIDE)
def test_a_fact_told_beside_the_alleged_act_is_no_allegation_stated(case: Case) -> None:
    FALL.draws_nothing(case, "modality")


@each(ALLEGED_STATED)
def test_the_alleged_act_stated_is_still_flagged(case: Case) -> None:
    FALL.draws(case, "modality", "review", "")
