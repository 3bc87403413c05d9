"""Facts an honest writer tells in another order or form than the source, each beside a twin
that changes the fact (so every test can fail both ways):

- a part of a whole with the whole first (« (39 sur 54) » → « Sur les 54 membres, 39 … »);
- a minute written with two digits (« vers 15 h 8 » → « vers 15 h 08 »);
- two speakers in one sentence: the quotation is the one whose verb governs it;
- a quoted term agreed in number with the writer's sentence (« les « villes fantômes » » → « une
  « ville fantôme » »);
- the whole of a breakdown the source gives (« 116 voix pour, 17 abstentions et 4 contre » →
  « sur 137 votants »);
- a place that reaches somewhere (« descendant jusqu'à la rivière » → « s'étendant jusqu'à la
  rivière »): no quantity rising or falling;
- the first of a month in words (« le 1er octobre » → « le premier octobre »);
- the day the source says « hier » (« le 14 février » in an article dated 15 février), a night
  « de 26 à 27 août » said « du 26 au 27 août »;
- a first time said as a never before (« Pour la première fois, … a réussi » → « Jamais encore
  … n'avait réussi »);
- the role the source gives a person whose surname is hyphenated (« Le secrétaire général de l'ONU
  Ban Ki-Moon »);
- a denial said by a noun that denies what it governs (« n'arrive pas à mettre » → « son
  incapacité à mettre »), a litotes (« affirmait » → « ne disait pas autre chose »), a negating
  prefix said as its antonym (« illégal » → « jusqu'ici interdit »), a verb that denies with its
  reflexive pronoun (« n'a jamais critiqué » → « s'est toujours gardée de critiquer », « s'est
  abstenu de voter »; not « a gardé son calme et voté »), a contrast said again by « le faire »
  (« plusieurs l'ont critiqué ; elle ne l'a jamais fait »; not « elle l'a fait aussi »);
- a story the source tells in the future (« sera ensuite transporté »), told in the past: not
  what a future placed ahead says (« sera jugé la semaine prochaine » → « a été jugé »); an aim
  (« leur objectif était de remettre », « voulaient remettre ») where the source says it failed
  (« n'ont pas pu remettre »): not « ont remis »; « le plus long pont jamais construit » affirms
  that it was built; an infinitive that names an act (« gérer le budget de la ville est un
  exercice ») states no deed against « ne peut pas gérer le budget » (not « peut gérer »);
- a remark on the fact told (« ce qui donne une idée de l'étendue des dégâts », « ce qui témoigne
  de », « ce qui lui donne un caractère net »): no consequence, where « ce qui donne un avantage
  aux assureurs » is one;
- a future said as expected (« permettra » → « devrait permettre »), a supposition hedged
  (« ils supposent qu'elle a été bloquée » → « peut-être bloquée »);
- what someone wants, tries or says will be, kept so (« a dit vouloir prendre », « a essayé de »,
  « a annoncé qu'il déposerait bientôt »), beside its twin given as done or achieved;
- a consequence said with a support noun (« mettant fin à la prise d'otages »), a shell noun
  (« ce qui aggrave encore le problème »), an acronym of the source's full name (« l'UER »);
- a title with its complement set before the name by a comma (« Le maire de la commune, Henri
  Leduc, … »), said again, after the name or with its complement in other words: its twin gives
  the person another office (« Le préfet de la commune, Henri Leduc »);
- a nationality said of the noun the source says it of, in a sentence that names the other
  countries the source sentence gives otherwise (« en Irak et en Syrie »): its twin says the
  noun's nationality another (« les Kurdes irakiens » for « les Kurdes syriens »), certain;
- a sporting title said another way (« tenante du titre olympique » for « championne
  olympique », « champion sortant » for « tenant du titre »): its twin gives another title
  (« championne du monde », « vice-championne olympique »);
- a title after a name and its party's brackets (« Jean Morel (LR), co-rapporteur de la
  commission »), said again or before the name: its twin gives another office;
- a country's institution said by its seat (« Ottawa » for « le gouvernement canadien »): its
  twin names another country's seat, still a review;
- a person the source names with a courtesy title (« Monsieur Puigdemont ») named in full, and
  the view given to its source holder by « selon », « d'après » (whatever the NER took the name
  for): its twin gives the quoted words to the other person, a review;
- the people and places of a sentence said in another order, in the passive, or with a fact of
  another source sentence merged in (« Apparu en Guinée, le virus a ensuite gagné le Libéria »):
  its twin puts another source person or place where the same verb had the source's (« apparu
  au Libéria » for « en Guinée »), certain (`swaps`);
- a monarch called by his country's word for it (« l'émir du Qatar » as « le monarque qatari »,
  « le roi de Bahreïn » as « l'émir »): its twin gives him another office (« le Premier
  ministre du Qatar »), certain;
- a verb that denies, denied itself (« sans renoncer à maintenir « le cap » », « n'a pas renoncé
  à maintenir »): its twin keeps the one denial (« a renoncé à maintenir », « a refusé de »);
- the office the source writes before a name its NER reads as nobody (« le Premier ministre
  Nawaz Sharif »), said another way (« le chef du gouvernement »): its twin gives another;
- a minister's portfolio said again before or after the name, with the country as an adjective,
  one of two portfolios (« ministre des Finances » for « de l'Économie et des Finances ») or in
  fewer words (« l'Éducation » for « l'Éducation nationale »): its twin gives the minister another
  portfolio (« de la Défense » for « de l'Intérieur »), or makes the premier of a minister or a
  minister of the premier, certain (roles.portfolio_swaps), the source writing it with a comma
  before the name or none (« le ministre de l'Intérieur Bernard Cazeneuve », « le Premier
  ministre Manuel Valls »);
- a party written with a title next to a name (« Tom Cotton, sénateur républicain »), said
  again: its twin gives the person another party (« le sénateur démocrate Tom Cotton»),
  certain (roles.party_swaps);
- a verb of plan the source says someone decided on, said done (« a programmé une nouvelle
  épreuve » for « a décidé de programmer une nouvelle épreuve »): the plan made, its event still
  to come; its twins say the event done (« a organisé une nouvelle épreuve ») or the plan made
  where the source only considers it (« envisage de programmer »);
- the source's consequence told by the same verb, one word said another way (« ce qui a permis
  aux premiers de conserver les écarts » for « permettant aux premiers de maintenir les
  écarts »), and a remark on what a fact agrees with (« ce qui rejoint sa notoriété »): its
  twins give a consequence the source does not (« ce qui renforce sa notoriété »);
- a hope kept a hope (« a bon espoir de », « souhaite »): its twins give it as certain by an
  adjective after « être » (« est certaine de remporter », « est sûre de »);
- a body named by its acronym in another tongue, whose words come in another order (« l'UNESCO »
  for « l'Organisation des Nations unies pour l'éducation, la science et la culture »), after its
  full form or without it: its twin names another body of the source, or one it never names;
- a town and the places that hold it, written in brackets after it (« Montreuil ( Seine-Saint-
  Denis , France ) ») and said another way (« à Montreuil, commune de Seine-Saint-Denis, en
  France »): no two places exchanged, where its twin exchanges the two ends of a way;
- a word of nationality written as a language (« l'oral d'anglais »), no nationality against the
  source's country label (« France : … »): its twin says another language (« d'allemand »);
- a way told again (« rassemblés place Bellecour avant de défiler jusqu'à la place des
  Terreaux »): its twin gives the end of the way to the place it sets out from, certain;
- a past participle said of the subject after « rester », « demeurer » (« est resté fermé » for
  « a été fermé »): undergone, where its twin turns who acts on whom round;
- an institution doing its own act beside the subject the sentence gives the act restated
  (« l'armée syrienne dément, tandis que la Russie assure … »): its twin gives the institution
  the other's act;
- a present the tagger calls a past (« Il examine un projet » for « doit se prononcer sur le
  projet »): no deed given as done; its twin « a examiné » is one;
- a first told as a never before (« aucune banque n'avait ouvert … avant elle » for « la
  première banque à ouvrir »): its twin denies it outright (« aucune banque n'a ouvert »);
- a person the sentence restated names, undergoing an act or doing another (« que Bernard
  Cazeneuve devrait présenter »): its twin makes him the subject of the act of the person it
  leaves out;
- a people (« la Néerlandaise Rachal Klamer »): no name a new one stands for; its twin names
  another place than the source's;
- an office the source says bare as a sentence's subject (« L'ancien porte-parole du maire
  sortant dirigera la ville ») right after naming one person, given to that person by name
  (« Paul Morel, ancien porte-parole du maire sortant, … »): his; its twins give it to another
  person (certain), or him another office (certain); after a sentence naming two, it may be
  either one's (a review at most), unless the source writes another office next to the name;
- a town said for the source's word for its people, its last letters changed (« Sochaux » for
  « l'ancien sochalien », « Bordeaux » for « le néo-bordelais »): its twin names a town the
  source never names (« Sochi »);
- the one a sentence's « il » stands for, the subject of what the source restated does, with
  another person in the clause it governs (« Il estime que Jean Dupont peut se relancer » for
  « Paul Morel estime qu'il peut se relancer »): no rival left out; its twin gives the act to the
  other (« Jean Dupont estime qu'il peut »);
- a body the source quotes, said by a common noun the source never writes right after the
  article names it (« Norvia donne sa version. L'entreprise affirme qu'un « … » »), and a
  quotation whose own words deny (« parle d'« aucune victime » » for « il n'y a « aucune
  victime » »): its twins give the words to another body of the source, or to the noun with no
  name before, or deny a quotation that does not deny itself;
- a title set by a comma after a name of a list (« Jean Dupont, maire de Lyon, Paul Morel, … »):
  that name's, not the next one's; a title heading the next name (« le président Paul Morel »)
  is the next one's;
- a title serving another office said again (« Bruno Lefort, adjoint au maire de Nantes »,
  « conseiller du président de la région »): its twins give the person the office served
  (« Bruno Lefort, maire de Nantes »), certain;
- a person named with the words of another source sentence naming him, merged into the one
  restated (« … ont survécu, recueillis par la famille Lenoir »): its twin puts another source
  person in the place of the one that sentence names;
- what the brackets after a name give (« Anna Berg (PPE, Suède) »), said again in part or in
  full: its twins write a party or a country after another's name than the source's, certain;
- an office said again with or without the prefix the source gives it (« le sous-préfet »): its
  twins add a prefix the source never writes (« le vice-président » for « le président ») or
  drop it (« le préfet » for « le sous-préfet »);
- a religious office said again (« Paul Morel, archevêque de Lyon »): its twins give another
  (« l'évêque », « le rabbin »), certain."""

from __future__ import annotations

from engine.brief.figures import spelled_figures
from engine.gate.claims.actors import _people
from engine.gate.claims.roles import _spoken
from scripts.fidelity_eval import Variant
from tests.pairs import Pairs, Sentences, each

