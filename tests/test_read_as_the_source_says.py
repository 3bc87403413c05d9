"""Readings drawn from round 13's first pair of judges (honest-r20, heldout-r16; read by the
lead after their blind measure at arrival — not blind —; the sentences are written here):

- a plural order the source names with an article or a preposition (« les dizaines de milliers
  de foyers », « présents par milliers ») vouches for the same order said with « des »;
- « seuls quelques X » for the source's « seulement quelques X » (« seules trois équipes » for
  « trois équipes seulement »): the same few, the same « only »;
- figures of one list given person by person in the order of a list of people (« Marie Roux et
  Paul Brun ont obtenu 42 et 30 % des voix ») are each one's: said apart, each with its own
  person, they are the source's; each with the other person, a swap;
- a rank among days (« la 24ème journée du mouvement ») is no length of time, so « une journée
  d'annonces » is not set against it;
- « n'ont pas arrêté de se transformer » affirms « se transformer » (« arrêter » denies an
  infinitive it governs with « de », and is denied itself), while « arrêter » a suspect denies
  nothing;
- « à 3 heures du matin » is a time of day, no count of hours that « quelques heures plus tard »
  would say vaguely;
- « environ un tiers » says the source's 33 %, « environ deux quartiers sur cinq » its 40 %;
- « les armées russe et syrienne » for « les armées syriennes et russes » gives each army its own
  nationality;
- a noun of change that a verb of change moves (« voit ses pertes s'aggraver ») goes the verb's
  way, so « les pertes se réduisent » turns it round; and a sentence that says two changes of
  one sign (« la hausse de la commission … et la hausse des tarifs ») where the source says one
  of each cannot lean on the source's one for the other;
- an adjective standing as a noun with its article (« ont battu les jeunes RPA-FDD ») is the
  verb's object, so the two sides of an act exchanged are seen;
- a count whose noun opens a list with a colon (« quatre thèmes : A, B, C et D ») counts that
  list; a list of more than thirty names (a day's thirty-five motorways) is still counted;
- the time between two times of day the source gives (« cinq minutes plus tard, vers 13h30 »
  after its « vers 13h25 ») is the source's;
- an order said with no noun of its own counts the noun of the order before it (« des milliers
  d'individus autrefois, quelques centaines aujourd'hui »);
- the gap between two amounts of one currency a source sentence gives (« deux milliards d'euros
  séparent les deux estimations » for « de 8 à 10 milliards d'euros »), said as a gap;
- « pour le seul mois de décembre » weighs that month alone, and says no other is excluded;
- « aucun … n'avait été conçu ainsi avant lui » tells the source's « le premier à avoir été
  conçu … », though the sentence restated is another (the title's);
- « 2 000 annulations » counts what the source's « 2 000 personnes ont annulé » did (the noun of
  its verb's act).

And from the second pair (honest-r21, read by the lead after its final blind measure): « les
trente et unièmes journées » are the 31st, no « trente » and no fraction; « plus de deux fois
plus loin » is the source's « plus de deux fois plus éloignée », its own bound; a dateline set
after a status line and a quotation (« État Vérifié », « « … » », then « 22 janvier 2017 . – »)
is still the article's date.

From round 14's first judge (honest-r22, read by the lead after its blind measure): a source's
compound written without its hyphen (« l'avant dernière étape », « le vice champion olympique »,
« le vice président ») is that compound, not « dernière » or « champion »; a place written « la 5 e
place » is its verb's rank, as « la cinquième place » is; « aucune … n'avait été aussi grave » tells
the source's « la plus grave » from the other end; a bound said of each figure of a set the article
has just given (« moins de 0,5 % dans les deux cas ») holds of the source's two figures; « une
donation record » is the source's « la plus grande donation de son histoire »; « à l'origine de la
découverte, on trouve X » tells who did the deed the source gives X, no link. From heldout-r18
(recall): a figure of the next sentence said in the restated one's slot is a swap; a weekday no
day of the source falls on is a day it lacks; an ordinal ranks the superlative after its noun's
complement; « arguant que », « soutiennent avoir » give someone's word. From the second pair
(honest-r23, read after its final blind measure): « 6m03 » is 6,03 metres; « hollandais » is
Dutch; a « sélectionneur » is the team's « entraîneur »; « six buts chacun, soit douze à eux deux »
is the source's figure times the two of them.

The same sentences with the fact changed are still flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pairs import Pairs

STORM = Pairs(
    "storm",
    """Tempête : l'Ouest privé de courant

