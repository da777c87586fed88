"""A Discord reply to the bot's answer about another film of the library moves the member's conversation to that
film (as a question naming it would) and continues from that answer's subject, even after a restart."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_library import retitled

from .films import library_folder, start_library_bot


@pytest.fixture
def settings(settings):
    # Conversations are many messages in a row: the free-text cooldown is not what these tests are about.
    return replace(settings, cooldown_rate=100)


@pytest.fixture
async def bot(simcord_env, settings, tmp_path):
    return await start_library_bot(simcord_env, settings, library_folder(tmp_path / "films"))


def footer(message) -> str:
    assert message.author.bot and message.embeds, message.content
    return message.embeds[0].footer.text


async def ask(member, channel, mention: str, question: str, reply_to=None):
    await member.send(channel, f"{mention} {question}", reply_to=reply_to)
    return channel.last_message


async def test_a_reply_to_an_answer_about_another_film_moves_the_conversation_there(bot, channel, alice, bot_mention):
    empty_house = await ask(alice, channel, bot_mention, "in The Silent Overture, what happens in the empty house?")
    assert footer(empty_house) == "Scene 1 of 8 · The Silent Overture"
    audition = await ask(alice, channel, bot_mention, "in The Red Shoes, what happens at the audition?")
    assert footer(audition) == "Scene 1 of 9 · The Red Shoes"
    follow_up = await ask(alice, channel, bot_mention, "what happens next?", reply_to=empty_house)
    assert footer(follow_up) == "Scene 2 of 8 · The Silent Overture"
    # The conversation is on that film now: the next question without a reply stays there.
    assert footer(await ask(alice, channel, bot_mention, "and after that?")) == "Scene 3 of 8 · The Silent Overture"


async def test_a_reply_after_a_restart_still_moves_to_the_answers_film(
    simcord_env, settings, tmp_path, bot, channel, alice, bot_mention
):
    shown = await alice.slash(channel, "scene", name="The Sight-Reading", film="overture")
    assert shown.response.embeds[0].footer.text == "Scene 3 of 8 · The Silent Overture"
    bot = await start_library_bot(simcord_env, settings, tmp_path / "films")
    assert len(bot.conversations) == 0
    # A reply to a command's answer does not ping the bot (as on Discord): it names it.
    follow_up = await ask(alice, channel, bot_mention, "what happens next?", reply_to=shown.response.message)
    assert footer(follow_up) == "Scene 4 of 8 · The Silent Overture"


async def test_an_answer_without_buttons_gives_its_film_by_its_embed(bot, channel, alice, bot_mention):
    track = await alice.slash(channel, "soundtrack", track="The Lost Voice", film="overture")
    assert not track.response.message.components  # nothing but the embed tells its film
    await alice.slash(channel, "scene", name="The Audition")  # the conversation is back on The Red Shoes
    follow_up = await ask(alice, channel, bot_mention, "what comes next?", reply_to=track.response.message)
    assert follow_up.embeds[0].title == "Nora's Aria"
    assert footer(follow_up).startswith("Track 3 of 4 · The Silent Overture soundtrack")


async def test_a_reply_to_a_character_of_another_film(bot, channel, alice, bot_mention):
    nora = await alice.slash(channel, "character", name="Nora Vance", film="overture")
    await alice.slash(channel, "scene", name="The Audition")
    follow_up = await ask(alice, channel, bot_mention, "which scenes is she in?", reply_to=nora.response.message)
    assert follow_up.embeds[0].title == "The Silent Overture: memorable scenes"


async def test_a_retitled_film_is_still_found_by_its_buttons(
    simcord_env, settings, tmp_path, bot, channel, alice, bot_mention
):
    shown = await alice.slash(channel, "scene", name="The Empty House", film="overture")
    (tmp_path / "films" / "overture.yaml").write_text(retitled("overture", "The Loud Overture"), encoding="utf-8")
    await start_library_bot(simcord_env, settings, tmp_path / "films")
    follow_up = await ask(alice, channel, bot_mention, "what happens next?", reply_to=shown.response.message)
    assert footer(follow_up) == "Scene 2 of 8 · The Loud Overture"


async def test_a_reply_naming_another_film_goes_to_the_named_film(bot, channel, alice, bot_mention):
    shown = await alice.slash(channel, "scene", name="The Empty House", film="overture")
    follow_up = await ask(
        alice,
        channel,
        bot_mention,
        "in The Cormorant Ledger, what happens in the lighthouse vault?",
        shown.response.message,
    )
    assert footer(follow_up).endswith("· The Cormorant Ledger")


async def test_a_reply_to_an_answer_of_a_film_gone_from_the_library_stays_on_the_servers_film(
    simcord_env, settings, tmp_path, bot, channel, alice, bot_mention
):
    shown = await alice.slash(channel, "scene", name="The Empty House", film="overture")
    (tmp_path / "films" / "overture.yaml").unlink()
    await start_library_bot(simcord_env, settings, tmp_path / "films")
    follow_up = await ask(alice, channel, bot_mention, "what happens at the audition?", reply_to=shown.response.message)
    assert footer(follow_up) == "Scene 1 of 9 · The Red Shoes"
