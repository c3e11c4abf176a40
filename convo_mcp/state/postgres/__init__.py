"""The postgres engine (see :mod:`.engine`)."""
