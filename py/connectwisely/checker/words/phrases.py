"""The words behind the request checker's scam signals, as data: one pattern list per warning.

Drawn from LinkedIn Help, the FTC's job-scam and the FBI IC3's investment-fraud warnings, and
written to generalise: each list names a *kind* of ask (move off LinkedIn, pay, share data,
sign in…) in the many ways people phrase it, never one example's wording. Patterns about the
note itself (pitches, stock lines, a shared past) are in :mod:`request_note_phrases`.

Patterns run (case-insensitive) on :func:`unmask`'s output, which undoes the usual tricks for
slipping past filters (look-alike letters, zero-width characters, fancy Unicode letters), so
the evidence quoted back to the reader is their own words, readable.
"""

from __future__ import annotations

import re
import unicodedata

from ...core.text import PLAIN_PUNCTUATION, squash
from .languages import deaccent, table

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# Cyrillic and Greek letters that look Latin; mapped only inside words that mix scripts.
_LOOKALIKE = str.maketrans(
    "аеорсхуіѕјԁһАЕОРСХУІЅЈВНКМТοαυνκΑΒΕΗΙΚΜΝΟΡΤΥΧΖ",
    "aeopcxyisjdhAEOPCXYISJBHKMToauvkABEHIKMNOPTYXZ",
)
_MIXED = re.compile(r"\w*[a-zA-Z]\w*")


def unmask(text: str) -> str:
    """``text`` as a filter-dodger meant it to be read: NFKC letters, no zero-width characters,
    look-alike Cyrillic letters inside Latin words made Latin (and words made only of them in a
    text written in Latin letters), plain quotes, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH).translate(PLAIN_PUNCTUATION)
    text = _MIXED.sub(
        lambda m: m.group(0).translate(_LOOKALIKE) if not m.group(0).isascii() else m.group(0),
        text,
    )
    latin = len(_MIXED.findall(text))
    return squash(_ALL_LOOKALIKE.sub(lambda m: _latin_word(m, latin), text))


# A word made only of look-alike letters ("а", "сор") in a text written in Latin letters.
_ALL_LOOKALIKE = re.compile(r"(?<!\w)[аеорсхуіѕјԁһАЕОРСХУІЅЈВНКМТοαυνκΑΒΕΗΙΚΜΝΟΡΤΥΧΖ]+(?!\w)")


def _latin_word(match: re.Match, latin_words: int) -> str:
    return match.group(0).translate(_LOOKALIKE) if latin_words >= 3 else match.group(0)


_SCAM_TALK = re.compile(r"\b(?:scams?|scammers?|fraud\w*|phishing|beware)\b", re.I)
_DENIAL = re.compile(r"\b(?:not|no|isn't|never)\s(?:a\s)?(?:scam|fraud)\b", re.I)


def without_scam_talk(text: str) -> str:
    """``text`` minus the sentences that talk *about* scams ("your post on gift-card fraud"),
    so naming a scam is not taken for running one. "This is not a scam" stays: it is a tell."""
    sentences = re.split(r"(?<=[.!?])\s+|\n", text)
    return "\n".join(s for s in sentences if not _SCAM_TALK.search(s) or _DENIAL.search(s))


def compile_all(patterns: tuple[str, ...], concept: str | None = None) -> tuple[re.Pattern, ...]:
    """The patterns compiled (case-insensitive), plus every language's table for ``concept``."""
    extra = table(concept) if concept else ()
    return tuple(re.compile(p, re.IGNORECASE) for p in (*patterns, *extra))


def find(patterns: tuple[re.Pattern, ...], text: str, limit: int = 4) -> list[str]:
    """The distinct snippets of ``text`` the patterns match, in pattern order, at most ``limit``.

    Patterns are matched on ``text`` without accents (:func:`deaccent`), so one pattern reads
    "Gebühr" and "Gebuhr"; the snippets are cut from ``text`` itself."""
    plain = deaccent(text)
    found: list[str] = []
    seen: set[str] = set()
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        for match in pattern.finditer(plain):
            snippet = text[match.start() : match.end()].strip(" ,;:.")
            key = snippet.casefold()
            start, end = match.span()
            if not snippet or key in seen or any(start < e and s < end for s, e in spans):
                continue
            seen.add(key)
            spans.append((start, end))
            found.append(snippet)
            if len(found) >= limit:
                return found
    return found


