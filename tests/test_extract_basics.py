"""Stage 3: the first facts, each from sentences written for the test."""


def test_phone_call_with_title_and_genitive(facts_of):
    f = facts_of("Der Kanzler hatte am Montag mit Frankreichs Präsident Emmanuel Macron telefoniert.")
    assert ("Emmanuel Macron", "leaderOf", "France", "asserted") in f


def test_symmetric_call_from_coordinated_subjects(facts_of):
    f = facts_of("US-Präsident Joe Biden hat mit Emmanuel Macron telefoniert.")
    assert ("Joe Biden", "phones", "Emmanuel Macron", "asserted") in f or \
        ("Emmanuel Macron", "phones", "Joe Biden", "asserted") in f
    assert ("Joe Biden", "leaderOf", "United States", "asserted") in f


def test_announced_deployment_is_planned_with_quantity(facts_of):
    af = facts_of("Das Pentagon kündigte an, 3000 Soldaten nach Litauen und Lettland zu verlegen.",
                  full=True)
    dep = {(f.subject.label, f.object.label, f.modality, f.quantity) for f in af.facts
           if f.relation == "deploys"}
    assert dep == {("United States Department of Defense", "Lithuania", "planned", 3000),
                   ("United States Department of Defense", "Latvia", "planned", 3000)}
