"""The writer's own arithmetic on the source's figures (engine.gate.claims.computed, measures): a
number of days a span of weekdays holds (« quatre jours, de jeudi à dimanche »), a share of an
amount and its part said with « dont » (« près d'un tiers » of « 248 000 euros, dont 80 000 »),
the gap between two ages (« de vingt-trois ans sa cadette » for 61 and 38 ans), the decade of the
source's years (« les années 1990 » for 1994 and 1998), a count and the one thing named beside it
(« treize validations, en comptant la métropole » for « par la métropole et par 12 communes »).
True, each draws no figures finding; the same arithmetic done wrong is hard."""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

SOURCE = """Bordeaux : le salon nautique ferme ses portes

9 octobre 2025. – Le salon nautique de Bordeaux s'est tenu de jeudi à dimanche sur les quais de \
la Garonne. Les exposants avaient eu deux jours pour s'installer. Il a coûté 248 000 euros, \
dont 80 000 pour la location des pontons. Son fondateur, Marc Delorme, 61 ans, a cédé la \
présidence du salon à Julie Ferrand, 38 ans. Le salon, créé en 1994, avait connu sa première \
grande affluence en 1998. Le projet de port de plaisance doit encore être validé par la \
métropole et par 12 communes riveraines."""

HONEST = """Le salon nautique de Bordeaux a fermé ses portes

Le salon nautique de Bordeaux s'est tenu de jeudi à dimanche sur les quais de la Garonne. Les \
exposants avaient eu deux jours pour s'installer. Il a coûté 248 000 euros, dont 80 000 pour la \
location des pontons. Son fondateur, Marc Delorme, 61 ans, a cédé la présidence du salon à \
Julie Ferrand, 38 ans. Le salon, créé en 1994, avait connu sa première grande affluence en \
1998. Le projet de port de plaisance doit encore être validé par la métropole et par 12 \
communes riveraines."""

PAIRS = Pairs("arithmetic", SOURCE, HONEST)

HELD = "Le salon nautique de Bordeaux s'est tenu de jeudi à dimanche sur les quais de la Garonne."
COST = "Il a coûté 248 000 euros, dont 80 000 pour la location des pontons."
HANDED = "a cédé la présidence du salon à Julie Ferrand, 38 ans."
CREATED = "Le salon, créé en 1994, avait connu sa première grande affluence en 1998."
VALIDATED = "doit encore être validé par la métropole et par 12 communes riveraines."

TRUE = [
    (HELD, "Le salon nautique de Bordeaux s'est tenu pendant quatre jours, de jeudi à dimanche, "
     "sur les quais de la Garonne."),
    (HELD, "Le salon nautique de Bordeaux a duré quatre jours, du jeudi au dimanche, sur les "
     "quais de la Garonne."),
    (HELD, "Sur les quais de la Garonne, le salon nautique de Bordeaux s'est tenu trois jours "
     "durant, entre jeudi et dimanche."),
    (COST, "Il a coûté 248 000 euros, dont 80 000 pour la location des pontons, soit près d'un "
     "tiers de la facture."),
    (COST, "Il a coûté 248 000 euros, dont 80 000 pour la location des pontons. Les pontons "
     "représentent donc à eux seuls plus de 30 % de la facture."),
    (COST, "Il a coûté 248 000 euros, dont 80 000 pour la location des pontons : un peu moins "
     "d'un tiers du total."),
    (HANDED, "a cédé la présidence du salon à Julie Ferrand, 38 ans, de vingt-trois ans sa "
     "cadette."),
    (HANDED, "a cédé la présidence du salon à Julie Ferrand, 38 ans. Julie Ferrand a ainsi "
     "vingt-trois ans de moins que lui."),
    (HANDED, "a cédé la présidence du salon à Julie Ferrand, 38 ans. Il est plus âgé de 23 ans "
     "que celle qui lui succède."),
    (CREATED, "Le salon est né dans les années 1990 : créé en 1994, il avait connu sa première "
     "grande affluence en 1998."),
    (CREATED, "Le salon est un enfant des années 1990. Créé en 1994, il avait connu sa première "
     "grande affluence en 1998."),
    (VALIDATED, "doit encore être validé par la métropole et par 12 communes riveraines. Cela "
     "fait au total treize validations, en comptant la métropole."),
    (VALIDATED, "doit encore obtenir treize feux verts en tout : celui de la métropole et ceux "
     "de 12 communes riveraines."),
]  # fmt: skip