_GAP = r"[\s.\-_*·•,'|/\\]{0,2}"


def count_matching(patterns: tuple[re.Pattern, ...], text: str) -> int:
    """How many of the patterns match ``text`` at all (distinct signs, even when they overlap)."""
    plain = deaccent(text)
    return sum(1 for pattern in patterns if pattern.search(plain))


def _spaced(word: str) -> str:
    """A pattern for ``word`` even when written W.h.a.t.s.A.p.p, whats-app or with look-alike digits."""
    alike = {"a": "[a4@]", "e": "[e3]", "i": "[i1!|l]", "l": "[l1|i]", "o": "[o0]", "s": "[s5$]"}
    return _GAP.join(alike.get(c, re.escape(c)) for c in word)


_S = r"[^.!?\n]"  # within one sentence
_MONEY = r"(?:(?:r\$|rp|[$€£₹₺])\s?\d[\d,.]*\s?k?|\d[\d,.]*\s?k?\s?(?:usd|eur|gbp|dollars?|dolar\w*|euros?|pounds?|rupees?|reais|lira|tl|zl|pln|€|₺))"
_PER = r"(?:/|per|an|a|each|every)\s?(?:hour|hr|h|day|week|wk|month|task)\b"

# -- moving the conversation off LinkedIn ----------------------------------------------------
# A phone number in a note is a move off LinkedIn too (text me, call me, WhatsApp me).
PHONE = compile_all(
    (
        r"(?:\+|\b00)\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b",
        r"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b",
        # a number written without separators (a spelled-out one, once normalised), after a cue
        r"(?:[📱📞☎📲]|\b(?:call|text|phone|number|tel|mobile|cell|whatsapp|telegram|contact|reach|dial|sms|llam\w*|escrib\w*|ligu\w*|chama|anruf\w*|nummer|appel\w*|numero|chiam\w*|scriv\w*|bel|app|zadzwon\w*|ara\w*)\b)[^.!?\n]{0,30}?(?<![\d.,])\d{8,13}(?!\d|[.,]\d|\s?%)",
        r"\b\d{2,3}[\s.-]9[\s.-]?\d{4}[\s.-]?\d{4}\b",
        r"(?<![\d.,/-])0\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b",
        r"\b[679]\d{2}[\s.-]\d{2,3}[\s.-]\d{2,3}[\s.-]?\d{0,3}\b",
    )
)
# An app named as a topic or an employer ("WhatsApp's encryption", "engineer at Telegram") is no ask.
_EMPLOYER = r"(?<!\bat )(?<!\bfor )(?<!\bfrom )(?<!\bjoined )(?<!\bleft )"
_NOT_AN_ASK = r"(?!['’]s\b|\s(?:api|business api|encryption|architecture|integration|team|engineers?|product|clone|bots?|ads|features?|security|privacy|scams?)\b)"
OFF_PLATFORM = (
    compile_all(
        (
            _EMPLOYER
            + r"(?<![a-z0-9])(?:"
            + _spaced("whatsapp")
            + r"|wh?at{1,2}s?ap{1,2}(?![a-z]))"
            + _NOT_AN_ASK,
            _EMPLOYER + r"(?<![a-z0-9])" + _spaced("telegra") + _GAP + r"(?:m|rn)" + _NOT_AN_ASK,
            _EMPLOYER
            + r"(?<![a-z0-9])(?:we[._-]?chat|viber|skype|snapchat|kakao ?talk|(?:google\s)?hangouts|google hangout)\b"
            + _NOT_AN_ASK,
            r"\bgoogle\s?chat\b|\bg-?chat\b",
            r"\b(?:on|via|over|through|use|download|add me on|text me on|message me on)\s+signal\b",
            r"\bsignal\s+(?:app|messenger|number|handle|me at)\b",
            r"\b(?:wa\.me|wa\.link|t\.me|telegram\.me|signal\.me|chat\.whatsapp\.com)/\S*",
            r"\b(?:dm|message|text|chat with|contact|reach|add|find|write to)\s(?:me\s|us\s)?(?:on|via|at)\s(?:instagram|facebook|messenger|ig|snap)\b",
            r"(?<![\w.+-])[\w.+-]{1,64}@(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|aol|proton(?:mail)?|pm|gmx|mail|yandex|zoho|qq|163|126)\.[a-z.]{2,6}",
            r"(?:\(at\)|\[at\]|\sat\s)\s?(?:gmail|yahoo|hotmail|outlook|icloud|protonmail)\s?(?:\(dot\)|\[dot\]|\sdot\s|\.)\s?com\b",
            r"\b(?:personal|private)\s+e-?mail\b",
            r"\b(?:text|sms)\s+me\b",
            r"\b(?:chat|talk|speak|continue|discuss)\s(?:more\s)?(?:privately|in private|somewhere (?:more )?private)\b",
            r"\bprivate(?:ly)?\s(?:chat|conversation|channel)\b",
            r"\b(?:off|outside(?: of)?|away from)\s(?:of\s)?(?:linkedin|this (?:app|platform|site))\b",
            r"\b(?:not|rarely|seldom|hardly)\s(?:very\s)?(?:active|on here|online)\s(?:here|on (?:here|linkedin))\b",
            r"\b(?:rarely|seldom|hardly|don't|do not)\s(?:ever\s)?(?:check|use|log ?in(?:to)?)\s(?:linkedin|this)\b",
            r"\b(?:send|share|give|drop|leave)\s(?:me\s)?your\s(?:whatsapp|telegram|phone|mobile|cell|number|contact number|personal e-?mail)\b",
            r"\b(?:what's|what is|whats)\syour\s(?:whatsapp|telegram|signal|(?:personal\s|private\s)?(?:phone|mobile|cell)(?:\snumber)?|number|personal e-?mail)\b",
        ),
        "off_platform",
    )
    + PHONE
)

