"""Rank and degree (engine.gate.slots.rank): ordinals in digits and words, a rank said of a
synonym, superlatives, bounds, and degrees that point the other way. One source excerpt of our
own and an honest rewrite; each distortion changes one rank or degree and must draw the hard
`fidelity` finding that names it; each honest variant (the same rank said another way, or a rank
of someone else) must draw none.
"""

from __future__ import annotations

import pytest

from scripts.fidelity_eval import Variant
from tests.pairs import Case, Pairs, Sentences, each

SOURCE = """Cyclisme : Paul Martin s'impose à Laval

3 juin 2024. – Le coureur breton Paul Martin a remporté à Laval la 12e étape du Tour de \
Mayenne, devant Luc Garnier. La veille, Martin était arrivé en tête de la course de Rennes. Le \
dernier coureur, Hugo Petit, a franchi la ligne avec vingt minutes de retard. La chute de \
Garnier dans la descente est la plus grave de la saison. Les organisateurs réclament des règles \
plus fermes pour les descentes mouillées. L'amende d'un coureur peut atteindre au maximum \
2 000 euros. Garnier garde le maillot jaune grâce à un plus grand nombre de victoires."""

HONEST = """Paul Martin gagne à Laval

Paul Martin, coureur breton, s'est imposé à Laval dans la douzième étape du Tour de Mayenne, \
devant Luc Garnier. Martin avait déjà fini en tête de la course de Rennes la veille. Le dernier \
concurrent, Hugo Petit, a franchi la ligne vingt minutes après. Dans la descente, Garnier a \
fait la chute la plus grave de la saison. Les organisateurs demandent des règles plus strictes \
pour les descentes mouillées. Un coureur risque une amende de 2 000 euros au maximum. Garnier \
reste en jaune, car il compte davantage de victoires."""

PAIRS = Pairs("rank", SOURCE, HONEST)


def variant(find: str, replace: str, fails: str | None = None) -> Variant:
    return PAIRS.variant("comparative" if fails else "honest", find, replace, fails)


DISTORTIONS = [
    # an ordinal in words for the source's digits
    variant("dans la douzième étape", "dans la onzième étape",
            "ranks «étape» «onzième» where the source says «12e»"),
    # a superlative ranked down
    variant("la chute la plus grave", "la deuxième chute la plus grave",
            "ranks «superlatif» «deuxième"),
    # a degree turned round: « plus souples » for the source's « plus fermes »
    variant("des règles plus strictes", "des règles plus souples",
            "says «plus souple» where the source says «plus ferme»"),
    # a cap made a floor
    variant("2 000 euros au maximum", "2 000 euros au minimum",
            "says «au minimum» where the source says «au maximum»"),
]  # fmt: skip
HONEST_VARIANTS = [
    # the same rank, the name first
    variant("Le dernier concurrent, Hugo Petit,", "Hugo Petit, le dernier concurrent,"),
    # the ordinal in digits, as the source writes it
    variant("dans la douzième étape", "dans la 12e étape"),
    # a rank of someone else the source ranks by « devant »
    variant("devant Luc Garnier.", "Luc Garnier prenant la deuxième place."),
    # « ce dernier » names who was just named: no rank
    variant("Martin avait déjà fini en tête", "Ce dernier avait déjà fini en tête"),
    # a degree said with a word of the same side
    variant("des règles plus strictes", "des règles plus sévères"),
]  # fmt: skip


def test_the_honest_rewrite_passes() -> None:
    PAIRS.draws_nothing(HONEST, None, "hard")


@each(DISTORTIONS)
def test_a_rank_or_degree_changed_is_a_hard_finding(case: Case) -> None:
    PAIRS.draws(case, None, "hard")


@each(HONEST_VARIANTS)
def test_a_rank_said_another_way_passes(case: Case) -> None:
    PAIRS.draws_nothing(case, None, "hard")


# A rank said of another word than the source's: likely the same one ranked otherwise, but that
# the two words name one thing is a guess (« la troisième marche du podium » is not « la seconde
# place »), so the editor judges.
OTHER_WORDS = [
    # a synonym (« concurrent » for the source's « coureur »)
    variant("Le dernier concurrent", "L'avant-dernier concurrent",
            "ranks «concurrent» «avant-dernier» where the source says «dernier»"),
    # another verb (« fini » for « arrivé »)
    variant("avait déjà fini en tête", "avait déjà fini troisième",
            "ranks «finir» «troisième» where the source says «tête»"),
]  # fmt: skip


