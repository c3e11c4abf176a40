"""The redis engine (see :mod:`.engine`)."""
