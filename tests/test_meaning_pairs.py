"""Meaning slots on whole sentence pairs (issue 19, round 4): for each class of false finding the
blind honest sets showed (honest-r6, honest-r7), sentence pairs of our own — a source of one or
two sentences, the article sentence that restates it — that must draw no finding of the rule,
and a distorted one of the same shape that must still draw it.

Classes:
- causes, gloss: « ce qui signifie … » glosses a word, it links no facts;
- causes, a link by a verb (« lui a valu le prix », « peut valoir un an de prison ») restating
  facts the source gives: the verb carries its own meaning (an award, a penalty); only a marker
  whose sole meaning is the link (« à cause de », « en raison de ») is reviewed there;
- scope, exception: « tous … sauf X » makes X the only one (« seul X »);
- scope, a sum with its enumeration: « plusieurs médailles, dont l'or » sums up what the source
  counts one by one;
- qualifiers, a contrastive « si » (« Si en 2013 l'initiative avait échoué, rien ne s'y oppose
  en 2016 »: a past indicative, a main clause that is no conditional) is no condition;
- polarity, a clause after a colon is its own assertion, outside the negation before it;
- modality, the conditional mood alone (« il s'agirait », « serait multipliée ») is the
  reporting conditional, no hedge worth a review; a verb of assertion under « devoir »
  (« devait se décider ») is itself only expected; « extrait » is no conditional.
"""

from __future__ import annotations

import pytest

from tests.pairs import Sentences, blocking


def restating(source: str, rule: str) -> Sentences:
    """Articles of one sentence (besides their title) restating `source` (its first line is its
    title)."""
    return Sentences(rule, source, "Un titre sans rapport")


def case(rule: str, source: str, sentence: str, severity: str | None = None) -> tuple:
    return pytest.param(rule, source, sentence, severity, id=f"{rule}: {sentence[:50]}")