18 janvier 2017. – Environ 7 000 agents se sont mobilisés pour aider les centaines \
d'habitants de hameaux isolés, ainsi que les dizaines de milliers de foyers privés \
d'électricité. Les loups y étaient autrefois présents par milliers, selon le parc régional.""",
)
STORMED = """Tempête dans l'Ouest

Environ 7 000 agents se sont mobilisés pour aider {} foyers privés d'électricité et les \
habitants des hameaux isolés. Selon le parc régional, les loups y vivaient autrefois {}."""


@pytest.mark.parametrize(
    ("foyers", "loups"),
    [
        ("des dizaines de milliers de", "par milliers"),
        ("plusieurs dizaines de milliers de", "en des milliers de meutes"),
        ("les dizaines de milliers de", "en des centaines de meutes"),  # « les centaines d'… »
    ],
)
def test_an_order_the_source_names_with_its_article(foyers: str, loups: str) -> None:
    # before: « number not in the source «des dizaines de milliers» »
    assert STORM.findings(STORMED.format(foyers, loups), "figures") == []


@pytest.mark.parametrize(
    ("foyers", "loups", "wrong"),
    [
        ("des centaines de milliers de", "par milliers", "des centaines de milliers"),
        ("des dizaines de milliers de", "par centaines", None),
        ("les dizaines de milliers de", "en des dizaines de meutes", "des dizaines"),
    ],
)
def test_another_order_is_still_flagged(foyers: str, loups: str, wrong: str | None) -> None:
    found = STORM.findings(STORMED.format(foyers, loups), "figures")
    if wrong is None:  # « par centaines » is no order the article states: nothing to check
        assert found == []
    else:
        assert [f.severity for f in found if f"«{wrong}»" in f.message] == ["hard"]


ROADS = Pairs(
    "roads",
    """Grève : peu de barrages dimanche

16 décembre 2018. – En Bretagne, ce dimanche, seulement quelques barrages ont été signalés par \
la préfecture. Trois équipes seulement étaient mobilisées pour les lever.""",
)
ROADED = """Peu de barrages en Bretagne

Dimanche, {} signalés par la préfecture en Bretagne. {} mobilisées pour les lever."""


@pytest.mark.parametrize(
    ("barrages", "equipes"),
    [
        ("seuls quelques barrages ont été", "Seules trois équipes étaient"),
        ("quelques barrages seulement ont été", "Trois équipes seulement étaient"),
        ("seuls quelques barrages ont été", "Trois équipes en tout étaient"),
    ],
)
def test_a_few_restricted_the_source_s_way(barrages: str, equipes: str) -> None:
    # before: « says only («barrage») where the source says a few », hard
    assert ROADS.findings(ROADED.format(barrages, equipes), "scope") == []


@pytest.mark.parametrize(
    "barrages",
    ["le seul barrage a été", "seul un barrage a été", "tous les barrages ont été"],
)
def test_one_or_all_for_a_few_is_still_flagged(barrages: str) -> None:
    found = ROADS.findings(ROADED.format(barrages, "Trois équipes seulement étaient"), "scope")
    assert [f.severity for f in found] == ["hard"]


VOTE = Pairs(
    "vote",
    """Municipales : Marie Roux en tête à Vierzon

12 mars 2017. – Au premier tour, Marie Roux et Paul Brun ont obtenu 42 et 30 % des voix, \
respectivement, selon la préfecture du Cher. C'était la 24ème journée de campagne à Vierzon.""",
)


@pytest.mark.parametrize(
    "text",
    [
        "Marie Roux arrive en tête avec 42 % des voix, devant Paul Brun, à 30 %.",
        "Paul Brun obtient 30 % des voix, et Marie Roux 42 %.",
        "Marie Roux et Paul Brun ont recueilli 42 et 30 % des voix.",
    ],
)
def test_a_list_of_figures_given_person_by_person(text: str) -> None:
    # before: « gives «42 %» where the source gives «30 %» » and the like
    article = f"Marie Roux en tête à Vierzon\n\n{text} Ce fut une journée de campagne."
    assert VOTE.findings(article, "figures") == []


@pytest.mark.parametrize(
    "text",
    [
        "Marie Roux arrive en tête avec 30 % des voix, devant Paul Brun, à 42 %.",
        "Paul Brun obtient 42 % des voix, et Marie Roux 30 %.",
    ],
)
def test_each_figure_with_the_other_person_is_a_swap(text: str) -> None:
    found = VOTE.findings(f"Marie Roux en tête à Vierzon\n\n{text}", "figures")
    assert [f.severity for f in found if "where the source gives" in f.message] == ["hard"] * 2


