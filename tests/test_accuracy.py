"""Answer quality on question sets: the development set (a copy of the shared one) and our own paraphrases."""

from __future__ import annotations

import pytest

from tests.conftest import load_questions


def score(engine, name: str) -> tuple[float, list[str], dict[str, float]]:
    questions = load_questions(name)
    misses, declined_answerable, declined_off_topic = [], 0, 0
    for q in questions:
        answer = engine.answer(q["q"])
        if (answer.kind, answer.title) != (q["kind"], q["title"]):
            misses.append(f"{q['q']!r}: expected {q['kind']}/{q['title'] or '-'}, got {answer.kind}/"
                          f"{answer.title or '-'} ({answer.score:.2f})")
        if q["kind"] == "none":
            declined_off_topic += answer.kind == "none"
        else:
            declined_answerable += answer.kind == "none"
    off_topic = sum(q["kind"] == "none" for q in questions)
    rates = {"declined_off_topic": declined_off_topic / off_topic,
             "declined_answerable": declined_answerable / (len(questions) - off_topic)}
    return 1 - len(misses) / len(questions), misses, rates


@pytest.mark.parametrize("name, floor", [("questions.jsonl", 0.95), ("paraphrases.jsonl", 0.90)])
def test_top1_accuracy(engine, name, floor):
    accuracy, misses, _ = score(engine, name)
    assert accuracy >= floor, f"top-1 {accuracy:.3f} < {floor} on {name}; misses:\n" + "\n".join(misses)


@pytest.mark.parametrize("name", ["questions.jsonl", "paraphrases.jsonl"])
def test_declines_off_topic_and_answers_the_rest(engine, name):
    _, misses, rates = score(engine, name)
    assert rates["declined_off_topic"] >= 0.95, misses
    assert rates["declined_answerable"] <= 0.03, misses


def test_the_development_set_is_the_shared_one():
    questions = load_questions("questions.jsonl")
    assert len(questions) == 120
    assert {q["kind"] for q in questions} == {"scene", "track", "soundtrack", "film", "character", "none"}
