"""The deployment files: Dockerfile, compose.yaml and the systemd unit say what the bot needs, and parse.

CI has no Docker daemon, so the Dockerfile is read with Docker's own parser (the `dockerfile` package) and checked
instruction by instruction; the unit is checked by `systemd-analyze verify` where systemd is installed.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path, PurePosixPath

import dockerfile
import pytest
import yaml

ROOT = Path(__file__).parent.parent
STATE = PurePosixPath("/var/lib/red-shoes-bot")
SCRIPT = "red-shoes-bot"
COMMENTED_YAML = re.compile(r"^(\s*)# (\s*(?:[\w-]+:|- ).*)$", re.MULTILINE)


def stages() -> list[list[dockerfile.Command]]:
    found: list[list[dockerfile.Command]] = []
    for command in dockerfile.parse_file(str(ROOT / "Dockerfile")):
        if command.cmd == "FROM":
            found.append([])
        found[-1].append(command)
    return found


def final(name: str) -> list[dockerfile.Command]:
    return [c for c in stages()[-1] if c.cmd == name]


def env() -> dict[str, str]:
    values = [v for c in final("ENV") for v in c.value]
    return dict(zip(values[::2], values[1::2], strict=True))


def test_every_stage_is_slim_python_311():
    assert all(stage[0].value[0] == "python:3.11-slim" for stage in stages())
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    assert requires == ">=3.11"


def test_the_image_runs_as_a_user_that_is_not_root():
    (user,) = final("USER")
    assert user.value[0] not in {"root", "0"}
    run = " ".join(" ".join(c.value) for c in final("RUN"))
    assert "useradd --system --uid 10001 --user-group" in run
    assert f"install -d -o {SCRIPT} -g {SCRIPT} -m 700 {STATE}" in run  # the state folder is the user's alone


def test_the_state_directory_is_a_volume_holding_the_command_state():
    (volume,) = final("VOLUME")
    assert volume.value == (str(STATE),)
    assert PurePosixPath(env()["COMMAND_STATE_PATH"]).parent == STATE
    assert final("WORKDIR")[-1].value == (str(STATE),)  # .env, if mounted, is read from the working directory


def test_healthcheck_reads_the_heartbeat_and_cmd_runs_the_console_script():
    (check,) = final("HEALTHCHECK")
    assert check.value == ("CMD", "python", "-m", "bot.health")
    assert (ROOT / "bot" / "health.py").is_file()
    (cmd,) = final("CMD")
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert cmd.value == (SCRIPT,) and SCRIPT in scripts


def test_the_build_copies_only_what_exists_and_never_the_token():
    for command in stages()[0]:
        if command.cmd == "COPY":
            assert all((ROOT / source).exists() for source in command.value[:-1]), command.original
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".env", ".state", ".venv", ".git"} <= set(ignored)


def test_compose_runs_the_bot_with_its_state_on_a_volume():
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    bot = compose["services"]["bot"]
    assert bot["build"] == "." and bot["env_file"] == ".env" and bot["restart"] == "unless-stopped"
    assert f"state:{STATE}" in bot["volumes"] and "state" in compose["volumes"]
    assert bot["environment"]["COMMAND_STATE_PATH"] == env()["COMMAND_STATE_PATH"]


def test_compose_has_postgres_ready_to_enable():
    # Uncomment every commented-out line of YAML (a key or a list item), as a host enabling PostgreSQL would.
    text = (ROOT / "compose.yaml").read_text(encoding="utf-8")
    compose = yaml.safe_load(COMMENTED_YAML.sub(r"\1\2", text))
    assert compose["services"]["postgres"]["image"].startswith("postgres:")
    assert compose["services"]["bot"]["environment"]["DATABASE_URL"].startswith("postgresql://")
    assert compose["services"]["bot"]["depends_on"]["postgres"]["condition"] == "service_healthy"


def unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # keys keep their case (ExecStart, not execstart)
    parser.read(ROOT / "deploy" / "red-shoes-bot.service", encoding="utf-8")
    return parser


def test_the_unit_runs_the_script_unprivileged_in_its_state_directory():
    service = unit()["Service"]
    assert service["ExecStart"].endswith(f"/bin/{SCRIPT}")
    assert service["User"] not in {"root", "0"} and service["NoNewPrivileges"] == "yes"
    assert service["WorkingDirectory"] == f"/var/lib/{service['StateDirectory']}" == str(STATE)
    assert PurePosixPath(service["Environment"].split("=", 1)[1]).parent == STATE
    assert service["ExecReload"] == "/bin/kill -HUP $MAINPID" and service["KillSignal"] == "SIGTERM"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd is not installed here")
def test_systemd_accepts_the_unit(tmp_path):
    # Pointed at this environment's script: verify insists that ExecStart exists.
    text = (ROOT / "deploy" / "red-shoes-bot.service").read_text(encoding="utf-8")
    script = Path(sys.executable).parent / SCRIPT
    copy = tmp_path / "red-shoes-bot.service"
    copy.write_text(text.replace(f"/opt/red-shoes-bot/bin/{SCRIPT}", str(script)), encoding="utf-8")
    result = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == "", result.stderr


def test_the_user_has_no_home_in_the_state_volume():
    """useradd --create-home would copy /etc/skel's dotfiles into the volume the bot's state lives in."""
    run = " ".join(" ".join(c.value) for c in final("RUN"))
    useradd = re.search(r"useradd [^&]*", run)
    assert useradd is not None
    options = useradd[0].split()
    assert "--create-home" not in options and "-m" not in options and "--no-create-home" in options
    assert f"--home-dir {STATE}" not in useradd[0]


def test_the_readme_says_how_podman_keeps_the_healthcheck():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--format docker" in readme  # podman/buildah build OCI images, which drop HEALTHCHECK otherwise
