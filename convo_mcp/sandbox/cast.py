"""The recurring people and companies of the demo dataset."""

from __future__ import annotations

from dataclasses import dataclass

from convo_mcp.sandbox.models import Person

HOME_COMPANY = "Brightline"
HOME_DOMAIN = "brightline.io"


def _home(name: str, title: str) -> Person:
    first = name.split()[0].lower()
    return Person(name=name, email=f"{first}@{HOME_DOMAIN}", title=title, company=HOME_COMPANY)


DANA = _home("Dana Whitfield", "VP of Revenue")  # the account owner: she records every meeting
LEE = _home("Lee Park", "Account Executive")
PRIYA = _home("Priya Raman", "Product Manager")
MARCUS = _home("Marcus Chen", "Engineering Lead")
SOFIA = _home("Sofia Alvarez", "Customer Success Manager")
BEN = _home("Ben Okafor", "Talent Partner")

USER = DANA
TEAM: tuple[Person, ...] = (DANA, LEE, PRIYA, MARCUS, SOFIA, BEN)

# Internal role slot -> person, used by the meeting scripts.
INTERNAL_ROLES: dict[str, Person] = {
    "user": DANA,
    "ae": LEE,
    "pm": PRIYA,
    "eng": MARCUS,
    "csm": SOFIA,
    "talent": BEN,
}


@dataclass(frozen=True)
class Company:
    key: str
    name: str
    domain: str
    industry: str
    champion: Person  # role slot "c1": the decision maker
    technical: Person  # role slot "c2": IT, security or procurement


def _ext(company: str, domain: str, name: str, title: str) -> Person:
    first, last = name.lower().split()[:2]
    return Person(name=name, email=f"{first}.{last}@{domain}", title=title, company=company)


ACME = Company(
    "acme", "Acme Corp", "acme.example", "manufacturing",
    _ext("Acme Corp", "acme.example", "Jordan Blake", "VP of Operations"),
    _ext("Acme Corp", "acme.example", "Hannah Cole", "IT Director"),
)
GLOBEX = Company(
    "globex", "Globex", "globex.example", "logistics",
    _ext("Globex", "globex.example", "Nina Petrova", "CTO"),
    _ext("Globex", "globex.example", "Omar Haddad", "Head of Security"),
)
INITECH = Company(
    "initech", "Initech", "initech.example", "software",
    _ext("Initech", "initech.example", "Carla Mendes", "Head of Finance"),
    _ext("Initech", "initech.example", "Victor Osei", "Engineering Manager"),
)
UMBRELLA = Company(
    "umbrella", "Umbrella Health", "umbrella-health.example", "healthcare",
    _ext("Umbrella Health", "umbrella-health.example", "Grace Liu", "Director of Clinical Operations"),
    _ext("Umbrella Health", "umbrella-health.example", "Samuel Ortiz", "Compliance Officer"),
)

COMPANIES: dict[str, Company] = {c.key: c for c in (ACME, GLOBEX, INITECH, UMBRELLA)}
COMPANY_NAMES: tuple[str, ...] = tuple(c.name for c in COMPANIES.values())

PEOPLE: tuple[Person, ...] = TEAM + tuple(
    p for c in COMPANIES.values() for p in (c.champion, c.technical)
)
PEOPLE_BY_NAME: dict[str, Person] = {p.name: p for p in PEOPLE}