WRONG = [
    (HELD, "Le salon nautique de Bordeaux s'est tenu pendant cinq jours, de jeudi à dimanche, "
     "sur les quais de la Garonne.", "cinq"),
    (HELD, "Le salon nautique de Bordeaux a duré deux jours, du jeudi au dimanche, sur les "
     "quais de la Garonne.", "deux"),
    (COST, "Il a coûté 248 000 euros, dont 80 000 pour la location des pontons, soit plus de la "
     "moitié de la facture.", "moitié"),
    (COST, "Il a coûté 248 000 euros, dont 80 000 pour la location des pontons. Les pontons "
     "représentent donc à eux seuls près d'un quart de la facture.", "quart"),
    (HANDED, "a cédé la présidence du salon à Julie Ferrand, 38 ans. Julie Ferrand a ainsi "
     "vingt-cinq ans de moins que lui.", "vingt-cinq"),
    (HANDED, "a cédé la présidence du salon à Julie Ferrand, 38 ans, de dix-neuf ans sa "
     "cadette.", "dix-neuf"),
    (CREATED, "Le salon est né dans les années 1980 : créé en 1994, il avait connu sa première "
     "grande affluence en 1998.", "1980"),
    (VALIDATED, "doit encore être validé par la métropole et par 12 communes riveraines. Cela "
     "fait au total quinze validations, en comptant la métropole.", "quinze"),
]  # fmt: skip


@each(PAIRS.edits(TRUE))
def test_the_writers_own_arithmetic_draws_no_figures_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "figures")


@each(PAIRS.edits(WRONG))
def test_the_same_arithmetic_done_wrong_is_hard(case: Case) -> None:
    PAIRS.draws(case, "figures", "hard")


def test_the_honest_rewrite_draws_no_figures_finding() -> None:
    PAIRS.draws_nothing(HONEST, "figures")


# A factor of two figures a range gives with one unit (« de douze à quatre mois »: « divisée par
# trois », « trois fois moins longue »), newcomers counted by what they are to the source (« trois
# nouveaux venus » for « trois nouveaux exposants »), a share the source says of the same word in
# another sentence (« quelques années »), « l'an dernier » (a date, no rank).
RENNES_SOURCE = """Rennes : la carte d'abonnement change

3 février 2025. – La validité de la carte d'abonnement des transports rennais passera de douze à \
quatre mois, a annoncé le réseau. Trois nouveaux exposants rejoindront le salon des mobilités au \
printemps. Après quelques années de travaux, la seconde ligne de métro a été inaugurée en 2024. \
Elle compte 15 stations et a coûté 1,3 milliard d'euros pour l'année 2024. Le maire, élu l'an \
dernier, a assisté à l'inauguration."""

RENNES = Pairs("rennes", RENNES_SOURCE)

RENNES_TRUE = [
    "La validité de la carte d'abonnement des transports rennais sera divisée par trois, a "
    "annoncé le réseau.",
    "La validité de la carte d'abonnement des transports rennais sera trois fois moins longue, a "
    "annoncé le réseau.",
    "La carte d'abonnement sera valable trois fois moins longtemps qu'aujourd'hui, a annoncé le "
    "réseau.",
    "Trois nouveaux venus rejoindront le salon des mobilités au printemps.",
    "Trois nouveaux arrivants rejoindront le salon des mobilités au printemps.",
    "Trois nouveaux entrants rejoindront le salon des mobilités au printemps.",
    "Après quelques années de chantier, la seconde ligne, qui compte 15 stations, a coûté 1,3 "
    "milliard d'euros pour l'année 2024.",
    "Le maire, élu pour la première fois, a assisté à l'inauguration.",
]
RENNES_WRONG = [
    ("La validité de la carte d'abonnement des transports rennais sera divisée par deux, a "
     "annoncé le réseau.", "figures", "hard"),
    ("La validité de la carte d'abonnement des transports rennais sera deux fois moins longue, a "
     "annoncé le réseau.", "figures", "hard"),
    ("Trois nouveaux mécènes rejoindront le salon des mobilités au printemps.", "figures",
     "review"),
    ("Après de nombreuses années de chantier, la seconde ligne, qui compte 15 stations, a coûté "
     "1,3 milliard d'euros pour l'année 2024.", "scope", "review"),
]  # fmt: skip


