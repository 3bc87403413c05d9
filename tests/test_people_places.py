"""People, places, quotations and roles on honest writing nobody tuned on (issue 19, round 4):
each class of false finding the sixth and seventh blind honest sets showed, as sentence pairs of
our own that must draw no finding of the rule, beside a distortion of the same shape that must
still fail."""

from __future__ import annotations

import pytest

from engine.gate.slots import agents
from tests.pairs import Pairs, hard

# --- quotations: who speaks when the sentence names no speaker ------------------------------

SPEECH = """Bretagne : la Région commande de nouveaux trains

12 mai 2024. – Yannick Le Goff, le directeur régional des transports, a annoncé lundi que la \
Région allait acheter 30 rames. Le Premier ministre Gabriel Attal a salué le projet. Le directeur \
régional des transports rappelle que la Bretagne a besoin de « 60 rames neuves avant 2030 ». Il \
précise également que la Bretagne possède aujourd'hui 40 rames, dont « 25 sont en service chaque \
jour et les autres en réparation ». Sur la page officielle de la Région, on pouvait lire : « Merci \
aux cheminots, bon voyage à tous (mai 2024). » Loïc Morvan, président de la Région, a écrit : \
« Ces trains changeront la vie des Bretons. » Lors d'une interview sur la radio France Bleu, le \
secrétaire régional de la CGT affirme qu'il n'y a eu « ni menace, ni chantage » dans la \
négociation. Critiqué par le maire de Brest, François Cuillandre, Ouest-France s'est défendu en \
précisant que le journal publiait « bien volontiers » sa lettre."""

SPEECH_HONEST = """La Bretagne commande 30 nouveaux trains

Yannick Le Goff, directeur régional des transports, a annoncé lundi l'achat de 30 rames par la \
Région. Gabriel Attal a salué le projet. La Bretagne a besoin de « 60 rames neuves avant 2030 ». \
Elle possède aujourd'hui 40 rames.

Loïc Morvan, président de la Région, a écrit : « Ces trains changeront la vie des Bretons. » La \
CGT parle d'une négociation sans pression. Ouest-France publie la lettre du maire de Brest."""

VOICES = Pairs("voices", SPEECH, SPEECH_HONEST)
TAIL = "Elle possède aujourd'hui 40 rames."


@pytest.mark.parametrize(
    "replace",
    [
        # « Il précise que la Bretagne … « … » »: the one who speaks is unnamed there (« il »
        # after an office, « on »), not the place the sentence names
        "Yannick Le Goff a précisé que la région possède 40 rames, dont « 25 sont en service "
        "chaque jour et les autres en réparation ».",
        "La Région a publié sur sa page : « Merci aux cheminots, bon voyage à tous (mai 2024). »",
        "Loïc Morvan a salué les cheminots d'un « bon voyage à tous ».",
        # a speaker described (« le secrétaire régional de la CGT ») is not the radio he speaks on
        "Selon la CGT, il n'y a eu « ni menace, ni chantage » dans la négociation.",
        # « s'est défendu en précisant que … »: the subject of the verb it hangs on speaks
        "Ouest-France a répondu qu'il publiait « bien volontiers » cette lettre.",
    ],
)
def test_an_unnamed_or_described_speaker_is_no_name_of_the_sentence(replace: str) -> None:
    VOICES.draws_nothing(VOICES.variant("honest", TAIL, replace), "quotations")


def test_a_named_speakers_quotation_given_to_another_still_fails() -> None:
    v = VOICES.variant(
        "quotation",
        "Loïc Morvan, président de la Région, a écrit",
        "Gabriel Attal, Premier ministre, a écrit",
    )
    found = VOICES.edited(v, "quotations")
    assert ["to Gabriel Attal" in f.message for f in found if f.severity == "hard"] == [True]


# --- roles: a nationality or an office that is not the person's -----------------------------

BUDGET = """Portugal : le gouvernement présente son budget

3 octobre 2023. – Le Premier ministre socialiste António Costa, réélu en janvier, a présenté \
lundi le budget de l'État devant les députés. Il a promis aux Européens une dette en baisse. \
Accusant Bruxelles d'imposer l'austérité en Europe, il a affirmé que le budget protégerait « les \
retraites » du pays. Selon Fernando Medina, le ministre des Finances, le déficit tombera à 1 % \
en 2024. Pour Marcelo Rebelo de Sousa, le président de la République, le budget est \
« raisonnable »."""

