"""Webhooks in: the signed-delivery receiver (``receiver``), the signing secrets this server keeps
(``secrets``) and what each event changes here (``events``). Imported only where a receiver runs or
a webhook is created, so the stdio server starts without the HTTP stack."""