def _rennes(body: str) -> str:
    return f"{RENNES_SOURCE.split(chr(10))[0]}\n\n{body}"


@each(RENNES_TRUE)
def test_a_factor_newcomers_a_share_said_elsewhere_or_a_date_draw_nothing(case: str) -> None:
    RENNES.draws_nothing(_rennes(case), ("figures", "scope", "rank"))


@each(RENNES_WRONG, ids=lambda c: str(c[0])[:40])
def test_the_same_said_wrong_is_still_flagged(case: tuple[str, str, str]) -> None:
    body, rule, severity = case
    RENNES.draws(_rennes(body), rule, severity, fragment="")


# A change from one figure to another (« de 8,4 % … à 7,9 % »): told the other way round, or
# with a word of the other way than its own two figures and the source say, it is hard.
JOBS_SOURCE = """Emploi : le chômage recule dans la région

5 mars 2025. – Le taux de chômage de la région est passé de 8,4 % en 2023 à 7,9 % en 2024, \
selon l'Insee. Chez les moins de 25 ans, il est en hausse, passant de 17,2 à 18,1 % sur un an."""

JOBS = Pairs("jobs", JOBS_SOURCE)

JOBS_TRUE = [
    "Selon l'Insee, le taux de chômage de la région a reculé de 8,4 % en 2023 à 7,9 % en 2024.",
    "Le taux de chômage de la région est descendu de 8,4 % à 7,9 % entre 2023 et 2024, selon "
    "l'Insee.",
    "Chez les moins de 25 ans, le chômage grimpe, de 17,2 % à 18,1 % sur un an.",
    "Chez les moins de 25 ans, le chômage a progressé de 17,2 à 18,1 % sur un an.",
]
JOBS_WRONG = [
    "Le taux de chômage de la région est passé de 7,9 % en 2023 à 8,4 % en 2024, selon l'Insee.",
    "Chez les moins de 25 ans, le chômage est passé de 18,1 % à 17,2 % sur un an.",
    "Chez les moins de 25 ans, le chômage recule, de 17,2 % à 18,1 % sur un an.",
    "Chez les moins de 25 ans, le chômage a baissé de 17,2 à 18,1 % sur un an.",
]


def _jobs(body: str) -> str:
    return f"{JOBS_SOURCE.split(chr(10))[0]}\n\n{body}"


@each(JOBS_TRUE)
def test_a_change_told_its_own_way_draws_nothing(case: str) -> None:
    JOBS.draws_nothing(_jobs(case), "figures")


@each(JOBS_WRONG)
def test_a_change_turned_round_is_hard(case: str) -> None:
    JOBS.draws(_jobs(case), "figures", "hard", fragment="")


# A count of the parts a colon opens, each set off by a semicolon and opened by a name: the
# writer's own list, counted (the source's « deux » counts kilometres).
STORM_SOURCE = """Orages : deux départements touchés

6 juin 2025. – Le camion a parcouru environ deux kilomètres avant de s'arrêter. À Rennes, la \
préfecture a ouvert une cellule de crise activée par le préfet, et à Brest, le maire a fait \
évacuer le port. Trois écoles ont fermé."""
STORM = Pairs("storm", STORM_SOURCE)


def test_a_count_of_the_writers_own_list_after_a_colon_draws_nothing() -> None:
    listed = (
        "Orages : deux départements touchés\n\nLa réponse se partage donc entre deux villes : à "
        "Rennes, la cellule de crise activée par le préfet ; à Brest, le maire qui a fait "
        "évacuer le port."
    )
    STORM.draws_nothing(listed, "figures")
