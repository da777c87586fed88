"""The quiz's queries (tables: migrations 2 and 3): each server's scores per film, and the games being played now."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime

from .transactions import Row, Transaction

#: the film of scores kept before films had keys (migration 3); the bot gives them to its default film at start
UNASSIGNED_FILM = ""


class QuizScores:
    """Mixed into Store: the same portable SQL on SQLite and PostgreSQL, `?` placeholders. A score is a member's
    points in one server for one film (its key)."""

    def transaction(self, *, readonly: bool = False) -> AbstractAsyncContextManager[Transaction]:  # by Store
        raise NotImplementedError

    async def add_score(self, guild_id: int, user_id: int, points: int, *, film: str) -> int:
        """Add points to a member's score for a film in a server; returns the new total."""
        async with self.transaction() as tx:  # one statement: the new total comes back with the write
            rows = await tx.fetch(
                "INSERT INTO quiz_scores (guild_id, film, user_id, points) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (guild_id, film, user_id) DO UPDATE SET points = quiz_scores.points + excluded.points "
                "RETURNING points",
                guild_id,
                film,
                user_id,
                points,
            )
        return int(rows[0]["points"])

    async def top_scores(self, guild_id: int, limit: int, *, film: str) -> list[tuple[int, int]]:
        """(user id, points) of a server's best at one film, most points first; equal points in a stable order."""
        async with self.transaction(readonly=True) as tx:
            rows = await tx.fetch(
                "SELECT user_id, points FROM quiz_scores WHERE guild_id = ? AND film = ? AND points > 0 "
                "ORDER BY points DESC, user_id LIMIT ?",
                guild_id,
                film,
                limit,
            )
        return [(int(row["user_id"]), int(row["points"])) for row in rows]

    async def rank_of(self, guild_id: int, user_id: int, *, film: str) -> tuple[int, int] | None:
        """(rank, points) of a member at one film, equal points sharing a rank (1, 2, 2, 4); None without points."""
        async with self.transaction(readonly=True) as tx:
            rows = await tx.fetch(
                "SELECT points FROM quiz_scores WHERE guild_id = ? AND film = ? AND user_id = ?",
                guild_id,
                film,
                user_id,
            )
            if not rows or int(rows[0]["points"]) <= 0:
                return None
            points = int(rows[0]["points"])
            ahead = await tx.fetch(
                "SELECT COUNT(*) AS n FROM quiz_scores WHERE guild_id = ? AND film = ? AND points > ?",
                guild_id,
                film,
                points,
            )
        return int(ahead[0]["n"]) + 1, points

    async def reset_scores(self, guild_id: int, *, film: str | None = None) -> int:
        """Forget a server's scores for one film, or (None) for every film; returns how many members had some."""
        where, args = ("guild_id = ?", (guild_id,)) if film is None else ("guild_id = ? AND film = ?", (guild_id, film))
        async with self.transaction() as tx:
            rows = await tx.fetch(f"SELECT COUNT(DISTINCT user_id) AS n FROM quiz_scores WHERE {where}", *args)
            await tx.execute(f"DELETE FROM quiz_scores WHERE {where}", *args)
        return int(rows[0]["n"])

    async def adopt_unassigned_scores(self, film: str) -> int:
        """Give the scores kept before films had keys to `film` (the default film), adding them to any it already
        has; returns how many rows moved. Run at every start: after the first, there is nothing left to move."""
        async with self.transaction() as tx:
            moved = await tx.fetch("SELECT COUNT(*) AS n FROM quiz_scores WHERE film = ?", UNASSIGNED_FILM)
            if not int(moved[0]["n"]):
                return 0
            await tx.execute(
                "INSERT INTO quiz_scores (guild_id, film, user_id, points) "
                "SELECT guild_id, ?, user_id, points FROM quiz_scores WHERE film = ? "
                "ON CONFLICT (guild_id, film, user_id) DO UPDATE SET points = quiz_scores.points + excluded.points",
                film,
                UNASSIGNED_FILM,
            )
            await tx.execute("DELETE FROM quiz_scores WHERE film = ?", UNASSIGNED_FILM)
        return int(moved[0]["n"])

    async def start_quiz_game(self, guild_id: int, channel_id: int, game_id: str, starter_id: int) -> None:
        """Record a game as running in a channel (replacing any row a crash left there)."""
        async with self.transaction() as tx:
            await tx.execute("DELETE FROM quiz_games WHERE channel_id = ?", channel_id)
            await tx.execute(
                "INSERT INTO quiz_games (channel_id, guild_id, game_id, starter_id, started_at) VALUES (?, ?, ?, ?, ?)",
                channel_id,
                guild_id,
                game_id,
                starter_id,
                datetime.now(UTC).isoformat(timespec="seconds"),
            )

    async def end_quiz_game(self, channel_id: int) -> None:
        async with self.transaction() as tx:
            await tx.execute("DELETE FROM quiz_games WHERE channel_id = ?", channel_id)

    async def running_quiz_games(self) -> list[Row]:
        """Every game recorded as running: guild_id, channel_id, game_id, starter_id, started_at."""
        async with self.transaction(readonly=True) as tx:
            return await tx.fetch("SELECT * FROM quiz_games ORDER BY channel_id")
