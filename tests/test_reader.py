"""The shipped reader (qa/weights/), read through the real model on the seed article."""

from __future__ import annotations

import numpy as np
import pytest

from qa import Library
from qa.reader import (
    PAIRS,
    WEIGHTS,
    Heads,
    Reader,
    SentenceReading,
    Window,
    WindowReading,
    encode,
    encode_pairs,
    judge,
    merge_readings,
    pair_tokenizer,
    tokenizer,
    whole_words,
)

from .helpers import SEED_QUESTIONS, UNANSWERABLE

# The ONNX file runs the five frozen layers with int8 weights (as training did: their output
# was cached from the same int8 graph) and the trained last layer in float. The all-float
# torch model it was exported from gives answer scores within this much of it (scores span
# about -20..5; on the seed windows the largest gap measured 0.65) and picks the same best
# sentence.
SCORE_TOLERANCE = 0.8


@pytest.fixture(scope="module")
def reader() -> Reader:
    r = Reader()
    assert r.available, f"the shipped reader is missing from {WEIGHTS}; run 'make reader'"
    return r


def seed_windows(library: Library, question: str) -> list[Window]:
    from qa.reader import windows_for

    ranked = [s for s in library._retriever.sentences(question) if not s.is_headline][:6]
    return windows_for([(s.chunk, s.index) for s in ranked])


def torch_scores(question: str, windows: list[Window]) -> list[float]:
    """The reader's scores from the float torch model: the bundled encoder with the trained
    last layer that reader.npz carries."""
    import torch
    from transformers import AutoModel

    from index.embeddings import model_path

    encoder = AutoModel.from_pretrained(str(model_path()), add_pooling_layer=False,
                                        local_files_only=True).eval()
    last = len(encoder.encoder.layer) - 1
    with np.load(WEIGHTS / "reader.npz") as f:
        state = {k.removeprefix("layer."): torch.from_numpy(f[k]) for k in f.files
                 if k.startswith("layer.")}
    encoder.encoder.layer[last].load_state_dict(state)
    enc = encode(tokenizer(model_path() / "tokenizer.json"), question, windows)
    with torch.inference_mode():
        hidden = encoder(input_ids=torch.from_numpy(enc.ids),
                         attention_mask=torch.from_numpy(enc.mask),
                         token_type_ids=torch.zeros_like(torch.from_numpy(enc.ids)))
    from qa.reader import Heads

    heads = Heads.load(WEIGHTS / "reader.npz")
    return [s.score for w in judge(heads, windows, enc, hidden.last_hidden_state.numpy())
            for s in w.sentences]


def test_onnx_reader_agrees_with_the_torch_model_it_was_exported_from(seed_store, embedder,
                                                                       reader):
    library = Library(seed_store, embedder=embedder)
    for question, _ in SEED_QUESTIONS[:2]:
        windows = seed_windows(library, question)
        enc, hidden = reader.hidden(question, windows)  # the first reader alone
        onnx = [s.score for w in judge(Heads.load(WEIGHTS / "reader.npz"), windows, enc, hidden)
                for s in w.sentences]
        float_scores = torch_scores(question, windows)
        assert len(onnx) == len(float_scores) > 1
        assert np.max(np.abs(np.array(onnx) - np.array(float_scores))) <= SCORE_TOLERANCE
        assert int(np.argmax(onnx)) == int(np.argmax(float_scores))


# The pair reader's ONNX file has int8 weights in every layer; the float torch model it was
# exported from scored the seed windows of check.json (written at export: the float weights
# are not shipped). Scores span about -15..10.
PAIR_TOLERANCE = 1.0


