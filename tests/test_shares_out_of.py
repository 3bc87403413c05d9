"""A share the article computes from « N X sur (les) M », the whole's noun left unsaid (« 311
sièges sur les 465 »): « plus de la moitié » is the source's fact; a share the two figures do not
give stays a finding."""

from __future__ import annotations

import pytest

from tests.pairs import Pairs, blocking

SOURCE = """Municipales : la liste de Claire Roux l'emporte à Vierzon

16 mars 2020. – La liste de Claire Roux a remporté dimanche 21 sièges sur les 33 du conseil \
municipal de Vierzon. L'opposition en obtient 12."""

HONEST = """La liste de Claire Roux a remporté dimanche 21 sièges au conseil municipal de Vierzon. \
Le conseil en compte 33. Elle en occupe donc plus de la moitié."""

PAIRS = Pairs("shares-out-of", SOURCE, HONEST)


@pytest.mark.parametrize("share", ["plus de la moitié", "plus de 60 %", "bien plus de la moitié"])
def test_a_share_of_the_whole_after_sur_is_the_sources(share: str) -> None:
    variant = PAIRS.variant("honest: share computed", "plus de la moitié", share)
    assert PAIRS.edited(variant, "figures") == []


@pytest.mark.parametrize("share", ["plus des trois quarts", "moins de la moitié"])
def test_a_share_the_figures_do_not_give_is_found(share: str) -> None:
    found = PAIRS.edited(PAIRS.variant("number changed", "plus de la moitié", share), "figures")
    assert [f.severity for f in found] == [blocking("figures")]
