"""The database schema as ordered migrations: append one to change it, never edit an applied one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    """Statements that take the schema from `version - 1` to `version`, applied in one transaction.

    Write portable SQL (it runs on SQLite and PostgreSQL): BIGINT for Discord ids, INTEGER 0/1 for flags,
    DOUBLE PRECISION for fractions, and `?` placeholders if any (the PostgreSQL backend numbers them).
    Every table that holds a server's data has a `guild_id` column: export and delete find them by it.
    """

    version: int
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        (
            # One row per server that changed something; NULL keeps the host's default (see GuildOverrides).
            """CREATE TABLE guild_settings (
            guild_id BIGINT PRIMARY KEY,
            hide_spoilers INTEGER,
            free_text INTEGER,
            cooldown_rate INTEGER,
            cooldown_seconds DOUBLE PRECISION,
            custom_channels INTEGER NOT NULL DEFAULT 0
        )""",
            # Only read when guild_settings.custom_channels is 1, so an emptied list differs from the default.
            """CREATE TABLE answer_channels (
            guild_id BIGINT NOT NULL,
            channel_id BIGINT NOT NULL,
            PRIMARY KEY (guild_id, channel_id)
        )""",
        ),
    ),
    Migration(
        2,
        (
            # The quiz: one row per member who scored in a server; points only grow until an admin resets them.
            """CREATE TABLE quiz_scores (
            guild_id BIGINT NOT NULL,
            user_id BIGINT NOT NULL,
            points INTEGER NOT NULL,
            PRIMARY KEY (guild_id, user_id)
        )""",
            "CREATE INDEX quiz_scores_by_points ON quiz_scores (guild_id, points)",
            # A row while a quiz game runs in a channel; one left over at start means a restart interrupted it.
            """CREATE TABLE quiz_games (
            channel_id BIGINT PRIMARY KEY,
            guild_id BIGINT NOT NULL,
            game_id TEXT NOT NULL,
            starter_id BIGINT NOT NULL,
            started_at TEXT NOT NULL
        )""",
        ),
    ),
    Migration(
        3,
        (
            # The film a server picked (its key); NULL: the library's default film.
            "ALTER TABLE guild_settings ADD COLUMN film TEXT",
            # Quiz scores per film: the film's key joins the key. Scores from before are marked '' (UNASSIGNED_FILM
            # in quiz_scores.py): SQL can't know the library, so the bot gives them to its default film at start.
            """CREATE TABLE quiz_scores_per_film (
            guild_id BIGINT NOT NULL,
            film TEXT NOT NULL,
            user_id BIGINT NOT NULL,
            points INTEGER NOT NULL,
            PRIMARY KEY (guild_id, film, user_id)
        )""",
            "INSERT INTO quiz_scores_per_film (guild_id, film, user_id, points) "
            "SELECT guild_id, '', user_id, points FROM quiz_scores",
            "DROP TABLE quiz_scores",
            "ALTER TABLE quiz_scores_per_film RENAME TO quiz_scores",
            "CREATE INDEX quiz_scores_by_film_points ON quiz_scores (guild_id, film, points)",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


def check_order(migrations: tuple[Migration, ...]) -> None:
    """Versions must run 1, 2, 3...: a gap or a repeat is a programming error, caught before any change."""
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise ValueError(f"migration versions must be 1, 2, 3... in order, not {versions}")