@each(OTHER_WORDS)
def test_a_rank_said_of_another_word_is_a_review(case: Case) -> None:
    PAIRS.draws_nothing(case, None, "hard")
    PAIRS.draws(case, None, "review")


def test_a_degree_of_a_word_the_lexicon_does_not_know_turned_round_is_a_review() -> None:
    """« moins de victoires » for « un plus grand nombre de victoires »: opposite ways, but
    neither word is in rank.txt, so the editor judges."""
    v = variant("il compte davantage de", "il compte moins de")
    PAIRS.draws_nothing(v, None, "hard")
    PAIRS.draws(v, None, "review", "says «moins victoire» where the source says «plus grand»")


def test_a_rank_the_sentence_also_gives_as_the_source_does_and_one_word_in_two_forms() -> None:
    """« le premier à la seconde transition »: the parse hangs both ranks on one word, and the
    sentence says the source's too; « plus récente » for « plus récemment » is one word."""
    source = """Triathlon de Lorient : Paul Morvan en tête

Paul Morvan est le premier à la seconde transition, suivi par un groupe de dix coureurs. Plus \
récemment, la fédération a changé le règlement des transitions."""
    honest = """Paul Morvan en tête à Lorient

C'est finalement Paul Morvan qui a atteint le premier la seconde transition, suivi par un groupe \
de dix coureurs. Deuxième nouveauté, plus récente : la fédération a changé le règlement des \
transitions."""
    pairs = Pairs("rank-honest", source, honest)
    pairs.draws_nothing(honest, "rank")


ELIDED_SOURCE = """Gard : trois crues en une semaine

12 octobre 2024. – Les deux premières crues ont touché Alès lundi et mardi, et une troisième a \
inondé Anduze jeudi soir. Les pompiers ont mené deux sauvetages en barque : le premier à Alès, \
le second à Anduze. Selon Météo-France, les pluies d'automne et les sols secs expliquent la \
violence de la deuxième crue."""
ELIDED_HONEST = """Trois crues dans le Gard

Lundi et mardi, deux crues ont touché Alès. Une troisième crue a inondé Anduze jeudi soir. Deux \
causes expliquent la violence de la deuxième crue, selon Météo-France. La première est la pluie \
d'automne. La seconde tient aux sols secs. Les pompiers ont mené deux sauvetages en barque, à \
Alès puis à Anduze : le second a eu lieu à Anduze."""
ELIDED = Pairs("rank-elided", ELIDED_SOURCE, ELIDED_HONEST)


def test_an_ordinal_whose_noun_is_left_unsaid_ranks_the_noun_before_it_and_no_synonym() -> None:
    """An ordinal with its own determiner and no noun, the subject of its clause or set beside
    another, ranks the noun the sentence ranked before it (the source's « les premières crues
    … et une troisième »: the article's « une troisième crue » is the source's); what the parse
    hangs it on is no synonym of what the source ranks (« La première est la pluie d'automne »,
    « le second a eu lieu à Anduze »: the writer's own enumeration, not the source's « deuxième
    crue »)."""
    ELIDED.draws_nothing(ELIDED_HONEST, "rank")


@pytest.mark.parametrize(
    ("find", "replace", "severity"),
    [
        # the rank the source gives with its noun left unsaid, changed: several ranks of « crue »
        # in the source sentence, so which one this restates is unsure
        ("Une troisième crue a inondé", "Une quatrième crue a inondé", "review"),
        # a rank of a noun the sentence says, against the source's one rank of it
        ("violence de la deuxième crue", "violence de la dernière crue", "hard"),
    ],
)
def test_a_rank_changed_beside_ordinals_with_their_noun_unsaid_is_still_caught(
    find: str, replace: str, severity: str
) -> None:
    ELIDED.draws_one(ELIDED.variant("comparative", find, replace), "rank", severity, "")