VOTE = Sentences(
    "vote",
    "L'Union africaine accueille le Maroc\n\n31 janvier 2017. – Réunis à Addis-Abeba, les membres "
    "de l'Union africaine (39 sur 54) ont voté en faveur du retour du Maroc dans l'organisation.",
    "L'Union africaine accueille le Maroc",
)
SIEGE = Sentences(
    "siege",
    "Prise d'otages à Lunel\n\n12 mars 2018. – Le maire de Lunel, Claude Arnaud, a publié vers "
    "15 h 8 un message sur les réseaux sociaux : « Nos pensées vont aux familles ». Le préfet "
    "de l'Hérault, Pierre Pouëssel, a dénoncé un « acte abject et lâche ».",
    "Prise d'otages à Lunel",
)
TOWNS = Sentences(
    "towns",
    "Crise du logement en Chine\n\n4 avril 2018. – Selon le rapport, le pays compte désormais "
    "des dizaines de « villes fantômes », construites mais jamais habitées.",
    "Crise du logement en Chine",
)
STRIKE = Sentences(
    "strike",
    "Grève à Radio Sud\n\n17 octobre 2016. – La rédaction de Radio Sud a voté une grève à 116 "
    "voix pour, 17 abstentions et 4 contre.",
    "Grève à Radio Sud",
)
FRONT = Sentences(
    "front",
    "Offensive au nord de l'Irak\n\n23 septembre 2017. – L'armée a pris une zone de 140 km² "
    "située à l'est de Shirqat, descendant jusqu'à la rivière du Petit Zab.",
    "Offensive au nord de l'Irak",
)
POLL = Sentences(
    "poll",
    "Référendum en Catalogne\n\n11 octobre 2017. – Le référendum du 1er octobre a donné une large "
    "victoire au oui, selon le gouvernement catalan.",
    "Référendum en Catalogne",
)
CONFESSION = Sentences(
    "confession",
    "Aveux dans l'affaire de Lyon\n\n15 février 2018. – Après avoir nié les faits pendant des "
    "mois, Marc Durand a hier avoué avoir tué Léa Martin, disparue dans la nuit de 26 à 27 août.",
    "Aveux dans l'affaire de Lyon",
)
KEPLER = Sentences(
    "kepler",
    "Astronomie : une supernova filmée\n\n26 mars 2016. – Pour la première fois, le télescope "
    "Kepler a réussi à capturer une supernova sur le point de se produire.",
    "Astronomie : une supernova filmée",
)
UN = Sentences(
    "un",
    "Burundi : Ban Ki-Moon lance un appel\n\n13 octobre 2016. – Le secrétaire général de l'ONU "
    "Ban Ki-Moon appelle le Burundi à renouer avec les Nations unies.",
    "Burundi : appel de l'ONU",
)
SAVINGS = Sentences(
    "savings",
    "Budget : l'aveu d'un candidat\n\n12 mars 2018. – François Martin a confié lundi à la radio "
    "qu'il n'arrive pas à mettre de l'argent de côté. Le ministre des Finances, Michel Dupont, "
    "affirmait récemment que ce billet sert surtout à dissimuler. Selon les auteurs de "
    "l'amendement, partager ses photos de vacances sur internet est aujourd'hui illégal.",
    "Budget : l'aveu d'un candidat",
)
TELESCOPE = Sentences(
    "telescope",
    "Astronomie : un nouveau télescope\n\n12 mars 2018. – Le télescope permettra de capturer un "
    "spectre plus complet de l'atmosphère de la planète. Pour la seconde étoile, les chercheurs "
    "n'ont pas réussi à observer une telle onde, ils supposent qu'elle a été bloquée par un nuage "
    "de poussières.",
    "Astronomie : un nouveau télescope",
)
HOSTAGES = Sentences(
    "hostages",
    "Prise d'otages à Lunel\n\n12 mars 2018. – La prise d'otages était terminée vers 15 heures, "
    "lorsque l'assaillant, âgé de 26 ans, a été abattu par le GIGN. Les bloqueurs de "
    "publicité se généralisent et privent les journaux d'une partie de leurs revenus. Les cinq "
    "pays sont qualifiés d'office en tant que plus importants contributeurs financiers à l'Union "
    "européenne de radio-télévision.",
    "Prise d'otages à Lunel",
)
BANK = Sentences(
    "bank",
    "La BCE et le billet de 500 euros\n\n4 mai 2016. – Ce mercredi, la Banque centrale "
    "européenne devait se prononcer sur l'avenir du billet de 500 euros et elle a tranché, il n'y "
    "aura plus de nouvelle émission de ce billet à partir de 2018. L'organisation avait récemment "
    "appelé à viser la communauté copte, déjà victime de trois attentats en six ans dans le pays, "
    "et qui doit recevoir la visite du pape en avril.",
    "La BCE et le billet de 500 euros",
)
AHEAD = Sentences(
    "ahead",
    "La BCE et le billet de 500 euros\n\n4 mai 2016. – Ce mercredi, la Banque centrale "
    "européenne doit se prononcer sur l'avenir du billet de 500 euros.",
    "La BCE et le billet de 500 euros",
)
TOWNHALL = Sentences(
    "townhall",
    "Incendie à Montbrison\n\n9 mai 2019. – Le maire de la commune, Henri Leduc, a salué le "
    "travail des pompiers. La directrice de l'école, Agnès Morel, a fait évacuer les élèves. Le "
    "procureur de la République, Marc Vidal, a ouvert une enquête.",
    "Incendie à Montbrison",
)
MANBIJ = Sentences(
    "manbij",
    "Offensive dans le nord de la Syrie\n\n3 mars 2020. – Les Kurdes syriens ont repris la ville "
    "de Manbij, en Syrie, tandis que l'armée irakienne progressait en Irak. Le gouvernement "
    "canadien a demandé aux voyageurs canadiens de quitter la région. Plus au nord, les "
    "djihadistes ont été chassés de la frontière turquo-syrienne, puis de Dabiq, proche de la "
    "frontière turque.",
    "Offensive dans le nord de la Syrie",
)
HAMBURG = Sentences(
    "hamburg",
    "Triathlon : Marie Lenoir s'impose à Hambourg\n\n12 juillet 2020. – La championne olympique "
    "Marie Lenoir a remporté l'épreuve de Hambourg devant la vice-championne du monde Anna Berg. "
    "Chez les hommes, le tenant du titre, Paul Kerr, a abandonné.",
    "Triathlon : Marie Lenoir s'impose à Hambourg",
)
SENATE = Sentences(
    "senate",
    "Audition au Sénat\n\n24 juillet 2018. – Le président de la commission, Paul Barre, a ouvert "
    "l'audition. Les témoins ont ensuite été interrogés par Jean Morel (LR), co-rapporteur de la "
    "commission.",
    "Audition au Sénat",
)
CATALONIA = Sentences(
    "catalonia",
    "Crise en Catalogne\n\n11 octobre 2017. – Le Premier ministre espagnol Mariano Rajoy a "
    "répondu mercredi au président catalan Carles Puigdemont. Pour Rajoy, « c'est la réponse de "
    "Monsieur Puigdemont qui dictera la suite des événements ».",
    "Crise en Catalogne",
)
WANTS = Sentences(
    "wants",
    "Vidéastes accusés\n\n12 mars 2018. – Anthox Colaboy affirme sur Twitter vouloir prendre un "
    "avocat et porter plainte contre ses accusateurs. Les conseillers du ministre ont tenté de "
    "dédouaner leur ministre devant la commission du Sénat. Le maire envisage de nommer un "
    "nouveau directeur à la tête du port.",
    "Vidéastes accusés",
)
REPORTED = Sentences(
    "reported",
    "Presse en crise\n\n12 mars 2018. – Le propriétaire du journal a annoncé qu'il déposerait "
    "prochainement le bilan de la société. Les coureurs imposent un tempo très rapide, dans "
    "l'espoir de creuser des écarts significatifs.",
    "Presse en crise",
)
ARMY = Sentences(
    "army",
    "Pakistan : un nouveau chef de l'armée\n\n27 novembre 2016. – Le 26 novembre, le Premier "
    "ministre Nawaz Sharif a fait connaître son choix : Qamar Javed Bajwa.",
    "Pakistan : un nouveau chef de l'armée",
)
EXILE = Sentences(
    "exile",
    "Burundi : l'ancien roi\n\n12 mars 2018. – L'ancien souverain avait exprimé dans son "
    "testament le désir d'être enterré en Suisse, pays où il s'était exilé.",
    "Burundi : l'ancien roi",
)
RESTRAINT = Sentences(
    "restraint",
    "Tensions au gouvernement\n\n14 mai 2019. – Contrairement à plusieurs de ses collègues, la "
    "ministre de la Santé, Claire Dubois, n'a jamais critiqué publiquement le Premier ministre. "
    "Le syndicat des infirmiers n'a pas voté la motion de défiance.",
    "Tensions au gouvernement",
)
STORY = Sentences(
    "story",
    "Agression à Lyon\n\n3 mars 2019. – Un homme a attaqué un agent de sécurité devant la gare. "
    "L'agent blessé sera ensuite transporté vers un hôpital. Le suspect sera jugé la semaine "
    "prochaine par le tribunal de Lyon. Les manifestants n'ont pas pu remettre leur pétition au "
    "maire. C'est le plus long pont jamais construit en France. Pour ses opposants, un homme qui "
    "ne sait pas épargner ne peut pas gérer le budget de la ville.",
    "Agression à Lyon",
)
FLOODS = Sentences(
    "floods",
    "Inondations dans le Gard\n\n3 mars 2019. – Les pluies ont touché quarante communes du Gard "
    "et de l'Hérault. Le maire a publié son message à la première personne et au présent.",
    "Inondations dans le Gard",
)
OUTBREAK = Sentences(
    "outbreak",
    "Ebola en Afrique de l'Ouest\n\n3 mars 2016. – Le premier cas connu du virus est apparu en "
    "Guinée en décembre 2013. L'épidémie a ensuite gagné le Libéria et la Sierra Leone. Paul "
    "Diallo a inauguré lundi un nouvel hôpital à Conakry. Anne Kaba a soigné des centaines de "
    "malades à Monrovia. Un centre de soins a ouvert à Guéckédou, en Guinée. Les pays les plus "
    "touchés restent la Guinée, le Libéria et la Sierra Leone.",
    "Ebola en Afrique de l'Ouest",
)
CAP = Sentences(
    "cap",
    "Gilets jaunes\n\n19 novembre 2018. – Dimanche soir, le Premier ministre Édouard Philippe a "
    "dit « entendre la colère » tout en maintenant « le cap » en matière de fiscalité écologique.",
    "Gilets jaunes",
)
GULF = Sentences(
    "gulf",
    "Crise dans le Golfe\n\n6 juin 2017. – La chaîne Al Jazeera a diffusé des déclarations de "
    "l'émir du Qatar, Tamim ben Hamad Al Thani, qui a critiqué l'Arabie saoudite. Le roi de "
    "Bahreïn, Hamad ben Issa Al Khalifa, a rompu les relations avec Doha.",
    "Crise dans le Golfe",
)
MILITANT = Sentences(
    "militant",
    "Nouvelle-Calédonie : un militant retrouvé mort\n\n12 juin 2016. – Un militant politique de "
    "Nouvelle-Calédonie a été découvert mort dans la matinée du samedi 4 juin. Son corps était "
    "dissimulé près de la plage de Kuendu, à Nouméa. Sa voiture a été retrouvée brûlée à Dumbéa, "
    "en périphérie de la capitale.",
    "Nouvelle-Calédonie : un militant retrouvé mort",
)
ALERTS = Sentences(
    "alerts",
    "Séisme au Chili\n\n3 mars 2019. – Des alertes au tsunami ont été déclenchées pour toute la "
    "côte Pacifique des États-Unis. Ces alertes ont été levées quelques heures plus tard. Le "
    "nouveau pont du port a été achevé après dix ans de travaux. Le quotidien résumait la "
    "situation par cette phrase : « les fraudeurs allaient être obligés de revoir leurs plans ». "
    "Il semblerait que le camion, arrêté sur la bande d'arrêt d'urgence, ait éteint ses feux. Les "
    "travaux de la digue auront été achevés le 26 janvier. Le magazine devrait continuer à "
    "paraître après le redressement judiciaire.",
    "Séisme au Chili",
)
CABINET = Sentences(
    "cabinet",
    "Budgets et sécurité\n\n3 juin 2016. – Le ministre de l'Intérieur du Gabon, Paul Nzé, a "
    "annoncé 300 arrestations à Libreville. Michel Sapin, ministre de l'Économie et des Finances, "
    "a présenté le budget de la France. Le Premier ministre du Québec, Philippe Couillard, a salué "
    "le projet de loi sur le taxi. La ministre de l'Éducation nationale, Najat Vallaud-Belkacem, a "
    "ouvert la rentrée.",
    "Budgets et sécurité",
)
PARTISANS = Sentences(
    "partisans",
    "Décret migratoire suspendu\\n\\n10 février 2017. – Le sénateur républicain de l'Arkansas, Tom "
    "Cotton, a dénoncé le verdict. La députée démocrate Nancy Pelosi l'a salué. Le président "
    "républicain de la commission, Paul Ryan, s'est tu.",
    "Décret migratoire suspendu",
)
SCHEDULE = Sentences(
    "schedule",
    "Examen annulé à Grenoble\n\n3 mars 2019. – Le rectorat a donc décidé de programmer une "
    "nouvelle épreuve. La mairie a choisi de planifier de nouveaux travaux. Le ministère envisage "
    "de programmer un concours.",
    "Examen annulé à Grenoble",
)
RACE = Sentences(
    "race",
    "Triathlon de Stockholm\n\n3 juillet 2016. – Le temps pluvieux a favorisé une chute dans le "
    "groupe de chasse, permettant aux premiers de maintenir les écarts. Le physicien a reçu le "
    "prix Kalinga pour son travail de vulgarisation. Le jury a salué la clarté de ses livres. "
    "La cérémonie s'est tenue à Paris en présence du ministre. Le lauréat a remercié son "
    "éditeur et ses lecteurs. Le physicien est très connu du grand public pour ses émissions de "
    "télévision. La nageuse espère remporter la finale du 200 mètres.",
    "Triathlon de Stockholm",
)
PIONEER = Sentences(
    "pioneer",
    "Mort de David Rockefeller\n\n21 mars 2017. – Sous sa direction, la Chase est devenue la "
    "première banque américaine à ouvrir des bureaux en Russie et en Chine.",
    "Mort de David Rockefeller",
)
EXAMINE = Sentences(
    "examine",
    "Alep : vote à l'ONU\n\n19 décembre 2016. – Le Conseil de sécurité des Nations unies doit "
    "se prononcer aujourd'hui sur le projet de résolution préparé par la France.",
    "Alep : vote à l'ONU",
)
INQUIRY = Sentences(
    "inquiry",
    "Accident à Nice\n\n12 mars 2018. – Les circonstances de l'accident ne sont pas encore "
    "établies. Selon un expert, l'économie rurale ne souffre pas autant de la crise que "
    "l'économie formelle de la capitale. Trois hommes ont été arrêtés mardi à Nice. Le 10 "
    "février, deux personnes avaient été interpellées à Cannes. La police a demandé que les images "
    "de l'accident ne soient pas diffusées, mais la presse l'a fait. Du suspect, on ne sait pas "
    "grand-chose, mis à part qu'il est venu à moto. De plus, il est attendu entre 60 et 100 mm de "
    "pluie pour la fin de semaine, ce qui pourrait faire aggraver la crue. Dans ces quartiers, il "
    "arrive que la police n'intervienne même pas.",
    "Accident à Nice",
)
SEASON = Sentences(
    "season",
    "Football : Bordeaux recrute\n\n4 août 2016. – Jérémy Ménez s'est engagé avec Bordeaux. Il "
    "pourrait louper le début du championnat des Girondins, le 13 août prochain, face à Lyon. "
    "Son coéquipier pourrait louper le commencement des essais.",
    "Football : Bordeaux recrute",
)
STATION = Sentences(
    "station",
    "Espace : la station chinoise\n\n2 avril 2018. – Il s'agit de préparer le désorbitage de la "
    "station internationale, qui aura lieu en 2020. Le comité réunit les experts de l'agence "
    "demain à Paris, et ils voteront.",
    "Espace : la station chinoise",
)
CASES = {
    s.case.name: s
    for s in (
        *(VOTE, SIEGE, TOWNS, STRIKE, FRONT, POLL, CONFESSION, KEPLER, UN, SAVINGS, TELESCOPE),
        *(HOSTAGES, BANK, AHEAD, TOWNHALL, MANBIJ, HAMBURG, SENATE, CATALONIA, ARMY),
        *(WANTS, REPORTED, EXILE, RESTRAINT, STORY, FLOODS, OUTBREAK, MILITANT, CAP, GULF),
        ALERTS,
        CABINET,
        PARTISANS,
        SCHEDULE,
        RACE,
        EXAMINE,
        PIONEER,
        INQUIRY,
        SEASON,
        STATION,
    )
}

TRUE = [
    ("vote", "Sur les 54 membres de l'Union africaine, 39 ont voté en faveur du retour du Maroc."),
    ("vote", "Au total, 39 membres sur 54 ont voté en faveur du retour du Maroc."),
    ("siege", "Claude Arnaud a publié un message vers 15 h 08."),
    (
        "siege",
        "Claude Arnaud a assuré les familles de ses pensées, tandis que Pierre Pouëssel a "
        "dénoncé un « acte abject et lâche ».",
    ),
    ("towns", "Le pays compte des dizaines de villes, chacune une « ville fantôme »."),
    (
        "strike",
        "Sur 137 votants, abstentions comprises, quatre seulement se sont opposés à la grève.",
    ),
    (
        "front",
        "L'armée a pris une zone de 140 km² située à l'est de Shirqat et s'étendant jusqu'à la "
        "rivière du Petit Zab.",
    ),
    ("poll", "Le référendum du premier octobre a donné une large victoire au oui."),
    ("confession", "Ce n'est que le 14 février que Marc Durand a avoué avoir tué Léa Martin."),
    ("confession", "Léa Martin a disparu dans la nuit du 26 au 27 août."),
    (
        "kepler",
        "Jamais encore Kepler n'avait réussi à capturer une supernova sur le point de se produire.",
    ),
    ("un", "Le secrétaire général de l'ONU, Ban Ki-Moon, appelle le Burundi à renouer avec l'ONU."),
    ("townhall", "Henri Leduc, maire de la commune, a salué le travail des pompiers."),
    ("townhall", "Le maire de la ville, Henri Leduc, a remercié les pompiers pour leur travail."),
    ("townhall", "La directrice de l'établissement, Agnès Morel, a fait évacuer les élèves."),
    ("townhall", "Le procureur de la République, Marc Vidal, a ouvert une enquête."),
    (
        "townhall",
        "Le maire de la commune, Henri Leduc, a salué le travail des pompiers, et la directrice "
        "de l'école, Agnès Morel, a fait sortir les enfants.",
    ),
    (
        "manbij",
        "Les Kurdes syriens ont repris Manbij, en Syrie, pendant que l'armée irakienne avançait "
        "en Irak.",
    ),
    (
        "manbij",
        "En Syrie, les combattants kurdes ont repris Manbij, alors que l'armée irakienne "
        "progressait en Irak.",
    ),
    ("manbij", "Le gouvernement du Canada a demandé aux voyageurs canadiens de quitter la région."),
    ("manbij", "Les autorités canadiennes ont demandé aux voyageurs canadiens de partir."),
    ("manbij", "Le gouvernement canadien a demandé à ses ressortissants de quitter la région."),
    (
        "manbij",
        "Plus au nord, les djihadistes ont été chassés de la frontière turco-syrienne, puis de "
        "Dabiq.",
    ),
    (
        "hamburg",
        "Marie Lenoir, championne olympique, s'est imposée à Hambourg devant Anna Berg, "
        "vice-championne du monde.",
    ),
    (
        "hamburg",
        "La championne olympique en titre Marie Lenoir a gagné à Hambourg devant la "
        "vice-championne du monde Anna Berg.",
    ),
    (
        "hamburg",
        "Marie Lenoir, tenante du titre olympique, a remporté l'épreuve de Hambourg devant Anna "
        "Berg.",
    ),
    (
        "hamburg",
        "Marie Lenoir, tenante du titre olympique, a battu à Hambourg la vice-championne du monde "
        "Anna Berg.",
    ),
    ("hamburg", "Chez les hommes, Paul Kerr, champion sortant, a abandonné."),
    ("hamburg", "Chez les hommes, le champion en titre, Paul Kerr, a abandonné."),
    (
        "hamburg",
        "Avant les championnats du monde, Marie Lenoir a remporté l'épreuve de Hambourg devant "
        "Anna Berg.",
    ),
    (
        "army",
        "Le 26 novembre, le Premier ministre Nawaz Sharif a désigné Qamar Javed Bajwa.",
    ),
    (
        "army",
        "Le 26 novembre, Nawaz Sharif, le chef du gouvernement, a choisi Qamar Javed Bajwa.",
    ),
    ("senate", "Paul Barre, président de la commission, a ouvert l'audition."),
    (
        "senate",
        "Jean Morel (LR), co-rapporteur de la commission, a ensuite interrogé les témoins.",
    ),
    (
        "senate",
        "Les témoins ont ensuite été interrogés par le co-rapporteur de la commission, Jean Morel "
        "(LR).",
    ),
]


@each(TRUE, ids=lambda case: case[1][:40])
def test_a_fact_told_another_way_draws_nothing(case: tuple[str, str]) -> None:
    CASES[case[0]].draws_nothing(
        case[1], ("figures", "verbatim", "quotations", "direction", "polarity", "roles")
    )


MEANT = ("polarity", "modality", "tense", "causes")
# meaning told another way: no finding of these rules, review or hard
TRUE_MEANING = [
    ("savings", "Difficile de concilier de tels revenus avec son incapacité à mettre de l'argent "
                "de côté."),
    ("savings", "François Martin a confié lundi à la radio son incapacité de mettre de l'argent "
                "de côté."),
    ("savings", "Le ministre des Finances, Michel Dupont, ne disait pas autre chose récemment."),
    ("savings", "Pour les auteurs de l'amendement, la mesure rendrait légal un geste jusqu'ici "
                "interdit : partager ses photos de vacances sur internet."),
    ("telescope", "Le télescope devrait permettre de capturer un spectre plus complet de "
                  "l'atmosphère de la planète."),
    ("telescope", "Chez la seconde étoile, aucune onde n'a été observée, peut-être à cause d'un "
                  "nuage de poussières."),
    ("hostages", "L'assaillant a été tué par le GIGN vers 15 heures, mettant fin à la prise "
                 "d'otages."),
    ("hostages", "Les bloqueurs de publicités sont de plus en plus répandus, ce qui aggrave encore "
                 "le problème."),
    ("hostages", "Ces cinq pays doivent donc leur place à leur poids financier au sein de l'UER."),
    ("bank", "En résumé, la Banque centrale européenne a décidé mercredi qu'il n'y aurait plus de "
             "nouvelle émission du billet de 500 euros à partir de 2018."),
    ("bank", "Cette communauté copte a déjà été frappée à trois reprises par des attentats en six "
             "ans dans le pays."),
    ("wants", "Anthox Colaboy a dit sur Twitter vouloir prendre un avocat et porter plainte contre "
              "ses accusateurs."),
    ("wants", "Anthox Colaboy a annoncé son intention de prendre un avocat."),
    ("wants", "Les conseillers du ministre ont essayé de dédouaner leur ministre devant la "
              "commission du Sénat."),
    ("wants", "Le maire souhaite nommer un nouveau directeur à la tête du port."),
    ("reported", "Le propriétaire du journal a annoncé qu'il déposerait bientôt le bilan de la "
                 "société."),
    ("reported", "Le propriétaire a fait savoir qu'il allait déposer le bilan de la société."),
    ("reported", "Les coureurs imposent un tempo très rapide, espérant creuser des écarts "
                 "significatifs."),
    ("exile", "Le pays ne recevra donc pas le corps de son ancien souverain, qui avait exprimé le "
              "désir d'être enterré en Suisse."),
    ("restraint", "Contrairement à plusieurs de ses collègues, la ministre de la Santé, Claire "
                  "Dubois, s'est toujours gardée de critiquer publiquement le Premier ministre."),
    ("restraint", "Le syndicat des infirmiers s'est abstenu de voter la motion de défiance."),
    ("restraint", "Plusieurs de ses collègues ont critiqué publiquement le Premier ministre ; la "
                  "ministre de la Santé, Claire Dubois, ne l'a jamais fait."),
    ("story", "L'agent blessé a ensuite été transporté vers un hôpital."),
    ("story", "L'agent blessé a été transporté vers un hôpital."),
    ("story", "Leur objectif était de remettre leur pétition au maire."),
    ("story", "Les manifestants voulaient remettre leur pétition au maire."),
    ("story", "Ce pont construit en France est le plus long du pays."),
    ("story", "Pour ses opposants, gérer son argent et gérer le budget de la ville sont deux "
              "exercices proches."),
    ("story", "Pour ses opposants, gérer le budget de la ville est un exercice d'épargne."),
    ("floods", "Les pluies ont touché quarante communes du Gard et de l'Hérault, ce qui donne une "
               "idée de l'étendue des dégâts."),
    ("floods", "Les pluies ont touché quarante communes du Gard et de l'Hérault, ce qui témoigne "
               "de l'ampleur des dégâts."),
    ("floods", "Le maire a publié son message à la première personne et au présent, ce qui lui "
               "donne un caractère net."),
    # a future perfect that sums up what is done, placed ahead by no word nor date
    ("alerts", "Les alertes au tsunami déclenchées pour toute la côte Pacifique des États-Unis "
               "n'auront donc duré que quelques heures."),
    ("alerts", "Ces alertes auront finalement été levées quelques heures plus tard."),
    ("alerts", "Le nouveau pont du port aura finalement été achevé après dix ans de travaux."),
    ("alerts", "Il aura fallu dix ans de travaux pour achever le nouveau pont du port."),
    # the speaker's words quoted as the source quotes them: their time is the speaker's
    ("alerts", "Le quotidien a résumé la situation en une phrase : « les fraudeurs allaient être "
               "obligés de revoir leurs plans »."),
    # an aside of appearance hedges its sentence as the source's « il semblerait que »
    ("alerts", "Le camion, arrêté sur la bande d'arrêt d'urgence, avait, semble-t-il, éteint ses "
               "feux."),
    ("alerts", "Le camion, arrêté sur la bande d'arrêt d'urgence, avait, paraît-il, éteint ses "
               "feux."),
    # a verb of plan the source says someone decided on, said done: the plan made, its event
    # still to come
    ("schedule", "Le rectorat a programmé une nouvelle épreuve."),
    ("schedule", "La mairie a planifié de nouveaux travaux."),
    # the source's consequence by the same verb, a word said another way; a remark on what a
    # fact agrees with (« ce qui rejoint »)
    ("race", "Le temps pluvieux a favorisé une chute dans le groupe de chasse, ce qui a permis "
             "aux premiers de conserver les écarts."),
    ("race", "Le prix Kalinga récompense son travail de vulgarisation, ce qui rejoint sa "
             "notoriété auprès du grand public."),
    # a hope kept a hope
    ("race", "La nageuse a bon espoir de remporter la finale du 200 mètres."),
    ("race", "La nageuse souhaite remporter la finale du 200 mètres."),
    # a present the tagger calls a past (« examine ») or an imperfect (« paient ») tells no deed
    ("examine", "Il examine un projet de résolution préparé par la France."),
    # a first told as a never before (« aucune … n'avait … avant elle »)
    ("pioneer", "Aucune banque américaine n'avait ouvert de bureaux en Russie et en Chine avant "
                "elle."),
    # a denial said « loin de », a clause one waits for (not so yet), a degree of equality denied
    # said « moins » (polarity._far, negation « wait », « degree »)
    ("inquiry", "Les circonstances de l'accident sont encore loin d'être établies."),
    ("inquiry", "Il faudra attendre que les circonstances de l'accident soient établies."),
    ("inquiry", "Selon un expert, l'économie rurale souffre moins de la crise que l'économie "
                "formelle de la capitale."),
    # a fact against what was only asked (polarity._wished: a wish is compared with a wish)
    ("inquiry", "Des images de l'accident ont été diffusées malgré la demande de la police."),
    ("inquiry", "La presse a diffusé les images de l'accident, contre l'avis de la police."),
    # a denial of everything but one thing says only that thing (polarity._excepted)
    ("inquiry", "On sait seulement du suspect qu'il est venu à moto."),
    ("inquiry", "Du suspect, on sait qu'il est venu à moto, rien de plus."),
    # an idiom the source tells in its own words (lexicon idioms: « coup de filet »)
    ("inquiry", "Ces arrestations font suite à un premier coup de filet, le 10 février à "
                "Cannes."),
    # the noun of a hedged verb's complement said as a verb (« pourrait manquer le début du
    # championnat » → « le championnat débute »): no hedged act stated
    ("season", "Le championnat des Girondins débute le 13 août, face à Lyon."),
    ("season", "Les essais commencent sans son coéquipier."),
    # a verb in « -ir » whose present and passé simple are written alike, beside a future (« il
    # s'agit de préparer …, qui aura lieu en 2020 »): a present, nothing given as done
    ("station", "L'agence doit aider à préparer le désorbitage de la station internationale, "
                "prévu en 2020."),
]  # fmt: skip