HONEST = [
    # causes: a gloss
    case("causes", "Rennes : la fête\n\nLes supporters ont crié « Allez les jaunes » (en avant "
         "les jaunes, en breton) pendant toute la rencontre.",
         "Les supporters ont crié « Allez les jaunes » pendant toute la rencontre, ce qui "
         "signifie en breton « en avant les jaunes »."),
    case("causes", "Tokyo : un mot\n\nLe ministre a parlé de « karoshi » (la mort par excès de "
         "travail) devant les députés japonais.",
         "Devant les députés japonais, le ministre a parlé de « karoshi », ce qui veut dire la "
         "mort par excès de travail."),
    case("causes", "Berlin : un sigle\n\nLa coalition « Jamaïque » (conservateurs, libéraux et "
         "verts) a échoué dimanche à Berlin.",
         "La coalition « Jamaïque » a échoué dimanche à Berlin, ce qui désigne l'alliance des "
         "conservateurs, des libéraux et des verts."),
    # causes: a link by a verb that says an award or a penalty the source gives
    case("causes", "Angers : un film primé\n\nEn 2004, la réalisatrice Anne Roux a été "
         "sélectionnée aux César pour son court métrage Brume. Elle a reçu le prix du public "
         "pour ce court métrage de six minutes.",
         "Son court métrage Brume a été sélectionné aux César en 2004 et lui a valu le prix du "
         "public."),
    case("causes", "Budapest : une loi\n\nToute personne reconnue coupable d'avoir aidé des "
         "migrants est passible d'une peine de prison pouvant aller jusqu'à douze mois. Le texte "
         "interdit aussi aux associations d'aider les réfugiés.",
         "Aider des migrants pourra valoir jusqu'à douze mois de prison, et le texte interdit aux "
         "associations d'aider les réfugiés."),
    case("causes", "Tokyo : un judoka\n\nLe judoka Teddy Riner a battu le Japonais Hisayoshi "
         "Harasawa en finale samedi. Il a reçu sa troisième médaille d'or olympique pour cette "
         "victoire.",
         "Sa victoire en finale samedi contre le Japonais Hisayoshi Harasawa a valu au judoka "
         "Teddy Riner sa troisième médaille d'or olympique."),
    # causes: the source gives the same consequence with the same verb
    case("causes", "Yokohama : la course\n\nC'est sous une pluie battante, accentuant la "
         "difficulté de l'épreuve, que les triathlètes se sont affrontés samedi à Yokohama.",
         "C'est sous une pluie battante que les triathlètes se sont affrontés samedi à Yokohama, "
         "ce qui a accentué la difficulté de l'épreuve."),
    # scope: an exception makes its one the only one
    case("scope", "Paris : le questionnaire\n\nTous les principaux candidats à l'élection ont "
         "répondu au questionnaire du journal, sauf François Fillon.",
         "François Fillon est le seul candidat à ne pas avoir répondu au questionnaire du "
         "journal."),
    case("scope", "Lyon : les clubs\n\nTous les clubs de la ville ont signé la charte de la "
         "mairie, à l'exception du club de rugby.",
         "Le club de rugby est le seul club de la ville à ne pas avoir signé la charte de la "
         "mairie."),
    case("scope", "Nice : les écoles\n\nToutes les écoles de la commune ont rouvert lundi, "
         "excepté l'école du port.",
         "L'école du port est la seule école de la commune à ne pas avoir rouvert lundi."),
    # scope: a sum with its enumeration
    case("scope", "Kitzbühel : les médailles\n\nAlexis Durand décroche une médaille d'or dans "
         "la catégorie PTS4. Léa Martin remporte une médaille d'argent.",
         "En paratriathlon, la France a décroché plusieurs médailles, dont l'or d'Alexis Durand "
         "dans la catégorie PTS4."),
    case("scope", "Nantes : les buts\n\nLe Nantais Paul Roche a marqué un but de la tête à la "
         "dixième minute. Son coéquipier a marqué un but sur penalty.",
         "Les Nantais ont marqué plusieurs buts, dont un but de la tête de Paul Roche à la "
         "dixième minute."),
    case("scope", "Brest : les prix\n\nLe festival de Brest a remis un prix au film de Marie "
         "Le Goff samedi. Un autre prix est allé à un documentaire.",
         "Samedi, le festival de Brest a remis plusieurs prix, dont un prix au film de Marie "
         "Le Goff."),
    # causes: « à la suite de » for the source's « après »: time as much as cause
    case("causes", "Dublin : le mariage\n\nLe mariage des couples de même sexe a été légalisé en "
         "novembre 2015 après un référendum national.",
         "En novembre 2015, le mariage des couples de même sexe a été légalisé à la suite d'un "
         "référendum national."),
    case("causes", "Lyon : le maire\n\nLe maire a démissionné en mars après une réunion du "
         "conseil municipal.",
         "Le maire a démissionné en mars, à la suite d'une réunion du conseil municipal."),
    case("causes", "Nantes : la grève\n\nLa grève a pris fin jeudi après un accord avec la "
         "direction de l'usine.",
         "La grève a pris fin jeudi suite à un accord avec la direction de l'usine."),
    # causes: a relative that adds a fear or a hope says what may come, no consequence
    case("causes", "Rouen : le pont\n\nLa structure du pont s'est affaissée de trente "
         "centimètres au niveau du pilier sud ; on craint un effondrement.",
         "La structure du pont s'est affaissée de trente centimètres au niveau du pilier sud, ce "
         "qui fait craindre un effondrement."),
    case("causes", "Nevers : la Loire\n\nLa Loire est montée de deux mètres en une nuit à "
         "Nevers ; les habitants redoutent une crue.",
         "La Loire est montée de deux mètres en une nuit à Nevers, ce qui fait redouter une crue "
         "aux habitants."),
    case("causes", "Lyon : les ventes\n\nLes ventes du magasin ont progressé de dix pour cent "
         "en un an ; la direction espère des embauches.",
         "Les ventes du magasin ont progressé de dix pour cent en un an, ce qui laisse espérer des "
         "embauches à la direction."),
    # causes: a causal verb whose subject is the event told (« le choc »): likely, not certain
    case("causes", "Ankara : une collision\n\nUn train est entré en collision avec une locomotive. "
         "Au moins deux wagons ont déraillé et un wagon a été écrasé.",
         "Le choc a provoqué d'importants dégâts.", "review"),
    case("causes", "Lyon : un incendie\n\nUn incendie s'est déclaré dans un entrepôt du port. "
         "Le toit s'est effondré et trois camions ont brûlé.",
         "Le sinistre a causé de lourds dommages.", "review"),
    case("causes", "Nice : une tempête\n\nUne tempête a frappé la côte samedi. Des arbres sont "
         "tombés sur les voies et des toits ont été arrachés.",
         "La tempête a entraîné de nombreuses destructions.", "review"),
    # direction: ahead, gain, high said another way on the same scale
    case("direction", "Yokohama : l'échappée\n\nLe groupe de tête a pris près d'une minute "
         "d'avance sur le peloton au dixième kilomètre.",
         "Au dixième kilomètre, le groupe de tête comptait près d'une minute d'avance sur le "
         "peloton."),
    case("direction", "Londres : le journal\n\nLe journal a dégagé un bénéfice de cinq millions "
         "de livres l'an dernier.",
         "L'an dernier, le journal a réalisé un gain de cinq millions de livres."),
    case("direction", "Stockholm : le Nobel\n\nIls ont découvert ces états de la matière à très "
         "haute température.",
         "Ces états de la matière ont été découverts à une température très élevée."),
    # scope: a superlative of « grand » is most (« la plus grande partie » ↔ « la majeure »)
    case("scope", "Yokohama : la course\n\nFlora Duffy reste en tête durant la plus grande partie "
         "de l'épreuve, samedi à Yokohama.",
         "Flora Duffy a mené la course pendant la majeure partie de l'épreuve, samedi à "
         "Yokohama."),
    case("scope", "Lille : le vote\n\nLe plus grand nombre des électeurs de Lille a voté pour le "
         "maire sortant dimanche.",
         "La plupart des électeurs de Lille ont voté pour le maire sortant dimanche."),
    case("scope", "Metz : le trajet\n\nLes coureurs ont parcouru la plus grande partie du trajet "
         "sous la pluie, dimanche à Metz.",
         "Les coureurs ont parcouru l'essentiel du trajet sous la pluie, dimanche à Metz."),
    # scope: « seul » after a demonstrative is « alone »
    case("scope", "Fresnes : la prison\n\nIl s'agit du onzième décès dans cette prison en huit "
         "mois, dont neuf suicides.",
         "Cette année, on compte onze décès pour cette seule prison en huit mois, dont neuf "
         "suicides."),
    case("scope", "Paris : la pluie\n\nIl est tombé cent millimètres de pluie à Paris au mois "
         "de juin.", "Il est tombé cent millimètres de pluie à Paris en ce seul mois de juin."),
    case("scope", "Lyon : les ventes\n\nLe magasin a vendu deux mille livres samedi, le jour "
         "de l'ouverture.", "Le magasin a vendu deux mille livres sur cette seule journée de "
         "samedi, le jour de l'ouverture."),
    # qualifiers: a figure's approximation is the figures check's
    case("qualifiers", "Bruxelles : les interpellations\n\nVendredi, à peu près 60 personnes ont "
         "été interpellées à Bruxelles.",
         "Vendredi, environ 60 personnes ont été interpellées à Bruxelles."),
    case("qualifiers", "Kaboul : les taliban\n\nLes taliban ont tué à peu près 60 policiers et "
         "soldats cette semaine.",
         "Les taliban ont tué une soixantaine de policiers et de soldats cette semaine."),
    case("qualifiers", "Lyon : la foule\n\nApproximativement trois mille personnes ont défilé "
         "samedi à Lyon.", "Près de trois mille personnes ont défilé samedi à Lyon."),
    # qualifiers: a contrastive « si »
    case("qualifiers", "Burundi : le Sénat\n\nSi en 2013, une telle initiative avait échoué, il "
         "semble bien que rien ne puisse s'y opposer en 2016.",
         "Mais en 2016, il semble bien que rien ne puisse s'y opposer."),
    case("qualifiers", "Lens : le club\n\nSi le club avait perdu ses trois premiers matchs, il "
         "occupe aujourd'hui la tête du championnat.",
         "Mais aujourd'hui, il occupe la tête du championnat."),
    case("qualifiers", "Metz : le parti\n\nSi le parti avait obtenu cinq pour cent des voix en "
         "2012, il dépasse aujourd'hui les vingt pour cent dans les sondages.",
         "Aujourd'hui, il dépasse les vingt pour cent dans les sondages."),
    # polarity: a clause after a colon
    case("polarity", "Billings : un animateur\n\nLuckey a pris sa retraite en 2008, mais a "
         "continué de travailler comme artiste vocal jusqu'en 2014.",
         "Luckey n'a pas pour autant tout arrêté en 2008 : il a continué à travailler comme "
         "artiste vocal jusqu'en 2014."),
    case("polarity", "Lyon : un choriste\n\nMartin a pris sa retraite en 2010, mais a continué "
         "de chanter comme choriste jusqu'en 2019.",
         "Martin n'a pas pour autant tout arrêté en 2010 : il a continué à chanter comme "
         "choriste jusqu'en 2019."),
    case("polarity", "Rennes : un élu\n\nDupont a quitté la mairie en 2012, mais a continué de "
         "siéger comme conseiller jusqu'en 2020.",
         "Dupont n'a pas pour autant tout arrêté en 2012 : il a continué à siéger comme "
         "conseiller jusqu'en 2020."),
    # modality: a question asserts nothing
    case("modality", "Paris : l'agresseur\n\nIl s'agirait d'un homme de 31 ans, qui a agi seul "
         "selon la police de Paris.",
         "Pourquoi cet homme de 31 ans a-t-il agi seul, selon la police de Paris ?"),
    case("modality", "Lyon : le maire\n\nLe maire pourrait démissionner avant la fin du mois, "
         "selon ses proches à Lyon.",
         "Le maire a-t-il démissionné avant la fin du mois, comme le disent ses proches à Lyon ?"),
    case("modality", "Nantes : le club\n\nLe club devrait recruter un attaquant avant la fin du "
         "mercato d'hiver.", "Le club a-t-il recruté un attaquant avant la fin du mercato "
         "d'hiver ?"),
    # modality: « viser » with a noun is no announcement
    case("modality", "Kaboul : un attentat\n\nL'attentat a visé une manifestation pacifique de "
         "quatre cents personnes à Kaboul.",
         "L'attentat a frappé une manifestation pacifique de quatre cents personnes à Kaboul."),
    case("modality", "Lyon : une frappe\n\nLa frappe a visé un dépôt de munitions de l'armée au "
         "nord de la ville.",
         "La frappe a touché un dépôt de munitions de l'armée au nord de la ville."),
    case("modality", "Lille : un bilan\n\nLe club compte trois blessés graves après le match de "
         "samedi à Lille.",
         "Le club a recensé trois blessés graves après le match de samedi à Lille."),
    # modality: a denied clause gives nothing as done
    case("modality", "Paris : l'agresseur\n\nIl s'agirait d'un homme de 31 ans, qui n'a pas "
         "encore été interrogé par la police.",
         "L'homme, qui serait âgé de 31 ans, n'a pas encore été interrogé par la police."),
    case("modality", "Lyon : le suspect\n\nLe suspect serait un ancien employé, qui n'a pas "
         "encore été entendu par les enquêteurs.",
         "L'ancien employé, qui serait le suspect, n'a pas encore été entendu par les "
         "enquêteurs."),
    # modality: a participle of suspicion reports (« soupçonnées de »)
    case("modality", "Brasilia : une enquête\n\nFernando Haddad a demandé une enquête sur des "
         "sociétés qui pourraient avoir acheté des paquets de messages contre son parti.",
         "Fernando Haddad a demandé une enquête sur des sociétés soupçonnées d'acheter des "
         "paquets de messages contre son parti."),
    case("modality", "Lyon : un élu\n\nL'élu pourrait avoir menti aux enquêteurs sur ses "
         "comptes de campagne, selon le juge.",
         "L'élu est accusé par le juge d'avoir menti aux enquêteurs sur ses comptes de campagne."),
    # modality: the writer's exhortation asserts nothing
    case("modality", "Paris : le procès\n\nLes juges ont suivi les réquisitions du parquet du 14 "
         "septembre 2016.", "Revenons aux réquisitions du parquet du 14 septembre 2016."),
    case("modality", "Lyon : le vote\n\nLe conseil municipal a voté le budget de la ville en "
         "mars.", "Rappelons le vote du budget de la ville par le conseil municipal en mars."),
    case("modality", "Nantes : le stade\n\nLe club a quitté le vieux stade de la ville en "
         "2019.", "Retournons au vieux stade de la ville, que le club a quitté en 2019."),
    # modality: « Pour X, … » opening the sentence is X's view
    case("modality", "Dublin : l'égalité\n\nMary Lou McDonald a déclaré : « Le changement arrive "
         "pour les couples du Nord. »",
         "Pour Mary Lou McDonald, le changement doit arriver pour les couples du Nord."),
    case("modality", "Lyon : le budget\n\nLe budget de la ville a augmenté de trois pour cent "
         "cette année.",
         "Pour le maire Grégory Doucet, le budget de la ville va augmenter de trois pour cent."),
    case("modality", "Nice : le port\n\nLe port de Nice a accueilli deux cents navires cette "
         "année.", "Pour Christian Estrosi, le port de Nice accueillera deux cents navires."),
    # modality: a bare participle (a heading's noun phrase) states no time
    case("modality", "Paris : une affaire\n\nElle aurait aussi perçu cent mille euros comme "
         "conseillère littéraire à la revue.",
         "Cent mille euros perçus comme conseillère littéraire à la revue."),
    case("modality", "Andromède : une collision\n\nAndromède serait née de la collision de deux "
         "autres galaxies il y a deux milliards d'années.",
         "Andromède, née de la collision de deux autres galaxies il y a deux milliards "
         "d'années."),
    case("modality", "Kaboul : l'agresseur\n\nL'agresseur aurait été arrêté par la police près "
         "de la gare de Kaboul.", "L'agresseur arrêté par la police près de la gare de Kaboul."),
    # modality: an adjective of likelihood hedges its sentence (« il est probable que »)
    case("modality", "Londres : la presse\n\nFace à la chute des ventes, il est probable que "
         "d'autres titres suivront son exemple dans les années à venir.",
         "Face à la chute des ventes, d'autres titres suivront probablement son exemple dans les "
         "années à venir."),
    case("modality", "Lyon : le chantier\n\nIl est vraisemblable que le chantier du tramway "
         "prendra du retard cet hiver.",
         "Le chantier du tramway prendra peut-être du retard cet hiver."),
    case("modality", "Nantes : le club\n\nIl est plausible que le club change d'entraîneur à la "
         "fin de la saison.",
         "Le club pourrait changer d'entraîneur à la fin de la saison."),
    # modality: an article that hedges itself gives nothing as certain
    case("modality", "Bagdad : le nord\n\nLeur présence dans le nord sunnite risque d'augmenter "
         "chez ces populations le sentiment d'être exclues et marginalisées.",
         "Leur présence dans le nord risque d'accentuer chez ces populations le sentiment d'être "
         "exclues et politiquement marginalisées."),
    # modality: a verb of plan with a noun provides for it; « a dû » is done
    case("modality", "Paris : les engagements\n\nLibération a soumis six engagements aux "
         "candidats, dont la suppression de la réserve parlementaire.",
         "Le sixième engagement prévoit la suppression de la réserve parlementaire."),
    case("modality", "Kona : le podium\n\nLa double championne a cédé la troisième place du "
         "podium à la Canadienne Heather Wurtele.",
         "La double championne a dû céder la troisième place du podium à la Canadienne Heather "
         "Wurtele."),
    case("modality", "Lyon : le plan\n\nLe plan comportait une hausse des pensions minimum de "
         "retraite et un abaissement de l'âge de la retraite.",
         "Le plan prévoyait une hausse des pensions minimum de retraite et un abaissement de "
         "l'âge de la retraite."),
    # modality: the reporting conditional
    case("modality", "Téhéran : une visite\n\nIl s'agit de la première visite officielle du "
         "président iranien en Europe depuis l'accord nucléaire.",
         "Il s'agirait de la première visite officielle du président iranien en Europe depuis "
         "l'accord nucléaire."),
    case("modality", "Mars : l'impact\n\nÀ cette vitesse, l'énergie de l'impact est multipliée "
         "par vingt-cinq sur Mars.",
         "À cette vitesse, l'énergie de l'impact serait multipliée par vingt-cinq sur Mars."),
    case("modality", "Lille : le procès\n\nLes avocats demandent des aménagements de peine "
         "permettant à leur client d'éviter la prison.",
         "Les avocats demandent des aménagements de peine qui permettraient à leur client "
         "d'éviter la prison."),
    # modality: a verb of assertion under « devoir », and « extrait »
    case("modality", "Tignes : la course\n\nLa course devait se départager lors de la partie "
         "course à pied, dimanche à Tignes.",
         "La victoire devait se décider lors de la course à pied, dimanche à Tignes."),
    case("modality", "Lyon : le tracé\n\nLa commission devait trancher la question du tracé en "
         "juin, à Lyon.",
         "La question du tracé devait être validée en juin par la commission, à Lyon."),
    case("modality", "Lyon : le match\n\nLe titre devait se jouer lors du dernier match de la "
         "saison, à Lyon.", "Le titre devait se décider lors du dernier match de la saison, à "
         "Lyon."),
    case("modality", "Brive : l'échappée\n\nAvec Andriy Grivko et Thomas De Gendt, il s'est "
         "échappé du groupe de tête pour affronter les routes de la Corrèze.",
         "Avec Andriy Grivko et Thomas De Gendt, il s'est extrait du groupe de tête pour "
         "affronter les routes de la Corrèze."),
    # direction (round 5): the same change said with another word of its class
    case("direction", "Paris : le code de la route\n\nLe projet de loi alourdit les amendes "
         "pour les excès de vitesse sur les routes départementales.",
         "Avec le projet de loi, les amendes pour les excès de vitesse s'alourdissent sur les "
         "routes départementales."),
    case("direction", "Lyon : les municipales\n\nLe parti centriste s'est rapproché des "
         "écologistes lyonnais avant les élections municipales.",
         "Avant les élections municipales, le parti centriste a opéré un rapprochement avec les "
         "écologistes lyonnais."),
    case("direction", "Rennes : les archives\n\nLe département a restreint l'accès aux "
         "archives numérisées de l'état civil breton.",
         "L'accès aux archives numérisées de l'état civil breton a été réduit par le "
         "département."),
]  # fmt: skip

