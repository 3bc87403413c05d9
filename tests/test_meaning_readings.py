"""Meaning slots on whole sentence pairs (issue 19, round 6): the general readings behind the
reviews honest writers drew on the tenth blind honest set, each tried on sentence pairs of our
own — a source of one or two sentences, the article sentence that restates it — that must draw
no finding of the rule, and a distorted one of the same shape that must still draw it.

Readings:
- polarity: a word of negation before the clause's own « si » or « que » is the clause above's
  (« n'avait pas encore fait savoir s'il briguerait » denies no « briguer »); a verb with an
  article is a noun the tagger misread (« une possible mise à pied » states no act); « nier
  avoir fait » is a negation, as « refuser de » is; « ne … plus X, mais Y » said of a verb's
  complement corrects the complement, the verb holds;
- qualifiers: « si » after a verb of saying or asking with no object of its own opens an
  indirect question (« dira en juin si », « a demandé au joueur s'il »), no condition;
- modality: an obligation with another verb than the source's (« devra entretenir les quais »
  after « la gestion a été confiée ») follows from the fact, it does not put it in the future;
- causes: a causal verb that brings nothing about (« le constat vaut aussi sur un an ») holds,
  it causes nothing;
- comparatives: a preposition places its own complement (« derrière elle, l'Allemande » places
  « elle », whom the pair does not name);
- scope: a group whose members the source lists (« les décisions, en particulier … », « dont »)
  is counted, not given whole: « plusieurs décisions » says it;
- agents: the object of a verb of perception does what the infinitive says (« a vu Anne
  Guivarch établir un record »: she sets it).

And readings that find more (a review at no cost on the honest sets):
- polarity: what says no in a sentence is read in the part that says the predicate (a part after
  a semicolon or a colon asserts on its own: « … ; un ouvrier a été blessé sans gravité » says no
  of no « permettre »), and « seulement » before a figure bounds the figure, it says no no;
- scope: « certains de ces régimes » is some of them, as « certains des régimes »; a quantifier
  said beside its word (« islamistes pour la plupart », « tous islamistes ») bounds it too.
"""

from __future__ import annotations

import pytest

from tests.pairs import blocking
from tests.test_meaning_pairs import case, restating