# -- money, fees, gift cards, equipment ------------------------------------------------------
MONEY = compile_all(
    (
        r"\b(?:processing|registration|application|training|onboarding|activation|booking|clearance|release|placement|enrolment|enrollment|certification|verification|unlock(?:ing)?|withdrawal|courier|visa|admin(?:istrative)?)\s(?:fee|charge|cost|deposit)s?\b",
        r"\b(?:upfront|up-front|small|one-time|one-off|refundable|security|token)\s(?:[\w-]+\s)?(?:fee|payment|deposit|charge)s?\b",
        r"\b(?:production|listing|feature|featuring|publication|membership|placement|processing|editing|participation|nomination|entry|delegate|speaker|award|induction)\s(?:fee|charge|cost)s?\b|\bretainer\b",
        r"\b(?:upgrade|subscribe|enrol+|buy|purchase)\b[^.!?\n]{0,60}?\b(?:plan|membership|package|subscription|account|certificate)\b[^.!?\n]{0,20}?[$€£₹]\s?\d",
        r"\b(?:recover\w*|get back|(?:retrieve|retrieving|retrieval)|reclaim\w*)\s(?:your\s)?(?:lost|stolen|scammed)\s(?:money|funds|crypto|bitcoin|investments?)\b|\b(?:recover\w*|(?:retrieve|retrieving|retrieval))\s(?:stolen|lost)\s(?:money|funds|crypto)\b",
        r"\b(?:check|cheque)\b[^\n]{0,60}?\b(?:equipment|supplies|laptop|devices?|home[- ]office)\b[^\n]{0,80}?\b(?:buy|purchase|order|vendor|supplier)\b",
        r"\b(?:please|kindly|just|simply|you(?:'ll| will)? (?:need|have|be required) to|you must|must|need to|required to|requires? you to|asks? you to)\s(?:first\s)?(?:pay|send|transfer|wire|deposit|buy|purchase)\b"
        + _S
        + r"{0,50}?\b(?:fee|fees|deposit|money|funds|payment|gift ?cards?|bitcoin|btc|usdt|crypto|equipment|laptop|check|cheque|amount)\b",
        r"\bpay\s(?:a|the|an|us|me|for|your)\b"
        + _S
        + r"{0,30}?\b(?:fee|fees|deposit|equipment|training|kit|certification|registration|materials|license|licence)\b",
        r"\b(?:pay|paid|payment)\s(?:via|with|by|in|using)\s(?:gift ?cards?|bitcoin|btc|usdt|crypto|western union|moneygram|zelle|cash ?app|wire)\b",
        r"\b(?:itunes|apple|google play|steam|amazon|ebay|razer|sephora|walmart|target)\s(?:gift\s)?cards?\b",
        r"\bgift ?cards?\b",
        r"\b(?:western union|moneygram|wire transfer|bitcoin atm|crypto atm|cash ?app)\b",
        r"\b(?:send|lend|loan|wire)\s(?:me\s)?(?:some\s)?(?:money|funds|cash)\b",
        r"\b(?:deposit|cash|mobile-deposit)\s(?:a|the|this|our)?\s?(?:check|cheque)\b",
        r"\b(?:a|the|this|our)\s(?:check|cheque)\b" + _S + r"{0,40}?\bto\s(?:buy|purchase|get)\b",
        r"\b(?:buy|purchase|order)\b"
        + _S
        + r"{0,40}?\b(?:equipment|supplies|software|kit|laptop|computer|devices?|phone|monitor)\b[^\n]{0,120}?\b(?:reimburs\w*|refund\w*|vendor|supplier|partner store|approved store|(?:a|the) (?:check|cheque))",
        r"\breceive\s(?:payments?|funds|money|transfers|packages)\s(?:for|on behalf of)\b",
        r"\b(?:add|deposit|put in|transfer|top up|recharge|load)\s(?:a\s|an\s|the\s)?(?:small\s|minimum\s|initial\s)?(?:balance|amount|sum|deposit|funds?)\b[^.!?\n]{0,60}?\b(?:comes? back|returned|refunded|paid back|you get (?:it )?back|with your (?:first )?(?:commission|salary|payout|withdrawal|earnings))",
        r"\bunlock (?:the )?(?:higher|next|premium|vip|advanced) (?:tier|level|tasks)\b",
        r"\btop[- ]?up\b[^.!?\n]{0,30}?(?:[$€£₹]|\brp\b|\d)|\b(?:vip|premium) (?:level|tier|account)\b[^.!?\n]{0,40}?\b(?:unlock|open|activate|upgrade)|\b(?:unlock|open|activate|upgrade)\w*\b[^.!?\n]{0,30}?\b(?:vip|premium) (?:level|tier)\b",
        r"\b(?:reshipping|package forwarding|payment processing agent|payroll agent|money transfer agent)\b",
    ),
    "money",
)

