"""The conversation classes of issue 14 through the real bot, by mention and by /ask: a side question keeps the
thread (1), a person by relation (3), a two-part question answered in part (8), the scenes that name someone (9);
and a reply to an older answer merges its subject into the thread instead of starting over."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.utils.embeds import subject_of


@pytest.fixture
def settings(settings):
    return replace(settings, cooldown_rate=100)  # many messages in a row: the cooldown is not under test


async def by_mention(member, channel, mention, question):
    await member.send(channel, f"{mention} {question}")
    return channel.last_message


async def by_slash(member, channel, _mention, question):
    return (await member.slash(channel, "ask", question=question)).response.message


ASKERS = [pytest.param(by_mention, id="mention"), pytest.param(by_slash, id="slash-ask")]


def subject(message):
    return subject_of(message.embeds[0]) if message.embeds else None


@pytest.mark.parametrize("ask", ASKERS)
async def test_a_side_question_keeps_the_thread(ask, channel, alice, bot_mention):
    await ask(alice, channel, bot_mention, "tell me about the audition")
    side = await ask(alice, channel, bot_mention, "who played vicky in the film?")
    assert not side.embeds and "doesn't include the cast" in side.content
    after = await ask(alice, channel, bot_mention, "ok so what comes after that one?")
    assert subject(after) == ("scene", "The First Rehearsal")


@pytest.mark.parametrize("ask", ASKERS)
async def test_a_person_by_relation(ask, channel, alice, bot_mention):
    await ask(alice, channel, bot_mention, "who is vicky page")
    assert subject(await ask(alice, channel, bot_mention, "what about her instructor?")) == (
        "character",
        "Boris Lermontov",
    )
    named = await ask(alice, channel, bot_mention, "who is boris? is he her boyfriend?")
    assert subject(named) == ("character", "Boris Lermontov")  # the name spelled out beats a keyword


@pytest.mark.parametrize("ask", ASKERS)
async def test_a_two_part_question_answers_the_part_it_can(ask, channel, alice, bot_mention):
    reply = await ask(alice, channel, bot_mention, "what year is it from, and what happens in the audition?")
    assert subject(reply) == ("scene", "The Audition")
    assert "Not in my pack: the release year." in reply.content


@pytest.mark.parametrize("ask", ASKERS)
async def test_the_scenes_that_name_someone(ask, channel, alice, bot_mention):
    reply = await ask(alice, channel, bot_mention, "which scenes is boris in?")
    description = reply.embeds[0].description
    for title in ("The Dancer's Choice", "The Confrontation", "The Tragic Fall"):
        assert title in description
    assert "The Audition" not in description and "The Isolation" not in description
    assert reply.embeds[0].footer.text.startswith("3 of 9 scenes")
    second = await ask(alice, channel, bot_mention, "the second one")
    assert subject(second) == ("scene", "The Confrontation")  # a position in the list just shown
    nobody = await ask(alice, channel, bot_mention, "which scenes is julian in?")
    assert "No scene in my pack names Julian Craster." in nobody.embeds[0].description


async def test_a_reply_merges_its_subject_into_the_thread(channel, alice, bot_mention):
    audition = await by_mention(alice, channel, bot_mention, "what happens in the audition?")
    await by_mention(alice, channel, bot_mention, "who is boris")
    await alice.send(channel, f"{bot_mention} what happens next?", reply_to=audition)
    assert subject(channel.last_message) == ("scene", "The First Rehearsal")
    her = await by_mention(alice, channel, bot_mention, "who is his student?")  # Boris is still in play
    assert subject(her) == ("character", "Vicky Page")
