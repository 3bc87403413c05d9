"""Facts of the source retold in the writer's own form, that drew a false finding (issue 19,
round 11; the classes come from the lead's reading of round 11's judges, honest-r16 and
heldout-r12 — not blind —, the sentences are written here):

- a quotation where the source sets an ordinal's ending apart (« le 1 er avril »);
- « les différents courants » (an article before « différents », « divers »): every one of them,
  so « chaque courant » says no more;
- numbers in words of a range whose unit is said once, after the last (« de deux mille cinq
  cents à vingt-cinq mille euros »);
- the source's dateline opening an article sentence (« (12 mars 2019) … se tiendra le 20 mars »);
- the source's own link of cause told with other words (« un net repli » for « une baisse
  notable »: a fall both);
- a date's return counting years (« son 15e anniversaire » for « sa 15ème année »); prisoners
  counted as inmates (« 184 prisonniers » for « 184 détenus »);
- a nationality said of the same noun in another source sentence (« pavillon maltais »), merged
  into the sentence restated;
- occasions counted by the dated events their sentence lists (« à deux reprises »);
- a bound of a percentage the next sentence gives (« Au-delà de 100 % … Rebibbia affiche 167 % »);
- an article of a law and its paragraph (« le 49.3 » for « l'article 49 alinéa 3 »);
- a first time told as a never before (« aucune saisie n'avait encore été menée », « jamais elle
  n'était montée » for « la première saisie », « monte pour la première fois »);
- a question that names one of the source's countries (« Quelle position pour l'Espagne au
  Conseil ? »): it asks, and says no country for another;
- a past participle set before its subject's clause with no auxiliary (« Désigné comme le
  coupable, le gouvernement a répondu »): the subject undergoes it;
- what someone believes, kept as no more than what seems so (« elle semble liée à » for « nous
  pensons que cela est lié à »).

The same sentences with the fact changed are still flagged."""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

SOURCE = """Italie : le député Paolo Ferri veut supprimer un article de la Constitution

12 mars 2019. – Le député Paolo Ferri a proposé la suppression de l'article 49 alinéa 3 de la \
Constitution, qui permet de faire adopter une loi sans vote. Pour le sénateur Marco Bassi, « il \
s'est trompé d'agenda. Il se croit le 1 er avril en annonçant cette suppression ». Le congrès du \
parti se tiendra le 20 mars. Il permettra d'estimer le poids des différents courants au sein du \
parti.

Le ministre a été enfariné à Turin le 3 mars, puis giflé à Naples le 9 mars. Son projet de \
loi a déjà été rejeté à six reprises. Les contrevenants s'exposent à une amende de 2500 € à \
25 000 €.

La prison de Rebibbia affiche un taux d'occupation de 167 %. 184 détenus s'en sont évadés. \
La police italienne a saisi deux \
tonnes de cannabis à bord d'une embarcation près des côtes grecques. Le navire, qui battait \
pavillon maltais, a été arraisonné au large de Naples.

Il s'agit de la première saisie menée par la police italienne en haute mer. La Française Anne \
Roy monte pour la première fois sur le podium de la finale.

Une explosion a secoué le port de Gênes. « Nous pensons que cela est lié à l'incendie de \
l'entrepôt voisin », a affirmé un policier.

Le Conseil de l'Union doit se prononcer aujourd'hui sur le projet préparé par la France. On ne \
sait pas quelle sera la position de l'Espagne.

Anne Roy a été élue à la tête du parti Avenir Montréal, devant Marc Lavoie. Elle préconise \
une politique calquée sur \
celle de la ville de Calgary et non sur la loi adoptée par le maire Paul Gagnon.

En présence du maire, le directeur Luca Conti a annoncé la programmation du festival pour la \
période du 6 au 24 juillet prochain.

Le texte charge le secrétaire général de redéployer le personnel humanitaire des Nations unies \
déjà présent sur le terrain. L'ambassadeur espagnol à l'ONU a salué le texte, comme l'Unicef.

Selon des témoins s'exprimant sur les réseaux sociaux, il y aurait eu trois explosions.

Selon des chercheurs de l'université de Turin, une bactérie découverte dans les Alpes pourrait \
dégrader le plastique.

Le jeune prodige Tom Vidal est entrainé par la championne Eva Lund. Sa course a été perturbée par \
la pluie.

Pour le tourisme, la Grèce arrive au troisième rang européen, derrière l'Italie et l'Espagne.

Des policiers postés à proximité seraient rapidement intervenus et ont fait fuir les voleurs.

Plusieurs pays d'Amérique latine sont touchés, et le Brésil connait la plus grande épidémie. Le \
ministre juge qu'« on ne connait pas encore l'ampleur du mal ».

« Je peux confirmer que nous pensons que cela vient du séisme », a affirmé le préfet de Bari.

Au sabre, la finale a opposé \
deux Italiennes ; derrière elles, le Sud Africain Tom Reed a pris la troisième place.

Le satellite Vega a fêté sa 15ème année en orbite. Le déficit commercial s'est réduit du fait \
d'une baisse notable des importations (- 1,3 %)."""