@each(TRUE_MEANING, ids=lambda case: case[1][:40])
def test_a_meaning_told_another_way_draws_nothing(case: tuple[str, str]) -> None:
    CASES[case[0]].draws_nothing(case[1], MEANT)


# their twins, the meaning changed: a finding (a review at least)
CHANGED_MEANING = [
    ("savings", "François Martin a confié lundi à la radio qu'il arrive à mettre de l'argent de "
                "côté.", "polarity", "affirms what the source denies"),
    ("savings", "Le ministre des Finances, Michel Dupont, n'affirmait pas récemment que ce billet "
                "sert surtout à dissimuler.", "polarity", "denies what the source affirms"),
    ("savings", "Selon les auteurs de l'amendement, partager ses photos de vacances sur internet "
                "est aujourd'hui légal.", "polarity", "«légal» for «illégal»"),
    ("telescope", "Le télescope pourrait permettre de capturer un spectre plus complet de "
                  "l'atmosphère de la planète.", "modality", "hedges"),
    ("telescope", "Le télescope a permis de capturer un spectre plus complet de l'atmosphère de la "
                  "planète.", "modality", "gives as done"),
    ("hostages", "L'assaillant a été tué par le GIGN vers 15 heures, mettant fin à la grève des "
                 "routiers.", "causes", "gives a consequence the source does not"),
    ("hostages", "Les bloqueurs de publicités sont de plus en plus répandus, ce qui aggrave encore "
                 "le chômage des journalistes.", "causes", "consequence"),
    ("hostages", "Ces cinq pays doivent donc leur place à leur poids financier au sein de "
                 "l'OTAN.", "causes", "gives a cause the source does not"),
    ("bank", "La communauté copte a déjà reçu la visite du pape dans le pays.", "modality",
             "gives as done («recevoir»)"),
    ("ahead", "La Banque centrale européenne a tranché mercredi sur l'avenir du billet de 500 "
              "euros.", "modality", "gives as certain («trancher»)"),
    ("wants", "Anthox Colaboy a pris un avocat et porté plainte contre ses accusateurs.",
              "modality", "gives as done («prendre») what the source only wants or tries"),
    ("wants", "Les conseillers du ministre ont réussi à dédouaner leur ministre devant la "
              "commission du Sénat.", "modality", "gives as done («dédouaner»)"),
    ("wants", "Le maire a nommé un nouveau directeur à la tête du port.", "modality",
              "gives as done («nommer»)"),
    ("reported", "Le propriétaire du journal a annoncé qu'il avait déposé le bilan de la "
                 "société.", "modality", "gives as done («déposer») what the source gives as to "
                 "come"),
    ("reported", "Les coureurs imposent un tempo très rapide et parviennent à creuser des écarts "
                 "décisifs.", "modality", "gives as done («creuser») what the source only wants"),
    ("exile", "L'ancien souverain n'exprimera pas dans son testament le désir d'être enterré en "
              "Suisse.", "modality", "puts in the future («exprimer»)"),
    ("restraint", "Contrairement à plusieurs de ses collègues, la ministre de la Santé, Claire "
                  "Dubois, a toujours critiqué publiquement le Premier ministre.", "polarity",
                  "affirms what the source denies (critiquer)"),
    ("restraint", "Le syndicat des infirmiers a gardé son calme et voté la motion de défiance.",
                  "polarity", "affirms what the source denies (voter)"),
    ("restraint", "Plusieurs de ses collègues ont critiqué publiquement le Premier ministre ; la "
                  "ministre de la Santé, Claire Dubois, l'a fait aussi.", "polarity",
                  "affirms what the source denies (critiquer)"),
    ("story", "Le suspect a été jugé par le tribunal de Lyon.", "modality",
              "gives as done («juger») what the source gives as to come"),
    ("story", "Les manifestants ont remis leur pétition au maire.", "polarity",
              "affirms what the source denies (remettre)"),
    ("story", "Pour ses opposants, un homme qui sait épargner peut gérer le budget de la "
              "ville.", "polarity", "affirms what the source denies"),
    ("floods", "Les pluies ont touché quarante communes du Gard et de l'Hérault, ce qui donne un "
               "avantage aux assureurs.", "causes", "gives a consequence the source does not"),
    ("floods", "Les pluies ont touché quarante communes du Gard et de l'Hérault, ce qui a fermé "
               "les écoles.", "causes", "gives a consequence the source does not"),
    ("alerts", "Ces alertes seront levées quelques heures plus tard.", "modality",
               "puts in the future («lever»)"),
    ("alerts", "Le nouveau pont du port aura été achevé d'ici demain après dix ans de travaux.",
               "modality", "puts in the future («achever»)"),
    ("alerts", "Quand les travaux auront duré dix ans, le nouveau pont du port aura été "
               "achevé.", "modality", "puts in the future («achever»)"),
    ("alerts", "Le camion, arrêté sur la bande d'arrêt d'urgence, avait éteint ses feux.",
               "modality", "states («éteindre») what the source says only seems so"),
    # « paraître » said of a magazine is no verb of appearance, and no aside
    ("alerts", "Le magazine continuera à paraître après le redressement judiciaire.", "modality",
               "states («paraître») what the source only gives as possible"),
    # a future perfect placed by a date is to come
    ("alerts", "Les travaux de la digue ont été achevés le 26 janvier.", "modality",
               "gives as done («achever») what the source gives as to come"),
    # the event itself said done, or the plan made where the source only considers it
    ("schedule", "Le rectorat a organisé une nouvelle épreuve.", "modality",
                 "gives as done («organiser») what the source gives as to come"),
    ("schedule", "La mairie a réalisé de nouveaux travaux.", "modality",
                 "gives as done («réaliser») what the source gives as to come"),
    ("schedule", "Le ministère a programmé un concours.", "modality",
                 "gives as done («programmer») what the source gives as to come"),
    ("race", "Le temps pluvieux a favorisé une chute dans le groupe de chasse, ce qui a permis "
             "au vainqueur de battre le record de l'épreuve.", "causes", "consequence"),
    ("race", "Le prix Kalinga récompense son travail de vulgarisation, ce qui renforce sa "
             "notoriété auprès du grand public.", "causes", "consequence"),
    # a hope given as certain by an adjective after « être »
    ("race", "La nageuse est certaine de remporter la finale du 200 mètres.", "modality",
             "gives as certain («certain») what the source only hopes («espérer»)"),
    ("race", "La nageuse est sûre de remporter la finale du 200 mètres.", "modality",
             "gives as certain («sûr») what the source only hopes («espérer»)"),
    ("examine", "Il a examiné un projet de résolution préparé par la France.", "modality",
                "gives as done («examiner») what the source gives as to come"),
    ("pioneer", "Aucune banque américaine n'a ouvert de bureaux en Russie et en Chine.",
                "polarity", "denies what the source affirms (ouvrir)"),
    ("inquiry", "Les circonstances de l'accident sont désormais établies.", "polarity",
                "affirms what the source denies (établir)"),
    ("inquiry", "Selon un expert, l'économie rurale souffre autant de la crise que l'économie "
                "formelle de la capitale.", "polarity", "affirms what the source denies"),
    # « il est attendu » expects, it waits for nothing: what follows is not « not yet »
    ("inquiry", "Il est attendu entre 60 et 100 mm de pluie pour la fin de semaine, ce qui ne "
                "devrait pas aggraver la crue.", "polarity",
                "denies what the source affirms (aggraver)"),
    # « il arrive que » + subjunctive happens: no wish (lexicon negation « wish »)
    ("inquiry", "Dans ces quartiers, la police intervient systématiquement.", "polarity",
                "affirms what the source denies (intervenir)"),
    ("inquiry", "La police a demandé que les images de l'accident soient diffusées.", "polarity",
                "affirms what the source denies (diffuser)"),
    ("inquiry", "Ces arrestations font suite à un coup de feu tiré à Cannes.", "causes",
                "gives a cause the source does not"),
    ("station", "Le comité a réuni les experts de l'agence à Paris, et ils ont voté.", "modality",
                "gives as done"),
    ("season", "Il loupera le début du championnat des Girondins, le 13 août, face à Lyon.",
               "modality", "states («louper») what the source only gives as possible"),
]  # fmt: skip


@each(CHANGED_MEANING, ids=lambda case: case[1][:40])
def test_the_same_form_with_the_meaning_changed_is_flagged(
    case: tuple[str, str, str, str],
) -> None:
    CASES[case[0]].draws(case[1], case[2], None, case[3])


CHANGED = [
    ("siege", "Claude Arnaud a publié un message vers 15 h 18.", "figures", "15 h 18"),
    (
        "siege",
        "Pierre Pouëssel a assuré les familles de ses pensées, tandis que Claude Arnaud a "
        "dénoncé un « acte abject et lâche ».",
        "quotations",
        "to Claude Arnaud",
    ),
    (
        "towns",
        "Le pays compte des dizaines de villes, chacune une « ville morte ».",
        "verbatim",
        "",
    ),
    (
        "strike",
        "Sur 139 votants, abstentions comprises, quatre seulement se sont opposés.",
        "figures",
        "139",
    ),
    (
        "poll",
        "Le référendum du premier novembre a donné une large victoire au oui.",
        "figures",
        "premier novembre",
    ),
    (
        "confession",
        "Ce n'est que le 12 février que Marc Durand a avoué avoir tué Léa Martin.",
        "figures",
        "12 février",
    ),
    (
        "confession",
        "Léa Martin a disparu dans la nuit du 25 au 26 août.",
        "figures",
        "25 au 26 août",
    ),
    (
        "kepler",
        "Kepler n'a pas réussi à capturer une supernova sur le point de se produire.",
        "polarity",
        "",
    ),
    (
        "un",
        "Le président de l'ONU, Ban Ki-Moon, appelle le Burundi à renouer avec l'ONU.",
        "roles",
        "président",
    ),
    (
        "townhall",
        "Le préfet de la commune, Henri Leduc, a salué le travail des pompiers.",
        "roles",
        "calls Henri Leduc «préfet»",
    ),
    (
        "townhall",
        "Le député de la circonscription, Henri Leduc, a salué le travail des pompiers.",
        "roles",
        "calls Henri Leduc «député»",
    ),
    (
        "townhall",
        "La présidente de l'école, Agnès Morel, a fait évacuer les élèves.",
        "roles",
        "calls Agnès Morel «président»",
    ),
    (
        "townhall",
        "Le juge d'instruction du tribunal, Marc Vidal, a ouvert une enquête.",
        "roles",
        "calls Marc Vidal «juge»",
    ),
    (
        "townhall",
        "L'adjointe au maire de la commune, Agnès Morel, a fait évacuer les élèves.",
        "roles",
        "calls Agnès Morel «adjoint»",
    ),
    (
        "senate",
        "Les témoins ont ensuite été interrogés par Jean Morel (LR), président de la commission.",
        "roles",
        "calls Jean Morel «président»",
    ),
    (
        "senate",
        "Le co-rapporteur de la commission, Paul Barre, a ouvert l'audition.",
        "roles",
        "calls Paul Barre «co-rapporteur»",
    ),
    (
        "army",
        "Le 26 novembre, le président Nawaz Sharif a désigné Qamar Javed Bajwa.",
        "roles",
        "calls Nawaz Sharif «président»",
    ),
    (
        "army",
        "Le 26 novembre, le général Nawaz Sharif a désigné Qamar Javed Bajwa.",
        "roles",
        "calls Nawaz Sharif «général»",
    ),
]


@each(CHANGED, ids=lambda case: case[1][:40])
def test_the_same_form_with_the_fact_changed_is_flagged(case: tuple[str, str, str, str]) -> None:
    CASES[case[0]].draws(case[1], case[2], None, case[3])


SWAPPED_ON_THE_NOUN = [
    (
        "Les Kurdes irakiens ont repris la ville de Manbij, en Syrie, tandis que l'armée "
        "irakienne progressait en Irak.",
        "says «irakien» where the source says «syrien»",
    ),
    (
        "Les Kurdes syriens ont repris la ville de Manbij, en Syrie, tandis que l'armée syrienne "
        "progressait en Irak.",
        "says «syrien» where the source says «irakien»",
    ),
    (
        "Le gouvernement américain a demandé aux voyageurs canadiens de quitter la région.",
        "says «américain» where the source says «canadien»",
    ),
]


SPORTING_TITLES = [
    (
        "La championne du monde Marie Lenoir a remporté l'épreuve de Hambourg devant la "
        "vice-championne du monde Anna Berg.",
        "says «championne du monde» where the source says «championne olympique»",
    ),
    (
        "La championne olympique Marie Lenoir a remporté l'épreuve de Hambourg devant la "
        "championne du monde Anna Berg.",
        "says «championne du monde» where the source says «vice-championne du monde»",
    ),
    (
        "Chez les hommes, le vice-champion olympique, Paul Kerr, a abandonné.",
        "says «vice-champion olympique» where the source says «tenant du titre»",
    ),
]


@each(SPORTING_TITLES)
def test_another_sporting_title_is_certain(case: tuple[str, str]) -> None:
    HAMBURG.draws(case, "roles", "hard")


VIEWS_KEPT = [
    "Selon Rajoy, c'est la réponse de Puigdemont qui « dictera la suite des événements ».",
    "D'après Mariano Rajoy, la réponse de Carles Puigdemont « dictera la suite des événements ».",
    "Selon lui, c'est la réponse de Puigdemont qui « dictera la suite des événements ».",
]


@each(VIEWS_KEPT)
def test_a_view_given_to_its_holder_draws_nothing(case: str) -> None:
    CATALONIA.draws_nothing(case, ("quotations", "entities", "actors"))


def test_a_view_given_to_the_one_it_is_about_is_flagged() -> None:
    swapped = "Selon Puigdemont, c'est la réponse de Rajoy qui « dictera la suite des événements »."
    CATALONIA.draws(swapped, "quotations", "review", "to Puigdemont: the source's speaker is")


def test_a_seat_for_its_own_country_s_institution_is_no_other_actor() -> None:
    ottawa = "Ottawa a demandé aux voyageurs canadiens de quitter la région."
    MANBIJ.draws_nothing(ottawa, "actors")
    damas = "Damas a demandé aux voyageurs canadiens de quitter la région."
    MANBIJ.draws(damas, "actors", "review", "makes Damas the actor where the source names")


@each(SWAPPED_ON_THE_NOUN)
def test_a_nationality_swapped_on_its_noun_is_certain(case: tuple[str, str]) -> None:
    MANBIJ.draws(case, "roles", "hard")


# the people and places of a sentence said again, in another order or with another's fact
# merged in: no source name in the place of another
NAMES_IN_THEIR_PLACE = [
    "C'est en Guinée, en décembre 2013, qu'est apparu le premier cas connu du virus.",
    "Apparu en Guinée en décembre 2013, le virus a ensuite gagné le Libéria et la Sierra Leone.",
    "Le virus, apparu en Guinée en décembre 2013, a ensuite atteint le Libéria.",
    "Lundi, un nouvel hôpital a été inauguré à Conakry par Paul Diallo.",
    "À Monrovia, des centaines de malades ont été soignés par Anne Kaba.",
    "Anne Kaba a soigné des centaines de malades à Monrovia, au Libéria.",
]


@each(NAMES_IN_THEIR_PLACE)
def test_names_in_their_place_draw_no_swap(case: str) -> None:
    OUTBREAK.draws_nothing(case, ("swaps", "entities"))
    OUTBREAK.draws_nothing(case, "actors", "hard")


# one source person or place in the place of another, doing or undergoing the same verb on a
# sentence restated with confidence: certain (a list the source writes, « la Guinée, le
# Libéria », puts neither within the other)
SWAPPED_NAMES = [
    (
        "Le premier cas connu du virus est apparu au Libéria en décembre 2013.",
        "names Libéria where the source names Guinée",
    ),
    (
        "Le premier cas connu du virus est apparu en Sierra Leone en décembre 2013.",
        "names Sierra Leone where the source names Guinée",
    ),
    (
        "Anne Kaba a inauguré lundi un nouvel hôpital à Conakry.",
        "makes Anne Kaba the actor where the source names Paul Diallo",
    ),
    (
        "Paul Diallo a soigné des centaines de malades à Monrovia.",
        "makes Paul Diallo the actor where the source names Anne Kaba",
    ),
    (
        "Anne Kaba a soigné des centaines de malades à Conakry.",
        "names Conakry where the source names Monrovia",
    ),
]


