"""One cog per area of the bot."""
