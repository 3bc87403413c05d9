"""What is cut from a model's answer before it enters the article, deterministically."""

from __future__ import annotations

from engine.write.cleanup import clean_paragraphs


def test_chatter_around_the_text_is_cut_and_journalism_kept() -> None:
    answer = (
        "Bien sûr ! Voici la section demandée :\n\n"
        "L'OTAN veut avancer. Voici pourquoi la Chine compte. Elle a des partenaires.\n\n"
        "N’hésitez pas si vous souhaitez des modifications."
    )
    assert clean_paragraphs(answer) == [
        "L'OTAN veut avancer. Voici pourquoi la Chine compte. Elle a des partenaires."
    ]


def test_fences_and_a_repeated_subheading_are_cut() -> None:
    answer = "## Les enjeux\n\n```\nLes enjeux\nUn texte\nsur deux lignes.\n```"
    assert clean_paragraphs(answer, heading="Les enjeux") == ["Un texte sur deux lignes."]


def test_nothing_but_chatter_leaves_nothing() -> None:
    assert clean_paragraphs("Voici votre article :\n\nJ'espère que cela vous aidera.") == []
