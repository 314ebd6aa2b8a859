"""Word lists the request checker reads by, as data: LinkedIn's own interface words (dropped
from a paste), job-title and place words (to tell a headline from a location), generic titles,
and the big employers scammers most often borrow. All folded (see :func:`text.fold`)."""

from __future__ import annotations

from ...core.text import fold


def _items(text: str, sep: str | None = None) -> frozenset[str]:
    return frozenset(fold(item.strip()) for item in text.split(sep) if item.strip())


# Buttons, tabs and labels that come along when a reader copies from LinkedIn.
INTERFACE_WORDS = _items(
    """accept, ignore, reply, message, connect, follow, following, more, pending, withdraw, dismiss,
    report, block, save, share, send, cancel, premium, hiring, invitation, invitations, manage,
    profile, linkedin, home, jobs, messaging, notifications, me, about, activity, experience,
    education, skills, interests, note, today, yesterday, contact info, open to work, #opentowork,
    see more, see less, show more, show less, view profile, view full profile, people also viewed,
    invitation message, message us, visit website, for business, my network, verifications,
    about this profile, mutual connections, connections, followers""",
    ",",
)

# Words that make a line a job title rather than a name or a place.
ROLE_WORDS = _items(
    """manager engineer director recruiter founder co-founder cofounder ceo cto cfo cmo vp
    president consultant developer designer analyst scientist specialist coordinator assistant
    officer lead head partner student teacher professor researcher architect owner executive
    associate intern hr talent sales marketing trader investor coach captain nurse doctor lawyer
    attorney accountant writer editor entrepreneur freelancer advisor adviser broker agent
    administrator technician programmer product data software chief senior junior principal staff
    graduate hiring recruitment operations finance strategy at @ | helping"""
)

PLACE_WORDS = _items("area region metropolitan metro greater county province state remote")
PLACES = _items(
    """united states, usa, united kingdom, uk, england, scotland, wales, ireland, canada, australia,
    new zealand, india, pakistan, bangladesh, sri lanka, nepal, china, hong kong, taiwan, japan,
    korea, south korea, singapore, malaysia, indonesia, philippines, vietnam, thailand, germany,
    france, spain, portugal, italy, netherlands, belgium, luxembourg, switzerland, austria, poland,
    czechia, czech republic, slovakia, hungary, romania, bulgaria, greece, turkey, türkiye,
    ukraine, sweden, norway, denmark, finland, iceland, estonia, latvia, lithuania, israel, egypt,
    nigeria, ghana, kenya, south africa, morocco, tunisia, ethiopia, uae, united arab emirates,
    dubai, saudi arabia, qatar, brazil, argentina, chile, colombia, mexico, peru, london, paris,
    berlin, munich, madrid, barcelona, lisbon, rome, milan, amsterdam, brussels, zurich, geneva,
    vienna, prague, warsaw, stockholm, oslo, copenhagen, helsinki, dublin, new york,
    san francisco, seattle, boston, chicago, austin, toronto, vancouver, sydney, melbourne,
    bangalore, bengaluru, mumbai, delhi, new delhi, hyderabad, pune, chennai, tokyo, seoul,
    shanghai, beijing, lagos, nairobi, cairo, tel aviv, são paulo, sao paulo""",
    ",",
)

# Greetings and sign-offs: the words a note can be made of and still say nothing.
GREETING_WORDS = _items(
    """hi hello hey dear greetings good morning afternoon evening day thanks thank you regards best
    cheers kind warm sincerely there all on linkedin"""
)

# A headline made only of these ("Director", "Hiring Coordinator") names no employer or field.
GENERIC_TITLE = _items(
    """director ceo cto cfo founder cofounder co-founder owner president vp manager consultant
    entrepreneur investor businessman businesswoman business executive officer hr human resources
    recruiter recruitment recruiting hiring talent acquisition coordinator partner assistant
    specialist advisor adviser agent associate trader finance financial marketing sales senior
    head chief general global international self-employed freelancer professional expert leader
    team of and"""
)

# Employers whose names fake recruiters borrow most (FTC, FBI and LinkedIn examples).
BIG_BRANDS = _items(
    """google, alphabet, amazon, aws, meta, facebook, apple, microsoft, netflix, tesla, spacex,
    nvidia, ibm, oracle, salesforce, adobe, intel, cisco, sap, deloitte, pwc,
    pricewaterhousecoopers, kpmg, ey, ernst & young, accenture, mckinsey, bcg,
    boston consulting group, bain, goldman sachs, jpmorgan, j.p. morgan, jp morgan,
    morgan stanley, citi, citibank, hsbc, barclays, blackrock, pfizer, johnson & johnson,
    unilever, nestle, procter & gamble, p&g, coca-cola, pepsico, walmart, shell, bp, exxonmobil,
    chevron, samsung, sony, toyota, linkedin, openai, uber, airbnb, visa, mastercard, paypal, dhl,
    fedex, ups, emirates, qatar airways, united nations, world bank, unicef""",
    ",",
)

__all__ = [
    "BIG_BRANDS",
    "GENERIC_TITLE",
    "GREETING_WORDS",
    "INTERFACE_WORDS",
    "PLACES",
    "PLACE_WORDS",
    "ROLE_WORDS",
]
