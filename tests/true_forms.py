"""True forms of meaning (issue 19, round 7): the project's own source sentences that carry a
negation, a direction, a tense, a modality, a scope, a condition or a cause, each written the other
ways a French newsroom says the same — and the same form with its meaning flipped.

A `Forms` row names a source (tests/data/wikinews/<source>.txt), the source's own words it
restates (they must be there), the rule a flipped form must draw, the true forms and the flipped
ones. The form functions below write the forms of one meaning class from the sentence's own
parts (`rising`, `falling`, `because`, `possibly`, `past`, `passive`, `cleft`, …): the same
function writes every row of its class, so a reading the gate lacks shows on every source at once.
Forms easier written by hand than generated are written by hand, on the same sources.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"
WIKINEWS = DATA / "wikinews"

# The rules that read meaning (F-C's): a true form draws none of them, not even a review.
MEANING = frozenset(
    {"polarity", "direction", "tense", "causes", "modality", "aspect", "scope", "agents",
     "qualifiers", "comparatives", "superlatives"}
)  # fmt: skip


@dataclass(frozen=True)
class Forms:
    source: str  # tests/data/wikinews/<source>.txt, or a one-edit set's (tests/data/<x>.toml)
    said: str  # the source's own words the forms restate
    rule: str  # the rule a flipped form draws
    true: tuple[str, ...]
    flipped: tuple[str, ...]

    def text(self) -> str:
        if self.source.endswith(".toml"):  # a one-edit set's source (tests/data/…)
            with (DATA / self.source).open("rb") as toml:
                return str(tomllib.load(toml)["source"])
        return (WIKINEWS / f"{self.source}.txt").read_text(encoding="utf-8")


def _sentence(*parts: str) -> str:
    text = " ".join(p for p in parts if p).replace(" ,", ",").strip()
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "»")) else ".")


# Which way a quantity went: the verbs and phrases a newsroom uses for each, with the
# preposition its amount takes (« a perdu 3 % », « a baissé de 3 % »).
RISE = ("a augmenté de", "est en hausse de", "a progressé de", "a grimpé de", "a gagné",
        "s'est accru de", "a crû de")  # fmt: skip
FALL = ("a baissé de", "est en baisse de", "a reculé de", "a diminué de", "a perdu", "a chuté de",
        "s'est replié de")  # fmt: skip
PLURAL = {"a ": "ont ", "est ": "sont ", "s'est ": "se sont "}


def _agree(form: str, plural: bool) -> str:
    if not plural:
        return form
    for one, many in PLURAL.items():
        if form.startswith(one):
            form = many + form[len(one) :]
            break
    return form.replace("accru", "accrus").replace("replié", "repliés")


def rising(subject: str, amount: str, rest: str = "", plural: bool = False) -> tuple[str, ...]:
    """« X a augmenté de 3 % », « X est en hausse de 3 % », « X a gagné 3 % », …"""
    return tuple(_sentence(subject, _agree(f, plural), amount, rest) for f in RISE)


def falling(subject: str, amount: str, rest: str = "", plural: bool = False) -> tuple[str, ...]:
    """« X a baissé de 3 % », « X est en baisse de 3 % », « X a perdu 3 % », …"""
    return tuple(_sentence(subject, _agree(f, plural), amount, rest) for f in FALL)


# A cause: the markers that take a noun phrase, those that take a clause.
BECAUSE_OF = ("en raison de", "à cause de", "du fait de", "sous l'effet de", "par suite de")
BECAUSE = ("car", "puisque", "parce que")


def _of(marker: str, phrase: str) -> str:
    """« à cause de » + « les pluies » → « à cause des pluies »."""
    stem = marker[: -len("de")]
    for article, glued in (("les ", "des "), ("le ", "du ")):
        if phrase.startswith(article):
            return f"{stem}{glued}{phrase[len(article) :]}"
    if phrase[:1] in "aeéèiouhAEÉIOUH":
        return f"{stem}d'{phrase}"
    return f"{marker} {phrase}"


def because(effect: str, cause: str, clause: str) -> tuple[str, ...]:
    """The effect with its cause by every marker: a noun phrase (« en raison de … ») and a
    clause (« car … », « puisque … »), and the cause first (« X explique … »)."""
    nouns = tuple(_sentence(effect, _of(m, cause)) for m in BECAUSE_OF)
    clauses = tuple(_sentence(f"{effect},", m if m != "puisque" or clause[:1] not in "aeiou"
                              else "puisqu'", clause) for m in BECAUSE)  # fmt: skip
    return nouns + tuple(c.replace("puisqu' ", "puisqu'") for c in clauses)


# A possibility: the conditional of « pouvoir », « il est possible que » with the subjunctive,
# « risquer de », « il se peut que ».
def possibly(subject: str, infinitive: str, subjunctive: str, rest: str) -> tuple[str, ...]:
    """« X pourrait V », « il est possible que X V(subj.) », « X risque de V », « il se peut
    que X V(subj.) »."""
    de = "d'" if infinitive[:1] in "aeéiouh" else "de "
    low = subject[0].lower() + subject[1:]
    that = f"qu'{low}" if low[:1] in "aeéiouh" else f"que {low}"
    return (
        _sentence(subject, "pourrait", infinitive, rest),
        _sentence("il est possible", that, subjunctive, rest),
        _sentence(subject, f"risque {de}{infinitive}", rest),
        _sentence("il se peut", that, subjunctive, rest),
    )


def past(subject: str, composed: str, pluperfect: str, present: str, rest: str) -> tuple[str, ...]:
    """A past the source tells in the passé composé, told in the passé composé, the
    plus-que-parfait and the narrative present."""
    return tuple(_sentence(subject, verb, rest) for verb in (composed, pluperfect, present))


def active_and_passive(agent: str, active: str, patient: str, passive: str, rest: str = ""
                       ) -> tuple[str, ...]:  # fmt: skip
    """« A a fait B », « B a été fait par A », « c'est A qui a fait B », « c'est par A que B a été
    fait »."""
    low = patient[0].lower() + patient[1:]
    return (
        _sentence(agent, active, low, rest),
        _sentence(patient, passive, "par", agent[0].lower() + agent[1:]
                  if agent.startswith(("Le ", "La ", "Les ")) else agent, rest),
        _sentence("c'est", agent[0].lower() + agent[1:] if agent.startswith(("Le ", "La ", "Les "))
                  else agent, "qui", active, low, rest),
    )  # fmt: skip


def suppose(claim: str, clause: str, noun: str, infinitive: str) -> tuple[str, ...]:
    """The claim under its condition, by every form: « si » and a clause, « en cas de » and a
    noun, « à condition de » and an infinitive, the condition after the claim."""
    if_ = "s'il" if clause.startswith("il ") else f"si {clause}"
    rest = clause[3:] if clause.startswith("il ") else ""
    return (
        _sentence(f"{if_} {rest},".replace(" ,", ","), claim),
        _sentence(f"en cas de {noun},", claim),
        _sentence(claim, f"à condition de {infinitive}"),
        _sentence(claim, f"{if_} {rest}".strip()),
    )


FORMS: tuple[Forms, ...] = (
    # direction, a rise, with its amount
    Forms(
        "r11-l4",
        "la totalité des inscrits à Pôle emploi s'établit en hausse",
        "direction|figures",
        rising("le nombre total d'inscrits à Pôle emploi", "0,4 %", "en novembre"),
        falling("le nombre total d'inscrits à Pôle emploi", "0,4 %", "en novembre")[:3],
    ),
    # direction, a fall, with its amount
    Forms(
        "r11-l4",
        "enregistre une baisse des entrées dans ses listes",
        "direction|figures",
        falling(
            "les entrées sur les listes de Pôle emploi",
            "4,4 %",
            "pour les catégories A, B et C",
            plural=True,
        ),
        rising(
            "les entrées sur les listes de Pôle emploi",
            "4,4 %",
            "pour les catégories A, B et C",
            plural=True,
        )[:3],
    ),
    # a cause the source gives, by every marker
    Forms(
        "r11-k3",
        "sont le résultat des grandes pluies des dernières semaines",
        "causes",
        because(
            "les crues inusuelles de l'est de la France sont survenues",
            "les grandes pluies des dernières semaines",
            "de grandes pluies sont tombées ces dernières semaines",
        ),
        because(
            "les crues inusuelles de l'est de la France sont survenues",
            "la fonte des neiges dans les Alpes",
            "la neige a fondu dans les Alpes",
        )[:2],
    ),
    Forms(
        "r11-l4",
        "Un résultat surtout du à la baisse des fins de mission d'intérim",
        "causes",
        because(
            "les entrées sur les listes de Pôle emploi ont baissé",
            "la baisse des fins de mission d'intérim et de CDD",
            "les fins de mission d'intérim et de CDD ont baissé",
        ),
        because(
            "les entrées sur les listes de Pôle emploi ont baissé",
            "la réforme de l'assurance chômage",
            "l'assurance chômage a été réformée",
        )[:2],
    ),
    # a possibility
    Forms(
        "11",
        "Cette décision pourrait également aggraver les crises politiques",
        "modality",
        possibly(
            "cette décision",
            "aggraver",
            "aggrave",
            "les crises politiques que traversent les deux pays",
        ),
        (
            "Cette décision va aggraver les crises politiques que traversent les deux pays.",
            "Cette décision aggravera les crises politiques que traversent les deux pays.",
        ),
    ),
    Forms(
        "r10-h3",
        "Une défaillance au niveau des freins pourrait être la cause du drame.",
        "modality|tense",
        possibly("une défaillance au niveau des freins", "être", "soit", "la cause du drame"),
        ("Une défaillance au niveau des freins a provoqué le drame.",),
    ),
    Forms(
        "r11-n3",
        "Le Premier ministre pourrait ainsi théoriquement occuper ce poste",
        "modality",
        possibly("le Premier ministre Shinzō Abe", "occuper", "occupe", "son poste jusqu'en 2021"),
        (
            "Le Premier ministre Shinzō Abe occupera son poste jusqu'en 2021.",
            "Le Premier ministre Shinzō Abe va occuper son poste jusqu'en 2021.",
        ),
    ),
    # a past event, in the passé composé, the plus-que-parfait, the narrative present; the
    # active, the passive, a cleft
    Forms(
        "r11-n3",
        "a remporté largement les élections législatives",
        "tense|modality",
        past(
            "le Parti libéral-démocrate de Shinzō Abe",
            "a remporté",
            "avait remporté",
            "remporte",
            "largement les élections législatives organisées dimanche",
        )
        + active_and_passive(
            "le Parti libéral-démocrate de Shinzō Abe",
            "a remporté",
            "les élections législatives de dimanche",
            "ont été remportées",
        ),
        (
            "Le Parti libéral-démocrate de Shinzō Abe remportera largement les élections "
            "législatives organisées dimanche.",
        ),
    ),
    Forms(
        "r11-k3",
        "où 86 patients étaient soignés a été évacué vendredi soir",
        "tense|modality",
        past(
            "un centre hospitalier des Yvelines où 86 patients étaient soignés",
            "a été évacué",
            "avait été évacué",
            "est évacué",
            "vendredi soir",
        ),
        (
            "Un centre hospitalier des Yvelines où 86 patients étaient soignés sera évacué "
            "vendredi soir.",
        ),
    ),
    # a condition, said by « si », « en cas de », « à condition de », « faute de »; dropped
    Forms(
        "r11-l1",
        "S'il échoue, des élections législatives anticipées seront appelées",
        "qualifiers",
        suppose(
            "des élections législatives anticipées seront appelées",
            "il échoue",
            "échec",
            "former un nouveau gouvernement",
        )
        # the fact said beside it (« , alors que … »), which the condition does not qualify
        + (
            "Le Parti démocrate au pouvoir et le Mouvement 5 étoiles sont au coude-à-coude "
            "dans les sondages.",
        ),
        ("Des élections législatives anticipées seront appelées.",),
    ),
    # a « si » that contrasts two facts supposes nothing: the fact said alone is true
    Forms(
        "r11-n3",
        "S'il perd quelques sièges, il conserve une large majorité absolue.",
        "polarity",
        (
            "Le Parti libéral-démocrate conserve une large majorité absolue.",
            "Même s'il perd quelques sièges, le Parti libéral-démocrate conserve une large "
            "majorité absolue.",
            "Bien qu'il perde quelques sièges, le Parti libéral-démocrate conserve une large "
            "majorité absolue.",
            "Malgré la perte de quelques sièges, le Parti libéral-démocrate conserve une large "
            "majorité absolue.",
        ),
        ("Le Parti libéral-démocrate ne conserve pas de majorité absolue.",),
    ),
    Forms(
        "r11-m3",
        "Si la méthode fonctionne sur Terre, les résultats sur Mars",
        "rank",
        (
            "Les résultats sur Mars sont plus hypothétiques, car la gravité et la pression "
            "atmosphérique y sont bien plus faibles.",
            "Sur Mars, les résultats sont plus hypothétiques : la gravité et la pression "
            "atmosphérique y sont bien plus faibles.",
        ),
        (
            "Les résultats sur Mars sont moins hypothétiques, car la gravité et la pression "
            "atmosphérique y sont bien plus faibles.",
        ),
    ),
    # a negation said another way: a verb of failure, « ne … pas » with a verb of its class
    Forms(
        "01",
        "Valls n'a pas réussi à inverser la tendance, malgré ses efforts.",
        "polarity",
        (
            "Valls a échoué à inverser la tendance, malgré ses efforts.",
            "Valls n'est pas parvenu à inverser la tendance, malgré ses efforts.",
            "Malgré ses efforts, Valls n'a pas pu inverser la tendance.",
            "Valls n'a pas su inverser la tendance, malgré ses efforts.",
        ),
        (
            "Valls a réussi à inverser la tendance grâce à ses efforts.",
            "Valls est parvenu à inverser la tendance, malgré ses efforts.",
        ),
    ),
    # « ne … pas cesser de », « n'en pas finir de »: it goes on
    Forms(
        "r11-k3",
        "la Seine n'a toujours pas cessé de grimper",
        "direction",
        (
            "La Seine continue de monter depuis le début du week-end.",
            "La Seine n'en finit pas de monter.",
            "Crue de la Seine à Paris : le fleuve n'en finit pas de monter.",
            "La Seine ne cesse de grimper depuis le début du week-end.",
            "La Seine monte toujours depuis le début du week-end.",
            "La Seine n'a pas cessé de grimper depuis le début du week-end.",
        ),
        ("Le niveau de la Seine continue à baisser.",),
    ),
    # « seules », « seulement », « ne … que »: a restriction, not a denial; « la plupart » flips it
    Forms(
        "r11-l1",
        "Seules trois régions ont approuvé à un faible score le projet",
        "scope",
        (
            "Seules trois régions ont approuvé le projet, dont la Toscane.",
            "Trois régions seulement ont approuvé le projet, dont la Toscane.",
            "Le projet n'a été approuvé que par trois régions, dont la Toscane.",
            "Pas plus de trois régions ont approuvé le projet, dont la Toscane.",
            # « faire partie de »: one of them, no share
            "La Toscane a fait partie des trois régions favorables au projet.",
            "La Toscane fait partie des régions qui ont approuvé le projet.",
        ),
        (
            "La plupart des régions ont approuvé le projet, dont la Toscane.",
            "Toutes les régions ont approuvé le projet, dont la Toscane.",
            "Une partie des régions ont approuvé le projet, dont la Toscane.",
        ),
    ),
    # a majority the source gives as a share, said as « la plupart », « une majorité »
    Forms(
        "r11-l1",
        "Quelque 59 % des Italiens ont en effet rejeté",
        "polarity",
        (
            "La plupart des Italiens ont rejeté les réformes constitutionnelles.",
            "Une majorité d'Italiens a rejeté les réformes constitutionnelles.",
            "Près de six Italiens sur dix ont rejeté les réformes constitutionnelles.",
        ),
        ("La plupart des Italiens n'ont pas rejeté les réformes constitutionnelles.",),
    ),
    # the active, the passive, a cleft, a nominalisation
    Forms(
        "r11-l1",
        "La réforme était soutenue par le Parti démocrate",
        "polarity",
        (
            "La réforme était soutenue par le Parti démocrate de centre-gauche au pouvoir et les "
            "formations centristes.",
            "Le Parti démocrate de centre-gauche au pouvoir et les formations centristes "
            "soutenaient la réforme.",
            "C'est le Parti démocrate de centre-gauche au pouvoir, avec les formations centristes, "
            "qui soutenait la réforme.",
            "La réforme avait le soutien du Parti démocrate de centre-gauche au pouvoir et des "
            "formations centristes.",
        ),
        (
            "Le Parti démocrate de centre-gauche au pouvoir et les formations centristes ne "
            "soutenaient pas la réforme.",
        ),
    ),
    # « la totalité des inscrits »: « le nombre total », « l'ensemble », « tous »; « le nombre
    # d'inscrits » is their count, no quantity; « une partie » flips it
    Forms(
        "r11-l4",
        "la totalité des inscrits repart à la hausse après deux mois de baisse",
        "scope",
        tuple(
            f"{whole} repart à la hausse, après deux mois de baisse."
            for whole in (
                "Le nombre total d'inscrits",
                "Le nombre d'inscrits",
                "L'ensemble des inscrits",
                "Le total des inscrits",
            )
        ),
        (
            "Une partie des inscrits repart à la hausse, après deux mois de baisse.",
            "Un grand nombre d'inscrits repart à la hausse, après deux mois de baisse.",
        ),
    ),
    # a change set against the main clause by a concession (« malgré la baisse de X, Y est en
    # hausse ») is X's, not Y's; the main clause's change flipped still draws
    Forms(
        "r11-l4",
        "la totalité des inscrits à Pôle emploi s'établit en hausse",
        "direction",
        tuple(
            f"Au final, {conceding} la baisse de la catégorie A, la totalité des inscrits à "
            f"Pôle emploi s'établit en hausse : 23 000 personnes de plus, soit 0,4 %."
            for conceding in ("malgré", "en dépit de")
        ),
        (
            "Au final, malgré la hausse de la catégorie A, la totalité des inscrits à Pôle emploi "
            "s'établit en baisse : 23 000 personnes de moins, soit 0,4 %.",
        ),
    ),
    # an obligation in a compound past was met (« ont dû y rester »): told as done; a future
    # flips it
    Forms(
        "r11-n1",
        "ont dû y rester pendant plusieurs heures",
        "modality|tense",
        past(
            "près d'un millier de visiteurs",
            "sont restés",
            "étaient restés",
            "restent",
            "plusieurs heures dans la cathédrale",
        )
        + ("Les visiteurs ont dû rester plusieurs heures dans la cathédrale.",),
        ("Les visiteurs resteront plusieurs heures dans la cathédrale.",),
    ),
    # a denied hedge (« sans risquer de ») hedges nothing: the fact is told as done
    Forms(
        "r11-m3",
        "sans risquer d'endommager l'original",
        "modality|tense",
        (
            "Cet exemplaire leur a permis de multiplier les tentatives sans risquer d'endommager "
            "l'original.",
            "Grâce à ce jumeau, ils ont pu réaliser plusieurs tentatives sans risque pour "
            "l'original.",
        ),
        (
            "Cet exemplaire leur permettra de réaliser plusieurs tentatives sans risquer "
            "d'endommager l'original.",
        ),
    ),
    # what a text provides for (« le projet prévoyait la réduction »), told as its content
    Forms(
        "r11-l1",
        "Le projet prévoyait la réduction des pouvoirs du Sénat",
        "modality|tense",
        (
            "Le projet réduisait les pouvoirs du Sénat afin d'éviter des blocages institutionnels.",
            "Le projet visait à réduire les pouvoirs du Sénat afin d'éviter des blocages "
            "institutionnels.",
            "Au cœur du projet se trouvait la réduction des pouvoirs du Sénat.",
        ),
        ("Les pouvoirs du Sénat ont été réduits afin d'éviter des blocages institutionnels.",),
    ),
    # « en passe de » says its own infinitive is to come, not the main clause's event
    Forms(
        "r11-l2",
        "est en passe de remporter une victoire décisive majeure",
        "tense|modality",
        past(
            "Daech",
            "a repris",
            "avait repris",
            "reprend",
            "Palmyre à l'armée syrienne le 11 décembre 2016",
        )
        + active_and_passive(
            "Daech",
            "a expulsé",
            "L'armée syrienne",
            "a été expulsée",
            "de Palmyre le 11 décembre 2016",
        )
        + (
            "Alors qu'elle est en passe de remporter une victoire à Alep, l'armée syrienne a "
            "été expulsée de Palmyre par Daech le 11 décembre 2016.",
        ),
        ("L'armée syrienne a remporté une victoire décisive majeure à Alep face aux rebelles.",),
    ),
    # a link the source gives by « sur la base de », said by every marker of cause; and what a
    # verb of cause brings about ends at its comma (« comme on le verra plus loin » is an aside)
    Forms(
        "r11-n4",
        "sur la base de leur orientation sexuelle présumée",
        "causes",
        because(
            "le parquet égyptien fait une priorité de traquer des personnes",
            "leur orientation sexuelle présumée",
            "",
        )[: len(BECAUSE_OF)]
        + (
            "C'est leur orientation sexuelle présumée qui vaut à ces personnes d'être traquées "
            "par le parquet, comme on le verra plus loin.",
        ),
        (
            "Le parquet égyptien fait une priorité de traquer des personnes en raison de la "
            "pression des États-Unis.",
        ),
    ),
    # the sources of controls-c1 (round 7's development set), with sentences of our own
    # a future the tagger reads as an imperfect (« nous participerons »): its ending tells
    Forms(
        "blind/controls-c1/c1-s2b.toml",
        "nous participerons au Gravity Tour Italie",
        "modality|tense",
        (
            "Fin août, la station participera au Gravity Tour Italie afin de se promouvoir auprès "
            "des passionnés italiens.",
        ),
        (
            "Les 27 et 28 août, la station a participé au Gravity Tour Italie afin de se "
            "promouvoir auprès des passionnés italiens.",
        ),
    ),
    # a clause opened by « si » supposes: it gives nothing as done
    Forms(
        "blind/controls-c1/c1-s1.toml",
        "dans les cas où ils seraient reconnus coupables",
        "modality|tense",
        (
            "Le gouvernement de Stephen Harper avait changé la loi afin de pouvoir retirer la "
            "citoyenneté aux binationaux, mais seulement s'ils étaient reconnus coupables de "
            "terrorisme ou de trahison.",
        ),
        (
            "Les binationaux ont été reconnus coupables de terrorisme ou de trahison, et le "
            "gouvernement de Stephen Harper avait changé la loi afin de leur retirer la "
            "citoyenneté.",
        ),
    ),
    # « ne … pas que sur » is « not only »; « d'un autre avis » says « ce n'est pas l'avis »
    Forms(
        "blind/controls-c1/c1-s3.toml",
        "Ce n'est pas l'avis de Fottorino",
        "polarity",
        (
            "La cérémonie n'a pas été diffusée que sur France 2 : TF1 l'a aussi retransmise.",
            "Éric Fottorino est d'un autre avis.",
        ),
        ("La cérémonie n'a pas été diffusée sur France 2.",),
    ),
    # a consequence said with the source's own verb (« justifiant ainsi » → « ce qui justifie »)
    Forms(
        "blind/controls-c1/c1-s2a.toml",
        "justifiant ainsi les efforts réalisés",
        "causes",
        (
            "Les visiteurs qui font vivre le tourisme sportif de Pila sont nombreux, ce qui "
            "justifie les efforts consentis pour garder les équipements ouverts l'été.",
        ),
        (
            "Les visiteurs qui font vivre le tourisme sportif de Pila sont nombreux, ce qui a "
            "entraîné la fermeture des équipements l'hiver.",
        ),
    ),
    # « les Pays-Bas » is no « pays »: six countries that sign are the source's signatories
    Forms(
        "blind/controls-c1/c1-s5a.toml",
        "les Pays-Bas et le Luxembourg",
        "polarity",
        (
            "Six pays avaient signé le traité en 1957 : l'Allemagne, la France, l'Italie, la "
            "Belgique, les Pays-Bas et le Luxembourg.",
        ),
        (
            "Six pays n'avaient pas signé le traité en 1957 : l'Allemagne, la France, l'Italie, "
            "la Belgique, les Pays-Bas et le Luxembourg.",
        ),
    ),
    # a word of negation the parser hangs across a comma (« aucun ne l'avait été depuis 2016,
    # le dernier en date étant The Lab ») denies nothing after it
    Forms(
        "r11-m4",
        "le dernier en date étant The Lab",
        "polarity",
        ("Le dernier en date est The Lab.",),
        (
            "Gabe Newell a assuré que le temps passé depuis la dernière publication d'un jeu "
            "vidéo était du temps perdu.",
        ),
    ),
    # what the source expects, said as expected beside what the article tells as done
    Forms(
        "r11-k3",
        "ce pic est prévu par Vigicrues pour la nuit de dimanche à lundi",
        "tense|modality",
        (
            "Cette évacuation a donc eu lieu dès vendredi soir, avant le pic attendu dans la nuit "
            "de dimanche à lundi.",
            "Vigicrues prévoit le pic pour la nuit de dimanche à lundi.",
            "Le pic est attendu dans la nuit de dimanche à lundi.",
        ),
        ("Le pic de la crue a été atteint dans la nuit de dimanche à lundi.",),
    ),
    # issue 19, round 8: what the source alleges by the conditional alone, kept alleged,
    # attributed or hedged another way; stated as a fact, a review
    Forms(
        "r11-n1",
        "Le policier atteint par le coup de marteau aurait des blessures mineures dans le cou.",
        "modality",
        (
            "Le policier atteint par le coup de marteau aurait été légèrement blessé au cou.",
            "Le policier frappé au marteau souffrirait de blessures mineures au cou.",
            "Selon les premières informations, le policier atteint par le coup de marteau a des "
            "blessures mineures au cou.",
            "Le policier atteint par le coup de marteau semble avoir des blessures mineures au "
            "cou.",
        ),
        ("Le policier atteint par le coup de marteau a des blessures mineures dans le cou.",),
    ),
    # what the source says only seems so (« semble se geler »), said by another verb of
    # appearance or the conditional; said as fact with its verb, a review
    Forms(
        "r6-t4",
        "Le conflit ukrainien semble se geler progressivement",
        "modality",
        (
            "Le conflit ukrainien paraît se geler progressivement.",
            "Le conflit ukrainien semblerait se geler progressivement.",
            "Le conflit ukrainien semble se geler peu à peu.",
        ),
        ("Le conflit ukrainien se gèle progressivement.",),
    ),
    # a share of a group (« certains pays européens »), said by another word of share; « all »
    # of the group, named the same or in other words, flips it
    Forms(
        "11",
        "Cette décision avait été très critiquée par certains pays européens",
        "scope",
        (
            "Cette décision avait été très critiquée par plusieurs pays européens, dont "
            "l'Allemagne.",
            "Certains pays européens, Allemagne en tête, avaient vivement critiqué cette décision.",
            "Une partie des pays européens, Allemagne en tête, avaient vivement critiqué cette "
            "décision.",
        ),
        (
            "Cette décision avait été très critiquée par tous les États européens, Allemagne en "
            "tête.",
            "Cette décision avait été très critiquée par l'ensemble des pays européens, Allemagne "
            "en tête.",
        ),
    ),
)