BUDGET_HONEST = """Le Portugal présente son budget

Lundi, le Premier ministre socialiste António Costa, réélu en janvier, a présenté le budget de \
l'État devant les députés. Il a promis aux Européens une dette en baisse. Le ministre des \
Finances, Fernando Medina, prévoit un déficit de 1 % en 2024."""

BUDGETS = Pairs("budget", BUDGET, BUDGET_HONEST)


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        # a nationality said of a complement or an institution beside the name: the thing's
        (
            "Lundi, le Premier ministre socialiste António Costa",
            "Lundi, sur la chaîne brésilienne, António Costa",
        ),
        (
            "Le ministre des Finances, Fernando Medina,",
            "Le ministre des Finances Fernando Medina, au Sénat brésilien,",
        ),
        # « le pays » of the source named: the country the source names elsewhere
        (
            "Il a promis aux Européens",
            "Il a affirmé que le budget protégerait « les retraites » du Portugal. Il a promis "
            "aux Européens",
        ),
        # « Selon X, le ministre … », « Pour X, le président … »: the title is the next
        # subject's, not X's
        (
            "Le ministre des Finances, Fernando Medina, prévoit",
            "Pour Marcelo Rebelo de Sousa, le ministre des Finances prévoit",
        ),
        (
            "Le ministre des Finances, Fernando Medina, prévoit",
            "Selon Fernando Medina, le président estime le budget « raisonnable ». Le ministre des"
            " Finances prévoit",
        ),
    ],
)
def test_a_nationality_or_office_of_another_is_not_the_persons(find: str, replace: str) -> None:
    BUDGETS.draws_nothing(BUDGETS.variant("honest", find, replace), "roles")


def test_a_country_the_source_never_names_for_le_pays_still_fails() -> None:
    v = BUDGETS.variant(
        "nationality",
        "Il a promis aux Européens",
        "Il a affirmé que le budget protégerait « les retraites » de la Grèce. Il a promis "
        "aux Européens",
    )
    BUDGETS.draws_one(v, "roles", fragment="")  # one, whatever it says


@pytest.mark.parametrize(
    ("find", "replace", "said"),
    [
        (
            "Lundi, le Premier ministre socialiste António Costa",
            "Lundi, le président socialiste António Costa",
            "«président»",
        ),
        (
            "Le ministre des Finances, Fernando Medina,",
            "Le maire de Lisbonne, Fernando Medina,",
            "«maire»",
        ),
    ],
)
def test_an_office_the_source_gives_another_still_fails(find: str, replace: str, said: str) -> None:
    v = BUDGETS.variant("role", find, replace)
    found = hard(BUDGETS.edited(v, "roles"))
    assert len(found) == 1 and said in found[0]


# --- actors and names: one actor by another name ----------------------------------------------

FLEET = """Iran : Téhéran commande des avions à Airbus

24 janvier 2016. – Le ministre iranien des Transports, Abbas Akhoundi, a annoncé dimanche que \
l'Iran allait acheter 114 Airbus. L'Iran a besoin de 400 avions long courrier, selon le ministre. \
L'Union européenne et les Nations unies ont salué l'accord signé à Téhéran. La compagnie s'est \
installée dans la ville autrichienne de Linz."""

FLEET_HONEST = """L'Iran achète 114 Airbus

Abbas Akhoundi, ministre iranien des Transports, a annoncé dimanche l'achat de 114 Airbus par \
l'Iran. L'Iran a besoin de 400 avions long courrier, selon le ministre. L'accord signé à Téhéran \
a été salué. La compagnie s'est installée à Linz."""

FLEETS = Pairs("fleet", FLEET, FLEET_HONEST)


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        # a capital for its country
        ("L'Iran a besoin de 400", "Téhéran a besoin de 400"),
        # an acronym of a body, its first letter the body the name leaves out
        (
            "L'accord signé à Téhéran a été salué.",
            "L'UE et l'ONU ont salué l'accord signé à Téhéran.",
        ),
        (
            "L'accord signé à Téhéran a été salué.",
            "Selon l'ONU, l'accord signé à Téhéran est salué.",
        ),
        # a country whose town the source says by its nationality
        ("s'est installée à Linz.", "s'est installée à Linz, en Autriche."),
    ],
)
def test_one_actor_by_another_name_is_no_other_actor(find: str, replace: str) -> None:
    FLEETS.draws_nothing(FLEETS.variant("honest", find, replace), ("actors", "names"))