def test_a_rank_among_days_is_no_length() -> None:
    from engine.brief.figures import long_durations

    assert [d.text for d in long_durations("la 24ème journée de campagne")] == []
    assert [d.text for d in long_durations("le 2e jour")] == []
    assert [d.text for d in long_durations("en 24 jours")] == ["24 jours"]


TOWNS = Pairs(
    "towns",
    """Territoires : des bourgs en mutation

4 mai 2018. – Selon le géographe Luc Henry, ce sont des bourgs qui n'ont pas arrêté de se \
transformer depuis 30 ans. La police a arrêté deux hommes qui fuyaient le bourg de Riom.""",
)


@pytest.mark.parametrize(
    "text",
    [
        "Selon le géographe Luc Henry, ces bourgs se transforment depuis 30 ans.",
        "Selon le géographe Luc Henry, ces bourgs continuent de se transformer depuis 30 ans.",
    ],
)
def test_a_stop_denied_affirms_what_goes_on(text: str) -> None:
    # before: « affirms what the source denies (transformer) »
    assert TOWNS.findings(f"Des bourgs en mutation\n\n{text}", "polarity") == []


def test_a_stop_said_is_still_flagged() -> None:
    text = "Selon le géographe Luc Henry, ces bourgs ont arrêté de se transformer depuis 30 ans."
    found = TOWNS.findings(f"Des bourgs en mutation\n\n{text}", "polarity")
    assert [f.message for f in found if "denies (arrêter)" in f.message]


def test_arresting_someone_denies_nothing() -> None:
    from engine.gate.claims.polarity import says_no
    from engine.text.nlp import parse

    doc = parse(["La police a arrêté deux hommes qui fuyaient le bourg de Riom."])[0]
    fled = next(t for t in doc if t.lemma_ == "fuir")
    assert not says_no(fled)


NIGHT = Pairs(
    "night",
    """Manifestation : un train bloqué à Bollène

9 décembre 2018. – Vers 23 heures, une centaine de manifestants ont occupé le péage. À 3 heures \
du matin, des manifestants sont descendus sur la voie, bloquant un train pendant dix minutes.""",
)


@pytest.mark.parametrize(
    "text",
    [
        "Quelques heures plus tard, à 3 heures du matin, c'est le rail qui a été visé.",
        "Quelques heures après le péage, vers 3 heures, des manifestants ont visé le rail.",
    ],
)
def test_a_time_of_day_counts_no_hours(text: str) -> None:
    # before: « says a few («heure») where the source counts them »
    assert NIGHT.findings(f"Un train bloqué\n\n{text}", "scope") == []


def test_a_length_in_hours_still_counts() -> None:
    from engine.gate.slots import scope
    from engine.text.nlp import parse

    def counted(text: str) -> bool:
        return any(b.kind == scope.COUNT for b in scope.read(list(parse([text])[0])))

    assert counted("Le train a été bloqué pendant 3 heures.")
    assert not counted("Le train a été bloqué à 3 heures du matin.")
    assert not counted("Le train a été bloqué vers 3 heures.")


SIEGE = Pairs(
    "siege",
    """Syrie : la ville de Deir ez-Zor assiégée

14 janvier 2017. – L'armée tient toujours l'aéroport et environ 40 % des quartiers de la ville, \
grâce au soutien aérien des armées syriennes et russes. Selon un économiste, il faudrait \
augmenter les impôts de 33 % pour revenir à l'équilibre.""",
)
SIEGED = """Deir ez-Zor assiégée

L'armée tient toujours l'aéroport et {}, grâce au soutien aérien des armées {}. Selon un \
économiste, il faudrait augmenter les impôts {} pour revenir à l'équilibre."""


@pytest.mark.parametrize(
    ("quarters", "armies", "taxes"),
    [
        ("environ deux quartiers sur cinq", "russe et syrienne", "d'environ un tiers"),
        ("environ 40 % des quartiers", "syrienne et russe", "d'un tiers"),
    ],
)
def test_shares_and_nationalities_said_another_way(quarters: str, armies: str, taxes: str) -> None:
    # before: « «40 %» is missing », « says «russe» where the source says «syrien» », « not in
    # the source «un tiers» »
    assert SIEGE.findings(SIEGED.format(quarters, armies, taxes)) == []