HONEST = """Le 49.3 dans le viseur de Paolo Ferri

Le 49.3 permet de faire adopter une loi sans vote, et le député Paolo Ferri propose de le \
supprimer. Le sénateur Marco Bassi ironise : « Il se croit le 1er avril en annonçant cette \
suppression ».

(12 mars 2019) Le congrès du parti se tiendra le 20 mars. Ce congrès dira quel poids pèse \
chaque courant au sein du parti.

Enfariné à Turin le 3 mars, puis giflé à Naples le 9 mars, le ministre a été visé à deux \
reprises. Les contrevenants s'exposent à une amende de deux mille cinq cents à vingt-cinq mille \
euros.

Au-delà de 100 %, une prison accueille plus de détenus que de places. Rebibbia affiche un taux \
d'occupation de 167 %. Au total, 184 prisonniers s'en sont évadés. La police italienne a saisi \
deux tonnes de cannabis à bord d'un navire \
battant pavillon maltais.

Aucune saisie n'avait encore été menée par la police italienne en haute mer. Pour la Française \
Anne Roy, c'est une première : jamais elle n'était montée sur le podium de la finale.

Une explosion a secoué le port de Gênes. Elle semble liée à l'incendie de l'entrepôt voisin.

Quelle position pour l'Espagne au Conseil de l'Union ? Celui-ci doit se prononcer aujourd'hui \
sur le projet préparé par la France.

Anne Roy a été élue à la tête du parti Avenir Montréal, devant Marc Lavoie. Anne Roy \
préconise une politique \
calquée sur celle de la ville de Calgary.

Le directeur Luca Conti a présenté la programmation. Le festival se tiendra du 6 au 24 juillet \
prochain.

Le texte mise sur le personnel humanitaire de l'ONU déjà présent sur le terrain.

Des témoins se sont exprimés sur les réseaux sociaux.

Des chercheurs de l'université de Turin ont identifié dans les Alpes une bactérie qui pourrait \
dégrader le plastique.

Détail notable, Tom Vidal est entraîné par la championne Eva Lund. Sa course a été perturbée par \
la pluie.

Pour le tourisme, deux pays la devançaient : l'Italie et l'Espagne.

Les policiers ont fait fuir les voleurs.

Plusieurs pays d'Amérique latine sont touchés, mais le Brésil connaît la plus grande épidémie. \
Pour le ministre, « on ne connait pas encore l'ampleur du mal ».

Le préfet de Bari évoque le séisme. Cette information reste donc à confirmer.

Au sabre, la finale a été cent pour cent italienne ; \
derrière, le Sud-Africain Tom Reed a pris la troisième place.

Le satellite Vega a célébré son 15e anniversaire en orbite. Le déficit commercial s'est réduit \
grâce à un net repli des importations (moins 1,3 %)."""

PAIRS = Pairs("retold", SOURCE, HONEST)


def test_facts_retold_draw_no_finding() -> None:
    # before: the quotation not verbatim, « chaque courant » all of what the source says some
    # of, « deux mille cinq cents » not in the source, a future dated on the dateline,
    # « net repli » a cause absent from the source, « anniversaire » counting what « ans » do,
    # « maltais » for « grec », « deux reprises » against the source's other count, « 100 % »
    # not in the source, « 49.3 » for « 3 »
    found = [f for f in PAIRS.findings(HONEST) if "is missing" not in f.message]
    assert [f.message for f in found] == []


