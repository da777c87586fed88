"""Conversations through the real bot: one per (channel, member) across mentions, DMs and /ask, continued from a
reply even after a restart, moved by buttons, forgotten after the idle time."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot import create_bot
from bot.core import Engine, load_pack
from bot.utils.embeds import scenes_embed, subject_of
from tests.conftest import DATA

SHARED_TITLE = "The Lost Voice"  # the made-up pack's second scene and second track


@pytest.fixture(scope="module")
def other_film():
    """The made-up film written for the tests: nothing of the shipped pack, and a scene and a track share a title."""
    return Engine(load_pack(DATA / "packs" / "overture.yaml"))


@pytest.fixture
def settings(settings):
    # Conversations are many messages in a row: the free-text cooldown is not what these tests are about.
    return replace(settings, cooldown_rate=100)


def subject(message):
    """(kind, title) of the bot's answer, or None for a text reply."""
    assert message.author.bot
    return subject_of(message.embeds[0]) if message.embeds else None


def buttons(message) -> list[tuple[str, str]]:
    """(label, custom id) of each button on a message the bot sent."""
    return [(child.label, child.custom_id) for row in message.components for child in row.children]


async def ask(member, channel, mention: str, question: str):
    await member.send(channel, f"{mention} {question}")
    reply = channel.last_message
    assert reply.author.bot
    return reply


# ---------------------------------------------------------------------------------------- follow-ups everywhere


async def test_a_follow_up_by_mention(channel, alice, bot_mention):
    await ask(alice, channel, bot_mention, "what happens in the audition?")
    assert subject(await ask(alice, channel, bot_mention, "what happens next?")) == ("scene", "The First Rehearsal")
    assert subject(await ask(alice, channel, bot_mention, "and before that?")) == ("scene", "The Audition")


async def test_a_follow_up_by_dm(simcord_env):
    dora = simcord_env.create_user("dora")
    await dora.send_dm("what happens in the audition?")
    await dora.send_dm("what happens next?")
    assert subject(dora.dm_channel.last_message) == ("scene", "The First Rehearsal")
    result = await dora.slash("ask", question="and after that?")  # /ask in the DM continues the same conversation
    assert subject(result.response.message) == ("scene", "The Dancer's Choice")


async def test_a_follow_up_by_slash_ask(channel, alice):
    await alice.slash(channel, "ask", question="what happens in the premiere night?")
    result = await alice.slash(channel, "ask", question="what happens next?")
    assert subject(result.response.message) == ("scene", "The Confrontation")


async def test_mentions_and_slash_ask_share_one_conversation(channel, alice, bot_mention):
    await alice.slash(channel, "ask", question="what happens in the audition?")
    assert subject(await ask(alice, channel, bot_mention, "what happens next?")) == ("scene", "The First Rehearsal")


async def test_a_follow_up_with_nothing_before_it_says_so_without_an_embed(channel, alice, bot_mention):
    reply = await ask(alice, channel, bot_mention, "what happens next?")
    assert not reply.embeds and reply.content


# ---------------------------------------------------------------------------------------- whose thread


async def test_two_members_in_one_channel_keep_their_own_threads(simcord_env, guild, channel, alice, bot_mention):
    bob = guild.add_member(simcord_env.create_user("bob"))
    await ask(alice, channel, bot_mention, "what happens in the audition?")
    await ask(bob, channel, bot_mention, "what happens in the premiere night?")
    assert subject(await ask(alice, channel, bot_mention, "what happens next?")) == ("scene", "The First Rehearsal")
    assert subject(await ask(bob, channel, bot_mention, "what happens next?")) == ("scene", "The Confrontation")


async def test_another_channel_is_another_conversation(guild, channel, alice, bot_mention):
    elsewhere = guild.create_text_channel("off-topic")
    await ask(alice, channel, bot_mention, "what happens in the audition?")
    reply = await ask(alice, elsewhere, bot_mention, "what happens next?")
    assert reply.embeds == []


# ---------------------------------------------------------------------------------------- expiry


async def test_a_conversation_is_forgotten_after_the_idle_time(simcord_env, channel, alice, bot_mention):
    idle = simcord_env.bot.settings.conversation_idle_seconds
    await ask(alice, channel, bot_mention, "what happens in the audition?")
    await simcord_env.advance_time(idle - 5)
    assert subject(await ask(alice, channel, bot_mention, "what happens next?")) == ("scene", "The First Rehearsal")
    await simcord_env.advance_time(idle + 1)
    assert (await ask(alice, channel, bot_mention, "what happens next?")).embeds == []