# A place taken on each of several occasions (« trois fois troisième ») is the rank of what was
# done each time, not of the occasion: the parse hangs the ordinal on « fois », and « fois » is
# what the source's « pour la première fois » ranks (issue 19, round 6: a past rank the source
# reports against the restated event's).
REPEATED_SOURCE = """Ski : Léa Moreau gagne enfin à Tignes

12 janvier 2025. – La skieuse savoyarde Léa Moreau a remporté dimanche pour la première fois le \
slalom de Tignes, après trois podiums à la troisième place, en 2021, 2022 et 2023. Elle devance \
l'Autrichienne Anna Huber et la Suissesse Nina Keller. La course s'est disputée sous la neige \
devant 4 000 spectateurs."""
REPEATED_HONEST = """Léa Moreau s'impose enfin à Tignes

Léa Moreau, skieuse savoyarde, a enfin gagné dimanche le slalom de Tignes, après avoir \
terminé trois fois troisième, en 2021, 2022 et 2023. Elle a battu l'Autrichienne Anna \
Huber et la Suissesse Nina Keller. Quatre mille spectateurs ont suivi la course sous la neige."""
REPEATED = Pairs("rank-repeated", REPEATED_SOURCE, REPEATED_HONEST)


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        # the count of times and the place for the source's « trois podiums à la troisième
        # place », beside its « pour la première fois »
        ("a enfin gagné dimanche", "s'est enfin imposée dimanche dans"),
        # the place in digits, another verb
        ("terminé trois fois troisième", "fini trois fois 3e"),
        # several times, uncounted
        ("terminé trois fois troisième", "terminé plusieurs fois troisième"),
    ],
)  # fmt: skip
def test_a_place_taken_several_times_is_no_rank_of_the_occasion(find: str, replace: str) -> None:
    REPEATED.draws_nothing(REPEATED.variant("honest", find, replace), "rank")


@pytest.mark.parametrize(
    ("find", "replace", "fails"),
    [
        # the occasion ranked otherwise: still the source's « première fois »
        ("a enfin gagné dimanche", "a gagné dimanche pour la deuxième fois",
         "ranks «fois» «deuxième» where the source says «première»"),
        ("a enfin gagné dimanche", "a gagné dimanche pour la troisième fois",
         "ranks «fois» «troisième» where the source says «première»"),
    ],
)  # fmt: skip
def test_a_rank_of_the_occasion_changed_beside_places_taken_is_hard(
    find: str, replace: str, fails: str
) -> None:
    REPEATED.draws(REPEATED.variant("comparative", find, replace, fails), "rank", "hard")


# A rank another source sentence gives, one the article sentence shares SHARED words with, is
# that sentence's, no synonym of the restated one's (issue 19, round 6: « avec ce cinquième
# succès, la Belge rejoint … Marcel Zamora » beside « sa 11e édition », where the source says
# « Cette victoire, la cinquième …, lui permet de rejoindre … Marcel Zamora »).
def _rank_clashes(article: set, elsewhere: set) -> list[str]:
    from engine.gate.slots.rank import Rank, Said, compare

    source = {
        Rank("édition", "9", "9e"),
        Said(frozenset({"meetin", "editio", "tenir"}), ranked=frozenset({"9"})),
    }
    known = frozenset(source | elsewhere)
    return [c.problem for c in compare(frozenset(article), frozenset(source), known)]


def test_a_rank_another_sentence_gives_with_the_articles_words_is_that_sentences() -> None:
    from engine.gate.slots.rank import Rank, Said

    mine = {"succes", "nageus", "rejoin", "rolland", "record"}
    said = Said(frozenset(mine), ranked=frozenset({"4"}))
    other = Said(
        frozenset({"victoi", "rejoin", "rolland", "record", "prime"}), ranked=frozenset({"4"})
    )
    elsewhere = {Rank("victoire", "4", "quatrième", elided=True), other}
    assert _rank_clashes({Rank("succès", "4", "quatrième"), said}, elsewhere) == []
    # the same value in a sentence the article shares no words with: still a synonym's review
    apart = Said(frozenset({"victoi", "prime", "euros"}), ranked=frozenset({"4"}))
    assert _rank_clashes(
        {Rank("succès", "4", "quatrième"), said}, {Rank("victoire", "4", "quatrième"), apart}
    ) == ["ranks «succès» «quatrième» where the source says «9e» («édition»)"]


