"""The storage layer, the same tests on SQLite and on a real PostgreSQL server (the `database_url` fixture)."""

from __future__ import annotations

import asyncio

import pytest

from bot.storage import LATEST_VERSION, MIGRATIONS, GuildOverrides, Migration, StoreError, open_store

SETTINGS_TABLES = ["answer_channels", "guild_settings"]
GUILD_TABLES = [*SETTINGS_TABLES, "quiz_games", "quiz_scores"]
EVERYTHING = GuildOverrides(
    hide_spoilers=False, answer_channel_ids=frozenset({11, 12}), free_text=False, cooldown_rate=2, cooldown_seconds=45.0
)
LATER = Migration(
    LATEST_VERSION + 1,
    (
        "CREATE TABLE guild_notes (guild_id BIGINT NOT NULL, note TEXT NOT NULL)",
        "ALTER TABLE guild_settings ADD COLUMN language TEXT",
    ),
)


async def test_a_new_database_gets_the_latest_schema(store):
    assert await store.schema_version() == LATEST_VERSION
    assert set(SETTINGS_TABLES) <= set(await store.guild_tables())


async def test_every_setting_round_trips(store):
    await store.save_guild_overrides(1, EVERYTHING)
    assert await store.guild_overrides(1) == EVERYTHING
    assert await store.guild_overrides(2) == GuildOverrides()


async def test_an_emptied_channel_list_differs_from_the_default(store):
    await store.save_guild_overrides(1, GuildOverrides(answer_channel_ids=frozenset()))
    await store.save_guild_overrides(2, GuildOverrides(free_text=True))
    assert (await store.guild_overrides(1)).answer_channel_ids == frozenset()
    assert (await store.guild_overrides(2)).answer_channel_ids is None


async def test_saving_replaces_the_servers_settings(store):
    await store.save_guild_overrides(1, EVERYTHING)
    await store.save_guild_overrides(1, GuildOverrides(answer_channel_ids=frozenset({13})))
    assert await store.guild_overrides(1) == GuildOverrides(answer_channel_ids=frozenset({13}))


async def test_all_servers_load_at_once_without_mixing(store):
    await store.save_guild_overrides(1, EVERYTHING)
    await store.save_guild_overrides(2, GuildOverrides(hide_spoilers=True, answer_channel_ids=frozenset({21})))
    assert await store.all_guild_overrides() == {
        1: EVERYTHING,
        2: GuildOverrides(hide_spoilers=True, answer_channel_ids=frozenset({21})),
    }


async def test_clearing_or_saving_nothing_leaves_no_rows(store):
    await store.save_guild_overrides(1, EVERYTHING)
    await store.save_guild_overrides(2, EVERYTHING)
    await store.clear_guild_overrides(1)
    await store.save_guild_overrides(2, GuildOverrides())
    assert await store.export_guild(1) == await store.export_guild(2) == {t: [] for t in GUILD_TABLES}


async def test_export_holds_every_row_of_one_server_only(store):
    await store.save_guild_overrides(1, EVERYTHING)
    await store.save_guild_overrides(2, GuildOverrides(answer_channel_ids=frozenset({21})))
    exported = await store.export_guild(1)
    assert exported["answer_channels"] == [{"guild_id": 1, "channel_id": 11}, {"guild_id": 1, "channel_id": 12}]
    assert exported["guild_settings"] == [
        {
            "guild_id": 1,
            "hide_spoilers": 0,
            "free_text": 0,
            "cooldown_rate": 2,
            "cooldown_seconds": 45.0,
            "custom_channels": 1,
            "film": None,
        }
    ]


async def test_delete_removes_one_servers_rows_from_every_table(store):
    await store.save_guild_overrides(1, EVERYTHING)
    await store.save_guild_overrides(2, EVERYTHING)
    assert await store.delete_guild(1) == 3  # its settings row and two channels
    assert await store.export_guild(1) == {t: [] for t in GUILD_TABLES}
    assert await store.guild_overrides(2) == EVERYTHING
    assert await store.delete_guild(1) == 0


async def test_an_upgrade_keeps_the_data_and_export_and_delete_cover_new_tables(database_url):
    old = await open_store(database_url, migrations=MIGRATIONS[:1])
    assert await old.schema_version() == 1
    await old.save_guild_overrides(1, EVERYTHING)
    await old.save_guild_overrides(2, GuildOverrides(free_text=False))
    await old.close()

    current = await open_store(database_url)
    assert await current.schema_version() == LATEST_VERSION
    assert await current.all_guild_overrides() == {1: EVERYTHING, 2: GuildOverrides(free_text=False)}
    await current.close()

    newer = await open_store(database_url, migrations=MIGRATIONS + (LATER,))
    assert await newer.schema_version() == LATER.version
    assert await newer.guild_overrides(1) == EVERYTHING
    async with newer.transaction() as tx:
        await tx.execute("INSERT INTO guild_notes (guild_id, note) VALUES (?, ?)", 1, "film night on fridays")
    assert (await newer.export_guild(1))["guild_notes"] == [{"guild_id": 1, "note": "film night on fridays"}]
    assert await newer.delete_guild(1) == 4
    assert not any((await newer.export_guild(1)).values())
    await newer.close()


async def test_a_failing_migration_changes_nothing(database_url):
    broken = Migration(LATEST_VERSION + 1, ("CREATE TABLE half_done (guild_id BIGINT)", "THIS IS NOT SQL"))
    with pytest.raises(StoreError, match=f"migration to schema version {broken.version} failed and was rolled"):
        await open_store(database_url, migrations=MIGRATIONS + (broken,))
    store = await open_store(database_url)
    assert await store.schema_version() == LATEST_VERSION
    assert "half_done" not in await store.guild_tables()
    await store.close()


async def test_a_database_newer_than_the_code_is_refused(database_url):
    store = await open_store(database_url, migrations=MIGRATIONS + (LATER,))
    await store.close()
    with pytest.raises(StoreError, match=f"schema version {LATER.version}, newer than this code"):
        await open_store(database_url)


async def test_processes_starting_at_once_migrate_once(database_url):
    stores = await asyncio.gather(*(open_store(database_url) for _ in range(3)))
    rows = await stores[0].fetch("SELECT version FROM schema_version ORDER BY version")
    assert [row["version"] for row in rows] == [m.version for m in MIGRATIONS]
    for store in stores:
        await store.close()


async def test_a_failed_write_leaves_nothing_behind(store):
    await store.save_guild_overrides(1, EVERYTHING)
    with pytest.raises(RuntimeError):
        async with store.transaction() as tx:
            await tx.execute("DELETE FROM answer_channels WHERE guild_id = ?", 1)
            raise RuntimeError("crash mid-change")
    assert await store.guild_overrides(1) == EVERYTHING


def test_migrations_must_be_numbered_in_order():
    from bot.storage.migrations import check_order

    check_order(MIGRATIONS)
    with pytest.raises(ValueError, match="1, 2, 3"):
        check_order(MIGRATIONS + (Migration(LATEST_VERSION + 2, ()),))


async def test_an_unknown_database_url_is_refused(tmp_path):
    with pytest.raises(StoreError, match="must start with sqlite:/// or postgresql://"):
        await open_store("mysql://somewhere/db")


async def test_an_unreachable_postgresql_is_a_clear_error():
    with pytest.raises(StoreError, match=r"cannot connect to postgresql://127.0.0.1:9/"):
        await open_store("postgresql://bot:secret@127.0.0.1:9/nothing")