HONEST = [
    # polarity: a negation before the clause's own « si » is the clause above's
    case("polarity", "Lyon : la mairie\n\nLe congrès s'ouvre lundi, avant que le maire de Lyon "
         "ait annoncé s'il briguerait un troisième mandat.",
         "Lors de cette conférence, le maire de Lyon n'avait pas encore fait savoir s'il "
         "briguerait un troisième mandat."),
    # polarity: a verb with an article is a noun
    case("polarity", "Dijon : le directeur\n\nLe directeur a été convoqué jeudi en vue d'une "
         "possible mise à pied.",
         "Le directeur n'a pas été mis à pied jeudi."),
    # polarity: « nier avoir fait » for « affirme ne pas avoir fait »
    case("polarity", "Bastia : l'élu\n\nL'ancien adjoint affirme ne pas avoir touché d'argent "
         "de l'entreprise de travaux publics.",
         "L'ancien adjoint nie avoir touché de l'argent de l'entreprise de travaux publics."),
    # polarity: « ne … plus X, mais Y » corrects the complement
    case("polarity", "Metz : le musée\n\nÀ partir de janvier, le musée sera dirigé par deux "
         "conservatrices.",
         "À partir de janvier, le musée ne sera plus dirigé par une seule conservatrice, mais "
         "par deux."),
    case("polarity", "Brest : le port\n\nLe port de commerce a été vendu à un armateur breton "
         "en mars.",
         "Le port de commerce n'a pas été vendu à un armateur étranger, mais à un armateur "
         "breton en mars."),
    case("polarity", "Pau : la ligne\n\nLa ligne de bus sera exploitée par la région et par la "
         "ville à partir de l'été.",
         "La ligne de bus ne sera plus exploitée par la seule ville, mais par la région et la "
         "ville à partir de l'été."),
    # qualifiers: an indirect question
    case("qualifiers", "Sion : les Jeux\n\nLe comité olympique dira en juin si la ville "
         "accueillera les Jeux d'hiver.",
         "Le comité olympique rendra sa réponse en juin."),
    case("qualifiers", "Porto : le transfert\n\nLe club portugais a demandé vendredi au joueur "
         "s'il accepterait un prêt.",
         "Le club portugais a contacté le joueur vendredi."),
    case("qualifiers", "Lyon : la mairie\n\nLe congrès du parti s'ouvre lundi à Lyon, avant que "
         "le maire ait annoncé s'il briguerait un troisième mandat.",
         "L'annonce du congrès du parti intervient lundi à Lyon."),
    # modality: an obligation that follows from a done fact
    case("modality", "Marseille : le port\n\nLa gestion du port de plaisance a été confiée à "
         "une société privée.",
         "La société privée devra désormais entretenir les quais du port de plaisance."),
    case("modality", "Rodez : l'enquête\n\nL'enquête sur l'incendie de l'usine a été confiée à "
         "la police judiciaire de Toulouse.",
         "La police judiciaire de Toulouse devra établir les causes de l'incendie de l'usine."),
    case("modality", "Tignes : la candidature\n\nLa station de Tignes s'est imposée face à Val "
         "d'Isère et à Courchevel pour accueillir la finale.",
         "Val d'Isère et Courchevel devront renoncer à accueillir la finale."),
    # causes: a causal verb that brings nothing about
    case("causes", "Paris : l'emploi\n\nLe chômage des femmes a baissé au troisième trimestre. "
         "Il a aussi baissé sur un an.",
         "Le constat vaut aussi sur un an pour le chômage des femmes."),
    case("causes", "Lille : le marché\n\nLes prix des logements anciens ont augmenté de 3 % à "
         "Lille en 2023.",
         "La remarque vaut surtout pour les logements anciens de Lille."),
    case("causes", "Vannes : le club\n\nLe club de rugby de Vannes a recruté trois joueurs "
         "anglais cet été.",
         "Le recrutement de l'été vaut pour trois joueurs anglais du club de rugby de Vannes."),
    # comparatives: a preposition places its own complement
    case("comparatives", "Oslo : le sprint\n\nLa Norvégienne Ingrid Berg s'impose devant "
         "l'Allemande Lena Vogt, deuxième à quatre secondes.",
         "Derrière elle, l'Allemande Lena Vogt prend la deuxième place à quatre secondes."),
    case("comparatives", "Lausanne : le marathon\n\nLe Kényan Paul Kiprop franchit la ligne "
         "devant l'Éthiopien Abebe Tola.",
         "Juste derrière lui, l'Éthiopien Abebe Tola franchit la ligne."),
    case("comparatives", "Lyon : le classement\n\nL'équipe de Lyon termine la saison devant "
         "celle de Marseille au classement.",
         "Derrière elle au classement, l'équipe de Marseille termine la saison."),
    # scope: a group whose members the source lists
    case("scope", "Bujumbura : l'aide\n\nLes récentes décisions du gouvernement, en particulier "
         "la fermeture des frontières et la sortie de l'accord régional, ont conduit la banque à "
         "suspendre son aide.",
         "Plusieurs décisions récentes du gouvernement ont conduit la banque à suspendre son "
         "aide."),
    case("scope", "Lima : les mines\n\nLes mines de la région, notamment celles de cuivre et "
         "d'or, ont fermé pendant la grève des transports.",
         "Plusieurs mines de la région ont fermé pendant la grève des transports."),
    case("scope", "Quito : les routes\n\nLes routes de la province, dont la route côtière, sont "
         "coupées depuis lundi.",
         "Certaines routes de la province sont coupées depuis lundi."),
    # agents: the object of a verb of perception does what the infinitive says
    case("agents", "Brest : la course\n\n3 mai 2019. – Le Tour du Finistère, qui tenait sa 20e "
         "édition à Brest ce week-end, a pu voir l'établissement d'un nouveau record de "
         "l'épreuve par la Bretonne victorieuse de la course, Anne Guivarch.",
         "Cette édition brestoise a vu Anne Guivarch établir un nouveau record de l'épreuve."),
    case("agents", "Rome : le tennis\n\nL'Italienne Sara Conti a battu l'Espagnole Ana Ruiz en "
         "finale.",
         "Le public romain a vu l'Italienne Sara Conti battre l'Espagnole Ana Ruiz en finale."),
]  # fmt: skip