# A degree of a word another source sentence says beside the same degree restates that
# sentence, no synonym of the restated one's (issue 19, round 6: « les plus touchés » beside « chez
# les plus jeunes » where the source says « les principaux touchés sont les plus jeunes »).
DEGREES = Pairs(
    "rank-degrees",
    """Natation : les jeunes quittent les clubs

8 juin 2025. – Le nombre de licenciés recule fortement chez les plus jeunes, de 12 000 à 9 000 \
en cinq ans. Les principaux touchés sont les plus jeunes et les clubs ruraux, selon la \
fédération. Les clubs urbains résistent mieux.""",
    """Les jeunes quittent les clubs

Les jeunes, passés de 12 000 à 9 000 en cinq ans, sont les plus touchés. Les clubs urbains \
résistent mieux.""",
)


def test_a_degree_of_a_word_the_source_grades_only_elsewhere_is_no_synonym() -> None:
    DEGREES.draws_nothing(DEGREES.case.honest, "rank")
    # a word the source never says, graded against the sentence's own degree: still a review
    other = DEGREES.variant(
        "comparative",
        "sont les plus touchés",
        "sont les plus concernés",
        "says «plus concerner» where the source says «plus jeune»",
    )
    DEGREES.draws_one(other, "rank", "review")


# A degree of a quality the parse takes for a noun (« plus ambigus », « moins contrastés »: right
# after the degree word, no determiner) grades that quality as an adjective's would; a thing
# counted (« plus de gens ») or a noun with its determiner is no quality.
QUALITIES = Sentences(
    "rank-qualities",
    "Syndicats : une rentrée sous tension\n\n2 septembre 2025. – Les rapports de la direction "
    "avec le syndicat sont plus ambigus depuis la grève. Les résultats des négociations "
    "salariales sont moins contrastés que l'an dernier selon la fédération.",
    "Une rentrée sous tension",
)


@pytest.mark.parametrize(
    ("sentence", "turned"),
    [
        ("Les rapports de la direction avec le syndicat sont moins ambigus depuis la grève.", True),
        ("Les rapports de la direction avec le syndicat sont plus ambigus depuis la grève.", False),
        ("Depuis la grève, la direction et le syndicat ont des rapports plus ambigus.", False),
        ("Selon la fédération, les résultats des négociations salariales sont plus contrastés "
         "que l'an dernier.", True),
    ],
)  # fmt: skip
def test_a_degree_of_a_quality_the_parse_takes_for_a_noun_is_read(
    sentence: str, turned: bool
) -> None:
    found = [f.severity for f in QUALITIES.found(sentence, "rank")]
    assert found == (["hard"] if turned else []), found


# An ordinal that heads its sentence ranks the verb of the clause after it (« c'est la deuxième
# que l'armée mène » as the source's « la première menée par l'armée »).
CLAUSE = Sentences(
    "rank-clause",
    "Sahel : une frappe française près de Gao\n\n9 mai 2025. – Cette frappe est la première "
    "menée par l'armée française dans la région depuis le mois de janvier, selon l'état-major.",
    "Une frappe française près de Gao",
)


@pytest.mark.parametrize(
    ("sentence", "ranked"),
    [
        ("Selon l'état-major, c'est la première que l'armée française mène dans la région depuis "
         "le mois de janvier.", False),
        ("Selon l'état-major, c'est la troisième que l'armée française mène dans la région depuis "
         "le mois de janvier.", True),
        ("Selon l'état-major, c'est seulement la deuxième que l'armée française mène dans la "
         "région depuis le mois de janvier.", True),
    ],
)  # fmt: skip
def test_an_ordinal_heading_its_sentence_ranks_the_verb_of_its_clause(
    sentence: str, ranked: bool
) -> None:
    found = [f.message for f in CLAUSE.found(sentence, "rank") if "«mener»" in f.message]
    assert bool(found) == ranked, found