# -- advance-fee fraud: inheritances, consignments, "business proposals" ----------------------
ADVANCE_FEE = compile_all(
    (
        r"\b(?:business|investment|confidential|lucrative)\sproposal\b",
        r"\b(?:inheritance|next of kin|deceased (?:client|customer|relative)|unclaimed (?:funds|fund|inheritance)|consignment box|diplomatic (?:box|bag))\b",
        r"\b(?:transfer|move|release)\s(?:of\s)?(?:the\s)?(?:funds|sum)\b|\bbeneficiary\b",
        r"\b(?:million|\d+(?:\.\d+)?m)\s(?:us\s)?(?:dollars|usd|euros|pounds)\b",
    ),
    "advance_fee",
)

# -- investment and crypto promising profit ---------------------------------------------------
RETURNS = compile_all(
    (
        r"\bguarantee[ds]?\s(?:\w+\s){0,3}?(?:returns?|profits?|income|earnings|payouts?|roi|gains?|results)\b",
        r"\b(?:returns?|profits?|income|earnings|payouts?|roi|gains?)[,\s]+(?:are\s|is\s|fully\s|100%\s)?guaranteed\b",
        r"\brisk[- ]free\s(?:investment|returns?|profits?|trading|income)\b",
        r"\b\d+(?:\.\d+)?\s?%\s(?:\w+\s){0,2}?(?:daily|weekly|monthly|per (?:day|week|month)|a (?:day|week|month)|every (?:day|week|month))",
        r"\b(?:daily|weekly|monthly)\s(?:returns?|profits?|roi|payouts?|income)\s(?:of\s)?(?:up to\s)?\d",
        r"\b(?:double|triple|10x)\s(?:your\s)?(?:money|investment|capital|income|savings)\b",
    ),
    "returns",
)
INVESTMENT_VEHICLE = compile_all(
    (
        r"\b(?:crypto(?:currency|currencies)?|bitcoin|btc|ethereum|usdt|tether|forex|fx trading|binary options?|nfts?|defi|altcoins?|memecoins?)\b",
        r"\b(?:krypto|kripto|cripto)\w*|\bai-?(?:trading|handel|trade)\b",
        r"\b(?:trading|investment)\s(?:strategy|signals?|platform|account|bot|app|plan|package|opportunity|program|mentor(?:ship)?|group)\b",
        r"\b(?:gold|silver|oil|stock|stocks|options|futures|commodit(?:y|ies)|index|arbitrage)\s(?:futures|trading|investing|investments?|strategy|signals|arbitrage)\b",
        r"\b(?:private|my|our)\s(?:fund|investment pool|trading pool)\b|\binvestment pool\b",
        r"\bmining pool\b",
        r"\b(?:gold|silver|oil|crypto|forex|stock|futures|commodit(?:y|ies))\s(?:[\w-]+\s)?(?:contracts?|tips|signals|calls)\b",
        r"\b(?:arbitrage|trading|quant(?:itative)?)\s(?:bot|algorithm|robot|ai)\b|\b(?:ai|quant(?:itative)?)\s(?:[\w-]+\s)?(?:arbitrage|trading)\b",
    ),
    "vehicle",
)
PROFIT_PROMISE = compile_all(
    (
        r"\b(?:profits|profitable|passive income|financial freedom|make money|making money|extra income)\b",
        r"\b(?:huge|high|great|big|steady|consistent|massive|daily|weekly|monthly)\s(?:returns|profits?|gains|income|payouts?)\b",
        r"\b(?:earn|earning|earned|made|making)\s(?:\w+\s)?(?:money|income|profits?|[$€£]\s?\d)",
        r"\bchanged my life\b",
        r"\b(?:done|worked|paid off|going)\s(?:really\s|very\s|so\s|incredibly\s)?(?:well|great|nicely)\sfor\s(?:me|us|my family)\b",
        r"\b(?:made|earned|gained|profited|netted)\s(?:over\s|about\s|nearly\s|almost\s)?(?:[$€£]\s?)?\d[\d.,]*\s?k?\b",
        r"\b(?:no|never (?:had )?a|not (?:had )?a|without a)\s(?:single\s)?losing\s(?:day|week|month|trade|year)\b",
    ),
    "profit",
)