@each(SWAPPED_NAMES)
def test_a_source_name_in_the_place_of_another_on_the_same_verb_is_certain(
    case: tuple[str, str],
) -> None:
    OUTBREAK.draws(case, "swaps", "hard")


# a place within the one the sentence restated names: no certain swap — the source writes it
# within that one (« Guéckédou, en Guinée »), or that one is the story's setting, in the
# source's title (« Nouvelle-Calédonie : … »)
WITHIN = [
    ("outbreak", "Le premier cas connu du virus est apparu à Guéckédou en décembre 2013."),
    ("militant", "Le samedi 4 juin au matin, un militant politique a été découvert mort à Nouméa."),
    ("militant", "Un militant politique a été découvert mort à Nouméa dans la matinée du 4 juin."),
]


@each(WITHIN)
def test_a_place_within_the_one_restated_is_no_certain_swap(case: tuple[str, str]) -> None:
    CASES[case[0]].draws_nothing(case[1], "swaps")


def test_a_place_within_the_story_s_setting_is_no_other_place() -> None:
    # the restated sentence names the setting (« un militant de Nouvelle-Calédonie »), the
    # article the source's place of the fact, from the sentence after
    merged = (
        "Le samedi 4 juin au matin, un corps a été découvert près de la plage de Kuendu, à Nouméa."
    )
    MILITANT.draws_nothing(merged, ("actors", "swaps", "entities"))


def test_another_town_than_the_source_s_is_certain_beside_its_setting() -> None:
    twin = "Sa voiture a été retrouvée brûlée à Nouméa, en périphérie de la capitale."
    MILITANT.draws(twin, "swaps", "hard", "names Nouméa where the source names Dumbéa")


# a monarch is one office whatever his country calls it (lexicon offices: « l'émir », « le roi »,
# « le sultan », « le monarque »); another office for him is certain
MONARCHS = [
    "Al Jazeera a diffusé des déclarations du monarque qatari, Tamim ben Hamad Al Thani, qui a "
    "critiqué l'Arabie saoudite.",
    "L'émir de Bahreïn, Hamad ben Issa Al Khalifa, a rompu les relations avec Doha.",
    "Le cheikh Tamim ben Hamad Al Thani a critiqué l'Arabie saoudite dans des déclarations "
    "diffusées par Al Jazeera.",
]
MONARCH_MADE_ANOTHER = [
    (
        "Al Jazeera a diffusé des déclarations du Premier ministre du Qatar, Tamim ben Hamad Al "
        "Thani, qui a critiqué l'Arabie saoudite.",
        "calls Tamim ben Hamad Al Thani «premier ministre»",
    ),
    (
        "Le président de Bahreïn, Hamad ben Issa Al Khalifa, a rompu les relations avec Doha.",
        "calls Hamad ben Issa Al Khalifa «président»",
    ),
]


# a minister's portfolio (lexicon portfolios), said again, draws nothing; another is certain
PORTFOLIOS_KEPT = [
    "Le ministre gabonais de l'Intérieur, Paul Nzé, a annoncé 300 arrestations à Libreville.",
    "Paul Nzé, ministre de l'Intérieur, a annoncé 300 arrestations à Libreville.",
    "Le ministre des Finances, Michel Sapin, a présenté le budget de la France.",
    "La ministre de l'Éducation, Najat Vallaud-Belkacem, a ouvert la rentrée.",
    "Philippe Couillard, premier ministre du Québec, a salué le projet de loi sur le taxi.",
]
PORTFOLIOS_CHANGED = [
    (
        "Le ministre gabonais de la Défense, Paul Nzé, a annoncé 300 arrestations à Libreville.",
        "calls Paul Nzé «ministre (défense)»",
    ),
    (
        "Michel Sapin, ministre de la Justice, a présenté le budget de la France.",
        "calls Michel Sapin «ministre (justice)»",
    ),
    (
        "Le premier ministre du Gabon, Paul Nzé, a annoncé 300 arrestations à Libreville.",
        "calls Paul Nzé «premier ministre»",
    ),
    (
        "Le ministre des Transports du Québec, Philippe Couillard, a salué le projet de loi sur "
        "le taxi.",
        "calls Philippe Couillard «ministre (transports)»",
    ),
]


@each(PORTFOLIOS_KEPT)
def test_a_portfolio_said_again_draws_nothing(case: str) -> None:
    CABINET.draws_nothing(case, "roles")


@each(PORTFOLIOS_CHANGED)
def test_another_portfolio_is_certain(case: tuple[str, str]) -> None:
    CABINET.draws(case, "roles", "hard")


# a party written with a title next to a name (lexicon parties), said again, draws nothing;
# another party is certain
PARTIES_KEPT = [
    "Tom Cotton, sénateur républicain, a dénoncé le verdict.",
    "Le sénateur républicain Tom Cotton a dénoncé le verdict.",
    "Nancy Pelosi, députée démocrate, a salué le verdict.",
    "La démocrate Nancy Pelosi a salué le verdict, le sénateur Tom Cotton l'a dénoncé.",
]
PARTIES_CHANGED = [
    ("Le sénateur démocrate Tom Cotton a dénoncé le verdict.", "calls Tom Cotton «démocrate»"),
    (
        "La députée républicaine Nancy Pelosi a salué le verdict.",
        "calls Nancy Pelosi «républicain»",
    ),
    ("Tom Cotton, sénateur démocrate, a dénoncé le verdict.", "calls Tom Cotton «démocrate»"),
    (
        "Le président démocrate de la commission, Paul Ryan, s'est tu.",
        "calls Paul Ryan «démocrate»",
    ),
]


@each(PARTIES_KEPT)
def test_a_party_said_again_draws_nothing(case: str) -> None:
    PARTISANS.draws_nothing(case, "roles")


@each(PARTIES_CHANGED)
def test_another_party_is_certain(case: tuple[str, str]) -> None:
    PARTISANS.draws(case, "roles", "hard")


@each(MONARCHS)
def test_a_monarch_by_another_name_draws_nothing(case: str) -> None:
    GULF.draws_nothing(case, "roles")


@each(MONARCH_MADE_ANOTHER)
def test_another_office_for_a_monarch_is_certain(case: tuple[str, str]) -> None:
    GULF.draws(case, "roles", "hard")


def test_a_speaker_described_by_his_office_is_named_by_its_holder() -> None:
    # « le monarque avait déclaré … » for the source's « le roi Mswati III »: one office, so the
    # article's « selon Mswati III » gives the words to their speaker (speakers, lexicon offices)
    from engine.gate.claims.speakers import _one_office

    assert _one_office("monarque", {"roi", "swaziland"})
    assert _one_office("émir", {"roi"})
    assert not _one_office("ministre", {"roi"})
    assert not _one_office("monarque", {"président"})


# a verb that denies (« renoncer », « refuser », « cesser ») denied itself affirms what it governs
DENIAL_DENIED = [
    "Dimanche soir, Édouard Philippe a assuré « entendre la colère », sans renoncer à maintenir "
    "« le cap » sur la fiscalité écologique.",
    "Dimanche soir, Édouard Philippe a assuré « entendre la colère » et n'a pas renoncé à "
    "maintenir « le cap » sur la fiscalité écologique.",
]
DENIAL_KEPT = [
    (
        "Dimanche soir, Édouard Philippe a assuré « entendre la colère », mais a renoncé à "
        "maintenir « le cap » sur la fiscalité écologique.",
        "quotations",
        "quotes «le cap» out of its context",
    ),
    (
        "Dimanche soir, Édouard Philippe a assuré « entendre la colère » et a refusé de maintenir "
        "« le cap » sur la fiscalité écologique.",
        "quotations",
        "quotes «le cap» out of its context",
    ),
]


@each(DENIAL_DENIED)
def test_a_denying_verb_denied_affirms(case: str) -> None:
    CAP.draws_nothing(case, ("quotations", "polarity"))


@each(DENIAL_KEPT)
def test_a_denying_verb_alone_denies(case: tuple[str, str, str]) -> None:
    CAP.draws(case[0], case[1], None, case[2])


def test_the_first_of_a_month_in_words_is_a_date() -> None:
    found = [
        (f.kind, f.key) for f in spelled_figures("le premier octobre 2017, le premier ministre")
    ]
    assert found == [("date", "2017-10-01")]


COUNCIL = Sentences(
    "council",
    "Vote au conseil régional\n\n3 mars 2019. – Vingt-quatre élus du conseil ont voté pour le "
    "projet : Paul Adam, Anne Benoît, Louis Caron et Marie Dubois notamment. Onze ont voté "
    "contre. Vingt-six autres se sont abstenus. Une partie des élus de l'opposition ont boycotté "
    "la séance.",
    "Vote au conseil régional",
)
# a share or a factor of two source counts said with its bound (« même pas la moitié », « plus
# de deux fois plus nombreux que ceux qui ont voté contre »), the count of a list said in names,
# a group denied whole (« tous les élus n'ont pas … »: not all, so some)
COUNCIL_TOLD = [
    "Les opposants sont moins nombreux : onze d'un côté, vingt-quatre de l'autre. Ils ne "
    "réunissent même pas la moitié des voix des partisans.",
    "Les opposants sont moins nombreux : onze d'un côté, vingt-quatre de l'autre. Ils ne "
    "réunissent pas même la moitié des voix des partisans.",
    "Onze élus ont voté contre, soit même pas la moitié des vingt-quatre qui ont voté pour.",
    "Vingt-six autres élus se sont abstenus. Ils sont plus de deux fois plus nombreux que ceux "
    "qui ont voté contre.",
    "Vingt-six élus se sont abstenus, plus de deux fois plus que ceux qui ont voté contre.",
    "La liste des partisans compte donc vingt-quatre noms.",
    "Tous les élus de l'opposition n'ont pas boycotté la séance.",
    "Tous les élus de l'opposition n'étaient pas présents à la séance.",
]
COUNCIL_DISTORTED = [
    (
        "Les opposants sont moins nombreux : onze d'un côté, vingt-quatre de l'autre. Ils "
        "réunissent plus de la moitié des voix des partisans.",
        "figures",
        "hard",
        "«moitié»",
    ),
    (
        "Les opposants sont moins nombreux : onze d'un côté, vingt-quatre de l'autre. Ils ne "
        "réunissent même pas un tiers des voix des partisans.",
        "figures",
        "hard",
        "«un tiers»",
    ),
    (
        "Vingt-six autres élus se sont abstenus. Ils sont plus de trois fois plus nombreux que "
        "ceux qui ont voté contre.",
        "figures",
        "review",
        "«trois fois plus»",
    ),
    (
        "Vingt-six autres élus se sont abstenus. Ils sont quatre fois plus nombreux que ceux qui "
        "ont voté contre.",
        "figures",
        "review",
        "«quatre fois plus»",
    ),
    ("La liste des partisans compte donc vingt-cinq noms.", "figures", "hard", "«vingt-cinq»"),
    ("Tous les élus de l'opposition ont boycotté la séance.", "scope", "hard", "says all"),
]


@each(COUNCIL_TOLD)
def test_shares_factors_and_lists_of_source_counts_draw_nothing(case: str) -> None:
    COUNCIL.draws_nothing(case, ("figures", "scope"))


@each(COUNCIL_DISTORTED)
def test_shares_factors_and_lists_said_wrong_are_flagged(case: tuple[str, str, str, str]) -> None:
    COUNCIL.draws(case[0], case[1], case[2], case[3])


TOMBOUCTOU = (
    "Vote sur Tombouctou\n\n3 mai 2017. – L'Organisation des Nations unies pour l'éducation, la "
    "science et la culture a voté mardi une résolution sur le patrimoine de Tombouctou. L'Union "
    "africaine a salué ce vote."
)
VOTE_OTHER_TONGUE = Sentences("tombouctou", TOMBOUCTOU, "Vote sur Tombouctou")
# the source's title writes the acronym, its body the full name (a Wikinews habit)
VOTE_BOTH = Sentences(
    "tombouctou-titled",
    "L'UNESCO vote une résolution sur Tombouctou" + TOMBOUCTOU.removeprefix("Vote sur Tombouctou"),
    "L'UNESCO vote une résolution sur Tombouctou",
)
IN_ANOTHER_TONGUE = [
    "L'UNESCO a voté mardi une résolution sur le patrimoine de Tombouctou.",
    "Mardi, une résolution sur le patrimoine de Tombouctou a été votée par l'UNESCO.",
    "L'Organisation des Nations unies pour l'éducation, la science et la culture, l'UNESCO, a "
    "voté mardi une résolution sur le patrimoine de Tombouctou.",
]


@each(IN_ANOTHER_TONGUE)
def test_a_body_s_acronym_in_another_tongue_is_its_name(case: str) -> None:
    for pairs in (VOTE_OTHER_TONGUE, VOTE_BOTH):
        pairs.draws_nothing(case, ("actors", "entities", "names"))


def test_another_body_for_one_named_by_its_acronym_is_flagged() -> None:
    another = "L'Union africaine a voté mardi une résolution sur le patrimoine de Tombouctou."
    VOTE_BOTH.draws(another, "entities", None, "names Union africaine where the source names")
    never = "L'UNICEF a voté mardi une résolution sur le patrimoine de Tombouctou."
    VOTE_OTHER_TONGUE.draws(never, "actors", None, "makes UNICEF, absent from the source")


CARNIVAL = Sentences(
    "carnival",
    "Incendie lors d'un carnaval\n\n1er avril 2017. – Un incendie est survenu cet après-midi "
    "pendant un carnaval à Montreuil ( Seine-Saint-Denis , France ), auquel assistaient près d'un "
    "millier d'enfants. Le cortège était parti de Bobigny pour rejoindre Montreuil.",
    "Incendie lors d'un carnaval",
)
HELD_IN_BRACKETS = [
    "L'incendie est survenu au cours d'un carnaval organisé à Montreuil, commune de "
    "Seine-Saint-Denis, en France.",
    "Un incendie a éclaté pendant un carnaval en France, à Montreuil, en Seine-Saint-Denis.",
]


@each(HELD_IN_BRACKETS)
def test_the_places_that_hold_a_town_said_otherwise_exchange_nothing(case: str) -> None:
    CARNIVAL.draws_nothing(case, "entities")


def test_the_ends_of_a_way_exchanged_beside_them_are_flagged() -> None:
    twin = "Le cortège était parti de Montreuil pour rejoindre Bobigny."
    CARNIVAL.draws(twin, "entities", None, "names Bobigny where the source names Montreuil")


# the source writes the office right before the name in full, with no comma (« le ministre de
# l'Intérieur Bernard Cazeneuve »), and the premier's title with none between it and the name
CABINET_BARE = Sentences(
    "cabinet-bare",
    "Sécurité à Paris\n\n4 septembre 2016. – Une convention sera présentée la semaine prochaine "
    "par le ministre de l'Intérieur Bernard Cazeneuve. Le Premier ministre Manuel Valls a salué "
    "le projet.",
    "Sécurité à Paris",
)
BARE_PORTFOLIOS_KEPT = [
    "Le ministre de l'Intérieur, Bernard Cazeneuve, présentera une convention la semaine "
    "prochaine.",
    "Bernard Cazeneuve, ministre de l'Intérieur, présentera une convention la semaine prochaine.",
    "Le Premier ministre, Manuel Valls, a salué le projet.",
    "Manuel Valls, Premier ministre, a salué le projet.",
]
BARE_PORTFOLIOS_CHANGED = [
    (
        "Le Premier ministre, Bernard Cazeneuve, présentera une convention la semaine prochaine.",
        "calls Bernard Cazeneuve «premier ministre»",
    ),
    (
        "Le ministre de la Justice Bernard Cazeneuve présentera une convention la semaine "
        "prochaine.",
        "calls Bernard Cazeneuve «ministre (justice)»",
    ),
    (
        "Bernard Cazeneuve, ministre des Armées, présentera une convention la semaine prochaine.",
        "calls Bernard Cazeneuve «ministre (armées)»",
    ),
]


@each(BARE_PORTFOLIOS_KEPT)
def test_a_portfolio_the_source_writes_with_no_comma_said_again_draws_nothing(case: str) -> None:
    CABINET_BARE.draws_nothing(case, "roles")


@each(BARE_PORTFOLIOS_CHANGED)
def test_another_portfolio_than_one_written_with_no_comma_is_certain(
    case: tuple[str, str],
) -> None:
    CABINET_BARE.draws(case, "roles", "hard")


# a word of nationality written as a language (« l'oral d'anglais »: lowercase, after « de »,
# « d' », « l' », « en », and nowhere else in its sentence) says no nationality: the source's
# country label (« France : … ») is no other country it stands for; another language is
BAC = Sentences(
    "bac",
    "France : une centaine d'élèves devront repasser une épreuve orale du bac à Chambéry\n\n6 juin "
    "2017. – Cent sept élèves doivent repasser leur épreuve orale d'anglais du baccalauréat à "
    "Chambéry. Le juge, un Anglais, a présenté ses excuses.",
    "Un oral à repasser à Chambéry",
)
LANGUAGES_KEPT = [
    "Une centaine d'élèves devront repasser une épreuve orale d'anglais du bac à Chambéry.",
    "En France, une centaine d'élèves devront repasser à Chambéry l'épreuve orale d'anglais du "
    "bac.",
]


@each(LANGUAGES_KEPT)
def test_a_language_said_again_draws_nothing(case: str) -> None:
    BAC.draws_nothing(case, "roles")


def test_another_language_is_certain() -> None:
    twin = "Une centaine d'élèves devront repasser une épreuve orale d'allemand du bac à Chambéry."
    BAC.draws(twin, "roles", "hard", "says «allemand» where the source says «anglais»")


@each(
    [
        ("107 élèves devront repasser l'oral d'anglais", {"anglais"}),
        ("un livre traduit de l'allemand", {"allemand"}),
        ("le ministre français a parlé en français", set()),
        ("un groupe de Français", set()),
        ("la victoire de l'Espagnol Rafael Nadal", set()),
    ]
)
def test_a_word_of_nationality_is_a_language_after_de_in_lowercase(
    case: tuple[str, set[str]],
) -> None:
    assert _spoken(case[0]) == case[1]