# « tout au début », « au tout début » said alone name the first of what the sentence lists: « la
# toute première » restating it is no rank of a synonym (issue 19, round 10); « au début du
# mois » is a time, no first.
def _start(opening: str) -> Sentences:
    return Sentences(
        "rank-start",
        "Mobilisation : une 39e journée\n\n25 décembre 2018. – Cette journée de mobilisation est "
        f"la 39e, qui fait suite à la journée du 24 décembre, et {opening}, celle du samedi 17 "
        "novembre.",
        "Une 39e journée de mobilisation",
    )


FIRSTS = [
    "Elle fait suite à celle du 24 décembre, la toute première remontant au samedi 17 novembre.",
    "Elle fait suite à la journée du 24 décembre, le tout premier épisode remontant au samedi 17 "
    "novembre.",
    "Elle suit celle du 24 décembre, la première journée ayant eu lieu le samedi 17 novembre.",
]


@each(FIRSTS)
@pytest.mark.parametrize("opening", ["tout au début", "au tout début"])
def test_the_first_of_a_list_said_tout_au_debut_is_no_synonym_rank(case: str, opening: str) -> None:
    _start(opening).draws_nothing(case, "rank")


@each(FIRSTS[:2])
def test_a_first_where_the_source_says_au_debut_du_mois_is_still_a_review(case: str) -> None:
    _start("au début du mois").draws(case, "rank", "review", "where the source says «39e»")


# « un quart d'heure plus tard » says when, not how much: it restates no degree of another word
# (« davantage de torts »), while « plus tôt » for the source's « plus tard » is turned round.
WHEN = Sentences(
    "rank-when",
    "Réseaux sociaux : deux journalistes réagissent\n\n26 décembre 2018. – Vers 12h45, le "
    "journaliste Paul Morel condamne ces actes, qui risquent de causer davantage de torts aux "
    "victimes. Le train des manifestants est arrivé plus tard que prévu.",
    "Deux journalistes réagissent",
)


@pytest.mark.parametrize(
    ("sentence", "severity"),
    [
        ("Un quart d'heure plus tard, vers 12h45, le journaliste Paul Morel a condamné ces actes.",
         None),
        ("Deux heures plus tôt, vers 12h45, le journaliste Paul Morel a condamné ces actes.", None),
        ("Le train des manifestants est arrivé plus tôt que prévu.", "hard"),
        ("Vers 12h45, le journaliste Paul Morel condamne ces actes, qui risquent de causer moins "
         "de torts aux victimes.", "hard"),
    ],
)  # fmt: skip
def test_a_degree_of_when_is_no_degree_of_another_word(sentence: str, severity: str | None) -> None:
    found = [f.severity for f in WHEN.found(sentence, "rank")]
    assert found == ([severity] if severity else []), found


# « aîné » and « cadet » grade one's age against a sibling's: turned round, they are the opposite
# degree (issue 19, round 10); « plus âgé », « plus jeune » say the same, and neither grades another
# word of the sentence.
AGES = Sentences(
    "rank-ages",
    "Disparition : une famille recherchée\n\n2 mars 2017. – Les enquêteurs ont entendu Lydie, la "
    "sœur cadette de Pascal Martin, et Paul, le fils aîné du couple, dont la voiture a été "
    "retrouvée plus tard.",
    "Une famille recherchée",
)


@pytest.mark.parametrize(
    ("sentence", "severity"),
    [
        ("Les enquêteurs ont entendu Lydie, sœur cadette de Pascal Martin, et Paul, le fils aîné "
         "du couple.", None),
        ("Les enquêteurs ont entendu Lydie, la petite sœur de Pascal Martin, et Paul, l'aîné des "
         "enfants du couple.", None),
        ("Les enquêteurs ont entendu Lydie, la sœur aînée de Pascal Martin.", "hard"),
        ("Les enquêteurs ont entendu Paul, le fils cadet du couple.", "hard"),
        ("Les enquêteurs ont entendu Lydie et Paul ; la cadette est la sœur de Pascal Martin, "
         "l'aîné le fils du couple.", None),  # alone, each names one of them: no degree
        ("Les enquêteurs ont entendu Lydie, la sœur aînée de Pascal Martin, et Paul, le fils "
         "cadet du couple.", "hard"),
    ],
)  # fmt: skip
def test_elder_and_younger_turned_round_are_opposite_degrees(
    sentence: str, severity: str | None
) -> None:
    found = {f.severity for f in AGES.found(sentence, "rank")}
    assert found == ({severity} if severity else set()), found