@pytest.mark.parametrize(
    ("find", "replace", "fragment"),
    [
        ("Le 49.3 permet", "Le 49.2 permet", "49.2"),
        ("le 1er avril en", "le 1er mai en", "1er mai"),
        ("deux mille cinq cents à", "trois mille cinq cents à", "trois mille cinq cents"),
        (
            "grâce à un net repli des importations",
            "grâce à une envolée des exportations",
            "envolée",
        ),
        ("son 15e anniversaire", "son 16e anniversaire", "16e"),
        ("à bord d'un navire battant pavillon maltais", "près des côtes maltaises", "maltais"),
        ("Au-delà de 100 %", "Au-delà de 200 %", "200 %"),
    ],
)
def test_the_same_facts_changed_are_flagged(find: str, replace: str, fragment: str) -> None:
    assert HONEST.count(find) == 1
    found = PAIRS.findings(HONEST.replace(find, replace))
    assert [f.message for f in found if f.severity == "hard" and fragment in f.message]


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        ("Aucune saisie n'avait encore été menée", "Aucune saisie n'a été menée"),
        (
            "Pour la Française Anne Roy, c'est une première : jamais elle n'était montée",
            "La Française Anne Roy n'est pas montée",
        ),
    ],
)
def test_a_denial_that_is_no_never_before_is_still_flagged(find: str, replace: str) -> None:
    assert HONEST.count(find) == 1
    assert PAIRS.findings(HONEST.replace(find, replace), "polarity")


def test_a_belief_told_as_a_fact_is_still_flagged() -> None:
    changed = HONEST.replace(
        "Elle semble liée à l'incendie de l'entrepôt voisin.",
        "Elle est liée à l'incendie de l'entrepôt voisin.",
    )
    assert changed != HONEST
    assert PAIRS.findings(changed, "qualifiers")


def test_a_ship_s_flag_said_as_its_nationality_draws_nothing() -> None:
    # the source's « Le navire, qui battait pavillon maltais »: « un navire maltais » says it
    changed = HONEST.replace("d'un navire battant pavillon maltais", "d'un navire maltais")
    assert changed != HONEST
    assert [f.message for f in PAIRS.findings(changed, "roles")] == []


def test_another_nationality_for_the_ship_is_still_flagged() -> None:
    changed = HONEST.replace("d'un navire battant pavillon maltais", "d'un navire chypriote")
    assert changed != HONEST
    assert PAIRS.findings(changed, "roles")


def test_a_country_for_another_said_not_asked_is_still_flagged() -> None:
    changed = HONEST.replace("le projet préparé par la France.", "le projet préparé par l'Espagne.")
    assert PAIRS.findings(changed)


def test_a_count_of_another_class_is_still_flagged() -> None:
    changed = HONEST.replace("184 prisonniers", "184 gardiens")
    assert [f.message for f in PAIRS.findings(changed, "figures") if "gardien" in f.message]


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        # a participle with no auxiliary before its subject's clause: the subject undergoes it
        (
            "Aussitôt désigné comme le coupable, le gouvernement portugais a répondu par un "
            "communiqué.",
            {("patient", "gouvernement", "désigner"), ("agent", "gouvernement", "répondre")},
        ),
        # … unless its verb takes « être » in the past: the subject did it
        ("Arrivé à Paris, il a déclaré la guerre.", {("agent", "il", "arriver")}),
    ],
)
def test_a_participle_before_its_subject(sentence: str, roles: set[tuple[str, str, str]]) -> None:
    from engine.gate.statements import read_doc
    from engine.text.nlp import parse

    places = read_doc(parse([sentence])[0])[0].slots.get("agents", ())
    assert roles <= {(p.role, p.shown, p.predicate) for p in places}


def test_another_person_for_the_pronoun_is_still_flagged() -> None:
    changed = HONEST.replace("Anne Roy préconise", "Marc Lavoie préconise")
    assert [f.message for f in PAIRS.findings(changed) if "Marc Lavoie" in f.message]


def test_an_announcement_put_in_the_future_is_still_flagged() -> None:
    changed = HONEST.replace("a présenté la programmation", "présentera la programmation")
    assert PAIRS.findings(changed, "modality")


def test_another_organisation_is_still_flagged() -> None:
    changed = HONEST.replace(
        "le personnel humanitaire de l'ONU", "le personnel humanitaire de l'Unicef"
    )
    assert [f.message for f in PAIRS.findings(changed) if "Unicef" in f.message]


def test_an_allegation_told_as_a_fact_is_still_flagged() -> None:
    changed = HONEST.replace(
        "sur les réseaux sociaux.", "sur les réseaux sociaux : il y a eu trois explosions."
    )
    assert PAIRS.findings(changed, "modality")


def test_a_possibility_told_as_done_is_still_flagged() -> None:
    changed = HONEST.replace("qui pourrait dégrader le plastique", "qui dégrade le plastique")
    assert changed != HONEST
    assert PAIRS.findings(changed, ("tense", "modality"))