# -- personal, banking and login data --------------------------------------------------------
PERSONAL_DATA = compile_all(
    (
        r"\b(?:send|share|provide|give|submit|upload|enter|confirm|verify|forward|attach|fill in|need|require|text|email|your)\b"
        + _S
        + r"{0,40}?\b(?:bank\s(?:account|details|login|information|info|statement|card|credentials|password)|account number|routing number|sort code|iban|social security(?: number)?|ssn|national insurance(?: number)?|national id|passport(?:\s(?:copy|photo|number|scan|details))?|(?:photo|copy|scan|picture) of (?:your|the) (?:id|passport|driver'?s licen[cs]e|id card)|id card|driver'?s licen[cs]e|date of birth|mother'?s maiden name|password|passcode|login (?:details|credentials|info)|credentials|(?:verification|security|one[- ]time|otp|sms|2fa)\s(?:code|pin)|otp|credit card|debit card|card (?:number|details)|cvv|cvc|pin (?:number|code)|seed phrase|recovery phrase|private key|home address)\b",
    ),
    "personal_data",
) + compile_all(
    (
        r"\b(?:iban|nif|pesel|bsn|(?<!\bton )(?<!\bvotre )(?<!\bmon )(?<!\bvos )(?<!\bson )cpf|ssn|tckn|aadhaa?r|pan card|cvv|blik|otp|digid|nie|dni)\b",
        # national e-IDs and bank IDs: signing in with one on a link hands over your identity
        r"\b(?:bank-?id|itsme|mitid|nemid|smart-?id|mobiil-?id|freja e-?id|e-?devlet|spid|franceconnect|profil zaufany|e-?dowod|cl@ve|cie ?id|e-?ident)\b",
    )
)
NEGATED = re.compile(
    r"\b(?:never|not|don't|do not|won't|will not|no one|nobody|nunca|jamas|nao|nie|niemals|nicht|keine?|jamais|pas|mai|non)\b[^.!?\n]{0,30}$",
    re.I,
)