# « l'une des plus rapides », « parmi les plus touchés »: one of the first few; « la plus
# rapide » for it makes it the first (issue 19, round 10: « un des » → « le seul »). One of the
# first few is true of the first, and a superlative of another word is no rank of this one.
AMONG = Sentences(
    "rank-among",
    "Triathlon : Roth fête sa quinzième édition\n\n17 juillet 2016. – L'épreuve de Roth est "
    "réputée pour être l'une des plus rapides du circuit mondial. Le parcours cycliste est le "
    "plus long de la saison européenne.",
    "Roth fête sa quinzième édition",
)


@pytest.mark.parametrize(
    ("sentence", "severity"),
    [
        ("L'épreuve de Roth est réputée pour être parmi les plus rapides du circuit mondial.",
         None),
        ("L'épreuve de Roth est connue pour être une des plus rapides du circuit mondial.", None),
        ("Le parcours cycliste est l'un des plus longs de la saison européenne.", None),
        ("L'épreuve de Roth est réputée pour être la plus rapide du circuit mondial.", "hard"),
        ("L'épreuve de Roth est connue pour être l'épreuve la plus rapide du circuit mondial.",
         "hard"),
    ],
)  # fmt: skip
def test_the_first_for_one_of_the_first_few_is_hard(sentence: str, severity: str | None) -> None:
    found = {f.severity for f in AMONG.found(sentence, "rank")}
    assert found == ({severity} if severity else set()), found


# « meilleur », « pire »: a superlative in one word (lexicon rank « best »): « le deuxième meilleur
# temps » for the source's record ranks it down; « le meilleur temps » is the record, and « parmi
# les meilleurs » one of the first few (issue 19, round 10).
BEST = Sentences(
    "rank-best",
    "Triathlon : Laura Petit bat le record de Roth\n\n17 juillet 2016. – À vélo, Laura Petit "
    "bat le record féminin du segment en 4 heures et 50 minutes, devant Anne Morel.",
    "Laura Petit bat le record de Roth",
)


@pytest.mark.parametrize(
    ("sentence", "severity"),
    [
        ("À vélo, Laura Petit signe le meilleur temps féminin du segment en 4 heures et 50 "
         "minutes, devant Anne Morel.", None),
        ("À vélo, Laura Petit signe le deuxième meilleur temps féminin du segment en 4 heures et "
         "50 minutes, devant Anne Morel.", "hard"),
        ("À vélo, Laura Petit signe la troisième meilleure performance féminine du segment en 4 "
         "heures et 50 minutes, devant Anne Morel.", "hard"),
    ],
)  # fmt: skip
def test_a_superlative_in_one_word_ranked_down_is_hard(sentence: str, severity: str | None) -> None:
    found = {f.severity for f in BEST.found(sentence, "rank")}
    assert found == ({severity} if severity else set()), found


def test_one_of_the_best_is_no_first() -> None:
    from engine.gate.slots.rank import Rank, read
    from engine.text.nlp import parse

    for text, ranked in [
        ("Elle figure parmi les meilleures triathlètes du circuit.", False),
        ("Elle est l'une des meilleures triathlètes du circuit.", False),
        ("Elle est la meilleure triathlète du circuit.", True),
    ]:
        marks = read(list(parse([text])[0]))
        assert any(isinstance(m, Rank) for m in marks) == ranked, (text, marks)


# « un de ses plus forts taux », « l'une de leurs plus belles victoires »: one of the first few,
# as « l'un des plus »; « le plus fort taux », where the parse calls « fort » an adverb, is the
# first (issue 19, round 11: « le plus fort taux … de son histoire » for « un de ses plus fort
# taux »).
THEIRS = Sentences(
    "rank-theirs",
    "Triathlon : la chaleur à Embrun\n\n15 août 2016. – L'édition a enregistré un de ses plus "
    "forts taux d'abandon à cause de la chaleur. Carrie Lester a signé l'une de ses plus belles "
    "victoires sur la distance. Le col d'Izoard a connu le plus gros dénivelé du parcours.",
    "La chaleur à Embrun",
)


