"""`python -m bot`: run the Discord bot, or use the offline commands ask, chat, quiz, validate, pack and data."""

from __future__ import annotations

import os
import sys

from .config import ConfigError, Settings
from .exit_codes import ExitCode


def main(argv: list[str] | None = None) -> int:
    try:
        return _command(argv)
    except BrokenPipeError:  # the reader stopped early (`| head`): nothing left to say, and no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the interpreter's final flush goes nowhere
        return ExitCode.OK


def _command(argv: list[str] | None) -> int:
    from . import cli

    settings = Settings.from_env(offline=True)  # the offline commands need PACK_PATH only
    args = cli.parser(settings.pack_path).parse_args(argv)
    film = getattr(args, "film", "") or settings.default_film  # --film, else DEFAULT_FILM
    if args.command == "ask":
        return cli.ask(
            args.pack,
            args.question,
            args.json,
            sys.stdout,
            sys.stderr,
            sys.stdin,
            conversation=args.conversation,
            film=film,
        )
    if args.command == "chat":
        return cli.chat(args.pack, sys.stdout, sys.stderr, sys.stdin, film)
    if args.command == "quiz":
        return cli.quiz(args.pack, args.rounds, args.spoilers, args.seed, sys.stdout, sys.stderr, sys.stdin, film)
    if args.command == "pack":
        from .authoring.commands import pack

        return pack(args.action, args.target, args.output, sys.stdout, sys.stderr)
    if args.command == "validate":
        return cli.validate(args.packs or [settings.pack_path], sys.stdout, sys.stderr)
    try:
        settings = Settings.from_env()
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return ExitCode.BAD_SETTINGS
    if args.command == "data":  # reads DATABASE_URL (and COMMAND_STATE_PATH for the default), needs no token
        return cli.data(args.action, args.guild, settings.database_target, sys.stdout, sys.stderr)
    if not settings.token:  # checked before importing discord.py: the advice comes at once
        from .config import token_help

        print(token_help(program=cli.program_name()), file=sys.stderr)
        return ExitCode.BAD_SETTINGS
    from .runner import run

    return run(settings, sync_only=args.command == "sync", guild_id=getattr(args, "guild", None))


if __name__ == "__main__":
    sys.exit(main())