def test_a_cause_of_our_own_is_still_flagged() -> None:
    changed = HONEST.replace(
        "Sa course a été perturbée par la pluie.", "Sa course a été perturbée à cause d'une chute."
    )
    assert changed != HONEST
    assert PAIRS.findings(changed, "causes")


def test_a_place_ahead_turned_round_is_still_flagged() -> None:
    changed = HONEST.replace(
        "deux pays la devançaient : l'Italie et l'Espagne",
        "la Grèce devançait l'Italie et l'Espagne",
    )
    assert changed != HONEST
    assert PAIRS.findings(changed, "comparatives")


def test_what_only_may_have_happened_told_as_done_is_still_flagged() -> None:
    changed = HONEST.replace(
        "Les policiers ont fait fuir les voleurs.",
        "Des policiers postés à proximité sont rapidement intervenus.",
    )
    assert changed != HONEST
    assert PAIRS.findings(changed, "modality")


def test_what_can_be_told_as_done_is_still_flagged() -> None:
    changed = HONEST.replace(
        "Cette information reste donc à confirmer.", "Cette information est confirmée."
    )
    assert changed != HONEST
    assert PAIRS.findings(changed, "modality")


@pytest.mark.parametrize(
    ("find", "replace", "fragment"),
    [
        ("le Sud-Africain Tom Reed", "le Néo-Zélandais Tom Reed", "néo-zélandais"),
        ("la finale a été cent pour cent italienne", "la finale a été à 90 % italienne", "90 %"),
    ],
)
def test_an_office_a_nationality_a_share_changed_are_still_flagged(
    find: str, replace: str, fragment: str
) -> None:
    assert HONEST.count(find) == 1
    found = PAIRS.findings(HONEST.replace(find, replace))
    assert [f.message for f in found if f.severity == "hard" and fragment in f.message]


JUDGED = Pairs(
    "judged",
    """L'UNESCO vote une résolution sur Jérusalem

2 mai 2017. – Le Premier ministre israélien Benjamin Netanyahu a qualifié mardi cette décision \
d'« absurde ».""",
)


@pytest.mark.parametrize(
    ("text", "severities"),
    [
        ("## Benjamin Netanyahu juge la décision « absurde »\n\nIl a réagi mardi.", []),
        ("Benjamin Netanyahu juge la décision « absurde ».", []),
        ("Benjamin Netanyahu, juge au tribunal, trouve la décision « absurde ».", ["hard"]),
    ],
)
def test_a_title_word_that_is_the_verb_is_no_office(text: str, severities: list[str]) -> None:
    found = JUDGED.findings(f"Jérusalem : l'UNESCO vote\n\n{text}", "roles")
    assert [f.severity for f in found] == severities, [f.message for f in found]


NAMES = Pairs(
    "respelt",
    """Sabre : Yana Egorian sacrée

8 août 2016. – La Russe Yana Egorian a battu en finale sa compatriote Sofia Velikaïa. \
La Française Charlottes Lembach a été éliminée au premier tour.""",
)


@pytest.mark.parametrize(
    ("name", "severity"),
    [("Charlotte Lembach", "review"), ("Charlotte Lemberg", "hard"), ("Claire Lembach", "hard")],
)
def test_a_name_the_source_misspells_spelt_right_is_a_review(name: str, severity: str) -> None:
    # the source's « Charlottes » for « Charlotte »: one letter more, the same name, a review;
    # another name stays absent from the source
    text = f"Sabre : Yana Egorian sacrée\n\nLa Française {name} a été éliminée au premier tour."
    found = [f for f in NAMES.findings(text, "people")]
    assert [f.severity for f in found] == [severity], [f.message for f in found]


def test_a_future_dated_before_the_dateline_is_still_flagged() -> None:
    # the dateline opening the sentence is left out; the event's own date is not
    dateline = "(12 mars 2019) Le congrès du parti se tiendra le 20 mars."
    changed = HONEST.replace(dateline, "(12 mars 2019) Le ministre sera giflé à Naples le 9 mars.")
    assert [f.message for f in PAIRS.findings(changed, "tense") if "9 mars" in f.message]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Le congrès mesurera le poids des différents courants.", set()),
        ("Ses diverses filiales ont fermé.", set()),
        ("Différents courants se sont exprimés.", {"some"}),
    ],
)
def test_various_after_an_article_is_no_bound(sentence: str, kinds: set[str]) -> None:
    from engine.gate.slots.scope import Bound, read
    from engine.text.nlp import parse

    sent = next(iter(parse([sentence])[0].sents))
    bounds = {b.kind for b in read(list(sent)) if isinstance(b, Bound) and b.kind != "one"}
    assert bounds == kinds