def test_the_pair_reader_agrees_with_the_torch_model_it_was_exported_from():
    import json

    folder = WEIGHTS / PAIRS
    check = json.loads((folder / "check.json").read_text())
    windows = [Window(a, t, text, tuple(map(tuple, spans)), offset)
               for a, t, text, spans, offset in check["windows"]]
    reader = Reader(folder)
    assert reader.pairs
    for case in check["checks"]:
        onnx = [s.score for w in reader.read(case["question"], windows) for s in w.sentences]
        assert len(onnx) == len(case["scores"]) > 3
        assert np.max(np.abs(np.array(onnx) - np.array(case["scores"]))) <= PAIR_TOLERANCE
        assert int(np.argmax(onnx)) == int(np.argmax(case["scores"]))


def probe_model(k: int = 384) -> bytes:
    """y = a @ b for a row ``a`` of ``k`` unsigned bytes and ``b`` of ``k`` x ``k`` signed
    bytes, all 127: qa.reader.PROBE."""
    from onnx import TensorProto, helper, numpy_helper

    graph = helper.make_graph(
        [helper.make_node("ConstantOfShape", ["shape"], ["b"],
                          value=helper.make_tensor("v", TensorProto.INT8, [1], [127])),
         helper.make_node("MatMulInteger", ["a", "b"], ["y"])], "probe",
        [helper.make_tensor_value_info("a", TensorProto.UINT8, [1, k])],
        [helper.make_tensor_value_info("y", TensorProto.INT32, [1, k])],
        [numpy_helper.from_array(np.array([k, k], np.int64), "shape")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model.SerializeToString()


def _precise(session) -> bool:
    try:
        entry = session.get_session_options().get_session_config_entry(
            "session.x64quantprecision")
    except RuntimeError:  # not set
        return False
    return entry == "1"


def test_both_readers_multiply_exactly_so_that_every_cpu_gives_the_same_answer(reader,
                                                                               monkeypatch):
    # x86 CPUs without VNNI clip onnxruntime's fast int8 sums to 16 bits unless told not
    # to; CPUs with VNNI add exactly. A seed_dev answer was right on one and wrong on the
    # other (stop 38). The readers ask for exact products where the fast one clips.
    import onnxruntime
    from onnx import TensorProto, helper, numpy_helper

    from qa import reader as reader_module
    from qa.reader import PROBE, fast_product_is_exact, session_options

    assert PROBE == probe_model()
    reader.load()
    for r in (reader, reader.second):
        assert _precise(r._session) is not fast_product_is_exact()
    rng = np.random.default_rng(0)
    a = rng.integers(0, 256, (8, 384), dtype=np.uint8)
    b = rng.integers(-128, 128, (384, 384), dtype=np.int8)
    a[:, ::2], b[::2] = 255, 127  # pairs of products far past 16 bits

    graph = helper.make_graph(
        [helper.make_node("MatMulInteger", ["a", "b"], ["y"])], "product",
        [helper.make_tensor_value_info("a", TensorProto.UINT8, list(a.shape))],
        [helper.make_tensor_value_info("y", TensorProto.INT32, [8, 384])],
        [numpy_helper.from_array(b, "b")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    exact = a.astype(np.int64) @ b.astype(np.int64)
    for clips in (False, True):  # this CPU's verdict, then as if its fast product clipped
        if clips:
            monkeypatch.setattr(reader_module, "fast_product_is_exact", lambda: False)
        session = onnxruntime.InferenceSession(model.SerializeToString(), session_options(1),
                                               providers=["CPUExecutionProvider"])
        assert _precise(session) is (clips or not fast_product_is_exact())
        assert np.array_equal(session.run(None, {"a": a})[0], exact)


def test_the_shipped_reader_reads_with_the_pair_reader_beside_it(seed_store, embedder, reader):
    second = reader.second
    assert second is not None and second.pairs
    question = "Who is the police spokesman?"
    windows = seed_windows(Library(seed_store, embedder=embedder), question)
    enc, hidden = reader.hidden(question, windows)
    first = judge(Heads.load(WEIGHTS / "reader.npz"), windows, enc, hidden)
    pairs = second.read(question, windows)
    weight = reader.config["pair_weight"]
    read = reader.read(question, windows)
    for got, a, b in zip(read, first, pairs, strict=True):
        for s, x, y in zip(got.sentences, a.sentences, b.sentences, strict=True):
            assert s.score == pytest.approx(x.score + weight * y.score)
            assert s.span == y.span


def test_questions_asked_from_several_threads_at_once_are_read_as_one_at_a_time(seed_library):
    # The pair reader runs in a thread beside the first; a chat, a server or a script may
    # ask from threads of its own, and no reading may take another question's windows.
    from concurrent.futures import ThreadPoolExecutor

    questions = [q for q, _ in SEED_QUESTIONS] * 3
    alone = {q: seed_library.ask(q) for q in dict.fromkeys(questions)}
    with ThreadPoolExecutor(6) as pool:
        together = list(pool.map(seed_library.ask, questions))
    for q, got in zip(questions, together, strict=True):
        assert [c.quote for c in got.citations] == [c.quote for c in alone[q].citations], q
        assert got.short == alone[q].short, q


def test_a_question_and_its_window_are_read_together_with_each_piece_placed():
    from index.embeddings import model_path

    passage = "Chhay Kim Khoeun told The Post. The club closed."
    w = Window("a", "Drugs", passage, ((0, 31), (32, len(passage))), 100)
    enc = encode_pairs(pair_tokenizer(model_path() / "tokenizer.json"),
                       "Who is the spokesman? " * 20, [w, w])
    ids, types, spans = enc.ids[0], enc.types[0], enc.spans[0]
    assert ids[0] == 101 and enc.mask[0].sum() == len(ids)
    first_window_piece = int(np.argmax(types))
    assert ids[first_window_piece - 1] == 102  # the question ends, cut to its limit
    assert first_window_piece - 2 == 40
    placed = [passage[a:b] for a, b in spans if b > a]
    assert "".join(placed) == passage.replace(" ", "")  # every piece of the passage, placed
    assert all(types[t] == 1 for t, (a, b) in enumerate(spans) if b > a)


def test_two_readings_merge_into_one_score_and_the_second_span():
    w = Window("a", "T", "Ann Lee won. It rained.", ((0, 12), (13, 23)), 0)
    first = [WindowReading(w, (SentenceReading(w, 0, 2.0, (0, 3)),
                               SentenceReading(w, 1, -1e4, (13, 13))))]
    second = [WindowReading(w, (SentenceReading(w, 0, 4.0, (0, 7)),
                                SentenceReading(w, 1, 1.0, (13, 15))))]
    merged = merge_readings(first, second, 0.5)[0].sentences
    assert merged[0].score == 4.0 and merged[0].answer == "Ann Lee"
    assert merged[1].score == -1e4  # not read by the first: left as it was


def test_the_police_spokesman_is_named_in_a_short_answer(seed_library):
    answer = seed_library.ask("Who is the police spokesman?")
    assert answer.short is not None
    assert answer.short.text == "Chhay Kim Khoeun"
    assert answer.text.startswith("Chhay Kim Khoeun [1]")


def test_a_question_the_seed_article_does_not_answer_is_refused(seed_library):
    answer = seed_library.ask("When will the Rock Entertainment Centre reopen?")
    assert answer.abstained and not answer.citations and answer.short is None


@pytest.mark.parametrize("question", [q for q, _ in SEED_QUESTIONS] + [
    "Who is the police spokesman?", "How many people were detained with Kith Theang?",
    "What did Sar Kheng say about police officers?", "How much of the drug was seized?"])
def test_a_short_answer_is_a_verbatim_span_inside_its_citation(seed_library, question):
    answer = seed_library.ask(question)
    short = answer.short
    if short is None:
        return
    cited = answer.citations[short.n - 1]
    text = seed_library.article_text(cited.article_id)
    assert text[short.start : short.end] == short.text
    assert cited.start <= short.start < short.end <= cited.end
    assert short.text in cited.quote


def widened(text: str, piece: str) -> str:
    """``piece`` of ``text`` as the short answer widens it."""
    at = text.index(piece)
    a, b = whole_words(text, at, at + len(piece), (0, len(text)))
    return text[a:b]


def test_short_answers_are_whole_words_and_whole_names():
    text = "National Police spokesman Chhay Kim Khoeun told The Post it made $1.13bn."
    def widen(piece: str) -> str:
        return widened(text, piece)

    assert widen("Kim Khoeun") == "Chhay Kim Khoeun"
    assert widen("hay Kim") == "Chhay Kim Khoeun"
    assert widen("1.13") == "$1.13bn"
    assert widen("Post") == "The Post"
    assert widen("told") == "told"


@pytest.mark.parametrize(("text", "piece", "whole"), [
    # A sentence's first word is capitalised whatever it is: a name runs into it only when it
    # is no common word (none of the encoder's vocabulary) and the passage never writes it in
    # lower case (a trial of stop 36 saw "Penh Municipal Court" for "Which court charged Kith
    # Theang?").
    ("Phnom Penh Municipal Court charged Theang.", "Penh Municipal Court",
     "Phnom Penh Municipal Court"),
    ("Chhay Kim Khoeun told The Post.", "Kim Khoeun", "Chhay Kim Khoeun"),
    ("National Police spokesman Chhay Kim Khoeun said so.", "Police", "Police"),
    ("Former Fiat boss Giuseppe Morchio left.", "Fiat", "Fiat"),
    ("Finalist Phillip Phillips won.", "Phillip Phillips", "Phillip Phillips"),
    ("Siem Reap clubs were raided; siem is a word here.", "Reap", "Reap"),
    ("Mr Lebedev headed the Menatep group.", "Lebedev", "Lebedev"),
    ("The Post said so.", "Post", "Post"),
])
def test_a_name_runs_into_the_first_word_of_its_sentence_only_when_it_is_one(text, piece,
                                                                             whole):
    assert widened(text, piece) == whole


def test_a_short_answer_keeps_its_brackets_closed_and_its_figures_whole():
    # A new user saw "$11bn (£8.5bn", "£7.00 per" and "nine" (for "nine days").
    deal = "The deal is worth $11bn (£8.5bn) in cash and shares."
    assert widened(deal, "11bn (£8.5") == "$11bn (£8.5bn)"
    assert widened(deal, "£8.5bn") == "$11bn"  # a conversion: the sum the sentence gives
    assert widened("Calls cost £7.00 per minute, it said.", "7.00") == "£7.00 per minute"
    assert widened("Sales rose 5 per cent.", "5") == "5 per cent"
    assert widened("The strike lasted nine days in May.", "nine") == "nine days"
    # a name does not run into the year after it, nor a year into the name before it
    film = "She starred in Dreamgirls (2006) and Cadillac Records."
    assert widened(film, "Dreamgirls") == "Dreamgirls"
    assert widened(film, "2006") == "2006"
    assert widened("It was run by the World Trade Organisation (WTO) then.", "WTO") == "WTO"
    assert widened("Of 9,150 pupils, 3,577 (39.1%) passed.", "39.1%") == "39.1%"


def test_a_fraction_is_read_with_its_measure():
    text = "More than half a tonne was seized, and half the haul was burnt."
    assert widened(text, "half") == "half a tonne"
    assert widened(text, "half the") == "half the"


def test_questions_the_seed_does_not_answer_get_no_short_answer(seed_library):
    for question in UNANSWERABLE:
        assert seed_library.ask(question).short is None


def test_a_person_the_seed_does_not_name_by_that_role_is_not_the_short_answer(seed_library):
    # The seed names no police officer; the reader marks its owner, "Kith Theang", whom the
    # article calls its owner (a new user's trial saw him shown in bold).
    answer = seed_library.ask("What is the name of the police officer who distributed the "
                              "drugs?")
    assert answer.short is None or answer.short.text != "Kith Theang"
    # nor an executive director of an NGO for the prison director (a new user's trial)
    answer = seed_library.ask("What is the name of the prison director?")
    assert answer.short is None or answer.short.text != "San Chey"
    assert seed_library.ask("Who owns the Rock Entertainment Centre?").short.text == (
        "Kith Theang")


def test_words_around_a_question_change_neither_the_answer_nor_the_question(seed_library):
    # "Who is the interior minister quoted in the story?" was refused: "quoted" and "story"
    # pulled retrieval's evidence under the line in a one-article library.
    asked = "Who is the interior minister quoted in the story?"
    answer = seed_library.ask(asked)
    assert answer.question == asked
    assert answer.short is not None and answer.short.text == "Sar Kheng"
    plain = seed_library.ask("What was the owner charged with?")
    worded = seed_library.ask("According to the article, what was the owner charged with?")
    assert worded.citations == plain.citations and not worded.abstained
    # a request around the question: 5-7 of 24 seed questions were refused or missed so
    requested = seed_library.ask("Can you tell me who the police spokesman is?")
    assert requested.short is not None and requested.short.text == "Chhay Kim Khoeun"


def test_a_yes_or_no_question_is_answered_by_its_sentence_not_a_name(seed_library):
    # "Was the owner arrested?" showed "Kith Theang" in bold, as if that were the answer.
    answer = seed_library.ask("Was the owner arrested?")
    assert answer.short is None and not answer.abstained
    assert "arrest of its owner" in answer.citations[0].quote


def test_what_happened_is_answered_by_the_lead_that_says_it(seed_library):
    # (seed_dev: the choice of the first citation, which weighs a lead down, cited the Siem
    # Reap quote first)
    answer = seed_library.ask("What happened to the Rock Entertainment Centre after the raid?")
    assert "its closure" in answer.citations[0].quote


def test_who_is_a_named_person_is_answered_by_the_sentence(seed_library):
    # "Who is Sar Kheng?" showed "Kith Theang" in bold (a new user's trial).
    answer = seed_library.ask("Who is Sar Kheng?")
    assert answer.short is None and not answer.abstained
    assert "Minister of Interior Sar Kheng" in answer.citations[0].quote


@pytest.mark.parametrize(("text", "piece", "name"), [
    ("Italy picked David dal Maso at flanker.", "Maso", "David dal Maso"),
    ("The striker Ruud van Nistelrooy scored.", "Nistelrooy", "Ruud van Nistelrooy"),
    ("He sold it to de Beers.", "Beers", "Beers"),  # no capitalised word before the particle
])
def test_a_name_runs_over_a_particle_between_its_capitalised_words(text, piece, name):
    # A new user's trial (stop 34): "Who will take Mauro Bergamasco's place at flanker?"
    # showed "Maso" for "David dal Maso".
    assert widened(text, piece) == name


@pytest.mark.parametrize(("text", "piece", "name"), [
    ("During his speech at GDC Mr Allard, who heads the tools, spoke.", "Allard", "Mr Allard"),
    ("He met Prime Minister Tony Blair there.", "Blair", "Prime Minister Tony Blair"),
    ("The announcement from Mr Leslie - who was elected in 1997 - came.", "Mr Leslie -",
     "Mr Leslie"),
])
def test_a_name_is_not_read_back_past_its_title_nor_on_to_a_dash(text, piece, name):
    # A new user's trial (stop 35) showed "GDC Mr Allard" and "Mr Leslie -" in bold.
    assert widened(text, piece) == name


@pytest.mark.parametrize(("text", "piece", "sum_given"), [
    ("Sun Grid costs users $1 (53p) for an hour of processing.", "53p", "$1"),
    ("Gamers queued for the PSP, which costs $250 (about £132).", "£132", "$250"),
    ("Calls cost 53p a minute.", "53p", "53p"),  # no conversion
])
def test_a_sum_converted_in_brackets_is_read_as_the_sum_given(text, piece, sum_given):
    # A new user's trial (stop 35) showed "53p" for "$1 (53p)" and "£132" for "$250 (about
    # £132)": the conversion, not the price the article gives.
    assert widened(text, piece) == sum_given