@pytest.mark.parametrize(
    ("quarters", "armies", "taxes", "rule"),
    [
        ("environ un quartier sur cinq", "russe et syrienne", "d'un tiers", "figures"),
        ("environ 40 % des quartiers", "russe et turque", "d'un tiers", "roles"),
        ("environ 40 % des quartiers", "russe et syrienne", "de deux tiers", "figures"),
        ("environ 40 % des quartiers", "russe et syrienne", "d'un quart", "figures"),
    ],
)
def test_other_shares_and_nationalities_are_flagged(
    quarters: str, armies: str, taxes: str, rule: str
) -> None:
    found = SIEGE.findings(SIEGED.format(quarters, armies, taxes), rule)
    assert [f.severity for f in found if f.severity == "hard"]


FARES = Pairs(
    "fares",
    """Transport : grève des chauffeurs de VTC

20 décembre 2016. – Les chauffeurs ont entamé leur mouvement le 15 décembre pour dénoncer la \
hausse de la commission perçue par la plateforme ainsi que la baisse des tarifs des courses. Dans \
le même temps, la plateforme voit ses pertes s'aggraver à 2,2 milliards de dollars.""",
)
FARED = """Grève des chauffeurs

Les chauffeurs protestent depuis le 15 décembre contre {}. Dans le même temps, {} à 2,2 \
milliards de dollars."""


@pytest.mark.parametrize(
    ("against", "losses"),
    [
        (
            "la hausse de la commission et la baisse des tarifs des courses",
            "les pertes de la plateforme se creusent",
        ),
        (
            "la baisse des tarifs des courses et la hausse de la commission",
            "les pertes de la plateforme s'alourdissent",
        ),
    ],
)
def test_changes_said_their_way(against: str, losses: str) -> None:
    assert FARES.findings(FARED.format(against, losses), "direction") == []


@pytest.mark.parametrize(
    ("against", "losses"),
    [
        (
            "la hausse de la commission et la hausse des tarifs des courses",
            "les pertes de la plateforme se creusent",
        ),
        (
            "la hausse de la commission et la baisse des tarifs des courses",
            "les pertes de la plateforme se réduisent",
        ),
    ],
)
def test_a_change_turned_round_is_flagged(against: str, losses: str) -> None:
    # before: neither was flagged (the source's « hausse » vouched for both, « pertes » a fall)
    found = FARES.findings(FARED.format(against, losses), "direction")
    assert [f.message for f in found if "where the source says" in f.message]


RIOT = Pairs(
    "riot",
    """Kayanza : une fouille tourne à l'expédition punitive

30 octobre 2016. – Selon un témoin, les jeunes RPA-FDD ont violemment battu les militants de \
l'opposition lors d'une fouille à domicile.""",
)


@pytest.mark.parametrize(
    "text",
    [
        "Selon un témoin, les militants de l'opposition ont été violemment battus par les jeunes "
        "RPA-FDD lors d'une fouille.",
        "Lors d'une fouille, les jeunes RPA-FDD ont violemment battu les militants de "
        "l'opposition, selon un témoin.",
    ],
)
def test_the_same_act_told_either_way(text: str) -> None:
    assert RIOT.findings(f"Une fouille punitive\n\n{text}", "agents") == []


def test_the_act_given_to_those_who_underwent_it() -> None:
    # before: nothing (« les jeunes », tagged an adjective, was no one's place)
    text = "Selon un témoin, les militants de l'opposition ont battu les jeunes RPA-FDD."
    found = RIOT.findings(f"Une fouille punitive\n\n{text}", "agents")
    assert [f.severity for f in found] == ["hard"]


THEMES = Pairs(
    "themes",
    """Débat national : l'immigration retirée des thèmes

19 décembre 2018. – Le porte-parole du gouvernement a confirmé la suppression du 5e thème, \
l'immigration : la consultation portera sur la transition écologique, la fiscalité, \
l'organisation de l'État et la citoyenneté.""",
)


@pytest.mark.parametrize(
    "text",
    [
        "Il reste quatre thèmes : la transition écologique, la fiscalité, l'organisation de "
        "l'État et la citoyenneté.",
        "Il reste quatre thèmes : la transition écologique, la fiscalité, l'organisation de "
        "l'État, et la citoyenneté.",
    ],
)
def test_a_count_of_the_list_it_opens(text: str) -> None:
    # before: « gives «quatre» where the source gives «5e» », hard
    assert THEMES.findings(f"Le débat national\n\n{text}", "figures") == []


def test_a_count_its_list_belies_is_flagged() -> None:
    text = "Il reste six thèmes : la transition écologique, la fiscalité, l'organisation de \
l'État et la citoyenneté."
    found = THEMES.findings(f"Le débat national\n\n{text}", "figures")
    assert [f.severity for f in found] == ["hard"]


