"""The quiz's scores and running games in the store, the same tests on SQLite and on a real PostgreSQL."""

from __future__ import annotations

from bot.storage import MIGRATIONS, GuildOverrides, open_store


async def test_points_add_up_per_member_and_server(store):
    assert await store.add_score(1, 100, 1, film="f") == 1
    assert await store.add_score(1, 100, 2, film="f") == 3
    assert await store.add_score(2, 100, 1, film="f") == 1
    assert await store.top_scores(1, 10, film="f") == [(100, 3)]
    assert await store.top_scores(2, 10, film="f") == [(100, 1)]


async def test_the_top_is_best_first_limited_and_equal_points_share_a_rank(store):
    for user, points in [(10, 5), (11, 7), (12, 5), (13, 1), (14, 9)]:
        await store.add_score(1, user, points, film="f")
    assert await store.top_scores(1, 3, film="f") == [(14, 9), (11, 7), (10, 5)]
    assert await store.rank_of(1, 14, film="f") == (1, 9)
    assert await store.rank_of(1, 10, film="f") == await store.rank_of(1, 12, film="f") == (3, 5)
    assert await store.rank_of(1, 13, film="f") == (5, 1)
    assert await store.rank_of(1, 99, film="f") is None
    assert await store.rank_of(2, 14, film="f") is None


async def test_reset_empties_one_server_only(store):
    await store.add_score(1, 10, 2, film="f")
    await store.add_score(1, 11, 1, film="f")
    await store.add_score(2, 10, 4, film="f")
    assert await store.reset_scores(1) == 2
    assert await store.top_scores(1, 10, film="f") == [] and await store.rank_of(1, 10, film="f") is None
    assert await store.top_scores(2, 10, film="f") == [(10, 4)]
    assert await store.reset_scores(1) == 0


async def test_running_games_are_recorded_until_they_end(store):
    await store.start_quiz_game(1, 500, "0a0b0c0d", 10)
    await store.start_quiz_game(2, 600, "1a1b1c1d", 20)
    await store.start_quiz_game(1, 500, "2a2b2c2d", 11)  # a new game where a crash left a row
    running = await store.running_quiz_games()
    assert [(r["guild_id"], r["channel_id"], r["game_id"], r["starter_id"]) for r in running] == [
        (1, 500, "2a2b2c2d", 11),
        (2, 600, "1a1b1c1d", 20),
    ]
    await store.end_quiz_game(500)
    assert [r["channel_id"] for r in await store.running_quiz_games()] == [600]


async def test_export_and_delete_cover_the_quiz_tables(store):
    await store.add_score(1, 10, 2, film="f")
    await store.start_quiz_game(1, 500, "0a0b0c0d", 10)
    await store.add_score(2, 10, 1, film="f")
    exported = await store.export_guild(1)
    assert exported["quiz_scores"] == [{"guild_id": 1, "film": "f", "user_id": 10, "points": 2}]
    assert [row["channel_id"] for row in exported["quiz_games"]] == [500]
    assert await store.delete_guild(1) == 2
    assert await store.top_scores(1, 10, film="f") == [] and await store.running_quiz_games() == []
    assert await store.top_scores(2, 10, film="f") == [(10, 1)]


async def test_a_settings_only_database_gains_the_quiz_and_keeps_its_settings(database_url):
    old = await open_store(database_url, migrations=MIGRATIONS[:1])
    await old.change_guild_settings(1, {"free_text": False})
    await old.close()
    current = await open_store(database_url)
    assert await current.schema_version() == 3
    assert await current.guild_overrides(1) == GuildOverrides(free_text=False)
    assert await current.add_score(1, 10, 1, film="f") == 1
    await current.close()


async def test_scores_from_before_films_go_to_the_default_film(database_url):
    """Migration 3 keys scores by film; the rows from before wait, marked '', for the bot to give them to its
    default film at start, added to any points that film already has."""
    old = await open_store(database_url, migrations=MIGRATIONS[:2])
    async with old.transaction() as tx:
        await tx.execute("INSERT INTO quiz_scores (guild_id, user_id, points) VALUES (1, 10, 4), (1, 11, 2)")
    await old.close()
    current = await open_store(database_url)
    assert await current.top_scores(1, 10, film="red") == []
    await current.add_score(1, 11, 1, film="red")
    assert await current.adopt_unassigned_scores("red") == 2
    assert await current.top_scores(1, 10, film="red") == [(10, 4), (11, 3)]
    assert await current.adopt_unassigned_scores("red") == 0
    await current.close()


async def test_scores_are_per_film_and_reset_per_film_or_all(store):
    await store.add_score(1, 10, 2, film="red")
    await store.add_score(1, 10, 5, film="blue")
    await store.add_score(1, 11, 1, film="blue")
    assert await store.top_scores(1, 10, film="red") == [(10, 2)]
    assert await store.rank_of(1, 11, film="blue") == (2, 1)
    assert await store.reset_scores(1, film="blue") == 2
    assert await store.top_scores(1, 10, film="red") == [(10, 2)]
    await store.add_score(1, 12, 1, film="blue")
    assert await store.reset_scores(1) == 2
    assert await store.top_scores(1, 10, film="red") == await store.top_scores(1, 10, film="blue") == []