# -- phishing: sign in to view, remote access, lookalike LinkedIn --------------------------------
SIGN_IN_TO_VIEW = compile_all(
    (
        r"\b(?:sign|log)[\s-]?in\b"
        + _S
        + r"{0,60}?\bto (?:view|access|open|see|download|read|review|unlock)\b",
        r"\bto (?:view|access|open|see|download|read|review|unlock)\b"
        + _S
        + r"{0,40}?\b(?:sign|log)[\s-]?in\b",
    ),
    "sign_in",
)
LOGIN = compile_all(
    (
        r"\b(?:sign|log)[\s-]?(?:in|on)\b|\blogin\b",
        r"\benter your (?:e-?mail|password|credentials|login|details)\b",
        r"\bverify your (?:account|identity|e-?mail|login)\b",
        r"\bwith your (?:office|microsoft|outlook|google|gmail|linkedin|apple|dropbox|docusign|adobe)(?: 365)? (?:account|details|credentials|login|password|email)\b",
    )
)
DOCUMENT = compile_all(
    (
        r"\b(?:documents?|docs?|files?|invoices?|pdfs?|attachments?|contracts?|offer letter|statements?|folder|proposal|voicemail|fax|job description)\b",
        r"\b(?:onedrive|sharepoint|dropbox|docusign|wetransfer|office 365|microsoft 365)\b",
    )
)
REMOTE_ACCESS = compile_all(
    (
        r"\b(?:anydesk|teamviewer|ultraviewer|rustdesk|remote access|screen ?share your)\b",
        r"\b(?:download|install|run)\s(?:the|this|our|an|a|my)\s(?:[\w-]+\s)?(?:app|application|software|extension|program|apk|file|repo|project|tool|client)\b",
        r"\bclone\s(?:the|this|our|my)\s(?:repo|repository|project|code)\b|\bnpm install\b|\bpip install\b",
        r"(?<![\w./-])[\w./-]{1,100}\.(?:apk|exe|msi|dmg|scr)\b",
        r"\byour (?:\w+ )?account (?:will be|has been|is being|is|was) (?:suspended|restricted|locked|closed|disabled|deactivated|flagged)\b",
        r"(?<![\w.-])(?:https?://)?(?![\w.-]*\blinkedin\.com(?![\w.-]))(?:[\w-]+\.)*[\w-]*(?:linked[il1]n|l[i1]nked[il1]n)[\w-]*\.[a-z]{2,10}(?:\.[a-z]{2,3})?(?:/\S*)?",
        r"https?://\d{1,3}(?:\.\d{1,3}){3}\S*|\bxn--[\w-]+\.\S+",
    )
)
SHORTENER = compile_all(
    (
        r"(?<![\w.-])(?:https?://)?(?:www\.)?(?:bit\.ly|bitly\.com|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|v\.gd|buff\.ly|rebrand\.ly|cutt\.ly|shorturl\.at|tiny\.cc|rb\.gy|s\.id|t\.ly|bl\.ink|short\.io|shorte\.st|adf\.ly|tiny\.one|rb\.gy|qrco\.de|shorturl\.com)/\S*",
    )
)
LINK = compile_all(
    (
        r"\bhttps?://\S+",
        r"\bwww\.\S+",
        r"(?<![\w@.-])(?:[\w-]+\.)+(?:com|net|org|io|co|me|ly|app|link|info|biz|xyz|site|online|top|click|page|ai|dev|in|uk|de|fr|es|ru|cn|gl|gd)/\S*",
    )
)