# the end of a way (« jusqu'à ») said of the place the source sets out from, the source's end
# named elsewhere in the sentence: the two places exchanged, certain (actors._ends_exchanged)
MARCH = Sentences(
    "march",
    "Manifestation à Lyon\n\n4 septembre 2016. – Ce dimanche après-midi, les manifestants se sont "
    "réunis place Bellecour, à Lyon, et ont défilé jusqu'à la place des Terreaux. Une tribune "
    "avait été installée place Bellecour.",
    "Manifestation à Lyon",
)
WAYS_KEPT = [
    "Dimanche après-midi, les manifestants se sont rassemblés place Bellecour avant de défiler "
    "jusqu'à la place des Terreaux.",
    "Partis de la place Bellecour, les manifestants ont marché jusqu'à la place des Terreaux "
    "dimanche après-midi.",
]
WAYS_TURNED = [
    "Dimanche après-midi, les manifestants se sont rassemblés place des Terreaux avant de défiler "
    "jusqu'à la place Bellecour.",
    "Ce dimanche après-midi, les manifestants se sont réunis place des Terreaux, à Lyon, et ont "
    "défilé jusqu'à la place Bellecour.",
]


@each(WAYS_KEPT)
def test_a_way_told_again_exchanges_nothing(case: str) -> None:
    MARCH.draws_nothing(case, ("swaps", "actors", "entities"))


@each(WAYS_TURNED)
def test_the_end_of_a_way_given_to_its_start_is_certain(case: str) -> None:
    MARCH.draws(case, "swaps", "hard", "names Bellecour where the source names Terreaux")


# a past participle said of the subject after « rester », « demeurer » (« le boulevard est resté
# fermé »): the subject undergoes it, as the source's passive says (« a été fermé »)
CLOSED = Sentences(
    "closed",
    "Explosion à Lyon\n\n3 mars 2017. – Un important dispositif de secours a immédiatement été "
    "déployé ; le boulevard Wilson a été fermé jusque dans la nuit. Les pompiers ont évacué les "
    "habitants.",
    "Explosion à Lyon",
)
STATES = [
    "Un important dispositif de secours a été déployé et le boulevard Wilson est resté fermé "
    "jusque dans la nuit.",
    "Le boulevard Wilson, lui, est demeuré fermé jusque dans la nuit.",
]


@each(STATES)
def test_a_participle_after_rester_is_undergone(case: str) -> None:
    CLOSED.draws_nothing(case, "agents")


def test_the_one_acted_on_made_the_agent_is_still_certain() -> None:
    CLOSED.draws("Les habitants ont évacué les pompiers.", "agents", "hard", "makes habitants act")


# an institution of the source doing its own act in a sentence that gives another subject the
# act of the sentence restated (« l'armée syrienne dément, tandis que la Russie assure … » for
# « Le ministère de la Défense de Russie a assuré … »): no institution for another
RAID = Sentences(
    "raid",
    "Attaque chimique en Syrie\n\n5 avril 2017. – L'armée syrienne a démenti toute implication "
    "en rejetant la faute sur les rebelles. Le ministère de la Défense de Russie a assuré "
    "qu'aucun avion russe n'avait mené de raid mardi.",
    "Attaque chimique en Syrie",
)


def test_an_institution_beside_the_subject_of_the_act_restated_is_no_other() -> None:
    merged = (
        "L'armée syrienne dément et accuse les rebelles, tandis que la Russie assure qu'aucun de "
        "ses avions n'a mené de raid ce mardi."
    )
    RAID.draws_nothing(merged, "actors")


def test_an_institution_doing_another_s_act_is_flagged() -> None:
    twin = "L'armée syrienne a assuré qu'aucun avion russe n'avait mené de raid mardi."
    RAID.draws(twin, "actors", None, "makes the armee the actor where the source names the")


FENCING = Sentences(
    "fencing",
    "Escrime : Marie Leroy en or\n\n14 août 2016. – Marie Leroy a battu Anna Petit en finale sur "
    "le score de 15-11. En demi-finale, elle menait 14-9 quand l'arbitre a interrompu l'assaut. "
    "C'est la quatrième des cinq épreuves de la Coupe du monde. La vingt-deuxième édition du "
    "tournoi se tenait du 12 au 14 août.",
    "Escrime : Marie Leroy en or",
)
# a score said in words or the other way round, a rank among a number of them said from the
# end (« l'avant-dernière des cinq » for « la quatrième des cinq »), an ordinal in digits
FENCING_TOLD = [
    "Marie Leroy a battu Anna Petit en finale quinze touches à onze.",
    "Anna Petit a été battue en finale par Marie Leroy, onze touches à quinze.",
    "En demi-finale, elle menait 14 à 9 quand l'arbitre a interrompu l'assaut.",
    "C'est l'avant-dernière des cinq épreuves de la Coupe du monde.",
    "C'est la quatrième des cinq épreuves de la Coupe du monde.",
    "La 22e édition du tournoi se tenait du 12 au 14 août.",
]
# one figure of a score in the place of another score's (pinned by the figure kept beside it);
# another rank among them; an ordinal the source gives only as the day of a date
FENCING_DISTORTED = [
    ("Marie Leroy a battu Anna Petit en finale sur le score de 15-9.", "figures", "«9»"),
    ("Marie Leroy a battu Anna Petit en finale quinze touches à neuf.", "figures", "«neuf»"),
    ("En demi-finale, elle menait 14-11 quand l'arbitre a interrompu l'assaut.", "figures", "«11»"),
    ("C'est la dernière des cinq épreuves de la Coupe du monde.", "rank", "«dernière»"),
    ("C'est la deuxième des cinq épreuves de la Coupe du monde.", "rank", "«deuxième»"),
    ("La douzième édition du tournoi se tenait du 12 au 14 août.", "figures", "«douzième»"),
]


@each(FENCING_TOLD)
def test_scores_and_ranks_among_a_number_said_again_draw_nothing(case: str) -> None:
    FENCING.draws_nothing(case, ("figures", "rank"))


@each(FENCING_DISTORTED)
def test_a_score_or_a_rank_among_them_changed_is_certain(case: tuple[str, str, str]) -> None:
    FENCING.draws(case[0], case[1], "hard", case[2])


RALLY = Sentences(
    "rally",
    "Manifestation à Lyon\n\n4 septembre 2016. – Différentes personnalités politiques étaient "
    "présentes, telles que Jean Morel, adjoint au maire, et Claire Dumas, présidente du conseil "
    "régional.",
    "Manifestation à Lyon",
)


@each(
    [
        "Plusieurs personnalités politiques étaient présentes, parmi lesquelles Jean Morel, "
        "adjoint au maire, et Claire Dumas, présidente du conseil régional.",
        "Diverses personnalités politiques étaient présentes, dont Jean Morel, adjoint au maire, "
        "et Claire Dumas, présidente du conseil régional.",
    ]
)
def test_various_at_the_start_of_a_sentence_is_some_said_again(case: str) -> None:
    RALLY.draws_nothing(case, "scope")


@each(
    [
        "Tous les grands responsables politiques de la région étaient présents, parmi lesquels "
        "Jean Morel, adjoint au maire, et Claire Dumas, présidente du conseil régional.",
        "Tous les élus de la région étaient présents, dont Jean Morel, adjoint au maire, et "
        "Claire Dumas, présidente du conseil régional.",
    ]
)
def test_all_of_a_group_the_source_gives_as_various_is_a_review(case: str) -> None:
    # « Différentes personnalités » opening the sentence: spaCy's determiner lemma
    # « différents » is a "some" word too (lexicon scope)
    RALLY.draws(case, "scope", "review", "says all")


CONCERT = Sentences(
    "concert",
    "Incendie pendant un concert\n\n12 mai 2017. – Au moins 14 personnes ont été blessées lors "
    "de l'incendie. Environ 17 000 spectateurs étaient présents dans la salle.",
    "Incendie pendant un concert",
)


@each(
    [
        "Le feu a pris à l'instant où des milliers de spectateurs s'apprêtaient à sortir.",
        "Le feu a pris à l'instant où des dizaines de milliers de spectateurs s'apprêtaient à "
        "sortir.",
    ]
)
def test_thousands_said_as_des_milliers_hold_seventeen_thousand(case: str) -> None:
    CONCERT.draws_nothing(case, "figures")


@each(
    [
        ("Le feu a pris à l'instant où des centaines de spectateurs s'apprêtaient à sortir.",
         "«des centaines»"),
        ("Le feu a pris à l'instant où plusieurs milliers de spectateurs s'apprêtaient à sortir.",
         "«plusieurs milliers»"),
    ]
)  # fmt: skip
def test_an_order_short_of_the_source_figure_is_still_unknown(case: tuple[str, str]) -> None:
    CONCERT.draws(case, "figures", "review")


REFORM = Sentences(
    "reform",
    "Nouvelles règles pour les chauffeurs\n\n3 juin 2016. – Le ministre a présenté la réforme "
    "lundi. Les chauffeurs devront notamment obtenir un permis spécial et suivre une formation de "
    "deux semaines.",
    "Nouvelles règles pour les chauffeurs",
)
DUTY = "Les chauffeurs {} un permis spécial et suivre une formation de deux semaines."


@each(
    [
        DUTY.format("devront notamment obtenir"),
        DUTY.format("devront entre autres obtenir"),
        "Les chauffeurs devront non seulement obtenir un permis spécial, mais aussi suivre une "
        "formation de deux semaines.",
        # « seul » as an adjective restricts no example (« n'est pas la seule », « leur seul »)
        "Le permis spécial n'est pas la seule obligation des chauffeurs, qui devront aussi suivre "
        "une formation de deux semaines.",
    ]
)
def test_examples_said_as_examples_draw_nothing(case: str) -> None:
    REFORM.draws_nothing(case, "scope")


@each([DUTY.format("devront seulement obtenir"), DUTY.format("n'auront qu'à obtenir")])
def test_examples_said_as_all_there_is_are_a_review(case: str) -> None:
    REFORM.draws(case, "scope", "review", "says only where the source gives examples")


COURT = Sentences(
    "court",
    "Décision de la cour\n\n9 février 2017. – La cour d'appel a confirmé la suspension du décret "
    "dans un verdict unanime. Le conseil a adopté le budget par un vote majoritaire.",
    "Décision de la cour",
)


@each(
    [
        "La cour d'appel a confirmé la suspension du décret par un verdict unanime.",
        "Les juges de la cour d'appel ont confirmé à l'unanimité la suspension du décret.",
        "Le conseil a adopté le budget par un vote majoritaire.",
    ]
)
def test_how_many_stand_behind_a_decision_said_again_draws_nothing(case: str) -> None:
    COURT.draws_nothing(case, "scope")


@each(
    [
        ("La cour d'appel a confirmé la suspension du décret par un verdict majoritaire.",
         "says most («verdict») where the source says all"),
        ("Le conseil a adopté le budget par un vote unanime.",
         "says all («vote») where the source says most"),
    ]
)  # fmt: skip
def test_a_unanimous_decision_made_a_majority_one_is_certain(case: tuple[str, str]) -> None:
    # lexicon scope « after-all unanime », « after-most majoritaire »: said after the noun
    COURT.draws(case, "scope", "hard")


# a person the sentence restated names, made the subject of what that sentence has another
# person do, one the article leaves out (« Bernard Cazeneuve s'est engagé » for « Valérie
# Pécresse s'est engagée …, en présence du ministre Bernard Cazeneuve »): another actor; not one
# who undergoes the act (« a été reçu »), nor the act said of its own subject
PLEDGE = Sentences(
    "pledge",
    "Sécurité en Île-de-France\n\n4 septembre 2016. – Valérie Pécresse s'est engagée à "
    "développer la vidéosurveillance et a annoncé une convention, qui devrait être dévoilée la "
    "semaine suivante par le ministre de l'Intérieur Bernard Cazeneuve. La maire Anne Hidalgo a "
    "reçu Bernard Cazeneuve à l'Hôtel de Ville.",
    "Sécurité en Île-de-France",
)
PLEDGE_KEPT = [
    "Valérie Pécresse s'est engagée à développer la vidéosurveillance et a annoncé une "
    "convention, que Bernard Cazeneuve devrait présenter la semaine suivante.",
    "Bernard Cazeneuve a été reçu à l'Hôtel de Ville.",
]


@each(PLEDGE_KEPT)
def test_the_act_of_the_one_the_source_names_doing_it_is_no_other_actor(case: str) -> None:
    PLEDGE.draws_nothing(case, ("actors", "swaps"))


def test_a_person_named_beside_given_another_s_act_is_flagged() -> None:
    twin = (
        "Bernard Cazeneuve s'est engagé à développer la vidéosurveillance et a annoncé une "
        "convention, que le ministre de l'Intérieur devrait présenter la semaine suivante."
    )
    PLEDGE.draws(twin, "actors", None, "makes Bernard Cazeneuve the actor where the source names")


# a people's name (« la Néerlandaise Rachel Klamer ») is no place a new name stands for
TRIATHLON = Sentences(
    "triathlon",
    "Triathlon à Hambourg\n\n16 juillet 2016. – Chez les femmes, Katie Zaferes et la Néerlandaise "
    "Rachal Klamer arrivent en tête à Hambourg, devant Gwen Jorgensen, tenante du titre. La "
    "tenante du titre dans une course à pied hors normes, capte malgré tout la troisième place "
    "derrière Rachal Klamer qui monte pour la première fois sur le podium. La course suivante aura "
    "lieu à Londres.",
    "Triathlon à Hambourg",
)
PEOPLES = [
    "Chez les femmes, Katie Zaferes arrive en tête à Hambourg, sur le circuit WTS, devant Rachal "
    "Klamer et Gwen Jorgensen.",
]


@each(PEOPLES)
def test_a_people_is_no_name_left_out(case: str) -> None:
    TRIATHLON.draws_nothing(case, ("actors", "entities"))


def test_another_place_than_the_source_s_is_still_flagged() -> None:
    twin = (
        "Chez les femmes, Katie Zaferes et Rachal Klamer arrivent en tête à Londres, devant Gwen "
        "Jorgensen."
    )
    # the title's town holds no other town (both « à »): a swap, certain (round 19)
    TRIATHLON.draws(twin, "swaps", "hard", "names Londres where the source names Hambourg")


@each([("Néerlandaise", True), ("Française", True), ("Argentine", False), ("France", False)])
def test_a_people_is_told_from_a_country_of_the_same_word(case: tuple[str, bool]) -> None:
    # « l'Argentine » is a country, though « argentine » is also a word of nationality
    assert _people(case[0]) == case[1]


@each(
    [
        ("Bruno Julliard, adjoint à la maire de Paris, a défilé.", {"adjoint"}),
        ("Le conseiller du président, Paul Morel, était absent.", {"conseiller"}),
        ("Paul Morel, maire de Lyon, était absent.", {"maire"}),
    ]
)
def test_a_title_complementing_another_is_the_office_served(case: tuple[str, set[str]]) -> None:
    # « adjoint à la maire »: the person is the deputy, not the mayor (roles._of_another)
    from engine.gate.statements import read_doc
    from engine.text.nlp import parse

    statement = read_doc(parse([case[0]])[0])[0]
    assert set().union(*statement.roles.values()) == case[1]


# an office the source says bare as the subject, of the one person named just before (roles)
MAYOR = Sentences(
    "mayor",
    "Municipales à Lyon\n\n3 mars 2024. – Au second tour, le conseiller municipal Paul Morel l'a "
    "emporté avec 300 voix d'avance. L'ancien porte-parole du maire sortant dirigera la ville "
    "pendant six ans. Claire Vasseur, présidente de la métropole, a reconnu sa défaite.",
    "Municipales à Lyon",
)
DESCRIBED = [
    "Ancien porte-parole du maire sortant, Paul Morel dirigera la ville pendant six ans.",
    "Paul Morel, ancien porte-parole du maire sortant, dirigera Lyon pendant six ans.",
    "Le conseiller municipal Paul Morel, l'ancien porte-parole du maire sortant, a gagné.",
]


@each(DESCRIBED)
def test_an_office_said_bare_after_one_name_is_that_person_s(case: str) -> None:
    MAYOR.draws_nothing(case, "roles")


@each(
    [
        ("Ancien porte-parole du maire sortant, Claire Vasseur a reconnu sa défaite.", "«porte"),
        ("Ancien ministre du maire sortant, Paul Morel dirigera la ville pendant six ans.", "«min"),
    ]
)
def test_an_office_said_bare_given_to_another_or_another_office_is_certain(
    case: tuple[str, str],
) -> None:
    MAYOR.draws(case[0], "roles", "hard", case[1])


RUNOFF = Sentences(
    "runoff",
    "Municipales à Lyon\n\n3 mars 2024. – Au second tour, Paul Morel a battu Claire Vasseur de "
    "300 voix. L'ancien porte-parole du maire sortant dirigera la ville pendant six ans. Depuis "
    "2014, Paul Morel occupait à la mairie de Lyon le poste d'adjoint.",
    "Municipales à Lyon",
)


def test_an_office_said_bare_after_two_names_may_be_either_s() -> None:
    # the source writes him no office next to his name: the description may be his
    text = "Ancien porte-parole du maire sortant, Paul Morel dirigera la ville pendant six ans."
    RUNOFF.draws_nothing(text, "roles", "hard")


def test_an_office_said_bare_after_two_names_against_one_next_to_the_name_stays_hard() -> None:
    text = "Le porte-parole Claire Vasseur a été battue par Paul Morel de 300 voix."
    MAYOR_TWO.draws(text, "roles", "hard", "Claire Vasseur «porte-parole»")


MAYOR_TWO = Sentences(
    "mayor-two",
    "Municipales à Lyon\n\n3 mars 2024. – Au second tour, Paul Morel a battu la présidente "
    "Claire Vasseur de 300 voix. L'ancien porte-parole du maire sortant dirigera la ville "
    "pendant six ans.",
    "Municipales à Lyon",
)


# a town said for the source's word for its people (actors.derived, names)
TRANSFER = Sentences(
    "transfer",
    "Football : Jean Dupont à Lorient\n\n4 août 2016. – Jean Dupont a rejoint le FC Lorient. "
    "L'ancien sochalien, passé par l'AS Monaco, a signé un contrat de trois ans. Le néo-bordelais "
    "Paul Morel arrive aussi. Son nouvel entraîneur, Marc Leroy, estime qu'il peut se relancer et "
    "retrouver les sommets.",
    "Jean Dupont à Lorient",
)
PEOPLES_TOWN = [
    "Après Sochaux et Monaco, Jean Dupont a signé à Lorient un contrat de trois ans.",
    "Paul Morel, venu de Bordeaux, arrive aussi à Lorient.",
]


@each(PEOPLES_TOWN)
def test_a_town_of_its_people_s_word_is_the_source_s(case: str) -> None:
    TRANSFER.draws_nothing(case, ("names", "actors", "swaps"))


@each(["Après Sochi et Monaco, Jean Dupont a signé à Lorient un contrat de trois ans."])
def test_a_town_the_source_never_names_is_still_flagged(case: str) -> None:
    TRANSFER.draws(case, "names", None, "Sochi")


