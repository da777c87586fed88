"""Free text: /ask, mentions in a server, DMs; never a ping, never a loop, polite under load."""

from __future__ import annotations

import pytest

from bot.config import Settings


async def test_mention_gets_the_scene_as_an_embed(channel, alice, bot_mention, pack):
    await alice.send(channel, f"{bot_mention} what happens in the audition?")
    reply = channel.last_message
    assert reply.author.bot and reply.embeds[0].title == "The Audition"
    assert reply.reference is not None


async def test_a_message_without_a_mention_is_ignored(channel, alice):
    await alice.send(channel, "what happens in the audition?")
    assert channel.last_message.author.id == alice.id


async def test_dm_gets_an_answer_without_spoiler_markup(simcord_env, pack):
    user = simcord_env.create_user("dora")
    await user.send_dm("when she collapses on stage")
    reply = user.dm_channel.last_message
    assert reply.embeds[0].title == "The Tragic Fall"
    assert reply.embeds[0].description == pack.scenes[6].summary


async def test_free_text_spoilers_are_hidden_in_servers(channel, alice, bot_mention):
    await alice.send(channel, f"{bot_mention} the very last scene")
    assert channel.last_message.embeds[0].description.startswith("||")


async def test_decline_is_short_helpful_text(channel, alice, bot_mention):
    await alice.send(channel, f"{bot_mention} who directed the red shoes?")
    reply = channel.last_message
    assert not reply.embeds and "doesn't include the director" in reply.content


async def test_ask_gives_the_same_answer_as_a_mention(channel, alice, bot_mention):
    result = await alice.slash(channel, "ask", question="who composed the soundtrack")
    await alice.send(channel, f"{bot_mention} who composed the soundtrack")
    assert result.response.embeds[0].to_dict() == channel.last_message.embeds[0].to_dict()


async def test_ask_decline_is_ephemeral(channel, alice):
    result = await alice.slash(channel, "ask", question="what's the weather in london")
    assert result.ephemeral and "memorable scenes" in result.response.content


async def test_close_answers_offer_alternative_buttons(channel, alice):
    result = await alice.slash(channel, "ask", question="the shoes control her movements")  # a close call, no tie
    labels = [b["label"] for row in result.response.components for b in row["components"]]
    assert result.response.content.startswith("Also close: ")
    alternatives = [label for label in labels if label not in ("◀ Previous", "Next ▶")]
    assert 1 <= len(alternatives) <= 3
    opened = await alice.click(result.response.message, label=alternatives[0])
    assert opened.response.embeds[0].title == alternatives[0]


async def test_bots_are_ignored_even_when_they_mention(simcord_env, guild, channel, bot_mention):
    other = guild.add_member(simcord_env.create_user("otherbot", bot=True))
    await other.send(channel, f"{bot_mention} what happens in the audition?")
    assert channel.last_message.author.id == other.id


@pytest.mark.parametrize("noise", ["@everyone", "@here", "<@&{role}>", "<@{user}>"])
async def test_mentions_inside_questions_never_ping(simcord_env, guild, channel, alice, bot_mention, noise):
    role = guild.create_role("Fans")
    bob = guild.add_member(simcord_env.create_user("bob"))
    text = noise.format(role=role.id, user=bob.id)
    await alice.send(channel, f"{bot_mention} {text} zzqx {text}")
    reply = channel.last_message
    assert reply.author.bot
    assert not reply.mention_everyone and reply.mentions == [] and reply.role_mentions == []
    await alice.send(channel, f"{bot_mention} {text} the audition")
    assert channel.last_message.embeds[0].title == "The Audition"


async def test_near_2000_character_mention_gets_a_normal_reply(channel, alice, bot_mention):
    question = f"{bot_mention} the audition " + "la " * 650
    assert 1900 < len(question) <= 2000
    await alice.send(channel, question)
    assert channel.last_message.author.bot


async def test_6000_character_ask_gets_a_normal_reply(channel, alice):
    result = await alice.slash(channel, "ask", question=("premiere night " * 400)[:6000])
    assert result.response.embeds[0].title == "The Premiere Night"


@pytest.mark.parametrize("question", ["the\u200b audi\u200btion", "\u202ethe audition\u202c", "\u200f\u200e"])
async def test_zero_width_and_right_to_left_characters(channel, alice, bot_mention, question):
    await alice.send(channel, f"{bot_mention} {question}")
    reply = channel.last_message
    assert reply.author.bot
    assert reply.embeds or "memorable scenes" in reply.content


@pytest.fixture
def settings(tmp_path):
    return Settings(
        command_state_path=tmp_path / "commands.json",
        cooldown_rate=2,
        cooldown_seconds=30.0,
        answer_channel_ids=frozenset(),
    )


async def test_cooldown_warns_once_then_stays_quiet_until_it_passes(simcord_env, channel, alice, bot_mention):
    for _ in range(2):
        await alice.send(channel, f"{bot_mention} audition")
        assert channel.last_message.embeds
    await alice.send(channel, f"{bot_mention} audition")
    assert "I'll answer again in 30 s" in channel.last_message.content
    notice = channel.last_message.id
    await alice.send(channel, f"{bot_mention} audition")
    assert channel.last_message.author.id == alice.id and channel.last_message.id > notice
    result = await alice.slash(channel, "scene", name="The Audition")  # slash commands stay responsive
    assert result.response.embeds
    await simcord_env.advance_time(31)
    await alice.send(channel, f"{bot_mention} audition")
    assert channel.last_message.embeds[0].title == "The Audition"


async def test_cooldown_is_per_user(simcord_env, guild, channel, alice, bot_mention):
    for _ in range(3):
        await alice.send(channel, f"{bot_mention} audition")
    bob = guild.add_member(simcord_env.create_user("bob"))
    await bob.send(channel, f"{bot_mention} audition")
    assert channel.last_message.embeds[0].title == "The Audition"


async def test_each_answer_is_logged_without_the_users_words(channel, alice, bot_mention, caplog):
    import logging

    with caplog.at_level(logging.INFO, logger="bot"):
        await alice.send(channel, f"{bot_mention} my secret question about the audition")
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.client"]
    assert any("answer via mention: kind=scene title='The Audition' score=" in line and " ms" in line for line in lines)
    assert "secret" not in caplog.text