# -- jobs that are too good to be true -------------------------------------------------------
JOB = compile_all(
    (
        r"\b(?:earn\w*|income|from home|jobs?|vacanc(?:y|ies)|positions?|roles?|openings?|opportunit(?:y|ies)|offers?|hiring|hired|recruit\w*|employment|gigs?|tasks?|work from home|wfh|part[- ]time|full[- ]time|data entry|assistant|payroll|interview)\b",
    ),
    "job",
)
TOO_GOOD = compile_all(
    (
        _MONEY
        + r"\s?"
        + _PER
        + _S
        + r"{0,80}?\b(?:from (?:the comfort of )?(?:your )?home|part[- ]time|no experience|easy|simple|data entry|assistant|few hours|tasks?)\b",
        r"\b(?:from (?:the comfort of )?(?:your )?home|part[- ]time|no experience|easy|simple|data entry|assistant|few hours|tasks?)\b"
        + _S
        + r"{0,80}?"
        + _MONEY
        + r"\s?"
        + _PER,
        r"\b(?:paying|pays|salary of|earn)\s(?:up to\s)?"
        + _MONEY
        + r"\s?(?:weekly|daily|"
        + _PER
        + r")",
        r"\bearn(?:ing)?\s(?:up to\s|over\s|at least\s)?" + _MONEY,
        r"\bno (?:prior )?experience (?:needed|required|necessary)\b",
        r"\b(?:this is )?not a scam\b|\b100\s?% (?:legit|legal|real|genuine)\b",
        r"\b(?:no|without (?:an?|any)?)\s?(?:interview|cv|resume|résumé)\s?(?:needed|required|necessary)?\b",
        r"\byou(?:'re| are| have been|'ve been| were| got)\s(?:officially\s|now\s)?(?:hired|selected|shortlisted|chosen|approved|accepted for)\b",
        r"\byour (?:application|profile|cv|resume|résumé) (?:has been|was|is) (?:selected|shortlisted|approved|accepted)\b",
        r"\binterview\s(?:will be\s)?(?:held\s)?(?:via|on|over|through|by)\s(?:text|chat|telegram|whatsapp|hangouts|google chat|signal|instant message|instant messaging|instant messenger|skype chat)\b",
        r"\b(?:only|just)\s\d+\s?(?:-\s?\d+\s)?hours?\s(?:a|per)\s(?:day|week)\b",
        r"\b(?:easy|simple)\s(?:money|job|jobs|tasks?|work)\b",
        r"\b(?:like|rate|review|boost|optimi[sz]e)\s(?:\w+\s)?(?:videos|products|apps|hotels|posts|ratings)\s(?:for|and (?:earn|get paid))\b",
        r"\bcommission\s(?:per|for each|on each)\s(?:task|order|review)\b",
        r"\b(?:mystery shopper|product tester|package (?:handler|inspector)|reshipping|remote (?:personal )?assistant|personal assistant|data entry (?:clerk|job|position|role))\b",
        r"\bper (?:hour|day|week)\s" + _MONEY,  # the rate before the amount ("günlük 300 dolar")
    ),
    "too_good",
)

# Signs that are normal in a real offer once the role is concrete (pay for the time, part time,
# from home, no CV at first); the other TOO_GOOD signs stay signs whatever the offer says.
_WEAK = (0, 1, 2, 3, 6, 10, 15)
TOO_GOOD_WEAK = (*(TOO_GOOD[i] for i in _WEAK), *compile_all((), "too_good_weak"))
TOO_GOOD_STRONG = tuple(p for i, p in enumerate(TOO_GOOD) if i not in _WEAK)