PRESS = Pairs(
    "press",
    """Mobilisation : deux conférences de presse

13 décembre 2018. – Vers 13h25, Paul Mercier appelle à continuer la mobilisation. Vers 13h30, \
Anne Rolland a donné une conférence de presse à Versailles.""",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Cinq minutes plus tard, vers 13h30, Anne Rolland a donné une conférence de presse.", 0),
        ("Dix minutes plus tard, vers 13h30, Anne Rolland a donné une conférence de presse.", 1),
    ],
)
def test_the_time_between_two_times_of_day(text: str, found: int) -> None:
    article = f"Deux conférences\n\nVers 13h25, Paul Mercier appelle à continuer. {text}"
    assert len(PRESS.findings(article, "figures")) == found


ROADS_LISTED = ", ".join(f"A{n}" for n in range(1, 35)) + " et A99"
MOTORWAYS = Pairs(
    "motorways",
    f"""Mobilisation : les autoroutes filtrées

14 décembre 2018. – D'autres autoroutes sont filtrées ou coupées : {ROADS_LISTED}.""",
)


@pytest.mark.parametrize(("count", "found"), [("trente-cinq", 0), ("trente-six", 1)])
def test_a_long_list_of_names_is_counted(count: str, found: int) -> None:
    # before: « number not in the source «trente-cinq» » (lists were counted up to thirty)
    text = f"Les autoroutes filtrées\n\nAu total, {count} autoroutes sont filtrées ou coupées."
    assert len(MOTORWAYS.findings(text, "figures")) == found


WOLVES = Pairs(
    "wolves",
    """Faune : naissance d'un loup du Mexique

2 avril 2017. – Les loups du Mexique étaient présents par milliers, mais le braconnage les a \
décimés. Aujourd'hui, seuls 130 individus vivent à l'état sauvage et 220 en captivité. Des \
dizaines de milliers de visiteurs viennent les voir chaque année.""",
)


@pytest.mark.parametrize(
    ("now", "found"),
    [("quelques centaines", 0), ("des centaines", 0), ("quelques dizaines", 1)],
)
def test_an_order_with_its_noun_left_unsaid(now: str, found: int) -> None:
    # before: « number not in the source «quelques centaines» », hard
    text = f"Des milliers d'individus autrefois, {now} aujourd'hui : le braconnage les a décimés."
    assert len(WOLVES.findings(f"Le loup du Mexique\n\n{text}", "figures")) == found


COST = Pairs(
    "cost",
    """Budget : le coût des mesures

11 décembre 2018. – Selon le secrétaire d'État Olivier Dussopt, les mesures annoncées \
représentent un coût de 8 à 10 milliards d'euros pour l'État.""",
)


@pytest.mark.parametrize(
    ("gap", "found"),
    [
        ("deux milliards d'euros séparent", 0),
        ("deux milliards d'euros d'écart séparent", 0),
        ("trois milliards d'euros séparent", 1),
    ],
)
def test_a_gap_between_two_amounts(gap: str, found: int) -> None:
    # before: « amount not in the source «deux milliards d'euros» », hard
    text = f"Le coût est de 8 à 10 milliards d'euros. La fourchette est large : {gap} les deux \
estimations, selon Olivier Dussopt."
    assert len(COST.findings(f"Le coût des mesures\n\n{text}", "figures")) == found


RADARS = Pairs(
    "radars",
    """Sécurité routière : des radars hors service

27 décembre 2018. – En Normandie, la moitié des radars sont encore en état de marche, avec un \
manque à gagner de 2 millions d'euros pour le mois de décembre.""",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("un manque à gagner de 2 millions d'euros pour le seul mois de décembre", 0),
        ("un manque à gagner de 2 millions d'euros sur le seul mois de décembre", 0),
        ("un manque à gagner de 2 millions d'euros, le seul mois de décembre", 1),
    ],
)
def test_a_thing_taken_alone(text: str, found: int) -> None:
    # before: « says only («mois») where the source does not », a review
    article = (
        f"Des radars hors service\n\nEn Normandie, la moitié des radars marchent, avec {text}."
    )
    assert len(RADARS.findings(article, "scope")) == found


FIRST = Pairs(
    "first",
    """Zoo : naissance d'un loup conçu par insémination

2 avril 2017. – Un louveteau conçu par insémination artificielle est né au zoo de Saint-Louis. \
Il est le premier à avoir été conçu à partir de sperme congelé.""",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Aucun louveteau n'avait encore été conçu de cette façon avant lui.", 0),
        ("Jamais auparavant un louveteau n'avait été conçu ainsi.", 0),
        ("Ce louveteau n'a pas été conçu par insémination.", 1),
    ],
)
def test_never_before_for_the_first(text: str, found: int) -> None:
    # before: « denies what the source affirms (concevoir) », a review
    article = f"Un louveteau à Saint-Louis\n\nNaissance d'un loup conçu par insémination. {text}"
    assert len(FIRST.findings(article, "polarity")) == found


