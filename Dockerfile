# The Red Shoes companion as a container: docker build -t red-shoes-bot . && docker compose up -d
# Two stages: the first builds the wheel (the pack inside it as package data), the second installs only that.

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY bot ./bot
COPY data ./data
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    COMMAND_STATE_PATH=/var/lib/red-shoes-bot/commands.json
COPY --from=build /wheels /wheels
RUN pip install /wheels/*.whl && rm -rf /wheels \
    && useradd --system --uid 10001 --user-group --home-dir /nonexistent --no-create-home red-shoes-bot \
    && install -d -o red-shoes-bot -g red-shoes-bot -m 700 /var/lib/red-shoes-bot
# Everything the bot writes lives here (and nothing else: the user has no home, so no dotfiles land in it): the command-sync hash, the heartbeat, the SQLite settings file.
VOLUME ["/var/lib/red-shoes-bot"]
WORKDIR /var/lib/red-shoes-bot
USER red-shoes-bot
# Healthy while the bot is connected to Discord: it touches a heartbeat file every 30 s.
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 CMD ["python", "-m", "bot.health"]
# SIGTERM (docker stop) shuts down cleanly; SIGHUP (docker kill -s HUP) reloads the pack.
STOPSIGNAL SIGTERM
CMD ["red-shoes-bot"]