def test_the_person_il_stands_for_keeps_his_act() -> None:
    text = (
        "Son entraîneur, Marc Leroy, est confiant. Il estime en effet que Jean Dupont peut se "
        "relancer et retrouver les sommets."
    )
    TRANSFER.draws_nothing(text, ("actors", "swaps"))


def test_the_act_given_to_the_other_person_is_still_flagged() -> None:
    text = (
        "Son entraîneur, Marc Leroy, est confiant. Jean Dupont estime en effet qu'il peut se "
        "relancer et retrouver les sommets."
    )
    TRANSFER.draws(text, ("actors", "entities"), None, "Jean Dupont where the source names")


# a body the article describes right after naming it, quoted; a quotation that denies itself
PLANT = Sentences(
    "plant",
    "Incendie à l'usine Norvia\n\n10 février 2017. – Un incendie s'est déclaré jeudi dans l'usine "
    "Norvia de Lyon. Les pompiers sont arrivés très vite. Norvia précise qu'un « départ de feu "
    "entraînant une détonation » s'est produit dans l'atelier. Norvia ajoute qu'il n'y a « aucune "
    "victime ». Le feu a été « vite maîtrisé », selon Norvia. L'usine a rouvert vendredi. La "
    "production reprendra lundi. Selon la préfecture, cinq salariés ont été incommodés par la "
    "fumée.",
    "Incendie à l'usine Norvia",
)


@each(
    [
        "Norvia donne sa version des faits. L'entreprise affirme qu'un « départ de feu entraînant "
        "une détonation » s'est produit dans l'atelier.",
        "Les versions diffèrent : Norvia parle d'« aucune victime », la préfecture de cinq "
        "salariés incommodés.",
        "Norvia assure n'avoir « aucune victime » à déplorer.",
    ]
)
def test_a_body_described_after_its_name_and_a_quote_that_denies_itself_are_kept(
    case: str,
) -> None:
    PLANT.draws_nothing(case, "quotations")


@each(
    [
        (
            "Norvia donne sa version des faits. La préfecture affirme qu'un « départ de feu "
            "entraînant une détonation » s'est produit dans l'atelier.",
            "to prefecture: the source's speaker is Norvia",
        ),
        (
            "Les pompiers sont arrivés très vite. L'entreprise affirme qu'un « départ de feu "
            "entraînant une détonation » s'est produit dans l'atelier.",
            "to entreprise: the source's speaker is Norvia",
        ),
        ("Le feu n'a pas été « vite maîtrisé ».", "out of its context"),
    ]
)
def test_another_body_an_unnamed_one_or_a_quote_denied_still_draw(case: tuple[str, str]) -> None:
    PLANT.draws(case[0], "quotations", None, case[1])


@each(
    [
        (
            "Étaient présents Jean Dupont, maire de Lyon, Paul Morel, préfet du Rhône, et Marie "
            "Lenoir.",
            {"Jean Dupont": {"maire"}, "Paul Morel": {"préfet"}},
        ),
        (
            "La réunion a eu lieu avec Jean Dupont, l'ancien ministre, et Paul Morel.",
            {"Jean Dupont": {"ministre"}},
        ),
        ("Jean Dupont, le président Paul Morel et Marie Lenoir.", {"Paul Morel": {"président"}}),
        ("Le maire de la commune, Henri Leduc, a parlé.", {"Henri Leduc": {"maire"}}),
    ]
)
def test_a_title_set_after_a_name_of_a_list_is_that_name_s(
    case: tuple[str, dict[str, set[str]]],
) -> None:
    # roles.read_roles: « A, maire de Lyon, B »: A's title, not the next name's
    from engine.gate.statements import read_doc
    from engine.text.nlp import parse

    statement = read_doc(parse([case[0]])[0])[0]
    assert {k: set(v) for k, v in statement.roles.items()} == case[1]


# the office a person serves, written as the complement of his title (roles._served)
SERVED = Sentences(
    "served",
    "Marche à Nantes\n\n12 mars 2017. – Parmi les présents figuraient Bruno Lefort, adjoint au "
    "maire de Nantes, Paul Morel, conseiller du président de la région, et la députée Anne Colin.",
    "Marche à Nantes",
)


@each(
    [
        "Bruno Lefort, adjoint au maire de Nantes, et Anne Colin étaient présents.",
        "L'adjoint au maire de Nantes Bruno Lefort était présent, comme Paul Morel.",
        "Paul Morel, conseiller du président de la région, a défilé aux côtés d'Anne Colin.",
    ]
)
def test_a_title_serving_an_office_said_again_draws_nothing(case: str) -> None:
    SERVED.draws_nothing(case, "roles")


@each(
    [
        ("Bruno Lefort, maire de Nantes, et Anne Colin étaient présents.", "Bruno Lefort «maire»"),
        ("Le maire de Nantes, Bruno Lefort, était présent.", "Bruno Lefort «maire»"),
        ("Le président de la région, Paul Morel, a défilé.", "Paul Morel «président»"),
    ]
)
def test_the_office_served_given_to_the_one_serving_is_certain(case: tuple[str, str]) -> None:
    SERVED.draws(case[0], "roles", "hard", case[1])


# a person named with the words of another source sentence, merged in (claims._merged_in)
WRECK = Sentences(
    "wreck",
    "Naufrage au large de Névez\n\n28 janvier 2017. – Un cargo a été torpillé en 1917. Seuls "
    "deux marins et six sauveteurs, dont le patron du canot, Paul Morel, avaient survécu. Les "
    "survivants furent recueillis par la famille Lenoir. Le maire Jean Dupont a inauguré "
    "une stèle.",
    "Naufrage au large de Névez",
)


def test_a_person_named_with_another_source_sentence_s_words_is_merged_in() -> None:
    text = "Seuls deux marins et six sauveteurs ont survécu, recueillis par la famille Lenoir."
    WRECK.draws_nothing(text, ("entities", "actors"))


def test_another_person_in_the_place_of_the_one_restated_is_still_flagged() -> None:
    text = "Seuls deux marins et six sauveteurs, dont le patron du canot, Jean Dupont, ont survécu."
    WRECK.draws(text, ("entities", "swaps"), None, "names Jean Dupont where the source names")


# what the brackets after a name give, after another's name (roles.bracket_swaps)
CANDIDATES = Sentences(
    "candidates",
    "Élection au Parlement européen\n\n17 janvier 2017. – Quatre candidats sont en lice : Anna "
    "Berg (PPE, Suède), Marco Rossi (PSE, Italie), Jan Peeters (ALDE, Belgique) et Eva Novak "
    "(Verts, Slovénie).",
    "Élection au Parlement européen",
)


@each(
    [
        "Les candidats sont Anna Berg (PPE), Marco Rossi (PSE), Jan Peeters (ALDE) et Eva Novak "
        "(Verts).",
        "Quatre candidats : la Suédoise Anna Berg (PPE), l'Italien Marco Rossi (PSE), Jan Peeters "
        "(ALDE, Belgique) et Eva Novak (Verts, Slovénie).",
        "Anna Berg (Parti populaire européen) affronte Marco Rossi (PSE).",
    ]
)
def test_what_the_brackets_give_said_again_draws_nothing(case: str) -> None:
    CANDIDATES.draws_nothing(case, "roles")


@each(
    [
        ("Les candidats sont Anna Berg (PSE) et Marco Rossi (PPE).", "«pse» after Anna Berg"),
        ("Jan Peeters (ALDE, Slovénie) et Eva Novak (Verts, Belgique).", "after Jan Peeters"),
    ]
)
def test_what_the_brackets_give_after_another_name_is_certain(case: tuple[str, str]) -> None:
    CANDIDATES.draws(case[0], "roles", "hard", case[1])


# an office made another by a prefix (roles.deputy_swaps, lexicon deputies)
DEPUTY = Sentences(
    "deputy",
    "Conseil régional de Bretagne\n\n5 mars 2020. – Le président de la région a présenté le budget "
    "mardi devant les élus du conseil. Le sous-préfet de Brest était présent à la séance.",
    "Conseil régional de Bretagne",
)


@each(
    [
        "Mardi, le président de la région a présenté le budget devant les élus du conseil.",
        "Le sous-préfet de Brest était lui aussi présent à la séance.",
    ]
)
def test_an_office_with_or_without_its_prefix_said_again_draws_nothing(case: str) -> None:
    DEPUTY.draws_nothing(case, "roles")


@each(
    [
        ("Mardi, le vice-président de la région a présenté le budget devant les élus du conseil.",
         "says «vice-président» where the source says «président»"),
        ("Le préfet de Brest était lui aussi présent à la séance.",
         "says «préfet» where the source says «sous-préfet»"),
    ]
)  # fmt: skip
def test_an_office_given_or_stripped_of_its_prefix_is_flagged(case: tuple[str, str]) -> None:
    DEPUTY.draws(case[0], "roles", None, case[1])


# a religious office is an office (lexicon titles)
MASS = Sentences(
    "mass",
    "Messe à Lyon\n\n24 décembre 2019. – L'archevêque de Lyon, Paul Morel, a célébré la messe de "
    "minuit devant deux mille fidèles. L'imam de la ville, Karim Said, était présent.",
    "Messe à Lyon",
)


@each(
    [
        "Paul Morel, archevêque de Lyon, a célébré la messe de minuit devant deux mille fidèles.",
        "Karim Said, imam de la ville, assistait à la messe.",
    ]
)
def test_a_religious_office_said_again_draws_nothing(case: str) -> None:
    MASS.draws_nothing(case, "roles")


@each(
    [
        ("L'évêque de Lyon, Paul Morel, a célébré la messe de minuit devant deux mille fidèles.",
         "Paul Morel «évêque»"),
        ("Le rabbin de la ville, Karim Said, était présent.", "Karim Said «rabbin»"),
    ]
)  # fmt: skip
def test_another_religious_office_is_certain(case: tuple[str, str]) -> None:
    MASS.draws(case[0], "roles", "hard", case[1])


def test_another_person_with_his_own_apposition_is_still_flagged() -> None:
    # the words of his own sentence set beside his name by commas say who he is: no merge
    text = (
        "Seuls deux marins et six sauveteurs, dont le patron du canot, Jean Dupont, maire qui a "
        "inauguré une stèle, ont survécu."
    )
    WRECK.draws(text, "entities", None, "names Jean Dupont where the source names Paul Morel")


# a precaution on an act stated is its reason, no condition on it (qualifiers._taken_anyway)
RESCUE = Sentences(
    "rescue",
    "Fugue dans le Rhône\n\n6 mars 2019. – Les gendarmes ont fouillé le village toute la nuit. Un "
    "hélicoptère a survolé la forêt, au cas où l'adolescent se serait caché dans les bois. Les "
    "pompiers resteront mobilisés au cas où l'adolescent serait blessé. Une équipe cynophile "
    "interviendrait au cas où la piste de la forêt se confirmerait.",
    "Fugue dans le Rhône",
)


@each(
    [
        "Un hélicoptère a survolé la forêt pendant les recherches.",
        "Un hélicoptère a aussi survolé la forêt, par précaution.",
        "Les gendarmes ont fouillé le village ; un hélicoptère survolait la forêt.",
    ]
)
def test_an_act_done_without_its_precaution_drops_no_condition(case: str) -> None:
    RESCUE.draws_nothing(case, "qualifiers")


@each(
    [
        "Une équipe cynophile interviendra dans la forêt.",
        "Une équipe cynophile va intervenir dans la forêt.",
    ]
)
def test_an_act_that_depends_on_au_cas_ou_said_without_it_drops_the_condition(case: str) -> None:
    RESCUE.draws(case, "qualifiers", None, "drops the condition the source gives («au cas où»)")


# a hedge is dropped only by a sentence that says what it hedges (qualifiers._qualifier: anchor)
SUSPENDED = Sentences(
    "suspended",
    "ONG suspendues au Burundi\n\n20 octobre 2016. – Cinq associations de défense des droits, dont "
    "la ligue burundaise des avocats (LBA), sont suspendues pour le moment par le ministère.",
    "ONG suspendues au Burundi",
)


@each(
    [
        "Parmi les associations de défense des droits figure la ligue burundaise des avocats.",
        "La ligue burundaise des avocats compte parmi ces cinq associations de défense des droits.",
    ]
)
def test_a_sentence_that_does_not_say_the_hedged_act_drops_no_hedge(case: str) -> None:
    SUSPENDED.draws_nothing(case, "qualifiers")


@each(
    [
        "La ligue burundaise des avocats est suspendue par le ministère.",
        "Cinq associations de défense des droits, dont la ligue burundaise des avocats, ont été "
        "suspendues.",
    ]
)
def test_the_hedged_act_stated_without_its_hedge_is_a_review(case: str) -> None:
    SUSPENDED.draws(case, "qualifiers", "review", "states without the source's «pour le moment»")


# a source sentence that says a word and its prefixed form (polarity.prefix_problems)
UNSEEN = Sentences(
    "unseen",
    "Regards sur la crise\n\n9 janvier 2019. – Pour l'essayiste Paul Morel, la France invisible "
    "s'est rendue visible en occupant les ronds-points des villes moyennes. Le malaise était resté "
    "visible dans les sondages pendant des années.",
    "Regards sur la crise",
)


@each(
    [
        "Paul Morel décrit une France invisible qui occupe les ronds-points des villes moyennes.",
        "Selon Paul Morel, cette France invisible a occupé les ronds-points des villes moyennes.",
    ]
)
def test_one_of_a_word_and_its_prefixed_form_both_in_the_source_draws_nothing(case: str) -> None:
    UNSEEN.draws_nothing(case, "polarity")


def test_the_prefixed_form_of_a_word_the_source_says_alone_is_a_review() -> None:
    UNSEEN.draws(
        "Le malaise était resté invisible dans les sondages pendant des années.",
        "polarity",
        "review",
        "denies what the source affirms («invisible» for «visible»)",
    )


# not yet at a time past, done since (polarity._first_time: _NOT_YET_THEN, _SINCE_THEN)
PRIMARY = Sentences(
    "primary",
    "Primaires et justice\n\n20 février 2017. – Paul Morel, qui a depuis remporté la primaire de "
    "la droite, avait alors été entendu par les juges le 7 décembre 2016. Jean Dupont a remporté "
    "la primaire de la gauche en janvier devant trois rivaux.",
    "Primaires et justice",
)


@each(
    [
        "Le 7 décembre 2016, Paul Morel n'avait pas encore remporté la primaire de la droite.",
        "À cette date, Paul Morel n'avait pas encore remporté la primaire de la droite, qu'il a "
        "gagnée depuis.",
    ]
)
def test_not_yet_at_a_time_past_what_is_done_since_draws_nothing(case: str) -> None:
    PRIMARY.draws_nothing(case, "polarity")


@each(
    [
        ("Paul Morel n'a pas remporté la primaire de la droite.", "remporter"),
        ("En janvier, Jean Dupont n'avait pas encore remporté la primaire de la gauche devant "
         "trois rivaux.", "remporter"),
    ]
)  # fmt: skip
def test_not_yet_where_the_source_tells_it_done_then_is_flagged(case: tuple[str, str]) -> None:
    PRIMARY.draws(case[0], "polarity", None, f"denies what the source affirms ({case[1]})")


MARKET_SOURCE = (
    "Le marché couvert\n\n4 avril 2019. – Le maire « bloque » le chantier du marché couvert depuis "
    "mars, selon les commerçants, qui parlent d'un quartier « sacrifié ». Le chantier est "
    "suspendu. Les pertes des commerçants s'élèvent à 3,4 millions d'euros. Un repas y coûte "
    "12,85 euros. "
    "Chaque livraison y attend 90 secondes à la barrière, chaque camion 200 secondes. Un panier "
    "pèse 500 grammes, une palette 3 000 kilogrammes."
)
MARKET = Pairs(
    "market",
    MARKET_SOURCE,
    "Le marché couvert\n\nSelon les commerçants, le maire « bloque » le chantier du marché couvert "
    "depuis mars. Ils parlent d'un quartier « sacrifié ». Le chantier est suspendu. Leurs pertes "
    "s'élèvent à 3,4 millions d'euros. Un repas y coûte 12,85 euros. Chaque livraison attend 90 "
    "secondes à la barrière, chaque camion 200 secondes. Un panier pèse 500 grammes, une palette "
    "3 000 kilogrammes.",
)
# A word the source quotes alone, quoted in the writer's tense, gender or number; an amount said
# roughly with a word that says so, on the side its bound says; a length of time in minutes and
# a half; a number said as half a unit it converts to.
MARKET_TOLD = MARKET.edits(
    [
        ("le maire « bloque »", "le maire a « bloqué »"),
        ("le maire « bloque »", "le maire « bloquait » déjà"),
        ("d'un quartier « sacrifié »", "d'une rue « sacrifiée »"),
        ("s'élèvent à 3,4 millions d'euros", "dépassent les plus de trois millions d'euros"),
        ("coûte 12,85 euros", "coûte environ 13 euros"),
        ("attend 90 secondes", "attend une minute et demie"),
        ("camion 200 secondes", "camion trois minutes vingt"),
        ("pèse 500 grammes", "pèse un demi-kilogramme"),
        ("palette 3 000 kilogrammes", "palette trois tonnes"),
    ]
)
MARKET_DISTORTED = MARKET.edits(
    [
        ("le maire « bloque »", "le maire a « gelé »", "«gelé»"),
        ("le maire « bloque »", "le maire a « abandonné »", "«abandonné»"),
        ("s'élèvent à 3,4 millions d'euros", "restent à moins de trois millions d'euros",
         "«3,4 millions d'euros»"),
        ("s'élèvent à 3,4 millions d'euros", "dépassent plus de quatre millions d'euros",
         "«3,4 millions d'euros»"),
        ("s'élèvent à 3,4 millions d'euros", "atteignent environ 3,4 millions de dollars",
         "«3,4 millions d'euros»"),
        ("coûte 12,85 euros", "coûte environ 15 euros", "«12,85 euros»"),
        ("attend 90 secondes", "attend deux minutes et demie", "«90»"),
        ("attend 90 secondes", "attend une minute", "«90»"),
        ("pèse 500 grammes", "pèse un kilogramme", "«500»"),
    ]
)  # fmt: skip


def test_the_market_rewrite_draws_nothing() -> None:
    MARKET.draws_nothing(MARKET.case.honest, ("verbatim", "missing", "figures"))


@each(MARKET_TOLD)
def test_quoted_words_amounts_and_lengths_said_another_way_draw_nothing(case: Variant) -> None:
    MARKET.draws_nothing(case, ("verbatim", "missing", "figures"))


@each(MARKET_DISTORTED)
def test_quoted_words_amounts_and_lengths_changed_are_certain(case: Variant) -> None:
    MARKET.draws(case, ("verbatim", "missing"), "hard")


