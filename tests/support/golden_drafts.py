"""The golden drafts: every opener of every relationship and tone, rendered with details of
the kinds a reader gives for that relationship (and with none), so every change to the
wording shows in review.

``python -m tests.support.golden_drafts`` rewrites ``tests/golden/drafts.txt`` (English, every
opener) and ``tests/golden/drafts-<code>.txt`` (Spanish, Portuguese, German, French, Italian);
``tests/unit/notes/test_golden.py`` fails while the file is behind the code.
"""

from __future__ import annotations

import sys

from connectwisely.notes.compose import Context, make_draft, openers_for
from connectwisely.notes.detail import make_detail
from connectwisely.notes.templates import GREETINGS, PURPOSE, RELATIONSHIPS, TONES
from tests.support.paths import TESTS

GOLDEN = TESTS / "golden" / "drafts.txt"

# For each relationship, details of each kind a reader would give for it, typed the way
# readers type them (a bare name, a phrase, a sentence, a long memory), and none at all.
_LONG_PROJECT = (
    "the 2019 billing migration at Acme, when we rewrote the invoicing pipeline over one weekend"
)
_TITLE = "Senior Vice President, Enterprise Data Governance and Regulatory Reporting, Deutsche Bank"
DETAILS = {
    "met-at-event": ("PyData Amsterdam", "PyData Amsterdam meetup", "PyData Amsterdam talk on data contracts",
                     "your thread on pricing experiments", "the DevOpsDays Berlin hallway track, where we argued "
                     "about on-call rotations for an hour", "accessible charts", ""),
    "read-their-post": ("pricing experiments", "your thread on pricing experiments",
                        "I loved your post last week, it was about async Rust",
                        "PyData Amsterdam talk on data contracts", "the checkout rebuild", ""),
    "same-school": ("University of Michigan", "Michigan State University", "北京大学", "the Georgia Tech MBA program", ""),
    "same-company": ("Acme", "Payments team", "the Oslo office", _LONG_PROJECT, ""),
    "former-colleague": ("Acme", "the mobile checkout rebuild", _LONG_PROJECT, "the Oslo office", ""),
    "mutual-connection": ("Maria Lopez", "José María García", "李娜", ""),
    "same-group": ("PyLadies Berlin", "the Rust Berlin meetup", "Women in Data Science", ""),
    "reconnect": ("your work at Acme", "the checkout rebuild", "Maria Lopez", ""),
    "cold": ("accessible charts", "your open-source work on accessible charts, which I've used to make our "
             "dashboards readable", "PyData Amsterdam talk on data contracts", "your thread on pricing experiments",
             _TITLE, ""),
}  # fmt: skip
NAMES = {"warm": "Amara", "formal": "Dr. Okonkwo"}


def contexts():
    """(relationship, tone, detail as typed, Context) for every combination, in file order."""
    for relationship in RELATIONSHIPS:
        for tone in TONES:
            for raw in DETAILS[relationship.id]:
                detail = make_detail(raw, relationship.topic, relationship.hint)
                yield relationship, tone, raw, Context(
                    greet_as=NAMES[tone], relationship=relationship, detail=detail,
                    purpose=relationship.default_purpose, tone=tone, limit=200, me="", variant=0,
                )  # fmt: skip


def render() -> str:
    lines = [
        "# Golden drafts: every opener × detail kind × tone (limit 200, the relationship's usual",
        "# purpose). Regenerate: python -m tests.support.golden_drafts",
    ]
    for relationship, tone, raw, ctx in contexts():
        kind = f"{ctx.detail.kind}: {ctx.detail.phrase!r}" if ctx.detail else "no detail"
        lines.append("")
        lines.append(f"## {relationship.id} · {tone} · {raw!r} → {kind}")
        closes = PURPOSE[ctx.purpose].closes[tone]
        for i, (opener, used_kind) in enumerate(openers_for(ctx)):
            greeting = GREETINGS[tone][i % len(GREETINGS[tone])]
            draft = make_draft(ctx, greeting, opener, used_kind, closes[i % len(closes)])
            text = draft["text"] if draft else "(nothing fits)"
            state = draft["detail"] if draft else "-"
            ok = "" if draft is None or all(c["ok"] for c in draft["checks"]) else "  [lint]"
            lines.append(f"{opener.id:6} {state:9} {text}{ok}")
    return "\n".join(lines) + "\n"


# -- the other five languages: one file each, from the public draft_notes -------------------

