"""The words of `plume serve`'s page, in French (the default: its readers are French editors)
and in English.

The language: `--lang` (PLUME_SERVE_LANG) when given, else the first of French or English the
browser asks for (Accept-Language), else French. The template takes `PAGE[lang]`; the page's
script takes the same table from a `<meta name="texts">` (the Content-Security-Policy allows
no inline script). What the engine says (progress lines, the gate's findings, the verdict, API
errors) is said in the same language by `engine.serve.translate`: the API answers in the
language a request asks for (`?lang=fr`, which the page's script sends, else as the page
decides, English where nothing asks).
"""

from __future__ import annotations

LANGUAGES = ("fr", "en")
DEFAULT = "fr"

PAGE: dict[str, dict[str, str]] = {
    "fr": {
        "tagline": "Articles réécrits en français sur cette machine, vérifiés avant de vous "
        "parvenir",
        "model": "modèle",
        "model_loading": "chargement",
        "model_ready": "prêt",
        "model_error": "indisponible",
        "unreachable": "serveur injoignable",
        "source": "Article source",
        "drop": "Collez l'article ci-dessous, consignes de la rédaction comprises, ou déposez "
        "ici un fichier",
        "drop_or": "ou",
        "choose": "choisir un fichier",
        "placeholder": "Rends cet article compatible SEO, au moins 700 mots\n\nTitre de "
        "l'article\n\nPremier paragraphe…",
        "keyphrase": "Expression clé",
        "keyphrase_placeholder": "tirée de l'article",
        "min_words": "Mots min.",
        "rewrite": "Réécrire",
        "queued_note": "Plusieurs demandes à la suite attendent leur tour ; le modèle n'est "
        "chargé qu'une fois.",
        "queue": "File d'attente",
        "empty": "Rien d'envoyé pour l'instant.",
        "how": "Comment ça marche",
        "how_text": "Plume prépare un titre, une méta-description et des intertitres, écrit "
        "l'article section par section, puis le vérifie : longueur, structure, expression clé, "
        "métadonnées et fidélité à la source — aucun chiffre, date, citation ni nom inventé. "
        "Seul ce qui passe est proposé au téléchargement ; un brouillon refusé est montré "
        "comme tel, avec les raisons.",
        "cancel": "Annuler",
        "tab_article": "Article",
        "tab_report": "Rapport de vérification",
        "tab_compare": "Source et article",
        "col_check": "Vérification",
        "col_value": "Valeur",
        "col_expected": "Attendu",
        "col_finding": "Constat",
        "kept": "conservé",
        "missing": "manquant",
        "new": "absent de la source",
        "legend_kept": "dans l'article",
        "fact_number": "nombre",
        "fact_percentage": "pourcentage",
        "fact_amount": "montant",
        "fact_date": "date",
        "fact_person": "personne",
        "fact_organisation": "organisation",
        "fact_place": "lieu",
        "fact_quotation": "citation",
        "legend_missing": "de l'article",
        "h_source": "Source",
        "h_article": "Article",
        "footer": "fonctionne sur cette machine",
        "api": "API :",
        "colon": "\u00a0:",
        # the script's words
        "title_label": "Titre",
        "description_label": "Méta-description",
        "slug_label": "Slug",
        "copy": "Copier",
        "copied": "Copié ✓",
        "copy_by_hand": "Sélectionnez et copiez à la main",
        "copy_article": "Copier l'article (Markdown)",
        "download": "Télécharger",
        "characters": "caractères",
        "file": "Fichier",
        "title_found": "Titre",
        "paragraphs": "paragraphes",
        "instructions_read": "consigne(s) de la rédaction lue(s)",
        "in_line": "en attente",
        "writing": "écriture…",
        "tokens": "jetons",
        "tokens_per_s": "jetons/s",
        "yes": "oui",
        "no": "non",
        "progress_lines": "lignes de progression",
        "passed": "Toutes les vérifications sont passées : prêt à publier.",
        "passed_with": "Toutes les vérifications sont passées, avec",
        "review_one": "point",
        "review_many": "points",
        "passed_with_end": "à vérifier contre la source, signalé(s) dans l'article et listé(s) "
        "dans le rapport de vérification.",
        "to_check": "À vérifier",
        "rejected": "REFUSÉ — à ne pas publier. ",
        "cancelled": "Annulé : rien n'a été écrit.",
        "words": "mots",
        "at_least": "au moins",
        "kept_count": "faits de la source conservés",
        "missing_count": "manquants",
        "section": "section",
        "subheading": "intertitre",
        "intro": "chapeau",
        "status_queued": "EN ATTENTE",
        "status_running": "EN COURS",
        "status_passed": "ACCEPTÉ",
        "status_rejected": "REFUSÉ",
        "status_failed": "ÉCHEC",
        "status_cancelled": "ANNULÉ",
        "state_ok": "ok",
        "state_hard": "ÉCHEC",
        "state_soft": "faible",
        "state_review": "à revoir",
        "state_warning": "attention",
        # the login page
        "login_title": "Plume — connexion",
        "login_text": "Ce serveur demande son jeton (le <code>PLUME_TOKEN</code> avec lequel il "
        "a été lancé).",
        "token": "Jeton",
        "log_in": "Se connecter",
        "log_out": "Se déconnecter",
        "form_expired": "Le formulaire a expiré : réessayez.",
        "wrong_token": "Jeton incorrect.",
    },
    "en": {
        "tagline": "French articles rewritten offline, checked before they reach you",
        "model": "model",
        "model_loading": "loading",
        "model_ready": "ready",
        "model_error": "unavailable",
        "unreachable": "server unreachable",
        "source": "Source article",
        "drop": "Paste the article below, editor instructions included, or drop a file here",
        "drop_or": "or",
        "choose": "choose a file",
        "placeholder": "Make this article seo compatible, … create at least 700 words\n\nTitle "
        "of the article\n\nFirst paragraph…",
        "keyphrase": "Keyphrase",
        "keyphrase_placeholder": "from the article",
        "min_words": "Min. words",
        "rewrite": "Rewrite",
        "queued_note": "Several in a row are queued; the model is loaded once.",
        "queue": "Queue",
        "empty": "Nothing submitted yet.",
        "how": "How it works",
        "how_text": "Plume plans a title, a meta description and subheadings, writes the "
        "article section by section, then checks it: length, structure, keyphrase, metadata "
        "and fidelity to the source — no invented figure, date, quotation or name. Only what "
        "passes is offered for download; a rejected draft is shown marked as rejected, with "
        "the reasons.",
        "cancel": "Cancel",
        "tab_article": "Article",
        "tab_report": "Gate report",
        "tab_compare": "Source and article",
        "col_check": "Check",
        "col_value": "Value",
        "col_expected": "Expected",
        "col_finding": "Finding",
        "kept": "kept",
        "missing": "missing",
        "new": "not in the source",
        "legend_kept": "in the article",
        "fact_number": "number",
        "fact_percentage": "percentage",
        "fact_amount": "amount",
        "fact_date": "date",
        "fact_person": "person",
        "fact_organisation": "organisation",
        "fact_place": "place",
        "fact_quotation": "quotation",
        "legend_missing": "from it",
        "h_source": "Source",
        "h_article": "Article",
        "footer": "runs on this machine",
        "api": "API:",
        "colon": ":",
        "title_label": "Title",
        "description_label": "Meta description",
        "slug_label": "Slug",
        "copy": "Copy",
        "copied": "Copied ✓",
        "copy_by_hand": "Select and copy by hand",
        "copy_article": "Copy article (Markdown)",
        "download": "Download",
        "characters": "characters",
        "file": "File",
        "title_found": "Title",
        "paragraphs": "paragraphs",
        "instructions_read": "editor instruction(s) read",
        "in_line": "in line",
        "writing": "writing…",
        "tokens": "tokens",
        "tokens_per_s": "tok/s",
        "yes": "yes",
        "no": "no",
        "progress_lines": "progress lines",
        "passed": "Passed every check of the gate: ready to publish.",
        "passed_with": "Passed every check of the gate, with",
        "review_one": "review finding",
        "review_many": "review findings",
        "passed_with_end": "for you to check against the source: marked in the article, listed "
        "in the gate report.",
        "to_check": "To check",
        "rejected": "REJECTED — not for publication. ",
        "cancelled": "Cancelled: nothing was written.",
        "words": "words",
        "at_least": "at least",
        "kept_count": "source facts kept",
        "missing_count": "missing",
        "section": "section",
        "subheading": "subheading",
        "intro": "intro",
        "status_queued": "QUEUED",
        "status_running": "RUNNING",
        "status_passed": "PASSED",
        "status_rejected": "REJECTED",
        "status_failed": "FAILED",
        "status_cancelled": "CANCELLED",
        "state_ok": "ok",
        "state_hard": "FAIL",
        "state_soft": "weak",
        "state_review": "review",
        "state_warning": "warn",
        "login_title": "Plume — log in",
        "login_text": "This server asks for its token (the <code>PLUME_TOKEN</code> it was "
        "started with).",
        "token": "Token",
        "log_in": "Log in",
        "log_out": "Log out",
        "form_expired": "The form expired: try again.",
        "wrong_token": "Wrong token.",
    },
}


def language(chosen: str, accept_language: str | None, default: str = DEFAULT) -> str:
    """The page's language: `chosen` (--lang) when set, else the first of ours the browser
    lists (« en-GB,en;q=0.9 » → en; q-values are honoured), else `default` (French)."""
    if chosen in LANGUAGES:
        return chosen
    ranked: list[tuple[float, int, str]] = []
    for index, item in enumerate((accept_language or "").split(",")):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        code = tag.split("-")[0].strip().lower()
        if code in LANGUAGES and quality > 0:
            ranked.append((-quality, index, code))
    return min(ranked)[2] if ranked else default


def api_language(asked: str | None, chosen: str, accept_language: str | None) -> str:
    """The language of an API answer: `asked` (the request's `lang`) when French or English,
    else as the page decides (--lang, Accept-Language), else English: a client that asks
    for nothing gets the API's names and messages as documented."""
    if asked in LANGUAGES:
        return asked  # type: ignore[return-value]
    return language(chosen, accept_language, default="en")