@pytest.mark.parametrize(
    ("find", "replace", "rule"),
    [
        ("L'Iran a besoin de 400", "Moscou a besoin de 400", "actors"),
        (
            "L'accord signé à Téhéran a été salué.",
            "L'OTAN a salué l'accord signé à Téhéran.",
            "actors",
        ),
        ("s'est installée à Linz.", "s'est installée à Linz, en Suisse.", "roles"),
    ],
)
def test_another_actor_or_place_still_fails(find: str, replace: str, rule: str) -> None:
    FLEETS.draws(FLEETS.variant("swap", find, replace), rule, fragment="")  # some finding


# --- agents: who did what to whom, as the parser misreads it ---------------------------------

LAB = """Sciences : la chimiste Irène Brunel est morte

2 mars 2018. – Irène Brunel est décédée à l'âge de 83 ans à Lyon. Brunel est née à Grenoble, \
dans l'Isère, le 28 juillet 1934. En 1962, Brunel rejoignit le CNRS. Elle a conçu le réacteur \
Osiris pour le premier programme du CNRS, lancé en 1966. Partie seule en tête, elle fut rejointe \
par sa collègue Marthe Vogt et par Paul Janet."""

LAB_HONEST = """La chimiste Irène Brunel est morte à 83 ans

Irène Brunel est décédée à 83 ans à Lyon. Elle était née à Grenoble en 1934. Elle a conçu le \
réacteur Osiris pour le premier programme du CNRS, lancé en 1966."""

LABS = Pairs("lab", LAB, LAB_HONEST)


def test_names_listed_after_a_colon_are_no_object_of_the_verb() -> None:
    v = LABS.variant(
        "honest",
        "Elle était née à Grenoble en 1934.",
        "Deux chercheurs l'ont rejointe : sa collègue Marthe Vogt et Paul Janet.",
    )
    LABS.draws_nothing(v, "agents")


def _place(role: str, subject: bool) -> agents.Place:
    return agents.Place(3, role, frozenset({"brunel"}), "Brunel", "naître", True, False, subject)


def test_the_same_subject_read_in_another_voice_is_no_reversal() -> None:
    """« Brunel est née » read passive on one side, active on the other: the same name is the
    verb's subject on both, no one is turned round."""
    mine = frozenset({_place(agents.AGENT, True)})
    assert list(agents.compare(mine, frozenset({_place(agents.PATIENT, True)}), frozenset())) == []
    # the object there, the subject here: turned round, one place alone (a review)
    theirs = frozenset({_place(agents.PATIENT, False)})
    assert [c.certainty for c in agents.compare(mine, theirs, frozenset())] == ["review"]
    # both places of the word exchanged: certain
    vogt = agents.Place(3, agents.PATIENT, frozenset({"vogt"}), "Vogt", "naître", True)
    theirs = frozenset({_place(agents.PATIENT, False), agents.replace(vogt, role=agents.AGENT)})
    mine = frozenset({*mine, vogt})
    assert [c.certainty for c in agents.compare(mine, theirs, frozenset())][:1] == ["hard"]


@pytest.mark.parametrize(
    "replace",
    [
        "Partie seule en tête, Marthe Vogt fut rejointe par Irène Brunel.",
        "Le CNRS rejoignit Brunel en 1962.",
    ],
)
def test_who_did_what_to_whom_turned_round_still_fails(replace: str) -> None:
    v = LABS.variant("who did what to whom", "Elle était née à Grenoble en 1934.", replace)
    found = LABS.edited(v, "agents")
    assert found and all("the source says the reverse" in f.message for f in found)


# --- the eighth blind honest set: offices, spellings, acronyms, places said otherwise --------

RIOT = """Manifestation : heurts à Paris

1er décembre 2018. – Ce matin, vers 6h30 UTC+1, des heurts ont éclaté à Paris. Édouard \
Philippe, le premier ministre français, s'est rendu à la préfecture de police de Paris. Emmanuel \
Macron, le président français, a écrit sur Twitter que "Ce qui s'est passé aujourd'hui à Paris \
n'a rien à voir avec une colère légitime." Réaction envoyée depuis l'Argentine où se tenait le \
G20. Christophe Castaner, le ministère de l'Intérieur, a promis des sanctions. La brigade \
anti-criminalité a interpellé 40 personnes à Evry, dans le département essonnien."""