DISTORTED = [
    # an invented consequence by a relative on the clause, a cause by a marker
    case("causes", "Rennes : la fête\n\nLes supporters ont crié « Allez les jaunes » (en avant "
         "les jaunes, en breton) pendant toute la rencontre.",
         "Les supporters ont crié « Allez les jaunes » pendant toute la rencontre, ce qui a "
         "provoqué l'expulsion de trois spectateurs ivres.", "hard"),
    case("causes", "Angers : un film primé\n\nEn 2004, la réalisatrice Anne Roux a été "
         "sélectionnée aux César pour son court métrage Brume. Elle a reçu le prix du public "
         "pour ce court métrage de six minutes.",
         "En 2004, la réalisatrice Anne Roux a été sélectionnée aux César en raison de son "
         "court métrage Brume.", "review"),
    # scope: the exception given to another, many made all
    case("scope", "Nice : les écoles\n\nDe nombreuses écoles de la commune ont rouvert lundi, "
         "dont l'école du port.",
         "Toutes les écoles de la commune ont rouvert lundi, dont l'école du port.", "hard"),
    case("scope", "Kitzbühel : les médailles\n\nAlexis Durand décroche une médaille d'or dans "
         "la catégorie PTS4, sa première.",
         "Alexis Durand décroche plusieurs médailles d'or dans la catégorie PTS4.", "review"),
    case("scope", "Metz : le trajet\n\nLes coureurs ont parcouru une grande partie du trajet "
         "sous la pluie, dimanche à Metz.",
         "Les coureurs ont parcouru tout le trajet sous la pluie, dimanche à Metz.", "hard"),
    # qualifiers: a true condition dropped
    case("qualifiers", "Lens : la ligue\n\nSi la pluie continue, le match sera reporté à "
         "dimanche.", "Le match sera reporté à dimanche.", "hard"),
    # polarity: the same predicate denied
    case("polarity", "Billings : un animateur\n\nLuckey a pris sa retraite en 2008, mais a "
         "continué de travailler comme artiste vocal jusqu'en 2014.",
         "Luckey a pris sa retraite en 2008 et n'a pas continué de travailler comme artiste "
         "vocal jusqu'en 2014.", "hard"),
    # causes: a consequence a relative on the clause adds, the source giving no link
    case("causes", "Yokohama : la course\n\nLe champion du monde en titre, Javier Gomez, ne "
         "prend que la quatrième place, devancé par l'Australien Aaron Royle. Mario Mola reste en "
         "tête du classement mondial.",
         "Le champion du monde en titre, Javier Gomez, a dû se contenter de la quatrième place, "
         "devancé par l'Australien Aaron Royle, ce qui lui coûte la tête du classement mondial.",
         "review"),
    # causes: an invented cause after « à la suite de » is still a cause the source lacks
    case("causes", "Nantes : la grève\n\nLa grève a pris fin jeudi après un accord avec la "
         "direction de l'usine.",
         "La grève a pris fin jeudi à la suite d'une intervention du préfet de région.", "hard"),
    # modality: an allegation stated as done (the conditional mood alone: a review, as it may
    # be a slip of the source's)
    case("modality", "Kaboul : les victimes\n\nUne quarantaine de civils auraient péri dans les "
         "bombardements de la nuit.",
         "Une quarantaine de civils ont péri dans les bombardements de la nuit."),
    # direction: ahead turned behind, gain turned loss, low turned high, on the same theme
    case("direction", "Yokohama : l'échappée\n\nL'Irlandais Ben Shaw est sorti de l'eau avec "
         "une courte avance sur le peloton.",
         "L'Irlandais Ben Shaw est sorti de l'eau avec un court retard sur le peloton.", "hard"),
    case("direction", "Londres : le journal\n\nLe journal a dégagé un bénéfice opérationnel de "
         "cinq millions de livres l'an dernier.",
         "Le journal a accusé une perte opérationnelle de cinq millions de livres l'an dernier.",
         "hard"),
    case("direction", "Stockholm : le Nobel\n\nIls ont découvert des états exotiques de la "
         "matière à très basse température.",
         "Ils ont découvert des états exotiques de la matière à très haute température.", "hard"),
    # modality: a fact given as planned
    case("modality", "Doha : le conseil\n\nLe Qatar a nommé quatre femmes au conseil chargé de "
         "la rédaction de ses lois.",
         "Le Qatar envisage de nommer quatre femmes au conseil chargé de la rédaction de ses "
         "lois.", "hard"),  # the same verb given as planned: certain since round 18 (eb6707e)
    # modality: a hedge by a modal verb; an expectation made certain
    case("modality", "Téhéran : une visite\n\nLe président iranien a signé l'accord sur les "
         "avions Airbus lors de sa visite à Paris.",
         "Le président iranien pourrait signer l'accord sur les avions Airbus lors de sa visite "
         "à Paris.", "hard"),
    case("modality", "Tignes : la course\n\nLes organisateurs tablent sur une arrivée des "
         "coureurs vers midi, dimanche à Tignes.",
         "Les organisateurs ont confirmé une arrivée des coureurs vers midi, dimanche à Tignes.",
         "hard"),
    # direction (round 5): heavier / lighter, closer / further, wider / narrower turned round
    case("direction", "Paris : le code de la route\n\nLe projet de loi alourdit les amendes "
         "pour les excès de vitesse sur les routes départementales.",
         "Le projet de loi allège les amendes pour les excès de vitesse sur les routes "
         "départementales.", "hard"),
    case("direction", "Lyon : les municipales\n\nLe parti centriste s'est rapproché des "
         "écologistes lyonnais avant les élections municipales.",
         "Le parti centriste s'est éloigné des écologistes lyonnais avant les élections "
         "municipales.", "hard"),
    case("direction", "Rennes : les archives\n\nLe département a étendu l'accès aux archives "
         "numérisées de l'état civil breton.",
         "Le département a restreint l'accès aux archives numérisées de l'état civil breton.",
         "hard"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "source", "sentence", "severity"), HONEST)
def test_the_honest_restatement_draws_no_finding_of_its_rule(
    rule: str, source: str, sentence: str, severity: str | None
) -> None:
    """No finding; or, where the sentence may be a summary (`severity` review), none hard."""
    restating(source, rule).draws_nothing(sentence, rule, None if severity is None else "hard")


@pytest.mark.parametrize(("rule", "source", "sentence", "severity"), DISTORTED)
def test_the_distortion_of_the_same_shape_is_still_found(
    rule: str, source: str, sentence: str, severity: str
) -> None:
    expected = blocking(rule) if severity == "hard" else "review"
    restating(source, rule).draws_one(sentence, rule, expected, "")  # its message: any