CABARETS = Pairs(
    "cabarets",
    """Tourisme : les cabarets touchés

14 décembre 2018. – Depuis le 1er décembre, 2 000 personnes ont annulé leur réservation dans \
les cabarets de province, et 40 salariés ont été licenciés.""",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Les cabarets ont enregistré 2 000 annulations depuis le 1er décembre.", 0),
        ("Les cabarets ont procédé à 40 licenciements depuis le 1er décembre.", 0),
        ("Les cabarets ont enregistré 2 000 fermetures depuis le 1er décembre.", 1),
    ],
)
def test_the_noun_of_the_act_counted(text: str, found: int) -> None:
    # before: « counts «2 000 annulation»: the source counts «2 000 personne» », a review
    assert len(CABARETS.findings(f"Les cabarets touchés\n\n{text}", "figures")) == found


DWARF = Pairs(
    "dwarf",
    """Astronomie : une nouvelle planète naine

État  Vérifié

« Une découverte remarquable. »

14 octobre 2016 . – Les 31e journées de l'astronomie ont vu l'annonce d'une planète naine. \
Elle est plus de deux fois plus éloignée du Soleil que Pluton.""",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Ces journées étaient les trente et unièmes. Elle est plus de deux fois "
            "plus loin du Soleil que Pluton.",
            0,
        ),
        (
            "Ces journées étaient les trente-deuxièmes. Elle est plus de deux fois "
            "plus loin du Soleil que Pluton.",
            1,
        ),
        (
            "Ces journées étaient les trente et unièmes. Elle est plus de trois fois "
            "plus loin du Soleil que Pluton.",
            1,
        ),
    ],
)
def test_ordinals_factors_and_a_late_dateline(text: str, found: int) -> None:
    # before: « number not in the source «trente» », « gives «deux fois plus» where the source
    # gives «deux fois plus» », and « the source's date «14 octobre 2016» is missing »
    article = f"Une nouvelle planète naine\n\nLes 31e journées ont vu cette annonce. {text}"
    assert len([f for f in DWARF.findings(article) if f.severity == "hard"]) == found


RACE = Pairs(
    "race",
    """Cyclisme : Lucas Ferrand gagne à Rennes

12 mai 2019 . – L'avant dernière étape du Tour de Bretagne s'est courue à Rennes. Le vice \
champion olympique 2016, Hugo Marchal, n'a pas pris le départ. La deuxième place revient au \
Belge Tom Peeters, son coéquipier Jan Wouters s'empare de la 5 e place. Cette chute est la plus \
grave depuis le début de la saison. Le vice président de la fédération, Paul Simon, a remis les \
prix.""",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("La course de Rennes était l'avant-dernière étape du Tour de Bretagne.", 0),
        ("Rennes accueillait l'étape avant-dernière du Tour de Bretagne.", 0),
        ("La course de Rennes était la dernière étape du Tour de Bretagne.", 1),
        ("Vice-champion olympique en 2016, Hugo Marchal n'a pas pris le départ.", 0),
        ("Champion olympique en 2016, Hugo Marchal n'a pas pris le départ.", 1),
        ("Paul Simon, vice-président de la fédération, a remis les prix.", 0),
        ("Paul Simon, président de la fédération, a remis les prix.", 1),
        ("Son coéquipier Jan Wouters s'est emparé de la cinquième place.", 0),
        ("Son coéquipier Jan Wouters s'est emparé de la quatrième place.", 1),
        ("Aucune chute n'avait été aussi grave depuis le début de la saison.", 0),
        ("Jamais une chute n'avait été si grave depuis le début de la saison.", 0),
        ("Cette chute n'est pas la plus grave depuis le début de la saison.", 1),
        ("C'est la chute de la course la plus grave depuis le début de la saison.", 0),
        ("C'est la deuxième chute de la course la plus grave depuis le début de la saison.", 1),
    ],
)
def test_the_source_s_own_spelling_and_the_most_told_from_the_other_end(
    text: str, found: int
) -> None:
    # before: « ranks «étape» «avant-dernière» where the source says «dernière» », « says
    # «vice-champion olympique» where the source says «champion olympique» » (and « calls Paul
    # Simon «vice-président» … »), « ranks «emparer»
    # «cinquième» where the source says «deuxième» » and « denies what the source affirms
    # (grave) », each hard
    article = f"Lucas Ferrand gagne à Rennes\n\n{text}"
    hard = [f for f in RACE.findings(article) if f.severity == "hard" and f.rule != "missing"]
    assert len(hard) == found, hard