# -- romance openers -------------------------------------------------------------------------
ROMANCE = compile_all(
    (
        r"\b(?:hello|hi|hey|good (?:morning|day|evening)|dear)\W+(?:gorgeous|beautiful|handsome|pretty|sweet(?:heart|ie|y)|darling|babe|baby|dearest|my love|angel|beauty|princess|queen)\b",
        r"\byour\s(?:(?:beautiful|lovely|pretty|sweet|charming|gorgeous|radiant)\s)?smile\b|\byour\s(?:beautiful|lovely|pretty|sweet|charming|gorgeous|radiant)\s(?:eyes|face)\b",
        r"\b(?:beautiful|pretty|gorgeous|stunning|cute|lovely|attractive|handsome|sexy)\s(?:lady|woman|women|man|girl|face|smile|eyes)\b",
        r"\b(?:beautiful|gorgeous|stunning|cute|sexy|attractive)\s(?:profile\s)?(?:photo|picture|pic)\b",
        r"\byou (?:look|are) (?:so |very |really )?(?:beautiful|gorgeous|pretty|stunning|handsome|cute|sexy|attractive)\b",
        r"\b(?:lonely|widow(?:er|ed)?|soul ?mate|true love|god[- ]fearing|my heart)\b",
        r"\bsingle\s(?:dad|father|mom|mum|mother|parent)\b",
        r"\b(?:on|at) an? (?:oil rig|offshore rig)\b|\bpeace-?keeping mission\b",
        r"\b(?:looking|searching)\sfor\s(?:love|a (?:partner|wife|husband|soulmate|relationship|life partner|companion|good (?:woman|man))|true love|someone special)\b",
    ),
    "romance",
)
FAMILIAR = compile_all(
    (
        r"\b(?:hello|hi|hey|greetings)\W+(?:my\s)?(?:dear|friend|dear friend|hun|hon|babe)\b",
        r"\bget to know (?:you|each other) (?:better|more)\b|\bknow(?:ing)? you (?:better|more)\b",
        r"\b(?:your|sincere|genuine|true|long-?lasting)\sfriendship\b",
    ),
    "familiar",
)

# Romance needs romance: one of these, or two different cues of ROMANCE, not one word.
ROMANCE_STRONG = (ROMANCE[0], ROMANCE[4], ROMANCE[8], *compile_all((), "romance_strong"))

# -- urgency and pressure --------------------------------------------------------------------
URGENCY = compile_all(
    (
        r"\b(?:urgent(?:ly)?|asap|immediately|right away|act (?:now|fast|quickly)|hurry|last chance|don't miss|before it's too late)\b",
        r"\bwithin (?:the next )?\d+\s?(?:hours?|hrs?|minutes?|mins?)\b",
        r"\b(?:today|tonight) only\b|\bexpires? (?:today|tonight|soon|in \d+)\b|\bdeadline (?:is )?(?:today|tonight|tomorrow)\b",
        r"\b(?:limited|only \d+)\s(?:slots?|spots?|places|seats|positions)(?:\s(?:left|remaining|available))?\b",
        r"\brespond (?:now|quickly|immediately|today|asap)\b",
        r"\bbefore (?:\d{1,2}(?::\d\d)?\s?(?:am|pm)|noon|end of (?:the )?day|eod|close of business|cob)\b|\bby (?:end of (?:the )?day|eod|cob)\b",
    ),
    "urgency",
)
# -- secrecy: keep it quiet, handle it discreetly ----------------------------------------------
SECRECY = compile_all(
    (
        r"\bkeep (?:this|it|that)\s(?:strictly\s)?(?:between us|between you and me|confidential|private|quiet|to yourself|discreet)\b",
        r"\b(?:between (?:you and me|the two of us|ourselves)|discreet(?:ly)?|hush-hush|tell no one|don't tell (?:anyone|anybody|your (?:manager|team|colleagues)))\b",
        r"\bhandled?\s(?:quietly|privately|off the record)\b|\boff the record\b",
    ),
    "secrecy",
)
# -- a claimed authority: an executive's title (the reader's own company is checked apart) ----
AUTHORITY = compile_all(
    (
        r"\b(?:ceo|cfo|coo|cto|chief [a-z]+ officer|founder|co-?founder|president|chair(?:man|woman|person)?|managing director|general manager|owner|board member|vice president|vp|svp|evp|md|director)\b",
    ),
    "authority",
)