NATIVE_DETAILS = {
    "es": {"met-at-event": ("el meetup de PyData Madrid", "María López"), "read-their-post": ("tu charla sobre contratos de datos", "precios dinámicos"),
           "same-school": ("la Universidad de Salamanca", "hicimos el MBA en IE Business School"), "same-company": ("Telefónica", "el equipo de pagos"),
           "former-colleague": ("el proyecto de facturación en Acme", "BBVA"), "mutual-connection": ("Lucía Fernández", "Pablo Ortega de Cabify"),
           "same-group": ("PyLadies Madrid", "la comunidad Data Sevilla"), "reconnect": ("tu trabajo en Acme", "el proyecto de facturación"),
           "cold": ("visualización accesible", "directora de producto en Rappi")},
    "pt": {"met-at-event": ("o meetup de PyData São Paulo", "Carla Mendes"), "read-their-post": ("sua palestra sobre contratos de dados", "precificação"),
           "same-school": ("a USP", "estudamos Engenharia na Unicamp"), "same-company": ("Itaú", "o time de pagamentos"),
           "former-colleague": ("o projeto de faturamento na Acme", "Natura"), "mutual-connection": ("Pedro Nogueira", "Mariana Costa, da Natura"),
           "same-group": ("PyLadies São Paulo", "a comunidade Data BH"), "reconnect": ("seu trabalho na Acme", "o projeto de faturamento"),
           "cold": ("visualização acessível", "lidera a engenharia de dados na Sonae MC")},
    "de": {"met-at-event": ("die PyCon DE in Berlin", "Jonas Becker"), "read-their-post": ("deinen Vortrag über Datenverträge", "Preisexperimente"),
           "same-school": ("TU München", "wir haben beide an der WU Wien studiert"), "same-company": ("Siemens", "das Zahlungsteam"),
           "former-colleague": ("das Abrechnungsprojekt bei Acme", "SAP"), "mutual-connection": ("Nina Albrecht", "Thomas Berger von Roche"),
           "same-group": ("PyLadies Berlin", "die Rust-Community Hamburg"), "reconnect": ("deine Arbeit bei Acme", "das Abrechnungsprojekt"),
           "cold": ("barrierefreie Diagramme", "Head of Data bei Zalando")},
    "fr": {"met-at-event": ("le meetup PyData Paris", "Julien Moreau"), "read-their-post": ("votre conférence sur les contrats de données", "tarification"),
           "same-school": ("l'École polytechnique", "nous avons étudié à l'ULB"), "same-company": ("Airbus", "l'équipe paiements"),
           "former-colleague": ("le projet de facturation chez Acme", "Airbus"), "mutual-connection": ("Sarah Cohen", "Thomas Lefebvre de BNP Paribas"),
           "same-group": ("PyLadies Paris", "la communauté Data Lyon"), "reconnect": ("ton travail chez Acme", "le projet de facturation"),
           "cold": ("visualisation accessible", "responsable talent acquisition chez Mistral AI")},
    "it": {"met-at-event": ("il meetup di PyData Milano", "Luca Marchetti"), "read-their-post": ("il tuo intervento sui contratti di dati", "prezzi dinamici"),
           "same-school": ("il Politecnico di Milano", "abbiamo studiato alla Bocconi"), "same-company": ("Eni", "il team pagamenti"),
           "former-colleague": ("il progetto di fatturazione", "Satispay"), "mutual-connection": ("Marco Bellini", "Luca Marchetti di Pirelli"),
           "same-group": ("PyLadies Milano", "la community Data Torino"), "reconnect": ("il tuo lavoro in Acme", "il progetto di fatturazione"),
           "cold": ("visualizzazione accessibile", "responsabile talent acquisition in Bending Spoons")},
}  # fmt: skip
NATIVE_NAMES = {
    "es": {"warm": "lucía gómez", "formal": "Dra. Carmen Ruiz Ortega"},
    "pt": {"warm": "joão silva", "formal": "Dra. Mariana Costa"},
    "de": {"warm": "jan müller", "formal": "Frau Dr. Anna Vogel"},
    "fr": {"warm": "léa martin", "formal": "Mme Claire Dupont"},
    "it": {"warm": "marco rossi", "formal": "Dott.ssa Giulia Bianchi"},
}
NATIVE_CODES = tuple(NATIVE_DETAILS)


def golden_path(code: str):
    return TESTS / "golden" / f"drafts-{code}.txt"


def native_contexts(code: str):
    """Every relationship × tone with each detail (and none) at its usual purpose, then every
    purpose for one detail: the public draft_notes contexts the file shows."""
    for relationship in RELATIONSHIPS:
        for tone in TONES:
            for raw in (*NATIVE_DETAILS[code][relationship.id], ""):
                yield {"name": NATIVE_NAMES[code][tone], "relationship": relationship.id,
                       "detail": raw, "purpose": relationship.default_purpose, "tone": tone,
                       "language": code}  # fmt: skip
    for purpose in PURPOSE:
        for tone in TONES:
            yield {"name": NATIVE_NAMES[code][tone], "relationship": "met-at-event",
                   "detail": NATIVE_DETAILS[code]["met-at-event"][0], "purpose": purpose,
                   "tone": tone, "language": code, "my_name": "Sam Lee"}  # fmt: skip


def render_native(code: str) -> str:
    from connectwisely import draft_notes

    lines = [f"# Golden drafts in {code}: every relationship × tone × detail, then every purpose.",
             "# Regenerate: python -m tests.support.golden_drafts"]  # fmt: skip
    for context in native_contexts(code):
        result = draft_notes(context)
        lines.append("")
        lines.append(
            f"## {context['relationship']} · {context['tone']} · {context['purpose']} · "
            f"{context['detail']!r}"
        )
        for draft in result["drafts"]:
            ok = "" if all(c["ok"] for c in draft["checks"]) else "  [lint]"
            lines.append(f"{draft['detail']:9} {draft['text']}{ok}")
        lines.append(f"follow-up {result['follow_up']['text']}")
    return "\n".join(lines) + "\n"


def write_all() -> None:
    GOLDEN.write_text(render(), "utf-8")
    for code in NATIVE_CODES:
        golden_path(code).write_text(render_native(code), "utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv:
        current = GOLDEN.read_text("utf-8") == render() and all(
            golden_path(c).read_text("utf-8") == render_native(c) for c in NATIVE_CODES
        )
        sys.exit(0 if current else 1)
    write_all()