async def test_the_idle_time_comes_from_the_settings(simcord_env, settings, engine, channel, alice, bot_mention):
    await simcord_env.restart_bot(create_bot(replace(settings, conversation_idle_seconds=60), engine=engine))
    await ask(alice, channel, bot_mention, "what happens in the audition?")
    await simcord_env.advance_time(61)
    assert (await ask(alice, channel, bot_mention, "what happens next?")).embeds == []


# ---------------------------------------------------------------------------------------- Discord replies


async def test_a_reply_continues_from_the_answer_replied_to(channel, alice, bot_mention):
    audition = await ask(alice, channel, bot_mention, "what happens in the audition?")
    await ask(alice, channel, bot_mention, "what happens in the premiere night?")
    await alice.send(channel, f"{bot_mention} what happens next?", reply_to=audition)
    assert subject(channel.last_message) == ("scene", "The First Rehearsal")


async def test_a_reply_works_after_a_restart(simcord_env, settings, engine, channel, alice, bot_mention):
    audition = await ask(alice, channel, bot_mention, "what happens in the audition?")
    await simcord_env.restart_bot(create_bot(settings, engine=engine))
    assert len(simcord_env.bot.conversations) == 0
    await alice.send(channel, "what happens next?", reply_to=audition)  # a reply pings the bot: no mention needed
    assert subject(channel.last_message) == ("scene", "The First Rehearsal")


async def test_a_reply_to_an_answer_given_to_someone_else_starts_from_it(
    simcord_env, guild, channel, alice, bot_mention
):
    bob = guild.add_member(simcord_env.create_user("bob"))
    premiere = await ask(alice, channel, bot_mention, "what happens in the premiere night?")
    await bob.send(channel, f"{bot_mention} and before that?", reply_to=premiere)
    assert subject(channel.last_message) == ("scene", "The Dream Sequence")


async def test_a_reply_to_a_scene_or_a_track_of_the_same_title_follows_its_kind(
    simcord_env, settings, other_film, channel, alice, bot_mention
):
    await simcord_env.restart_bot(create_bot(settings, engine=other_film))
    scene = (await alice.slash(channel, "scene", name=SHARED_TITLE)).response.message
    track = (await alice.slash(channel, "soundtrack", track=SHARED_TITLE)).response.message
    assert subject(scene) == ("scene", SHARED_TITLE) and subject(track) == ("track", SHARED_TITLE)
    await alice.send(channel, f"{bot_mention} what comes next?", reply_to=scene)
    assert subject(channel.last_message) == ("scene", "The Sight-Reading")
    await alice.send(channel, f"{bot_mention} what comes next?", reply_to=track)
    assert subject(channel.last_message) == ("track", "Nora's Aria")


async def test_a_reply_to_an_answer_the_pack_no_longer_has_is_no_thread(
    simcord_env, settings, other_film, channel, alice, bot_mention
):
    audition = await ask(alice, channel, bot_mention, "what happens in the audition?")
    # A library of that film alone (the default folder would still hold the film replied about, and move there).
    only_it = replace(settings, pack_path=DATA / "packs" / "overture.yaml")
    await simcord_env.restart_bot(create_bot(only_it, engine=other_film))
    await alice.send(channel, f"{bot_mention} what happens next?", reply_to=audition)
    assert subject(channel.last_message) is None


async def test_a_reply_to_a_message_that_is_not_an_answer_keeps_the_thread(channel, alice, bot_mention):
    await ask(alice, channel, bot_mention, "what happens in the audition?")
    chatter = await alice.send(channel, "I loved this part")
    await alice.send(channel, f"{bot_mention} what happens next?", reply_to=chatter)
    assert subject(channel.last_message) == ("scene", "The First Rehearsal")


# ---------------------------------------------------------------------------------------- buttons


async def test_next_and_previous_move_the_clickers_thread(channel, alice, bot_mention):
    result = await alice.slash(channel, "scene", name="The Audition")
    await alice.click(result.response.message, label="Next ▶")
    assert subject(await ask(alice, channel, bot_mention, "what happens next?")) == ("scene", "The Dancer's Choice")


