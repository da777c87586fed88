"""The one module that owns Discord's limits."""

from __future__ import annotations

import discord
import pytest

from bot.utils import limits


def test_clip_marks_the_cut():
    assert limits.clip("abcdef", 4) == "abc…" and limits.clip("abc", 4) == "abc"


def test_spoiler_stays_balanced_when_cut():
    text = limits.spoiler("x" * 5000, 1024)
    assert len(text) <= 1024 and text.startswith("||") and text.endswith("||") and text.count("||") == 2


def test_echo_escapes_markdown_and_mentions():
    echoed = limits.echo("**bold** @everyone <@123> " + "y" * 500)
    assert "**" not in echoed.replace("\\*", "") and "@everyone" not in echoed and len(echoed) <= 260


@pytest.mark.parametrize(
    "hostile, gone",
    [
        ("see https://evil.example/x", "https://"),
        ("[free nitro](http://evil.example)", "http://"),
        ("steam://run/1", "steam://"),
        ("<t:0:R>", "<t:"),
        ("<@123> <@!123> <@&456>", "<@"),
        ("<#789>", "<#"),
        ("</help:1>", "</"),
        ("<a:dance:1>", "<a:"),
        ("@everyone", "@everyone"),
        ("@here", "@here"),
        ("abc\u202edef", "\u202e"),
        ("abc\u2066def\u2069", "\u2066"),
        ("zero\u200bwidth", "\u200b"),
        ("bell\x07 and \x1b[31mred", "\x1b"),
        ("two\nlines\r\n", "\n"),
    ],
)
def test_echo_neutralises_links_markup_mentions_and_control_characters(hostile, gone):
    echoed = limits.echo(f"before {hostile} after")
    assert gone not in echoed.replace("@\u200beveryone", "").replace("@\u200bhere", "")
    assert echoed.startswith("before ") and echoed.endswith(" after")


def test_echo_keeps_ordinary_text_readable():
    assert limits.echo("The Audition, act 2: café") == "The Audition, act 2: café"
    assert limits.echo("see https://x.example") == "see https\u2236//x.example"


def test_fit_embed_respects_every_limit():
    embed = discord.Embed(title="t" * 300, description="d" * 5000)
    for _ in range(30):
        embed.add_field(name="n" * 300, value="v" * 2000)
    embed.set_footer(text="f" * 3000)
    fitted = limits.fit_embed(embed)
    assert len(fitted.title) <= 256 and len(fitted.description) <= 4096 and len(fitted.footer.text) <= 2048
    assert len(fitted.fields) <= 25 and all(len(f.value) <= 1024 and len(f.name) <= 256 for f in fitted.fields)
    assert len(fitted) <= 6000


def test_choice_names_are_never_empty_or_long():
    assert limits.choice_name("   ") == "?"
    assert len(limits.choice_name("a" * 500)) == 100
