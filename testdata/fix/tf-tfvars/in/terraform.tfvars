# Environment settings.
rotation = false   # to be reviewed