async def test_a_suggestion_button_moves_the_clickers_thread(channel, alice, bot_mention):
    result = await alice.slash(channel, "ask", question="the shoes take over on stage")
    chosen = [label for label, _ in buttons(result.response.message) if label not in ("◀ Previous", "Next ▶")][0]
    await alice.click(result.response.message, label=chosen)
    assert subject(await ask(alice, channel, bot_mention, "tell me more"))[1] == chosen


@pytest.mark.parametrize(
    "command, options, follow_up, expected",
    [
        ("scene", {"name": "The Dream Sequence"}, "what happens next?", ("scene", "The Premiere Night")),
        ("soundtrack", {"track": "Entr'acte"}, "and the other track?", ("track", "The Red Shoes Ballet")),
    ],
)
async def test_a_looked_up_entry_moves_the_thread(channel, alice, bot_mention, command, options, follow_up, expected):
    await alice.slash(channel, command, **options)
    assert subject(await ask(alice, channel, bot_mention, follow_up)) == expected


# ---------------------------------------------------------------------------------------- clarifying

BETWEEN = "what happens between the audition and the premiere night?"  # three scenes: the bot asks which one
BETWEEN_SCENES = ["The First Rehearsal", "The Dancer's Choice", "The Dream Sequence"]


@pytest.mark.parametrize("pick, chosen", [("the second one", 1), ("3", 2), ("the dream one", 2)])
async def test_a_clarifying_question_is_answered_in_the_next_message(channel, alice, bot_mention, pick, chosen):
    question = await ask(alice, channel, bot_mention, BETWEEN)
    assert not question.embeds
    assert all(f"{n}. {title}" in question.content for n, title in enumerate(BETWEEN_SCENES, start=1))
    assert "Did you mean" not in question.content  # the question already names them
    assert [label for label, _ in buttons(question)] == BETWEEN_SCENES
    assert subject(await ask(alice, channel, bot_mention, pick)) == ("scene", BETWEEN_SCENES[chosen])


async def test_a_clarifying_button_opens_the_entry_and_moves_the_thread(channel, alice, bot_mention):
    question = await ask(alice, channel, bot_mention, BETWEEN)
    opened = await alice.click(question, label=BETWEEN_SCENES[2])
    assert subject(opened.response.message) == ("scene", BETWEEN_SCENES[2])
    assert subject(await ask(alice, channel, bot_mention, "what happens next?")) == ("scene", "The Premiere Night")


async def test_a_clarifying_question_is_pending_for_the_asker_only(simcord_env, guild, channel, alice, bot_mention):
    bob = guild.add_member(simcord_env.create_user("bob"))
    await ask(alice, channel, bot_mention, BETWEEN)
    # Bob has no question pending: for him it is not Alice's second choice (the reader takes the film's second scene).
    assert subject(await ask(bob, channel, bot_mention, "the second one")) != ("scene", BETWEEN_SCENES[1])
    assert subject(await ask(alice, channel, bot_mention, "the second one")) == ("scene", BETWEEN_SCENES[1])


# ---------------------------------------------------------------------------------------- renderings


@pytest.mark.parametrize("question", ["give me the scene list", "how many scenes are there?"])
async def test_the_scene_list_answer_is_the_scenes_command(channel, alice, bot_mention, pack, question):
    listed = (await alice.slash(channel, "scenes")).response.embeds[0].to_dict()
    asked = await alice.slash(channel, "ask", question=question)
    assert asked.response.embeds[0].to_dict() == listed
    assert (await ask(alice, channel, bot_mention, question)).embeds[0].to_dict() == listed
    assert listed == scenes_embed(pack, hide=True).to_dict()


async def test_help_is_built_from_the_loaded_pack(simcord_env, settings, other_film, channel, alice):
    made_up = other_film.pack
    await simcord_env.restart_bot(create_bot(settings, engine=other_film))
    embed = (await alice.slash(channel, "help")).response.embeds[0]
    text = " ".join([embed.title, embed.description, *(f"{f.name} {f.value}" for f in embed.fields)])
    assert made_up.film.title in text and made_up.scenes[0].title in text
    shipped_words = ("Red Shoes", "Boris", "Vicky", "Julian", "Audition", "ballet")
    assert not [word for word in shipped_words if word.lower() in text.lower()]
