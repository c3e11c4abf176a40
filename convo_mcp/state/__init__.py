"""Where what outlives a call is kept: one package per engine, each holding every kind of state it
keeps (the cache's durable layer, the search index, the request budget, the AI count, leases, OAuth
sign-ins), behind the protocols of :mod:`.base`.

- :mod:`.base`: the protocols and :class:`~.base.AccountState`, what an engine keeps for one account
- :mod:`.engines`: the one place an engine is chosen from the settings
- :mod:`.sqlite`: files in the data directory (the default; one user's processes share them)
- :mod:`.postgres`: one database for a team's replicas
- :mod:`.redis`: what replicas share in Redis
- :mod:`.memory`: what one process keeps for itself; :mod:`.flights`: single-flight over any engine
"""
