"""Stage 2: German analysis with the embedded pipeline (no model download)."""


def test_sentences_tags_and_separable_verbs(doc_of):
    doc = doc_of("Der Minister kündigte gestern neue Gespräche an. Danach reiste er ab.")
    sents = list(doc.sents)
    assert len(sents) == 2
    kuendigte = next(t for t in doc if t.text == "kündigte")
    assert kuendigte.tag_ == "VVFIN" and kuendigte.lemma_ == "ankündigen"
    reiste = next(t for t in doc if t.text == "reiste")
    assert reiste.lemma_ == "abreisen"
    assert next(t for t in doc if t.text == "Gespräche").lemma_ == "Gespräch"


def test_paragraphs_end_sentences(doc_of):
    doc = doc_of("Eine Überschrift ohne Punkt\n\nDer Text beginnt hier.")
    assert [s.text.strip() for s in doc.sents] == ["Eine Überschrift ohne Punkt", "Der Text beginnt hier."]


def test_entities_are_canonical_across_languages(doc_of):
    doc = doc_of("Rumänien und Russlands Präsident Wladimir Putin trafen sich im Pentagon. "
                 "Ein französischer Diplomat schwieg.")
    keys = {s.text: s._.kg_key for s in doc.spans["kg_mentions"] if s._.kg_key}
    g = __import__("kgraph.resources", fromlist=["gazetteer"]).gazetteer()
    label = {t: g.entries[k].label for t, k in keys.items() if k in g.entries}
    assert label["Rumänien"] == "Romania"
    assert label["Wladimir Putin"] == "Vladimir Putin"
    assert label["Pentagon"] == "United States Department of Defense"
    assert label["Russlands"] == "Russia"
    assert label["französischer"] == "France"


def test_english_pipeline_has_a_parser(doc_of):
    doc = doc_of("Russian President Vladimir Putin has accused Kyiv of delays.", lang="en")
    assert doc.has_annotation("DEP")
    keys = {s.text: s._.kg_key for s in doc.spans["kg_mentions"] if s._.kg_key}
    assert keys.get("Kyiv") == "kyiv"