DISTORTED = [
    # polarity: the predicate itself denied, or corrected by another verb
    case("polarity", "Metz : le musée\n\nÀ partir de janvier, le musée sera dirigé par deux "
         "conservatrices.",
         "À partir de janvier, le musée ne sera plus dirigé par deux conservatrices.", "hard"),
    case("polarity", "Brest : le port\n\nLe port de commerce a été vendu à un armateur breton "
         "en mars.",
         "Le port de commerce n'a pas été vendu à un armateur breton en mars, mais loué.",
         "hard"),
    # qualifiers: a true condition dropped, after the verb or before it
    case("qualifiers", "Lens : la ligue\n\nLa course de Lens sera annulée samedi si la neige "
         "tombe encore.", "La course de Lens sera annulée samedi.", "hard"),
    case("qualifiers", "Lens : la ligue\n\nSi la neige tombe encore, la course de Lens sera "
         "annulée samedi.", "La course de Lens sera annulée samedi.", "hard"),
    # modality: the same verb put in the future under « devoir »
    case("modality", "Marseille : le port\n\nLa gestion du port de plaisance a été confiée à "
         "une société privée.",
         "La gestion du port de plaisance devra être confiée à une société privée.", "hard"),
    case("modality", "Rodez : l'enquête\n\nLa police judiciaire de Toulouse a établi les causes "
         "de l'incendie de l'usine.",
         "La police judiciaire de Toulouse devra établir les causes de l'incendie de l'usine.",
         "hard"),
    # causes: a causal verb that brings something about
    case("causes", "Paris : l'emploi\n\nLe chômage des femmes a baissé au troisième trimestre.",
         "La grève des transports a provoqué la baisse du chômage des femmes au troisième "
         "trimestre.", "hard"),
    # comparatives: the same one placed behind the same other
    case("comparatives", "Oslo : le sprint\n\nLa Norvégienne Ingrid Berg s'impose devant "
         "l'Allemande Lena Vogt, deuxième à quatre secondes.",
         "La Norvégienne Ingrid Berg s'impose derrière l'Allemande Lena Vogt, deuxième à quatre "
         "secondes.", "review"),
    # scope: some of a group the source gives whole, listing nothing
    case("scope", "Quito : les routes\n\nLes routes de la province sont coupées depuis lundi "
         "par la neige.",
         "Certaines routes de la province sont coupées depuis lundi par la neige.", "review"),
]  # fmt: skip

HONEST += [
    # polarity: the no said in the same part another way; a figure bounded; no part of its own
    case("polarity", "Lorient : la régate\n\nLes vents faibles ne permettent pas de départager "
         "les bateaux ; une collision cause quelques dégâts au port.",
         "Les vents faibles ont empêché de départager les bateaux ; une collision a causé "
         "quelques dégâts au port."),
    case("polarity", "Nantes : la subvention\n\nLe festival a obtenu la subvention régionale, "
         "accordée pour seulement deux ans.",
         "Le festival a obtenu la subvention régionale, accordée pour deux ans seulement."),
    case("polarity", "Auxerre : le club\n\nLe club a recruté un gardien cet été ; un défenseur "
         "est parti sans indemnité.",
         "Le club a recruté un gardien cet été, et un défenseur est parti sans indemnité."),
    # scope: the same strength said beside the word, or of each
    case("scope", "Alep : les groupes\n\nLe front combat aux côtés d'autres groupes rebelles, "
         "islamistes pour la plupart.",
         "Le front combat aux côtés d'autres groupes rebelles, en majorité islamistes."),
    case("scope", "Millas : le car\n\nLe car transportait vingt élèves, tous originaires du "
         "village de Saint-Féliu.",
         "Le car transportait vingt élèves, qui venaient tous du village de Saint-Féliu."),
    case("scope", "Séoul : les régimes\n\nTous ces régimes militaires ont connu une fin "
         "difficile dans la région.",
         "Chacun de ces régimes militaires a connu une fin difficile dans la région."),
]  # fmt: skip

