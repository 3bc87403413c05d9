"""The language, chatter and leak patterns: one place, used by the source reader (is it
French?), the clean-up (which sentences to cut from a model's answer) and the `language` check
(what may not stay in an article). Patterns are written with straight apostrophes: match them
on `engine.text.straight_apostrophes(text)`.
"""

from __future__ import annotations

import re

from engine.text import match_words
from engine.text.lexicon import words

# The commonest words of each language (engine/text/lexicon/stopwords_fr.txt, stopwords_en.txt).
FRENCH_STOPWORDS = words("stopwords_fr")
ENGLISH_STOPWORDS = words("stopwords_en")
MIN_WORDS_FOR_LANGUAGE = 8

# An assistant talking to its user, not a journalist to readers. Also what the pipeline's
# clean-up cuts, sentence by sentence, before an answer enters the article.
CHATTER = re.compile(
    r"voici (?:votre|l'|le|un|une|la) (?:article|texte|réécriture|version)|here (?:is|are)\b|"
    r"here's|en tant qu'(?:ia|assistant|intelligence artificielle|modèle)|as an ai\b|"
    r"^(?:bien sûr|d'accord|absolument|avec plaisir|certainement)\s*[!,.]|^certainly\b|"
    r"^sure\b|^(?:voici|voilà)\b[^.!?\n]*:\s*$|j'espère que (?:cet|ce|cette|ces|vous)|"
    r"n'hésitez pas\b|si vous (?:souhaitez|voulez) (?:des|d'autres|une|que)|"
    r"i hope (?:this|you)|let me know|je reste à (?:votre|ta) "
    r"disposition|je suis (?:un|une) (?:ia|assistant|modèle)",
    re.IGNORECASE | re.MULTILINE,
)
# Instructions of a prompt or a source that leak into an article.
INSTRUCTIONS = re.compile(
    r"create at least|seo compatible|customi[sz]e this title|let there be subheadings|"
    r"\bin french\b|word count|\bmeta description\s*:|\bkeyphrase\s*:|\bmot[- ]clé\s*:|"
    r"\[(?:insérer|insert|titre|title)[^\]]*\]|\btodo\b",
    re.IGNORECASE,
)

# --- Plume's own machinery in a draft (see engine.write.leaks, which uses these) ---------------
# Markers of chat templates (ChatML, Llama 2/3, Gemma, Mistral): never part of an article.
CHAT_TOKEN = re.compile(
    r"<\|[A-Za-z_]{2,24}\|>|<(?:start|end)_of_turn>|</?s>|\[/?INST\]|<</?SYS>>", re.I
)
TURN_START = re.compile(
    r"(?:<\|im_start\|>|<start_of_turn>|<\|start_header_id\|>)[ \t]*"
    r"(system|user|assistant|model)?(?:<\|end_header_id\|>)?[ \t]*\n?",
    re.I,
)
TURN_END = re.compile(r"<\|im_end\|>|<end_of_turn>|<\|eot_id\|>|<\|endoftext\|>|</s>", re.I)

# The labels of Plume's prompts, folded (lowercase ASCII): the start of a line that only a
# prompt writes (« TÂCHE : », « Titre : », « Faits à intégrer » alone), and an outline's word
# budget wherever it stands (« 2. Les enjeux (150 mots) »).
PROMPT_LABEL = re.compile(
    r"^[ \t>*_-]*(?:tache|titre|plan retenu|deja ecrit|article source|regles absolues|"
    r"faits a integrer|faits de la source|expression cle(?: principale)?|contraintes|"
    r"a corriger par rapport a la version precedente)[ \t*_]*(?::|$)|"
    r"^[ \t]*(?:<<<|>>>)[ \t]*$|"
    r"\(\d+ mots\)",
    re.M,
)
# Plume's upper-case labels, wherever they stand (case kept: « une lourde tâche : » is French).
UPPER_LABEL = re.compile(r"\b(?:T[ÂA]CHE|TITRE)\s*:")
# The shape of a task line, whatever its numbers: « Écris l'introduction : environ 165 mots ».
TASK_SHAPE = re.compile(
    r"\b(?:ecris|reecris|redige)\b[^.\n]{0,60}\benviron \d+ mots\b|"
    r"\benviron \d+ mots, en (?:un|deux|trois)\b"
)
# An order given to the model, opening a line or a sentence: Plume's prompts say « tu » (« Écris
# l'introduction », « Emploie l'expression », « N'ajoute aucun nombre »); an article never does.
ADDRESSED_ORDER = re.compile(
    r"(?:^|(?<=[.!?:] ))[ \t>*_-]*(?:ecris|reecris|redige|emploie|reponds|prepare|reformule|"
    r"n'ajoute|ne repete|ne recopie|ne t'adresse|fais des phrases)\b[^.!?\n]{0,60}",
    re.M,
)
# The gate's own feedback (English), as a repair prompt hands it to the model.
GATE_FEEDBACK = re.compile(
    r"\b(?:section|heading):\d+\b|rewrite or cut it|replace it with new content|"
    r"passage said twice|words copied from the source|is missing: give it in the article|"
    r"characters, (?:shorten|lengthen) it|\b(?:shorten|lengthen|split|rename) it\b|"
    r"add \d+ words|write this \w+ in french|use it (?:less|more often)|"
    r"(?:put|take) it (?:in|out of) this subheading",
)


def stopword_counts(text: str) -> tuple[int, int]:
    """(French, English) stopwords in `text`."""
    tokens = match_words(text)
    return sum(t in FRENCH_STOPWORDS for t in tokens), sum(t in ENGLISH_STOPWORDS for t in tokens)


def looks_english(text: str) -> bool:
    """More English than French stopwords, over enough of them to judge."""
    fr, en = stopword_counts(text)
    return fr + en >= MIN_WORDS_FOR_LANGUAGE and en > fr