# what a summons or an order sets is to come (lexicon modality « summon »)
SUMMONS = Sentences(
    "summons",
    "Accident à Lyon\n\n10 février 2017. – L'automobiliste a été convoqué à comparaître devant le "
    "tribunal correctionnel de Lyon le 17 mars prochain. Le maire a invité les habitants à quitter "
    "le quartier inondé.",
    "Accident à Lyon",
)


@each(
    [
        "L'automobiliste doit comparaître devant le tribunal correctionnel de Lyon le 17 mars.",
        "Il comparaîtra le 17 mars devant le tribunal correctionnel de Lyon.",
        "Le maire demande aux habitants de quitter le quartier inondé.",
    ]
)
def test_what_a_summons_sets_said_to_come_draws_nothing(case: str) -> None:
    SUMMONS.draws_nothing(case, "modality")


@each(
    [
        ("L'automobiliste a comparu devant le tribunal correctionnel de Lyon le 17 mars.",
         "gives as done («comparaître») what the source gives as to come"),
        ("Les habitants ont quitté le quartier inondé à la demande du maire.",
         "gives as done («quitter») what the source gives as to come"),
    ]
)  # fmt: skip
def test_what_a_summons_sets_said_done_is_flagged(case: tuple[str, str]) -> None:
    SUMMONS.draws(case[0], "modality", None, case[1])


# what a fear word governs is feared, not what causes the fear (modality._feared)
DRIFT = Sentences(
    "drift",
    "Tensions au Burundi\n\n20 octobre 2016. – L'éloignement du Burundi de ses voisins a suscité "
    "l'inquiétude des diplomates. Les diplomates craignent aussi un effondrement de l'économie "
    "burundaise.",
    "Tensions au Burundi",
)


@each(
    [
        "Le Burundi s'éloigne de ses voisins.",
        "Un Burundi qui s'éloigne de ses voisins",
    ]
)
def test_what_causes_a_fear_said_as_a_fact_draws_nothing(case: str) -> None:
    DRIFT.draws_nothing(case, "modality")


def test_what_is_feared_said_as_a_fact_is_still_certain() -> None:
    DRIFT.draws(
        "L'économie burundaise va s'effondrer.",
        "modality",
        None,
        "gives as certain («effondrer») what the source only fears",
    )


# a deed the sentence restated only hopes for, told done by another source sentence
# (modality._told_done)
AVALANCHE = Sentences(
    "avalanche",
    "Avalanche dans les Abruzzes\n\n22 janvier 2017. – Onze survivants ont été retrouvés jusqu'à "
    "présent dans les décombres de l'hôtel. Selon les secours, il y a toujours l'espoir de "
    "retrouver des survivants. Selon les pompiers, il reste l'espoir de sauver les randonneurs "
    "disparus.",
    "Avalanche dans les Abruzzes",
)


@each(
    [
        "Les secours n'ont pas seulement retrouvé des survivants.",
        "Les secours ont déjà retrouvé des survivants.",
    ]
)
def test_a_deed_hoped_for_and_told_done_elsewhere_draws_nothing(case: str) -> None:
    AVALANCHE.draws_nothing(case, "modality")


def test_a_deed_only_hoped_for_said_done_is_a_review() -> None:
    AVALANCHE.draws(
        "Les pompiers ont sauvé les randonneurs disparus.",
        "modality",
        "review",
        "gives as done («sauver») what the source only wants or tries",
    )


# a remark on what a figure tells, not an event it brings about (lexicon causal « comment »)
GATHERING = Sentences(
    "gathering",
    "Pèlerinage à Cracovie\n\n31 juillet 2016. – La messe de clôture devrait rassembler deux "
    "millions de pèlerins dimanche, selon les organisateurs.",
    "Pèlerinage à Cracovie",
)


@each(
    [
        "La messe de clôture devrait rassembler deux millions de pèlerins dimanche, ce qui ne "
        "préjuge pas de la fréquentation réelle.",
        "Selon les organisateurs, la messe de clôture devrait rassembler deux millions de pèlerins "
        "dimanche, ce qui prouve l'attrait de l'événement.",
    ]
)
def test_a_remark_on_what_a_figure_tells_draws_no_cause(case: str) -> None:
    GATHERING.draws_nothing(case, "causes")


def test_an_event_the_figure_brings_about_is_still_a_consequence() -> None:
    GATHERING.draws(
        "La messe de clôture devrait rassembler deux millions de pèlerins dimanche, ce qui "
        "saturera les transports de la ville.",
        "causes",
        None,
        "gives a consequence the source does not",
    )


# a modal's conditional the source's claim has too keeps no condition (qualifiers.compare)
SUCCESSION = Sentences(
    "succession",
    "Succession au Pakistan\n\n18 septembre 2017. – Kulsoom Nawaz devrait prochainement succéder à "
    "son mari à la tête du parti, si elle est confirmée à ce poste par l'Assemblée nationale.",
    "Succession au Pakistan",
)


@each(
    [
        "Kulsoom Nawaz devrait prochainement succéder à son mari à la tête du parti, à condition "
        "que l'Assemblée nationale la confirme.",
        "Si l'Assemblée nationale la confirme, Kulsoom Nawaz devrait succéder à son mari à la tête "
        "du parti.",
        "Kulsoom Nawaz succéderait alors à son mari à la tête du parti.",
    ]
)
def test_a_condition_kept_or_a_conditional_of_its_own_draws_nothing(case: str) -> None:
    SUCCESSION.draws_nothing(case, "qualifiers")


@each(
    [
        "Kulsoom Nawaz devrait prochainement succéder à son mari à la tête du parti.",
        "Kulsoom Nawaz devrait donc succéder à son mari à la tête du parti.",
    ]
)
def test_the_source_s_own_modal_without_its_condition_drops_it(case: str) -> None:
    SUCCESSION.draws(case, "qualifiers", None, "drops the condition the source gives («si»)")


# a present of « -ir » the tagger calls a passé simple, inverted to ask (modality._present_too,
# aspect._perfect)
PROCEDURE = Sentences(
    "procedure",
    "Plainte contre un candidat\n\n20 février 2017. – La mise en examen du candidat pour injure "
    "publique ne serait qu'une question de procédure.",
    "Plainte contre un candidat",
)


@each(
    [
        "Pourquoi cette procédure aboutit-elle presque mécaniquement à une mise en examen du "
        "candidat pour injure publique ?",
        "La procédure aboutit-elle à une mise en examen du candidat pour injure publique ?",
    ]
)
def test_a_present_inverted_to_ask_gives_nothing_as_done(case: str) -> None:
    PROCEDURE.draws_nothing(case, ("tense", "modality"))


def test_a_deed_to_come_said_done_is_still_flagged() -> None:
    PROCEDURE.draws(
        "La procédure a abouti à une mise en examen du candidat pour injure publique.",
        ("tense", "modality"),
        None,
        "gives as done («aboutir») what the source gives as to come",
    )


# whose words: « pour X : « … » » after a connective, « selon le chef de l'État » (speakers)
VIEWS = Sentences(
    "views",
    "Campagne : les soutiens s'indignent\n\n12 mars 2017. – Le silence des médias indigne les "
    "partisans du candidat. Ainsi, pour Paul Morel, membre du comité de campagne d'Anne Colin : "
    "« Pas un mot de la presse, rien, pas même un commentaire. » Mais pour Jean Dupont, proche "
    "de Marc Leroy, « la campagne est encore longue et rien n'est joué ». Le président Henri "
    "Leduc a déclaré que « la réforme des retraites sera votée avant l'été ».",
    "Campagne : les soutiens s'indignent",
)


@each(
    [
        "Paul Morel, membre du comité de campagne d'Anne Colin, résume ainsi ce reproche : « Pas "
        "un mot de la presse, rien, pas même un commentaire. »",
        "« Pas un mot de la presse, rien, pas même un commentaire », déplore Paul Morel.",
        "Jean Dupont, un proche de Marc Leroy, prévient : « la campagne est encore longue et rien "
        "n'est joué ».",
        "Selon le chef de l'État, « la réforme des retraites sera votée avant l'été ».",
        "D'après le président, « la réforme des retraites sera votée avant l'été ».",
    ]
)
def test_the_view_a_connective_opens_said_by_its_holder_draws_nothing(case: str) -> None:
    VIEWS.draws_nothing(case, "quotations")


@each(
    [
        ("Anne Colin résume ainsi ce reproche : « Pas un mot de la presse, rien, pas même un "
         "commentaire. »", "to Anne Colin: the source's speaker is Paul Morel"),
        ("Marc Leroy prévient : « la campagne est encore longue et rien n'est joué ».",
         "to Marc Leroy: the source's speaker is Jean Dupont"),
    ]
)  # fmt: skip
def test_the_view_a_connective_opens_given_to_the_one_its_title_names_is_flagged(
    case: tuple[str, str],
) -> None:
    VIEWS.draws(case[0], "quotations", None, case[1])


def test_a_quotation_given_to_another_body_than_the_office_said_is_still_flagged() -> None:
    VIEWS.draws(
        "Selon le porte-parole de la SNCF, « la réforme des retraites sera votée avant l'été ».",
        "quotations",
        "review",
        "to SNCF",
    )


# a past participle opening a sentence before its agent is no name (tokens.is_name)
COMPLAINT = Sentences(
    "complaint",
    "Plainte contre un élu\n\n12 mars 2017. – Le maire Paul Morel avait publié un message visant "
    "Jean Dupont. Jean Dupont a porté plainte contre Paul Morel pour « injure publique ». "
    "Interrogé par la presse, Paul Morel n'a pas répondu.",
    "Plainte contre un élu",
)


@each(
    [
        "Visé par ce message, Jean Dupont a porté plainte contre Paul Morel pour « injure "
        "publique ».",
        "Visés par le message, ses proches l'ont soutenu et Jean Dupont a porté plainte.",
        "Interrogée par la presse, l'équipe de Paul Morel n'a pas répondu.",
        "Ciblé par ce message, il a porté plainte contre Paul Morel pour « injure publique ».",
    ]
)
def test_a_participle_opening_a_sentence_before_its_agent_draws_nothing(case: str) -> None:
    COMPLAINT.draws_nothing(case, ("names", "actors", "quotations", "people"))


@each(
    [
        ("Selon Marc Leroy, Jean Dupont a porté plainte contre Paul Morel pour « injure "
         "publique ».", "Marc Leroy"),
        ("Visé par ce message, Marc Leroy a porté plainte contre Paul Morel.", "Marc Leroy"),
    ]
)  # fmt: skip
def test_a_name_beside_a_participle_opening_is_still_flagged(case: tuple[str, str]) -> None:
    COMPLAINT.draws(case[0], ("names", "actors", "quotations", "people"), None, case[1])


# a one-word quotation of a verb in the writer's tense (fidelity._term_conjugated, f519ac9)
CARRIED = Sentences(
    "carried",
    "Triathlon à Lyon\n\n18 septembre 2016. – Épuisé, Marc Leroy titube à 500 mètres de "
    "l'arrivée. Son frère Paul le « dépose » après la ligne, en deuxième position. Le maire "
    "« regrette » l'absence de secours sur le parcours.",
    "Triathlon à Lyon",
)


@each(
    [
        "Son frère Paul l'a « déposé » après la ligne, en deuxième position.",
        "Paul a « déposé » son frère après la ligne d'arrivée.",
        "Le maire a « regretté » l'absence de secours sur le parcours.",
    ]
)
def test_a_quoted_verb_in_the_writer_s_tense_draws_nothing(case: str) -> None:
    CARRIED.draws_nothing(case, "quotations")
    assert CARRIED.found(case, "verbatim") == []


@each(
    [
        ("Paul a « porté » son frère après la ligne d'arrivée.", "«porté»"),
        ("Le maire a « dénoncé » l'absence de secours sur le parcours.", "«dénoncé»"),
    ]
)
def test_another_quoted_verb_is_not_the_source_s(case: tuple[str, str]) -> None:
    CARRIED.draws(case[0], "verbatim", "hard", case[1])


# an event set on a place (« a eu lieu sur l'A16 »): the place is no one acted on (agents)
SLOWDOWN = Sentences(
    "slowdown",
    "Blocages dans le Nord\n\n19 novembre 2018. – Une opération escargot a eu lieu sur l'A16. "
    "Une manifestation a pris place sur le port de Calais. Les routiers ont pris l'avantage sur "
    "la police près de Lille.",
    "Blocages dans le Nord",
)


@each(
    [
        "L'A16 a aussi connu une opération escargot.",
        "L'A16 a subi une opération escargot.",
        "Le port de Calais a connu une manifestation.",
    ]
)
def test_a_place_that_sees_an_event_draws_nothing(case: str) -> None:
    SLOWDOWN.draws_nothing(case, "agents")


def test_one_who_takes_the_upper_hand_turned_round_is_still_flagged() -> None:
    SLOWDOWN.draws(
        "La police a pris l'avantage sur les routiers près de Lille.",
        "agents",
        None,
        "makes police act on routier",
    )


# a compound name with hyphens or spaces, a name misspelt by a letter (actors.source_name,
# actors.misspelt)
REGIONS = Sentences(
    "regions",
    "Actions en région\n\n21 novembre 2018. – Des actions ont été recensées au marché de Rungis "
    "(Île de France) et à Saint-Jean-de-Luz. L'ONU a quitté Bubjumbura la semaine dernière.",
    "Actions en région",
)


@each(
    [
        "Une action a été recensée à Rungis, en Île-de-France.",
        "L'ONU a quitté Bujumbura la semaine dernière.",
        "Bujumbura a vu partir l'ONU la semaine dernière.",
    ]
)
def test_a_source_name_hyphened_or_misspelt_otherwise_draws_nothing(case: str) -> None:
    REGIONS.draws_nothing(case, ("names", "actors", "entities"))


@each(
    [
        ("Une action a été recensée à Rungis, en Haute-Provence.", "Haute-Provence"),
        ("L'ONU a quitté Bujumbaru-Gitega la semaine dernière.", "Bujumbaru-Gitega"),
        ("Une autre a eu lieu en Seine-Saint-Denis.", "Seine-Saint-Denis"),
    ]
)
def test_another_compound_or_name_is_still_flagged(case: tuple[str, str]) -> None:
    REGIONS.draws(case[0], ("names", "actors", "entities"), None, case[1])


SNOW = Sentences(
    "snow",
    "Écoles fermées dans le Nord\n\n3 février 2019. – Plusieurs villes du Nord ont fermé leurs "
    "écoles à cause de la neige : Lille, Arras, Douai, Lens, Béthune, Calais, Dunkerque, Cambrai, "
    "Valenciennes, Maubeuge, Roubaix, Tourcoing, Armentières et Hazebrouck. Les cours reprendront "
    "lundi.",
    "Écoles fermées dans le Nord",
)
# the count of a source list said through « en » (« elle en compte quatorze », « il y en a 14 »),
# what « en » stands for said in the sentence or the one before
SNOW_TOLD = [
    "La liste des villes qui ont fermé leurs écoles est longue : elle en compte quatorze.",
    "Des villes du Nord ont fermé leurs écoles à cause de la neige : il y en a 14.",
    "Les villes du Nord qui ont fermé leurs écoles à cause de la neige ? On en dénombre quatorze.",
    "Les villes qui ont fermé leurs écoles en comptent quatorze.",
]
SNOW_DISTORTED = [
    ("La liste des villes qui ont fermé leurs écoles est longue : elle en compte quinze.",
     "«quinze»"),
    ("Des villes du Nord ont fermé leurs écoles à cause de la neige : il y en a 16.", "«16»"),
    ("Les villes qui ont fermé leurs écoles en comptent douze.", "«douze»"),
]  # fmt: skip


@each(SNOW_TOLD)
def test_the_count_of_a_source_list_said_through_en_draws_nothing(case: str) -> None:
    SNOW.draws_nothing(case, "figures")


@each(SNOW_DISTORTED)
def test_another_count_said_through_en_is_certain(case: tuple[str, str]) -> None:
    SNOW.draws(case[0], "figures", "hard", case[1])


DWARF = Sentences(
    "dwarf",
    "Une nouvelle planète naine\n\n12 octobre 2016. – Des scientifiques ont découvert une "
    "nouvelle planète naine. Elle est plus de deux fois plus éloignée du Soleil que Pluton. Sa "
    "lune est trois fois moins lourde que celle de Pluton.",
    "Une nouvelle planète naine",
)
# a fraction that is one over a source factor, its bound the converse of the factor's
DWARF_TOLD = [
    "Elle est plus de deux fois plus éloignée du Soleil que Pluton. Autrement dit, Pluton se "
    "trouve à moins de la moitié de cette distance.",
    "Pluton est à moins de la moitié de la distance qui sépare la planète naine du Soleil.",
    "Sa lune pèse un tiers de celle de Pluton.",
]
DWARF_DISTORTED = [
    ("Pluton se trouve à plus de la moitié de cette distance du Soleil.", "«moitié»"),
    ("Pluton se trouve à moins d'un tiers de cette distance du Soleil.", "«un tiers»"),
    ("Sa lune pèse la moitié de celle de Pluton.", "«moitié»"),
    ("Sa lune pèse plus d'un tiers de celle de Pluton.", "«un tiers»"),
]


@each(DWARF_TOLD)
def test_a_share_that_is_the_converse_of_a_source_factor_draws_nothing(case: str) -> None:
    DWARF.draws_nothing(case, "figures")


@each(DWARF_DISTORTED)
def test_a_share_that_is_no_converse_of_the_factor_is_certain(case: tuple[str, str]) -> None:
    DWARF.draws(case[0], "figures", "hard", case[1])


PACE = Sentences(
    "pace",
    "Justice à deux vitesses\n\n12 mars 2017. – Selon l'avocat, la justice va moins vite dans "
    "son dossier que dans celui de son rival. Les négociations avancent plus lentement que "
    "prévu.",
    "Justice à deux vitesses",
)
# a degree of manner whose « plus », « moins » and adverb both hang on the verb (« va moins
# vite »), said with the adverb's opposite and the other degree (« plus lentement »)
PACE_TOLD = [
    "Selon l'avocat, la justice est plus lente dans son dossier que dans celui de son rival.",
    "Selon l'avocat, la justice avance plus lentement dans son dossier que dans celui de son "
    "rival.",
    "Les négociations progressent moins vite que prévu.",
]
PACE_DISTORTED = [
    ("Selon l'avocat, la justice va plus vite dans son dossier que dans celui de son rival.",
     "«plus» «vite»"),
    ("Selon l'avocat, la justice va plus rapidement dans son dossier que dans celui de son rival.",
     "«plus rapidement»"),
    ("Les négociations avancent plus vite que prévu.", "«plus vite»"),
]  # fmt: skip


@each(PACE_TOLD)
def test_a_degree_of_manner_said_with_its_opposite_draws_nothing(case: str) -> None:
    PACE.draws_nothing(case, "rank")