RIOT_HONEST = """Heurts à Paris

Des heurts ont éclaté à Paris samedi matin. Le Premier ministre s'est rendu à la préfecture de \
police. Emmanuel Macron a réagi sur Twitter depuis l'Argentine."""

RIOTS = Pairs("riot", RIOT, RIOT_HONEST)
LAST = "Emmanuel Macron a réagi sur Twitter depuis l'Argentine."


@pytest.mark.parametrize(
    "replace",
    [
        # an office the NER took for a person
        "Le président de la République a réagi sur Twitter depuis l'Argentine.",
        # where one is (« en Argentine ») is no nationality; a place the speaker names in his
        # quotation is his, not one the sentence must name
        "Depuis le G20, en Argentine, Emmanuel Macron a écrit que ces heurts n'avaient « rien à "
        "voir avec une colère légitime ».",
        # the source's misspelt office
        "Christophe Castaner, ministre de l'Intérieur, a promis des sanctions.",
        # an acronym the source spells out, a name with its accents, a department by its
        # adjective
        "La BAC a interpellé 40 personnes à Évry, dans l'Essonne.",
    ],
)
def test_an_office_a_spelling_or_an_acronym_is_the_sources_own(replace: str) -> None:
    v = RIOTS.variant("honest", LAST, replace)
    RIOTS.draws_nothing(v, ("actors", "people", "names", "roles"))


@pytest.mark.parametrize(
    ("replace", "rule", "said"),
    [
        ("Jean Martin a réagi sur Twitter depuis l'Argentine.", "people", "Jean Martin"),
        ("La BAC a interpellé 40 personnes à Évry, dans le Loiret.", "names", "Loiret"),
        ("Emmanuel Macron, le président belge, a réagi sur Twitter.", "roles", "belge"),
    ],
)
def test_a_person_place_or_nationality_not_the_sources_still_fails(
    replace: str, rule: str, said: str
) -> None:
    RIOTS.draws_one(RIOTS.variant("swap", LAST, replace), rule, fragment=said)


# --- entities and agents: a name said by its noun, its acronym, or as the source of a claim ---

AFFAIR = """Italie : Bruxelles rejette le budget de Rome

23 octobre 2018. – Triathlon : championnats d'Europe à Kitzbühel. La Commission européenne a \
rejeté mardi le budget italien. Le gouvernement Conte a trois semaines pour soumettre un nouveau \
plan à la CE. Faisant allusion à l'affaire Maria Rossi, Luigi Di Maio a promis la transparence. \
Matteo Salvini est entendu par le parquet de Rome d'après le quotidien Corriere della Sera."""

AFFAIR_HONEST = """Rome doit revoir son budget

La Commission européenne a rejeté mardi le budget italien. Le gouvernement Conte a trois \
semaines pour soumettre un nouveau plan à la CE."""

AFFAIRS = Pairs("affair", AFFAIR, AFFAIR_HONEST)


def test_an_acronym_of_the_source_said_in_its_words_is_no_swap() -> None:
    v = AFFAIRS.variant("honest", "un nouveau plan à la CE.", "un nouveau plan à la Commission.")
    AFFAIRS.draws_nothing(v, "entities")


@pytest.mark.parametrize(
    "added",
    [
        # a name put on a noun (« l'affaire Maria Rossi ») said by the noun; who says it
        # (« d'après X ») is no agent nor patient. The parser misread these only on the eighth
        # blind set's own sentences: a guard of the rule, not a pair that failed before
        "C'est à cette affaire que Luigi Di Maio faisait allusion en promettant la transparence.",
        "D'après le Corriere della Sera, Matteo Salvini est entendu par le parquet.",
    ],
)
def test_a_name_said_by_its_noun_or_as_a_source_stays_clean(added: str) -> None:
    v = AFFAIRS.variant("honest", "un nouveau plan à la CE.", f"un nouveau plan à la CE. {added}")
    AFFAIRS.draws_nothing(v, ("entities", "agents"))


def test_a_title_names_whom_it_picks() -> None:
    """A title or a heading sums up: the winners it names are no swap for the source title's
    town."""
    v = AFFAIRS.variant("honest", "Rome doit revoir son budget", "Salvini et Di Maio désavoués")
    AFFAIRS.draws_nothing(v, "entities")


def test_another_person_in_the_sources_place_still_fails() -> None:
    v = AFFAIRS.variant(
        "swap people",
        "un nouveau plan à la CE.",
        "un nouveau plan à la CE. Faisant allusion à l'affaire Maria Rossi, Matteo Salvini a "
        "promis la transparence.",
    )
    AFFAIRS.draws_one(v, "entities", fragment="Matteo Salvini")