JOBS = Pairs(
    "jobs",
    """Emploi : le chômage recule en octobre

24 novembre 2016 . – Le nombre de demandeurs d'emploi a baissé en octobre. Les chiffres \
publiés ce jeudi montrent une baisse de 12 700 en catégorie A (- 0,3 %) et de 25 500 pour \
l'ensemble des catégories (- 0,4 %). Sur un an, l'ensemble des inscrits progresse de 1,3 %.""",
)


@pytest.mark.parametrize(
    ("bound", "found"),
    [
        ("moins de 0,5 % dans les deux cas", 0),
        ("dans les deux cas, moins d'un demi pour cent", 0),
        ("moins de 0,5 % pour l'une comme pour l'autre", 0),
        ("moins de 0,35 % dans les deux cas", 1),  # 0,4 % is not under it
        ("moins de 0,2 % dans les deux cas", 1),
        ("moins de 0,5 % en un an", 1),  # no set: a figure of its own
    ],
)
def test_a_bound_of_each_figure_just_given(bound: str, found: int) -> None:
    # before: « percentage not in the source «0,5 %» », hard, whatever the bound
    article = (
        "Le chômage recule en octobre\n\nLa catégorie A perd 12 700 inscrits, soit 0,3 %, et "
        "l'ensemble des catégories 25 500, soit 0,4 %. Sur un an, l'ensemble progresse de "
        f"1,3 %. Le recul du mois reste modeste : {bound}."
    )
    hard = [f for f in JOBS.findings(article, "figures") if f.severity == "hard"]
    assert len(hard) == found, hard


GIFT = Pairs(
    "gift",
    """Patagonie : le Chili reçoit des terres

23 mars 2017 . – Le Chili a reçu la plus grande donation de terres privées de son histoire. Il \
s'agit de 407 625 hectares situés en Patagonie, reçus jeudi par le gouvernement. La plus grande \
ville de la région, Punta Arenas, accueillera les gardes. Trois parcs nationaux y verront le \
jour.""",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Le gouvernement a reçu jeudi une donation record : 407 625 hectares en Patagonie.", 0),
        ("Jeudi, le gouvernement a reçu des terres en quantité record en Patagonie.", 1),
        ("Trois parcs nationaux d'une taille record y verront le jour.", 1),
    ],
)
def test_a_record_the_source_makes_of_the_same_thing(text: str, found: int) -> None:
    # before: « makes a superlative the source does not make («donation record») », a review
    findings = GIFT.findings(f"Le Chili reçoit des terres\n\n{text}", "superlatives")
    assert len(findings) == found, findings


MUSHROOM = Pairs(  # honest-r22's p4 source (tests/data/blind/honest-r22: French Wikinews)
    "r22-p4",
    (Path(__file__).parent / "data" / "wikinews" / "r22-p4.txt").read_text(encoding="utf-8"),
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("À l'origine de la découverte, on trouve Florent Lamiot, l'initiateur du projet.", 0),
        ("Florent Lamiot est à l'origine de la découverte du champignon.", 0),
        ("Florent Lamiot est à l'origine de la pollution de la Deûle.", 1),
    ],
)
def test_who_did_the_deed_is_no_link(text: str, found: int) -> None:
    # before: « links facts with «à l'origine de» where the source gives no such link », a review
    assert len(MUSHROOM.findings(f"Un champignon à Lille\n\n{text}", "causes")) == found


RAID = Pairs(
    "raid",
    """Paris : un homme tué lors d'une intervention

29 mars 2017 . – Dimanche soir, un homme a été tué par un policier dans un appartement du 19e \
arrondissement. Les policiers invoquent la légitime défense, arguant que l'homme a blessé l'un \
d'entre eux avec des ciseaux. Les deux agents soutiennent avoir tiré pour protéger leur collègue. \
La famille clame que l'homme n'a menacé personne.""",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("L'homme a blessé un agent avec des ciseaux.", 1),
        ("Selon les policiers, l'homme a blessé l'un d'entre eux avec des ciseaux.", 0),
        ("Les deux agents ont tiré pour protéger leur collègue.", 1),
        ("Les deux agents disent avoir tiré pour protéger leur collègue.", 0),
        ("L'homme n'a menacé personne.", 1),
        ("D'après sa famille, l'homme n'a menacé personne.", 0),
    ],
)
def test_a_claim_argued_is_someone_s_word(text: str, found: int) -> None:
    # before: nothing (« arguant que », « soutiennent avoir », « clame que » were no claim verbs)
    article = f"Un homme tué lors d'une intervention\n\n{text}"
    assert len(RAID.findings(article, "qualifiers")) == found


