"""Scope (engine.gate.slots.scope): how many of a group a claim concerns, on a scale — a few,
some, many, most, all — and « une partie de » against « l'ensemble de »; an exclusivity
(« le seul », « l'unique ») the source sentence does not give.

A source of our own and an honest rewrite; each distortion moves one quantifier along the scale
and must draw the `scope` finding that names it; each honest variant says the same strength
another way and must draw none.
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, Sentences, each

SOURCE = """Lyon : le tramway prolongé jusqu'à Vénissieux

Une partie des platanes de l'avenue Berthelot sera abattue pour laisser passer les rails. \
Quelques commerçants du quartier ont protesté contre le projet devant la mairie. \
De nombreux habitants de Vénissieux attendent la nouvelle ligne depuis dix ans. \
Toute la rive gauche du Rhône sera desservie par la ligne prolongée. \
De plus en plus de salariés de la zone industrielle prennent les transports en commun. \
La station Berthelot est la plus fréquentée de la ligne."""

HONEST = """Le tramway lyonnais prolongé jusqu'à Vénissieux

Une partie des platanes de l'avenue Berthelot sera abattue pour laisser passer les rails. \
Quelques commerçants du quartier ont manifesté contre le projet devant la mairie. \
Beaucoup d'habitants de Vénissieux attendent la nouvelle ligne depuis dix ans. \
Toute la rive gauche du Rhône sera desservie par la ligne prolongée. \
Un nombre croissant de salariés de la zone industrielle prennent les transports en commun. \
La station Berthelot est la plus fréquentée de la ligne."""

PAIRS = Pairs("scope", SOURCE, HONEST)
variant = PAIRS.variant
DISTORTIONS = [
    variant("scope", "Une partie des platanes", "L'ensemble des platanes",
            "says all («platane») where the source says some"),
    variant("scope", "Quelques commerçants", "De nombreux commerçants",
            "says many («commerçant») where the source says a few"),
    variant("scope", "Beaucoup d'habitants", "Quelques habitants",
            "says a few («habitant») where the source says many"),
    variant("scope", "Toute la rive gauche", "Une partie de la rive gauche",
            "says some («rive») where the source says all"),
    variant("scope", "Un nombre croissant de salariés", "La plupart des salariés",
            "says most («salarié») where the source says many"),
]  # fmt: skip
ONLY = variant("scope", "La station Berthelot est la plus fréquentée",
               "La station Berthelot est la seule station fréquentée")  # fmt: skip
