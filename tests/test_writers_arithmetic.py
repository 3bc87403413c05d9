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
