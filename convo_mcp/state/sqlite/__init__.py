"""The sqlite engine (see :mod:`.engine`)."""