SHOT = Pairs(
    "shot",
    """Floride : une chanteuse tuée après un concert

12 juin 2016 . – Une chanteuse a été tuée à Orlando. La jeune femme de 22 ans venait d'achever \
son concert au Plaza Live d'Orlando. Elle signait des autographes quand un homme de 27 ans, venu \
de Floride, a ouvert le feu. Lundi soir, ses fans se sont réunis devant la salle. Hier, la police \
a publié une photo du tireur.""",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("La jeune femme de vingt-deux ans venait d'achever son concert au Plaza Live.", 0),
        ("La jeune femme de vingt-sept ans venait d'achever son concert au Plaza Live.", 1),
        ("Un homme de vingt-sept ans a ouvert le feu pendant la séance d'autographes.", 0),
        ("Lundi soir, ses fans se sont réunis devant la salle et ont déposé des fleurs.", 0),
        ("Mercredi soir, ses fans se sont réunis devant la salle et ont déposé des fleurs.", 1),
        ("Samedi, la police a publié une photo du tireur.", 0),  # « hier » of a Sunday
        ("Jeudi, la police a publié une photo du tireur.", 1),
        ("Ce dimanche, la police a publié une photo du tireur.", 0),  # the dateline's day
    ],
)
def test_a_figure_or_a_day_of_the_next_sentence(text: str, found: int) -> None:
    # before: nothing — a figure of the sentence after the one restated was vouched by it, and a
    # weekday was only set against the one of the sentence restated
    article = f"Une chanteuse tuée en Floride\n\n{text}"
    hard = [f for f in SHOT.findings(article, "figures") if f.severity == "hard"]
    assert len(hard) == found, hard


RESIGNED = Pairs(
    "resigned",
    """États-Unis : démission d'un conseiller

14 février 2017 . – Le conseiller à la sécurité nationale a démissionné lundi soir. Cette \
démission intervient moins de quatre jours après des révélations de la presse. Il avait été \
entendu pendant douze heures par les enquêteurs.""",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sa démission intervient quelques jours après des révélations de la presse.", 0),
        ("Il avait été entendu quelques heures par les enquêteurs.", 1),  # twelve: not a few
        ("Sa démission intervient de nombreux jours après des révélations de la presse.", 1),
    ],
)
def test_a_few_for_a_small_count(text: str, found: int) -> None:
    # before: « says a few («jour») where the source counts them », a review
    article = f"Démission d'un conseiller\n\n{text}"
    assert len(RESIGNED.findings(article, "scope")) == found


POLE = Pairs(
    "pole",
    """Jeux olympiques : Thiago Braz da Silva champion du saut à la perche

16 août 2016 . – Le Brésilien Thiago Braz da Silva a remporté le concours en battant le record \
olympique à 6m03. Le Hollandais Jan Visser a pris la cinquième place. « Nous avons tout donné », a \
déclaré l'entraîneur brésilien, Elson Miranda. Les deux Brésiliens ont marqué six points chacun \
au classement de la fédération.""",
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thiago Braz da Silva a battu le record olympique avec une barre à 6,03 m.", 0),
        ("Thiago Braz da Silva a battu le record olympique avec une barre à 6,08 m.", 1),
        ("Le Néerlandais Jan Visser a pris la cinquième place.", 0),
        ("Le Belge Jan Visser a pris la cinquième place.", 1),
        ("« Nous avons tout donné », a déclaré le sélectionneur Elson Miranda.", 0),
        ("« Nous avons tout donné », a déclaré le président Elson Miranda.", 1),
        ("Les deux Brésiliens ont marqué six points chacun, soit douze à eux deux.", 0),
        ("Les deux Brésiliens ont marqué six points chacun, soit dix-huit à eux deux.", 1),
    ],
)
def test_lengths_nationalities_offices_and_products_said_another_way(text: str, found: int) -> None:
    # before (honest-r23, read after its final blind measure): « number not in the source
    # «6,03» », « calls Jan Visser «néerlandais» », « calls Elson Miranda «sélectionneur» » and
    # « number not in the source «douze» », each hard
    article = f"Braz da Silva champion olympique\n\n{text}"
    hard = [f for f in POLE.findings(article) if f.severity == "hard" and f.rule != "missing"]
    assert len(hard) == found, hard