# --- recall: a speaker said by an office, an office the NER took for a person ------------------

FLOOD = """Québec : l'armée en renfort

7 mai 2017. – Le ministre de la Sécurité publique, Martin Coiteux, a demandé l'aide de l'armée. \
« Il s'agit d'une unité d'urgence. Ce sont des soldats entraînés à tout » a indiqué un officier. \
Selon le président de la Croix-Rouge, les dons « affluent de partout ». Le maire de Montréal, \
Denis Coderre, a décrété l'état d'urgence."""

FLOOD_HONEST = """L'armée appelée en renfort au Québec

Le ministre de la Sécurité publique, Martin Coiteux, a demandé l'aide de l'armée. Le maire de \
Montréal, Denis Coderre, a décrété l'état d'urgence."""

FLOODS = Pairs("flood", FLOOD, FLOOD_HONEST)
END = "a décrété l'état d'urgence."


@pytest.mark.parametrize(
    "added",
    [
        "Selon Martin Coiteux, il s'agit d'« une unité d'urgence ».",
        "Pour Denis Coderre, les dons « affluent de partout ».",
    ],
)
def test_an_unnamed_speakers_words_given_to_a_named_person_are_a_review(added: str) -> None:
    FLOODS.draws_one(FLOODS.variant("quotation", END, f"{END} {added}"), "quotations", "review", "")


@pytest.mark.parametrize(
    "added",
    [
        "Selon un officier, il s'agit d'« une unité d'urgence ».",
        "Pour le président de la Croix-Rouge, les dons « affluent de partout ».",
    ],
)
def test_the_same_unnamed_speaker_draws_nothing(added: str) -> None:
    FLOODS.draws_nothing(FLOODS.variant("honest", END, f"{END} {added}"), "quotations")


def test_an_office_the_ner_took_for_a_person_is_still_the_persons_role() -> None:
    v = FLOODS.variant(
        "role",
        "Le ministre de la Sécurité publique, Martin Coiteux,",
        "Le président de la République, Martin Coiteux,",
    )
    found = hard(FLOODS.edited(v, "roles"))
    assert len(found) == 1 and "«président»" in found[0]


# --- entities (on probation): what it would block, one person said two ways ------------------

RACE = """Cyclisme : victoire à Lyon

10 juin 2018. – Le Français Ferdinand Dubois dans une course à domicile et la Belge Léa Janssens \
au sprint. Ferdi Dubois a remercié son public. Robert Martin est décédé à l'âge de 83 ans à \
Nantes. Bob Martin avait rejoint l'équipe en 1992."""

RACE_HONEST = """Dubois et Janssens gagnent à Lyon

Le Français Ferdinand Dubois a gagné à domicile et la Belge Léa Janssens au sprint. Robert Martin \
est décédé à 83 ans à Nantes."""

RACES = Pairs("race", RACE, RACE_HONEST)
WON = "Le Français Ferdinand Dubois a gagné à domicile et la Belge Léa Janssens au sprint."


def _would_block(
    monkeypatch: pytest.MonkeyPatch, find: str, replace: str, kind: str = "honest"
) -> list[str]:
    """The entities findings that would be hard off probation."""
    import engine.gate.claims as claims

    monkeypatch.setattr(claims, "ON_PROBATION", frozenset())
    v = RACES.variant(kind, find, replace)
    return hard(RACES.edited(v, "entities"))


def test_a_second_form_of_a_name_the_sentence_gives_is_no_swap() -> None:
    replace = "Chez les hommes, le Français Ferdinand Dubois, ou Ferdi Dubois, s'est imposé."
    RACES.draws_nothing(RACES.variant("honest", WON, replace), "entities")


def test_one_surname_for_another_first_name_would_not_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The source's man by another first name (« Bob » for « Robert »), or his brother: a
    review, not certain."""
    assert _would_block(monkeypatch, "Robert Martin est décédé", "Bob Martin est décédé") == []


def test_another_person_of_the_source_would_still_block(monkeypatch: pytest.MonkeyPatch) -> None:
    replace = "Robert Martin a gagné à domicile et la Belge Léa Janssens au sprint."
    found = _would_block(monkeypatch, WON, replace, "swap people")
    assert ["Robert Martin" in m for m in found] == [True]