HONEST_VARIANTS = [
    variant("some", "Une partie des platanes", "Certains platanes"),
    variant("a few", "Quelques commerçants", "Une poignée de commerçants"),
    variant("some for a few", "Quelques commerçants", "Plusieurs commerçants"),
    variant("many", "Beaucoup d'habitants", "Des habitants de plus en plus nombreux"),
    variant("many, after the noun", "Beaucoup d'habitants", "Des habitants nombreux"),
    variant("all", "Toute la rive gauche", "L'ensemble de la rive gauche"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_scope_finding() -> None:
    PAIRS.draws_nothing(HONEST, "scope")


@each(DISTORTIONS)
def test_a_quantifier_moved_along_the_scale_is_hard(case: Case) -> None:
    PAIRS.draws_one(case, "scope", "hard")


def test_an_exclusivity_the_source_sentence_does_not_give_is_a_review() -> None:
    PAIRS.draws_one(ONLY, "scope", "review", "says only («station») where the source does not")


@each(HONEST_VARIANTS, "kind")
def test_the_same_strength_said_another_way_draws_no_scope_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "scope")


# Half (« la moitié des voyageurs »), and a quantifier over a counted group (« la plupart des six
# conducteurs »): a bound said another way than a quantifier's word, so a clash is a review.
HALF_SOURCE = """Lyon : la ligne T2 en chiffres

Environ la moitié des voyageurs de la ligne descendent à Perrache. \
Les six conducteurs de nuit habitent à Vénissieux. \
La plupart des rames ont plus de vingt ans."""

HALF_HONEST = """La ligne T2 de Lyon en chiffres

Près de la moitié des voyageurs de la ligne descendent à Perrache. \
Les six conducteurs de nuit habitent à Vénissieux. \
La plupart des rames ont plus de vingt ans."""

HALF_PAIRS = Pairs("scope-half", HALF_SOURCE, HALF_HONEST)
half = HALF_PAIRS.variant
HALF_DISTORTIONS = [
    half("scope", "Près de la moitié des voyageurs", "La quasi-totalité des voyageurs",
         "says most («voyageur») where the source says half"),
    half("scope", "Près de la moitié des voyageurs", "L'ensemble des voyageurs",
         "says all («voyageur») where the source says half"),
    half("scope", "La plupart des rames", "La moitié des rames",
         "says half («rame») where the source says most"),
    half("scope", "Les six conducteurs", "La plupart des six conducteurs",
         "says most («conducteur») where the source counts them"),
]  # fmt: skip
HALF_HONEST_VARIANTS = [
    half("half", "Près de la moitié des voyageurs", "Environ la moitié des voyageurs"),
    half("more than half", "La plupart des rames", "Plus de la moitié des rames"),
    half("most", "La plupart des rames", "La majorité des rames"),
    half("half, a manner", "Près de la moitié des voyageurs de la ligne descendent",
         "Près de la moitié des voyageurs, à moitié endormis, descendent"),
]  # fmt: skip


def test_the_honest_rewrite_of_halves_draws_no_scope_finding() -> None:
    HALF_PAIRS.draws_nothing(HALF_HONEST, "scope")


@each(HALF_DISTORTIONS)
def test_half_against_most_all_or_a_count_is_a_review(case: Case) -> None:
    HALF_PAIRS.draws_one(case, "scope", "review")


@each(HALF_HONEST_VARIANTS, "kind")
def test_half_said_another_way_draws_no_scope_finding(case: Case) -> None:
    HALF_PAIRS.draws_nothing(case, "scope")


# « all » said of a group the source sentence narrows (« les lignes qui desservent le centre »)
WIDE_SOURCE = """Lyon : des travaux sur le réseau de bus

Le chantier perturbera les lignes de bus qui desservent la gare Part-Dieu. \
Les arrêts provisoires seront signalés par des panneaux jaunes. \
La métropole a consulté les associations cyclistes de la Croix-Rousse."""

WIDE_HONEST = """Des travaux sur le réseau de bus lyonnais

Le chantier perturbera les lignes de bus desservant la gare Part-Dieu. \
Des panneaux jaunes signaleront les arrêts provisoires. \
La métropole a consulté les associations cyclistes de la Croix-Rousse."""

WIDE_PAIRS = Pairs("scope-wide", WIDE_SOURCE, WIDE_HONEST)
wide = WIDE_PAIRS.variant
WIDE_DISTORTIONS = [
    wide("scope", "les lignes de bus desservant la gare Part-Dieu", "l'ensemble des lignes de bus",
         "says all («ligne») where the source says only those «qui desservent la gare Part-Dieu»"),
    wide("scope", "les associations cyclistes de la Croix-Rousse", "toutes les associations",
         "says all («association») where the source says only those «cyclistes»"),
]  # fmt: skip
WIDE_HONEST_VARIANTS = [
    wide("narrowed the same way", "les lignes de bus desservant la gare Part-Dieu",
         "toutes les lignes de bus qui desservent la gare Part-Dieu"),
    wide("all of what the source names", "Des panneaux jaunes signaleront les arrêts provisoires.",
         "Des panneaux jaunes signaleront tous les arrêts provisoires."),
]  # fmt: skip


@each(WIDE_DISTORTIONS)
def test_all_of_a_group_the_source_narrows_is_a_review(case: Case) -> None:
    WIDE_PAIRS.draws_one(case, "scope", "review")


@each(WIDE_HONEST_VARIANTS, "kind")
def test_all_of_a_group_narrowed_the_same_way_draws_no_scope_finding(case: Case) -> None:
    WIDE_PAIRS.draws_nothing(case, "scope")


def test_the_honest_rewrite_of_a_narrowed_group_draws_no_scope_finding() -> None:
    WIDE_PAIRS.draws_nothing(WIDE_HONEST, "scope")


# « some » or « a few » of what the source sentence gives whole (« les arrêts provisoires »)
LESS_DISTORTIONS = [
    wide("scope", "Des panneaux jaunes signaleront les arrêts provisoires.",
         "Des panneaux jaunes signaleront quelques-uns des arrêts provisoires.",
         "says a few («arrêt») where the source says all"),
    wide("scope", "Des panneaux jaunes signaleront les arrêts provisoires.",
         "Des panneaux jaunes signaleront certains arrêts provisoires.",
         "says some («arrêt») where the source says all"),
    wide("scope", "La métropole a consulté les associations cyclistes",
         "La métropole a consulté plusieurs des associations cyclistes",
         "says some («association») where the source says all"),
]  # fmt: skip


LESS_HONEST_VARIANTS = [
    # « des panneaux »: the source gives no whole
    wide("some of an indefinite plural", "Des panneaux jaunes signaleront",
         "Plusieurs panneaux jaunes signaleront"),
    wide("a few of an indefinite plural", "Des panneaux jaunes signaleront",
         "Quelques panneaux jaunes signaleront"),
]  # fmt: skip


@each(LESS_DISTORTIONS)
def test_some_of_what_the_source_gives_whole_is_a_review(case: Case) -> None:
    WIDE_PAIRS.draws_one(case, "scope", "review")


@each(LESS_HONEST_VARIANTS, "kind")
def test_some_of_what_the_source_does_not_give_whole_draws_no_scope_finding(case: Case) -> None:
    WIDE_PAIRS.draws_nothing(case, "scope")


# Issue 19, round 8 (recall by words): « all » said of a group the source sentence gives only a
# share of, named in other words (« tous les élus » for « certains, en particulier des élus »;
# « la totalité de l'aviation » for « la majeure partie de la flotte »): a review. The share kept,
# « tous … ne … pas » (not all), « tous » of the group the source says all of, draw nothing.
SOURCE_SHARE = """Toulouse : la crue de la Garonne

Certains habitants du quartier Saint-Cyprien ont été évacués dans la nuit de mardi. La majeure \
partie de la flotte municipale de bateaux a été mobilisée par la préfecture. Quelques \
commerçants de la rue Réclusane ont fermé leur boutique pour la journée. Tous les élus de \
l'opposition ont salué le travail des pompiers."""

FLOOD = Sentences("share", SOURCE_SHARE, "La crue de la Garonne")

ALL_OF_A_SHARE = [
    ("Tous les riverains du quartier Saint-Cyprien ont été évacués dans la nuit de mardi.",
     "says all («riverain») where the source says a share («habitant»)"),
    ("La totalité des embarcations municipales a été mobilisée par la préfecture.",
     "says all («embarcation») where the source says a share («flotte»)"),
    ("L'ensemble des marchands de la rue Réclusane ont fermé leur boutique pour la journée.",
     "says all («marchand») where the source says a share («commerçant»)"),
]  # fmt: skip
SHARE_KEPT = [
    "Une partie des riverains du quartier Saint-Cyprien ont été évacués dans la nuit de mardi.",
    "Plusieurs habitants du quartier Saint-Cyprien ont été évacués dans la nuit de mardi.",
    "Tous les riverains du quartier Saint-Cyprien n'ont pas été évacués dans la nuit de mardi.",
    "La plupart des bateaux de la flotte municipale ont été mobilisés par la préfecture.",
    "Les élus de l'opposition ont tous salué le travail des pompiers.",
    "Quelques commerçants de la rue Réclusane, tous membres de l'association, ont fermé leur "
    "boutique pour la journée.",
]


@each(ALL_OF_A_SHARE)
def test_all_said_of_a_group_the_source_gives_a_share_of_is_a_review(case: Case) -> None:
    FLOOD.draws_one(case, "scope", "review")


@each(SHARE_KEPT)
def test_a_share_kept_or_not_all_draws_nothing(case: Case) -> None:
    FLOOD.draws_nothing(case, "scope")
    FLOOD.draws_nothing(case, "polarity")  # « tous … n'ont pas été » says « certains »


# « au-delà des seuls X », « outre les seuls X »: more than those, no exclusivity (issue 19,
# round 10); « les seuls X » alone still is one.
BEYOND = Sentences(
    "scope-beyond",
    "Jérusalem : le consulat fête la victoire\n\n15 juillet 2018. – Le consulat a accueilli de "
    "nombreux supporters : compatriotes, amis israéliens et palestiniens, diplomates.",
    "Le consulat fête la victoire",
)


@each(
    [
        "Le consulat a rassemblé bien au-delà des seuls compatriotes : des amis israéliens et "
        "palestiniens étaient là.",
        "Au-delà des seuls compatriotes, le consulat a accueilli des amis israéliens et "
        "palestiniens.",
        "Outre les seuls compatriotes, le consulat a accueilli des amis israéliens et "
        "palestiniens.",
    ]
)
def test_beyond_the_only_ones_is_no_exclusivity(case: str) -> None:
    BEYOND.draws_nothing(case, "scope")


@each(
    [
        "Le consulat a accueilli les seuls compatriotes.",
        "Seuls les compatriotes ont été accueillis au consulat.",
    ]
)
def test_the_only_ones_without_beyond_is_still_an_exclusivity(case: str) -> None:
    BEYOND.draws(case, "scope", "review", "says only")


# How much of one thing a verb acts on, said by an adverb (« entièrement », « en partie », « en
# grande partie »): all, some or most of the thing, singular with its definite article (issue 19,
# round 10: « le scandale a été entièrement révélé » for « a dévoilé une partie du scandale »).
PARTLY = Sentences(
    "scope-partly",
    "Fraude : un élu mis en examen\n\n4 mars 2016. – L'arrestation du trésorier a dévoilé une "
    "partie du scandale. Le bâtiment de la mairie a été entièrement rénové en 2015. Le budget a "
    "été en grande partie consacré aux routes.",
    "Un élu mis en examen",
)


@each(
    [
        "Le scandale a été en partie révélé par l'arrestation du trésorier.",
        "L'arrestation du trésorier a révélé une partie du scandale.",
        "Le bâtiment de la mairie a été totalement rénové en 2015.",
        "Le bâtiment de la mairie a été intégralement rénové en 2015.",
        "Le budget a été surtout consacré aux routes.",
        "Le budget a été en majeure partie consacré aux routes.",
        "Les bureaux de la mairie ont été entièrement rénovés en 2015.",
    ]
)
def test_how_much_of_a_thing_said_the_same_draws_no_scope_finding(case: str) -> None:
    PARTLY.draws_nothing(case, "scope")


@each(
    [
        ("Le scandale a été entièrement révélé par l'arrestation du trésorier.", "says all"),
        ("L'arrestation du trésorier a totalement dévoilé le scandale.", "says all"),
        ("Le bâtiment de la mairie a été en partie rénové en 2015.", "says some"),
        ("Le bâtiment de la mairie a été pour partie rénové en 2015.", "says some"),
        ("Le budget a été entièrement consacré aux routes.", "says all"),
    ]
)
def test_how_much_of_a_thing_turned_round_is_hard(case: tuple[str, str]) -> None:
    PARTLY.draws(case, "scope", "hard")


# « quasiment tout le secteur », « presque tous les titres »: most, as « presque entièrement »
# (issue 19, round 10); « tout le secteur » for the source's « quasi intégralement » says all.
NEARLY = Sentences(
    "scope-nearly",
    "Presse : la crise s'aggrave\n\n5 janvier 2017. – La crise touche quasi intégralement le "
    "secteur de la presse écrite. La plupart des titres nationaux sont déficitaires depuis dix "
    "ans, selon le syndicat des éditeurs.",
    "La crise de la presse s'aggrave",
)


@each(
    [
        "La crise touche quasiment tout le secteur de la presse écrite.",
        "La crise touche presque tout le secteur de la presse écrite.",
        "Presque tous les titres nationaux sont déficitaires depuis dix ans, selon le syndicat "
        "des éditeurs.",
    ]
)
def test_nearly_all_is_most(case: str) -> None:
    NEARLY.draws_nothing(case, "scope")


@each(
    [
        "La crise touche tout le secteur de la presse écrite.",
        "Tous les titres nationaux sont déficitaires depuis dix ans, selon le syndicat des "
        "éditeurs.",
    ]
)
def test_all_for_nearly_all_is_hard(case: str) -> None:
    NEARLY.draws(case, "scope", "hard", "says all")


# « seuls sept millions de kilomètres », « seulement 40 euros »: how little of an amount, no
# group left out (issue 19, round 10); « seuls deux coureurs » still leaves the others out.
AMOUNT = Sentences(
    "scope-amount",
    "Astronomie : une planète très proche de son étoile\n\n3 mars 2018. – La planète orbite très "
    "près de son étoile, à sept millions de kilomètres. L'entrée du planétarium coûte 40 euros. "
    "Deux astronomes ont observé son passage.",
    "Une planète très proche de son étoile",
)


@each(
    [
        "Seuls sept millions de kilomètres séparent la planète de son étoile.",
        "Seuls 40 euros suffisent pour entrer au planétarium.",
    ]
)
def test_only_an_amount_is_no_exclusivity(case: str) -> None:
    AMOUNT.draws_nothing(case, "scope")


def test_only_a_count_of_people_is_still_an_exclusivity() -> None:
    AMOUNT.draws("Seuls deux astronomes ont observé son passage.", "scope", "review", "says only")


# A plural with the indefinite article (« des malades », « d'autres observateurs »): some of
# them; « l'ensemble des », « tous les » for it says all (issue 19, round 11). Any other
# quantifier short of all keeps it, and the article's own « des » names no share.
SOME_OF = Sentences(
    "scope-some-of",
    "Santé : la rougeole à Brest\n\n3 mai 2018. – Des cas de rougeole ont été signalés chez "
    "d'anciens patients de l'hôpital de Brest. D'autres médecins ont mis en doute les chiffres "
    "du ministère. Des élèves du lycée Kerichen ont été vaccinés dans la matinée. Tous les "
    "enseignants du collège Vauban ont reçu une lettre du rectorat. Tous les patients admis "
    "lundi à l'hôpital sont des enfants.",
    "La rougeole à Brest",
)


@each(
    [
        "Des cas de rougeole ont été relevés chez d'anciens patients de l'hôpital de Brest.",
        "Certains médecins ont mis en doute les chiffres du ministère.",
        "D'autres médecins ont contesté les chiffres du ministère.",
        "Plusieurs élèves du lycée Kerichen ont été vaccinés dans la matinée.",
        "Quelques élèves du lycée Kerichen ont été vaccinés dans la matinée.",
        "Des enseignants du collège Vauban ont reçu une lettre du rectorat.",
        "Les patients admis lundi à l'hôpital étaient tous des enfants.",  # what they are
        "Admis lundi à l'hôpital, tous étaient des enfants.",
    ]
)
def test_some_said_another_way_draws_no_scope_finding(case: str) -> None:
    SOME_OF.draws_nothing(case, "scope")


@each(
    [
        "Des cas de rougeole ont été signalés chez l'ensemble des anciens patients de l'hôpital "
        "de Brest.",
        "Tous les médecins ont mis en doute les chiffres du ministère.",
        "Tous les élèves du lycée Kerichen ont été vaccinés dans la matinée.",
        "L'ensemble des élèves du lycée Kerichen ont été vaccinés dans la matinée.",
    ]
)
def test_all_for_an_indefinite_plural_is_hard(case: str) -> None:
    SOME_OF.draws(case, "scope", "hard", "says all")


# « le nombre total de blessés s'élève à 528 »: all of them, counted. A quantity (« de nombreux
# blessés », « beaucoup de blessés ») is no share of that group; a share (« une partie des
# inscrits ») of a total that moves still clashes (issue 19, round 11).
TOTAL = Sentences(
    "scope-total",
    "Grève : le bilan des manifestations\n\n21 novembre 2018. – Le nombre total de blessés "
    "après les manifestations s'élève maintenant à 528. Le nombre total d'inscrits repart à la "
    "hausse après deux mois de baisse.",
    "Le bilan des manifestations",
)


@each(
    [
        "Les manifestations ont fait de nombreux blessés, 528 au total maintenant.",
        "Les manifestations ont fait beaucoup de blessés : 528 maintenant au total.",
    ]
)
def test_a_quantity_of_a_counted_total_draws_no_scope_finding(case: str) -> None:
    TOTAL.draws_nothing(case, "scope")


def test_a_share_of_a_total_that_moves_still_clashes() -> None:
    TOTAL.draws(
        "Une partie des inscrits repart à la hausse après deux mois de baisse.",
        "scope",
        "hard",
        "says some («inscrit»)",
    )


# « chacun de ces régimes », « chacune des régions »: all of them, one by one (the pronoun of
# lexicon scope « all » before its partitive); « certains de ces régimes » for it says some
# (issue 19, round 11).
EACH = Sentences(
    "scope-each",
    "Thaïlande : l'armée et le pouvoir\n\n6 avril 2016. – Chacun de ces régimes militaires "
    "s'est terminé difficilement. Plusieurs de ces généraux ont ensuite rejoint le Sénat.",
    "L'armée et le pouvoir",
)


@each(
    [
        "Tous ces régimes militaires se sont terminés difficilement.",
        "Chacun de ces régimes militaires a connu une fin difficile.",
        "Certains de ces généraux ont ensuite rejoint le Sénat.",
    ]
)
def test_each_of_them_said_another_way_draws_no_scope_finding(case: str) -> None:
    EACH.draws_nothing(case, "scope")


@each(
    [
        "Certains de ces régimes militaires se sont terminés difficilement.",
        "Quelques-uns de ces régimes militaires se sont terminés difficilement.",
        "Chacun de ces généraux a ensuite rejoint le Sénat.",
    ]
)
def test_some_for_each_or_each_for_some_is_hard(case: str) -> None:
    EACH.draws(case, "scope", "hard", "says")


# Quantifiers the parse reads as pronouns or nouns (« certaines de ses activités », « Plusieurs
# de ses exposants »), « plein de » (many), and an adverb of how much wherever the parse hangs it
# (« majoritairement » ↔ « unanimement »: a review).
MARKET = Sentences(
    "market",
    """Nantes : le marché de Noël s'agrandit

2 décembre 2025. – Il y a plein de commerçants du centre qui ont rejoint le marché de Noël. Tous \
les chalets de la place Royale sont occupés. Plusieurs de ses exposants viennent de Bretagne. Les \
riverains sont majoritairement favorables à son extension.""",
    "Nantes : le marché de Noël s'agrandit",
)
MARKET_MOVED = [
    ("Tous les commerçants du centre ont rejoint le marché de Noël.", "hard", "says all"),
    ("Certains des chalets de la place Royale sont occupés.", "hard", "says some"),
    ("Place Royale, certains de ses chalets sont occupés.", "hard", "says some"),
    ("Plein de chalets de la place Royale sont occupés.", "hard", "says many"),
    ("Tous ses exposants viennent de Bretagne.", "hard", "says all"),
    ("Les riverains sont unanimement favorables à son extension.", None, "says all"),
]
MARKET_KEPT = [
    "Beaucoup de commerçants du centre ont rejoint le marché de Noël.",
    "De nombreux commerçants du centre ont rejoint le marché de Noël.",
    "Certains de ses exposants viennent de Bretagne.",
    "Quelques-uns de ses exposants viennent de Bretagne.",
    "Les riverains sont en majorité favorables à son extension.",
    "Les riverains sont pour la plupart favorables à son extension.",
]


@each([(text, fragment) for text, _, fragment in MARKET_MOVED if fragment])
def test_a_quantifier_read_as_a_pronoun_or_an_adverb_moved_is_flagged(
    case: tuple[str, str],
) -> None:
    severity = next(s for text, s, _ in MARKET_MOVED if text == case[0])
    MARKET.draws(case, "scope", severity)


@each(MARKET_KEPT)
def test_the_same_quantity_said_another_way_draws_nothing(case: str) -> None:
    MARKET.draws_nothing(case, "scope")


# Examples (« notamment ») said where the source says only (« exclusivement »): a review, the
# mirror of « seulement » said where the source gives examples.
ONLY_THERE = Sentences(
    "only-there",
    "Paris : un nouveau journal\n\n5 mai 2025. – Le nouveau journal sera disponible "
    "exclusivement sur internet. Il sera vendu uniquement par abonnement.",
    "Paris : un nouveau journal",
)


@each(
    [
        "Le nouveau journal sera disponible notamment sur internet.",
        "Il sera vendu notamment par abonnement.",
    ]
)
def test_examples_where_the_source_says_only_are_a_review(case: str) -> None:
    ONLY_THERE.draws(case, "scope", "review", "gives examples («notamment») where the source says")


@each(
    [
        "Le nouveau journal ne sera disponible que sur internet.",
        "Il sera vendu seulement par abonnement.",
        "Le nouveau journal sera disponible uniquement sur internet.",
    ]
)
def test_only_said_another_way_draws_no_scope_finding(case: str) -> None:
    ONLY_THERE.draws_nothing(case, "scope")