# found now, missed before these readings
FOUND = [
    case("polarity", "Auxerre : le chantier\n\nLes pluies ne permettent pas de terminer le "
         "chantier du stade ; un ouvrier a été blessé sans gravité.",
         "Les pluies ont permis d'achever le chantier du stade ; un ouvrier a été blessé sans "
         "gravité.", "hard"),
    case("polarity", "Brest : la course\n\nLes vents ne permettent pas de départager les "
         "voiliers ; un choc cause des dégâts sans gravité.",
         "Les vents ont permis de séparer les voiliers ; un choc a causé des dégâts sans "
         "gravité.", "hard"),
    case("polarity", "Lyon : le budget\n\nLe conseil ne parvient pas à adopter le budget : la "
         "séance se termine sans vote.",
         "Le conseil parvient à voter le budget : la séance se termine sans vote.", "hard"),
    case("polarity", "Nantes : le maire\n\nLe maire annonce qu'il ne cherchera pas à garder son "
         "poste, prévu pour seulement quatre ans.",
         "Le maire a fait savoir qu'il chercherait à conserver son poste, prévu pour seulement "
         "quatre ans.", "hard"),
    case("scope", "Séoul : les régimes\n\nTous ces régimes militaires ont connu une fin "
         "difficile dans la région.",
         "Certains de ces régimes militaires ont connu une fin difficile dans la région.", "hard"),
    case("scope", "Alep : les groupes\n\nLe front combat aux côtés d'autres groupes rebelles, "
         "islamistes pour la plupart.",
         "Le front combat aux côtés d'autres groupes rebelles, tous islamistes.", "review"),
    case("scope", "Millas : le car\n\nLe car transportait vingt élèves, tous originaires du "
         "village de Saint-Féliu.",
         "Le car transportait vingt élèves, pour la plupart originaires du village de "
         "Saint-Féliu.", "review"),
]  # fmt: skip

# agents: who did what, turned round under a verb of perception (missed before this reading:
# the object was read as what the seeing undergoes, the seer as who beats)
TURNED = [
    case("agents", "Nice : le triathlon\n\nLe public a vu la Belge Tine Deckers battre la "
         "Suissesse Emma Bihlam.",
         "Le public a vu la Suissesse Emma Bihlam battre la Belge Tine Deckers."),
    case("agents", "Rome : le tennis\n\nL'Italienne Sara Conti a battu l'Espagnole Ana Ruiz en "
         "finale.",
         "Le public romain a vu l'Espagnole Ana Ruiz battre l'Italienne Sara Conti en finale."),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "source", "sentence", "severity"), HONEST)
def test_the_honest_restatement_draws_no_finding_of_its_rule(
    rule: str, source: str, sentence: str, severity: str | None
) -> None:
    restating(source, rule).draws_nothing(sentence, rule)


@pytest.mark.parametrize(("rule", "source", "sentence", "severity"), DISTORTED + FOUND)
def test_the_distortion_of_the_same_shape_is_still_found(
    rule: str, source: str, sentence: str, severity: str
) -> None:
    expected = blocking(rule) if severity == "hard" else "review"
    restating(source, rule).draws_one(sentence, rule, expected, "")  # its message: any


@pytest.mark.parametrize(("rule", "source", "sentence", "severity"), TURNED)
def test_who_does_what_under_a_verb_of_perception_is_read_from_its_infinitive(
    rule: str, source: str, sentence: str, severity: str | None
) -> None:
    found = restating(source, rule).found(sentence, rule)
    assert found and {f.severity for f in found} == {blocking(rule)}, [f.message for f in found]
    assert any("battre" in f.message or "act on" in f.message for f in found)