@each(PACE_DISTORTED)
def test_a_degree_of_manner_turned_round_is_certain(case: tuple[str, str]) -> None:
    PACE.draws(case[0], "rank", "hard", case[1])


ALGAE = Sentences(
    "algae",
    "Algues vertes\n\n3 juillet 2019. – La prolifération des algues vertes sur les plages "
    "bretonnes inquiète les maires. Les moules prolifèrent dans la baie.",
    "Algues vertes",
)


def test_a_proliferation_said_as_a_rise_draws_nothing() -> None:
    ALGAE.draws_nothing(
        "La progression des algues vertes sur les plages bretonnes inquiète les maires.",
        "direction",
    )


@each(
    [
        ("Le recul des algues vertes sur les plages bretonnes inquiète les maires.", "«recul»"),
        ("Les moules déclinent dans la baie.", "«déclinent»"),
    ]
)
def test_a_proliferation_said_as_a_fall_is_flagged(case: tuple[str, str]) -> None:
    ALGAE.draws(case[0], "direction", None, case[1])


CROWD = Sentences(
    "crowd",
    "Investiture\n\n21 janvier 2017. – L'équipe du président accuse les médias d'avoir "
    "sous-estimé le nombre de spectateurs.",
    "Investiture",
)
POLICE = Sentences(
    "police",
    "Manifestation\n\n3 mars 2017. – Selon l'opposition, la police a surévalué la foule.",
    "Manifestation",
)


@each(
    [
        (CROWD, "L'équipe du président reproche aux médias d'avoir sous-évalué le nombre de "
         "spectateurs."),
        (POLICE, "Selon l'opposition, la police a surestimé la foule."),
    ],
    ids=["sous-évalué", "surestimé"],
)  # fmt: skip
def test_an_estimate_said_too_low_or_too_high_again_draws_nothing(
    case: tuple[Sentences, str],
) -> None:
    case[0].draws_nothing(case[1], "direction")


@each(
    [
        (CROWD, "L'équipe du président accuse les médias d'avoir surestimé le nombre de "
         "spectateurs.", "«surestimé»"),
        (POLICE, "Selon l'opposition, la police a sous-estimé la foule.", "«sous-estimé»"),
    ],
    ids=["surestimé", "sous-estimé"],
)  # fmt: skip
def test_an_estimate_turned_round_is_flagged(case: tuple[Sentences, str, str]) -> None:
    case[0].draws(case[1], "direction", None, case[2])


HEAT = Pairs(
    "heat",
    "Canicule au Japon\n\n21 juillet 2018. – La vague de chaleur a tué au moins 14 personnes, dont "
    "une femme de 93 ans. Un homme de 81 ans a été hospitalisé.",
    "Canicule au Japon\n\nLa vague de chaleur a tué au moins 14 personnes, dont une femme de 93 "
    "ans. Un homme de 81 ans a été hospitalisé.",
)


@each(
    HEAT.edits(
        [
            ("une femme de 93 ans", "une nonagénaire"),
            ("Un homme de 81 ans", "Un octogénaire"),
        ]
    )
)
def test_an_age_said_by_its_decade_draws_nothing(case: Variant) -> None:
    HEAT.draws_nothing(case, ("missing", "figures"))


@each(
    HEAT.edits(
        [
            ("une femme de 93 ans", "une octogénaire", "«93»"),
            ("Un homme de 81 ans", "Un septuagénaire", "«81»"),
        ]
    )
)
def test_an_age_said_by_another_decade_is_certain(case: Variant) -> None:
    HEAT.draws(case, "missing", "hard")


SHIPYARD = Sentences(
    "shipyard",
    "Chantier naval\n\n4 mai 2018. – Le contrat porte sur la vente de douze navires au Chili, "
    "pour 900 millions d'euros. Le chantier est accusé d'avoir gonflé artificiellement les prix.",
    "Chantier naval",
)
# a sentence merging two source sentences, its change the weakly aligned one's (a review); one
# that sets a change of each sign side by side compares each with its own sentence only
SHIPYARD_MERGED = (
    "Le contrat porte sur la vente de douze navires au Chili, pour 900 millions d'euros : le "
    "chantier est accusé d'en avoir artificiellement {} les prix."
)


def test_a_change_merged_after_another_sentence_s_facts_draws_nothing() -> None:
    SHIPYARD.draws_nothing(SHIPYARD_MERGED.format("gonflé"), "direction")


def test_the_opposite_change_merged_after_another_sentence_s_facts_is_flagged() -> None:
    SHIPYARD.draws(SHIPYARD_MERGED.format("baissé"), "direction", "review", "«baissé»")


# a name of the sentence restated written where it has another one (entities._taken_over)
COUNSEL = Sentences(
    "counsel",
    "Plainte pour injure\n\n12 mars 2017. – L'avocate de Paul Morel précise à Libération que "
    "Jean Dupont a invoqué l'injure publique. La sœur de Paul Morel a confirmé que Jean Dupont "
    "avait caché l'or dans le garage.",
    "Plainte pour injure",
)


@each(
    [
        "L'avocate de Paul Morel indique à Libération que Jean Dupont a invoqué l'injure publique.",
        "Jean Dupont a invoqué l'injure publique, précise à Libération l'avocate de Paul Morel.",
        "Selon la sœur de Paul Morel, Jean Dupont avait caché l'or dans le garage.",
    ]
)
def test_each_name_where_the_source_sentence_has_it_draws_nothing(case: str) -> None:
    COUNSEL.draws_nothing(case, "entities")


@each(
    [
        ("L'avocate de Jean Dupont précise à Libération que Jean Dupont a invoqué l'injure "
         "publique.", "names Jean Dupont where the source names Paul Morel"),
        ("La sœur de Jean Dupont a confirmé que Jean Dupont avait caché l'or dans le garage.",
         "names Jean Dupont where the source names Paul Morel"),
    ]
)  # fmt: skip
def test_a_name_written_where_another_was_left_out_is_flagged(case: tuple[str, str]) -> None:
    COUNSEL.draws(case[0], "entities", None, case[1])


# a head's title for one the source says presides, where it writes her another office
# (roles._leads, lexicon leading « office »)
PREMIER = Sentences(
    "premier",
    "Troupes à Żagań\n\n21 janvier 2017. – Le Premier ministre de Pologne, Beata Szydło, a "
    "présidé une cérémonie d'accueil des troupes américaines. Le pays dirigé par Pierre "
    "Nkurunziza a quitté la Cour pénale internationale.",
    "Troupes à Żagań",
)


@each(
    [
        "La Première ministre polonaise, Beata Szydło, a présidé une cérémonie d'accueil.",
        "La cheffe du gouvernement polonais, Beata Szydło, a présidé la cérémonie d'accueil.",
        "Le président Pierre Nkurunziza a fait quitter la Cour pénale internationale à son pays.",
    ]
)
def test_a_head_s_title_the_source_gives_or_implies_draws_nothing(case: str) -> None:
    PREMIER.draws_nothing(case, "roles")


@each(
    [
        "La présidente polonaise, Beata Szydło, a présidé une cérémonie d'accueil.",
        "La présidente Beata Szydło a présidé la cérémonie d'accueil des troupes américaines.",
    ]
)
def test_a_president_for_the_source_s_premier_is_certain(case: str) -> None:
    PREMIER.draws(case, "roles", "hard", "calls Beata Szydło «président»")


@each(
    [
        ("Roger Dumas, parolier de Capitaine Flam à Sylvie Vartan.", {}),
        ("Il a écrit pour Docteur Mabuse et pour Sylvie Vartan.", {}),
        ("Il a écrit pour le capitaine Sylvie Vartan.", {"Sylvie Vartan": {"capitaine"}}),
        ("Le ministre M. Paul Morel a parlé.", {"Paul Morel": {"ministre"}}),
    ]
)
def test_a_title_heading_another_name_is_not_the_next_person_s(
    case: tuple[str, dict[str, set[str]]],
) -> None:
    # roles._heads_a_name: « Capitaine Flam » is a name, its title no one's further on
    from engine.gate.statements import read_doc
    from engine.text.nlp import parse

    statement = read_doc(parse([case[0]])[0])[0]
    assert {k: set(v) for k, v in statement.roles.items()} == case[1]


# an office said of one arriving where the source says it of one leaving (roles.tenure_swaps)
OUTGOING = Sentences(
    "outgoing",
    "Renseignement à Washington\n\n16 janvier 2017. – Le directeur sortant de l'agence, Paul "
    "Morel, a jugé que le président ne comprenait pas la Russie. Le futur ministre de la "
    "Défense, Jean Dupont, a été auditionné mardi.",
    "Renseignement à Washington",
)


@each(
    [
        "Paul Morel, directeur sortant de l'agence, a jugé que le président ne comprenait pas la "
        "Russie.",
        "L'ancien directeur de l'agence, Paul Morel, a jugé que le président ne comprenait pas la "
        "Russie.",
        "Jean Dupont, le prochain ministre de la Défense, a été auditionné mardi.",
    ]
)
def test_an_office_said_of_the_same_time_draws_nothing(case: str) -> None:
    OUTGOING.draws_nothing(case, "roles")


@each(
    [
        ("Le nouveau directeur de l'agence, Paul Morel, a jugé que le président ne comprenait "
         "pas la Russie.", "says «nouveau directeur» where the source says «directeur sortant»"),
        ("L'ancien ministre de la Défense, Jean Dupont, a été auditionné mardi.",
         "says «ancien ministre» where the source says «futur ministre»"),
    ]
)  # fmt: skip
def test_an_office_said_of_the_other_time_is_flagged(case: tuple[str, str]) -> None:
    OUTGOING.draws(case[0], "roles", None, case[1])


# a standard of comparison the writer adds with another source fact's name (actors.mention_swaps)
STANDARD = Sentences(
    "standard",
    "Une planète naine découverte\n\n12 octobre 2016. – Nommée 2014 UZ224, elle orbiterait à "
    "13,7 milliards de kilomètres du Soleil et ferait 530 km de diamètre. Cérès, la plus grande "
    "des planètes naines de la ceinture, mesure 950 km. Le Luxembourg est plus peuplé que "
    "l'Islande, mais moins que la Suisse.",
    "Une planète naine découverte",
)


@each(
    [
        "Avec ses 530 km de diamètre, 2014 UZ224 est plus petite que Cérès.",
        "2014 UZ224, qui ferait 530 km de diamètre, est moins grande que Cérès.",
    ]
)
def test_a_standard_of_comparison_the_writer_adds_draws_nothing(case: str) -> None:
    STANDARD.draws_nothing(case, "actors")


def test_another_standard_of_the_source_s_comparison_is_still_flagged() -> None:
    STANDARD.draws(
        "Le Luxembourg est plus peuplé que Cérès, mais moins que la Suisse.",
        ("actors", "swaps", "entities"),
        None,
        "names Cérès where the source names",
    )


@each(
    [
        ("La sénatrice LR du Loiret Marianne Dubois a parlé.", {"Marianne Dubois": {"sénatrice"}}),
        ("Frédéric Lefebvre, député LR, a parlé.", {"Frédéric Lefebvre": {"député"}}),
    ]
)
def test_a_title_before_a_party_s_initials_is_still_the_person_s(
    case: tuple[str, dict[str, set[str]]],
) -> None:
    from engine.gate.statements import read_doc
    from engine.text.nlp import parse

    statement = read_doc(parse([case[0]])[0])[0]
    assert {k: set(v) for k, v in statement.roles.items()} == case[1]


# the time of what a speaker says in quotation marks, reported by a verb of saying
# (modality._by_clauses: a quoted source clause is its speaker's word)
TWEET = Sentences(
    "tweet",
    "Chômage partiel\n\n10 décembre 2018. – Vers 9 heures, la ministre du Travail a twitté que « "
    "41 000 salariés [sont] en chômage technique : mon ministère a débloqué 28 millions d'euros "
    "pour les salariés ». Le ministre de l'Économie a déclaré : « nous verserons une aide de 5 "
    "millions aux commerçants ».",
    "Chômage partiel",
)


@each(
    [
        "La ministre du Travail a écrit que son ministère avait débloqué 28 millions d'euros pour "
        "les salariés.",
        "Le ministre de l'Économie a déclaré que son ministère verserait une aide de 5 millions "
        "aux commerçants.",
        "Le ministre de l'Économie a déclaré que son ministère allait verser une aide de 5 "
        "millions aux commerçants.",
    ]
)
def test_a_quoted_claim_reported_in_its_time_draws_nothing(case: str) -> None:
    TWEET.draws_nothing(case, "modality")


@each(
    [
        ("La ministre du Travail a écrit que son ministère débloquera 28 millions d'euros pour les "
         "salariés.", "puts in the future («débloquer») what the source gives as done"),
        ("La ministre du Travail a écrit que son ministère va débloquer 28 millions d'euros pour "
         "les salariés.", "puts in the future («débloquer») what the source gives as done"),
    ]
)  # fmt: skip
def test_a_quoted_claim_reported_in_another_time_is_flagged(case: tuple[str, str]) -> None:
    TWEET.draws(case[0], "modality", None, case[1])


# « si » of degree, not the « si » that opens a clause (qualifiers.degree_si)
PARALLEL = Sentences(
    "parallel",
    "Affaires judiciaires\n\n20 février 2017. – Le parallèle entre les deux affaires judiciaires "
    "ne serait cependant pas si évident pour les avocats du candidat.",
    "Affaires judiciaires",
)


@each(
    [
        "Pour les avocats du candidat, le parallèle entre les deux affaires judiciaires ne serait "
        "pas évident.",
        "Le parallèle entre les deux affaires judiciaires ne serait pas si évident pour les "
        "avocats du candidat.",
    ]
)
def test_a_denial_of_degree_said_again_draws_nothing(case: str) -> None:
    PARALLEL.draws_nothing(case, ("polarity", "qualifiers"))


def test_a_denial_of_degree_made_an_affirmation_is_flagged() -> None:
    PARALLEL.draws(
        "Le parallèle entre les deux affaires judiciaires serait tout à fait évident pour les "
        "avocats du candidat.",
        "polarity",
        None,
        "affirms what the source denies (évident)",
    )


# what the source says is so already, now, put in the future (modality._by_clauses)
DECLINE = Sentences(
    "decline",
    "Déclin des singes\n\n22 janvier 2017. – Selon une étude américaine, 75 % des espèces de "
    "primates voient déjà leur population décliner.",
    "Déclin des singes",
)


@each(
    [
        "Déjà, 75 % des espèces de primates voient leur population décliner.",
        "Les trois quarts des espèces de primates voient déjà leur population décliner.",
    ]
)
def test_what_is_so_already_said_so_draws_nothing(case: str) -> None:
    DECLINE.draws_nothing(case, "modality")


@each(
    [
        "À terme, 75 % des espèces de primates verront leur population décliner.",
        "Bientôt, 75 % des espèces de primates verront leur population décliner.",
    ]
)
def test_what_is_so_already_put_in_the_future_is_flagged(case: str) -> None:
    DECLINE.draws(case, "modality", None, "puts in the future («voir»)")


# a predicate denied in a supposition is stated neither so nor not so (polarity._supposed)
SHED = Sentences(
    "shed",
    "Cabanes démontées\n\n15 décembre 2018. – Les gendarmes ont menacé de verbaliser les "
    "manifestants si leur cabane n'était pas démontée avant lundi. Le maire n'a pas retiré la "
    "cabane du marché.",
    "Cabanes démontées",
)


@each(
    [
        "La condition posée par les gendarmes : démonter leur cabane avant lundi.",
        "Des cabanes démontées sur les ronds-points",
    ]
)
def test_a_deed_the_source_denies_only_in_a_supposition_draws_nothing(case: str) -> None:
    SHED.draws_nothing(case, "polarity")


@each(
    [
        ("Le maire a retiré la cabane du marché.", "retirer"),
        ("Les gendarmes ont menacé de verbaliser les manifestants si leur cabane était démontée "
         "avant lundi.", "démonter"),
    ]
)  # fmt: skip
def test_a_denial_stated_or_supposed_turned_round_is_flagged(case: tuple[str, str]) -> None:
    SHED.draws(case[0], "polarity", None, f"affirms what the source denies ({case[1]})")


ROUNDS = Sentences(
    "rounds",
    "Primaire : Dupont et Martin qualifiés\n\n22 janvier 2017. – Selon les résultats partiels, "
    "Paul Dupont arrive en tête et Jean Martin est lui aussi qualifié pour le second tour organisé "
    "le 29 janvier. Le coureur Marc Petit avait remporté la quatrième étape du Tour la veille.",
    "Primaire : Dupont et Martin qualifiés",
)


def test_an_earlier_rank_beside_the_source_s_own_is_no_certainty() -> None:
    # the article names the source's « second tour » too: its « premier tour » is the one before
    text = (
        "Le premier tour a désigné Paul Dupont et Jean Martin. Ils s'affronteront au second tour "
        "le 29 janvier."
    )
    ROUNDS.draws_nothing(text, "rank", "hard")
    ROUNDS.draws(text, "rank", "review", "«premier»")


@each(
    [
        ("Le premier tour a désigné Paul Dupont et Jean Martin, qualifiés pour le 29 janvier.",
         "«premier»"),
        ("Le coureur Marc Petit avait remporté la troisième étape du Tour la veille.",
         "«troisième»"),
        ("Le coureur Marc Petit avait remporté la cinquième étape du Tour la veille.",
         "«cinquième»"),
    ]
)  # fmt: skip
def test_another_rank_than_the_source_s_alone_is_certain(case: tuple[str, str]) -> None:
    ROUNDS.draws(case[0], "rank", "hard", case[1])


# a nationality beside the one a merged source sentence says of the noun (roles._origin_beside)
PROBES = Sentences(
    "probes",
    "Airbus visé par une enquête\n\n22 février 2017. – Airbus a rappelé dans un communiqué "
    "qu'une enquête le visant est en cours depuis le mois d'août, menée par le Serious Fraud "
    "Office. Cette enquête britannique a été ouverte pour des soupçons de corruption. Le parquet "
    "national financier, en France, enquête lui aussi.",
    "Airbus visé par une enquête",
)


@each(
    [
        "Airbus a rappelé dans un communiqué que les enquêtes française et britannique le visent "
        "depuis le mois d'août.",
        "Dans un communiqué, Airbus rappelle que l'enquête britannique, comme l'enquête française, "
        "le vise depuis le mois d'août.",
    ]
)
def test_a_nationality_beside_the_source_s_own_draws_nothing(case: str) -> None:
    PROBES.draws_nothing(case, "roles")


def test_a_nationality_in_place_of_the_merged_sentence_s_is_still_flagged() -> None:
    PROBES.draws(
        "Cette enquête allemande a été ouverte pour des soupçons de corruption.",
        "roles",
        None,
        "says «allemand» where the source says «britannique»",
    )