@pytest.mark.parametrize(
    ("sentence", "severity"),
    [
        ("L'édition a connu l'un de ses plus forts taux d'abandon à cause de la chaleur.", None),
        ("À cause de la chaleur, l'édition a enregistré un de ses plus forts taux d'abandon.",
         None),
        ("Carrie Lester a signé une de ses plus belles victoires sur la distance.", None),
        ("Le col d'Izoard a connu le dénivelé le plus gros du parcours.", None),
        ("L'édition a enregistré le plus fort taux d'abandon de son histoire à cause de la "
         "chaleur.", "hard"),
        ("L'édition a enregistré son taux d'abandon le plus fort à cause de la chaleur.", None),
        ("Carrie Lester a signé la plus belle victoire de sa carrière sur la distance.", "hard"),
        ("Carrie Lester a signé sa plus belle victoire sur la distance.", "hard"),
        ("Carrie Lester a signé l'une des plus belles victoires de sa carrière sur la distance.",
         None),
        ("Le col d'Izoard a connu le deuxième plus gros dénivelé du parcours.", "hard"),
    ],
)  # fmt: skip
def test_the_first_for_one_of_their_first_few_is_hard(sentence: str, severity: str | None) -> None:
    found = {f.severity for f in THEIRS.found(sentence, "rank")}
    assert found == ({severity} if severity else set()), found


# « deux bâtiments s'écroulent le 5 novembre, un troisième le soir »: an ordinal with the
# indefinite article and no noun after it is one more of what was counted, no rank of the noun
# the parse hangs it on (« soir »: the source's only rank, « 1er arrondissement », is no rank of a
# synonym of it); « un troisième mandat » still ranks its noun (issue 19, round 11).
ONE_MORE = Sentences(
    "rank-one-more",
    "Marseille : des immeubles s'effondrent\n\n10 novembre 2018. – Le 5 novembre, dans le 1er "
    "arrondissement de Marseille, deux immeubles se sont effondrés au matin, et un autre dans la "
    "soirée.",
    "Des immeubles s'effondrent à Marseille",
)
MANDATE = Sentences(
    "rank-mandate",
    "Marseille : le maire sur place\n\n10 novembre 2018. – Le maire de Marseille, élu pour un "
    "deuxième mandat en 2014, s'est rendu sur place.",
    "Le maire sur place",
)


@each(
    [
        "Deux immeubles se sont effondrés le 5 novembre au matin à Marseille, un troisième le "
        "soir.",
        "Le 5 novembre, à Marseille, deux immeubles se sont effondrés au matin, un troisième le "
        "soir.",
    ]
)
def test_one_more_of_what_was_counted_is_no_rank(case: str) -> None:
    ONE_MORE.draws_nothing(case, "rank")


def test_an_ordinal_before_its_noun_still_ranks_it() -> None:
    MANDATE.draws(
        "Le maire de Marseille, élu pour un troisième mandat en 2014, s'est rendu sur place.",
        "rank",
        "hard",
        "ranks «mandat»",
    )


# A degree of quality said with a synonym the other way, beside a degree of when the writer adds
# (« un an plus tôt » for « il y a un an »), which restates only a degree of when: the two
# qualities are paired all the same.
WORSE = Sentences(
    "rank-worse",
    "Emploi : le chômage en Europe\n\n4 janvier 2025. – Pour l'Italie, la situation est plus "
    "préoccupante, avec 11,9 % en novembre, contre 11,5 % il y a un an.",
    "Emploi : le chômage en Europe",
)


def test_a_synonym_graded_the_other_way_beside_a_time_is_a_review() -> None:
    wrong = (
        "La situation de l'Italie est moins inquiétante, avec 11,9 % en novembre, contre 11,5 % "
        "un an plus tôt."
    )
    WORSE.draws(wrong, "rank", "review", "says «moins inquiétant» where the source says")


def test_a_synonym_graded_the_same_way_beside_a_time_draws_nothing() -> None:
    same = (
        "La situation de l'Italie est plus inquiétante, avec 11,9 % en novembre, contre 11,5 % "
        "un an plus tôt."
    )
    WORSE.draws_nothing(same, "rank")
