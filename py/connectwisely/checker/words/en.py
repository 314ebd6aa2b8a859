"""English: what the request checker needs to read English besides its core tables.

The core English tables (moves off LinkedIn, money, investment, phishing, jobs, romance, the
note's own phrases) are :mod:`.phrases` and :mod:`.note_phrases`, where the other languages'
``TABLES`` are added to them. This module holds what every language module holds: stop words
to detect the language, number words, period words, messaging-app nicknames, role titles,
and English additions written from the FTC's job-scam warnings (kits and certifications
"you pay for first"), with Indian English and Hinglish idioms (a "registration amount",
"ghar baithe kamaiye", "roz", "kindly") read as English.
"""

STOPWORDS = "the and to of a in is you that it for on with as are be this at your i we have my me our will from or by an not but can would if so all about just hi hello thanks"
# Hinglish (Hindi written in Latin letters, mixed with English): read as English, with its idioms.
STOPWORDS += " get know like love really let's us your you're it's i'm i'd could should there here"
STOPWORDS += " hai hain ka ki ke mein se ko aap aapka aapki hum humare humari kya nahi bhi toh ho kar karna karte raha rahe wala wali yaar ji accha bahut bhai mere mera meri unke unka milte aaya dila deta mahine pichle kaafi baat pe ghar baithe kamaiye karne karo kare sirf bas paise kaam"
NUMBERS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "millions": 1_000_000,
}  # fmt: skip
JOINERS = ("and",)
PERCENT = ("percent", "per cent", "pct")
PERIODS = {
    "day": r"a day|per day|each day|every day|daily|roz|rozana|har din|per din",
    "week": r"a week|per week|each week|every week|weekly",
    "month": r"a month|per month|each month|every month|monthly|har mahine|per mahina",
    "hour": r"an hour|per hour|hourly",
    "year": r"a year|per year|per annum|annually",
}
APPS = {
    "WhatsApp": r"wa|whats|whatsie|the green app|green app",
    "Telegram": r"tg|tele|the blue app",
}
BUTTONS = ""  # English buttons are in vocab.INTERFACE_WORDS
INTERFACE: dict[str, str] = {}  # English interface lines are read by paste.py's own patterns
ROLES = r"product owner\w*|scrum master\w*|\w*engineering|devops|sre|front-?end|back-?end|full[- ]?stack|machine learning|engineer|developer|programmer|analyst|designer|architect|scientist|consultant|accountant|nurse|lawyer|technician|admin(?:istrator)?|recruiter|manager|specialist"
TABLES = {
    "waived": (r"\b(?:waived?|free of charge|we(?:'ll| will)? cover|covered by (?:us|the \w+))\b",),
    "returns": (r"\bper (?:day|week|month)\b[^.!?\n]{0,30}?\d+(?:[.,]\d+)?\s?%",),
    "money": (
        r"\b(?:kit|course|certification|certificate|training|program(?:me)?|materials?|licen[cs]e|software|equipment|background check)\b[^.!?\n]{0,40}?\b(?:costs?|for|of|at|priced at|is)\s(?:only\s|just\s)?[$€£]\s?\d",
        r"\b(?:purchase|buy|pay for|cover)\s(?:a|an|the|your|our)\s[^.!?\n]{0,30}?\b(?:kit|course|certification|equipment|licen[cs]e|background check)\b",
        r"\b(?:receive|accept|collect)\s(?:\w+\s)?(?:parcels|packages|shipments|goods|deliveries)\b[^.!?\n]{0,60}?\b(?:re-?ship\w*|forward\w*|send them on)",
        r"\b(?:refunded|reimbursed|paid back|returned|credited back)\s(?:to you\s)?(?:with|after|in|on|from)\s(?:your\s)?(?:first|\d+)",
        r"\b(?:registration|joining|security|refundable|confirmation|processing) amount\b|\bkindly (?:pay|deposit|transfer)\b",
        r"\b(?:by paying|kindly pay|please pay|you (?:need to|must|have to|will) pay|paying (?:the|a|your))\b[^.!?\n]{0,50}?(?:(?:usd|eur|gbp|inr|aed)\s?\d|[$€£₹]\s?\d|\d[\d.,]*\s?(?:usd|eur|gbp|dollars|euros))",
    ),
    "personal_data": (
        r"\b(?:code|digits|otp|pin)\b[\s\S]{0,80}?\b(?:instead of mine|wrong number|(?:typed|entered|put|used) your (?:number|phone)|(?:went|came|was sent|arrived) to your (?:phone|number|mobile|cell))\b|\b(?:instead of mine|wrong number|(?:typed|entered|put|used) your (?:number|phone)|(?:went|came|was sent|arrived) to your (?:phone|number|mobile|cell))\b[\s\S]{0,80}?\b(?:code|digits|otp|pin)\b",  # a code that reached you "by mistake"
        r"\b(?:(?:verification|security|login|sms|one-time|confirmation|\d[- ]?digit) (?:code|pin)|digits|otp)\b[\s\S]{0,80}?\b(?:you(?:'ve| have)? (?:just )?(?:got|received)|(?:tell|send|give|forward|share|read) (?:me|it|them))\b|\b(?:you(?:'ve| have)? (?:just )?(?:got|received)|(?:tell|send|give|forward|share|read) (?:me|it|them))\b[\s\S]{0,80}?\b(?:(?:verification|security|login|sms|one-time|confirmation|\d[- ]?digit) (?:code|pin)|digits|otp)\b",  # a verification code you received, asked for
        r"\b(?:code|digits)\b[^.!?\n]{0,60}?\b(?:by mistake|by accident|accidentally|wrong number)\b|\b(?:by mistake|by accident|accidentally)\b[^.!?\n]{0,60}?\bcode\b",
        r"\b(?:tell|send|give|forward|share|read)\s(?:me\s)?(?:back\s)?(?:the\s|that\s)?(?:\d\s?-?\s?digits?|code)\b",
        r"\b(?:send|share|provide|reply with|give|submit|your)\b[^.!?\n]{0,40}?\bbanking (?:details|info|information)\b",
        r"\b(?:aadhaa?r|pan)\s(?:card|number|details)\b",
        r"\b(?:confirm|update|verify|validate)\syour\s(?:details|data|identity|account details|information)\b[^.!?\n]{0,60}?\b(?:link|form|profile)\b",
    ),
    "too_good": (
        r"\bno (?:pitch deck|due diligence|questions asked)\b",
        # Indian English and Hinglish: earn from home, daily payouts
        r"\bghar (?:baithe|se) (?:kamai\w*|kamaiye|paise|earning)\b|\b(?:daily|weekly|instant) payouts?\b",
        r"\b(?:apps?|videos?|products?|reviews?|posts?)\s(?:rate|like|review)\s(?:karn\w*|karo|kar\w*)\b",
    ),
    "job": (r"\bghar baithe\b|\bnaukri\b|\bkaam\b",),
    "default_note": (r"\bkindly accept my (?:request|invitation)\b|\bdo the needful\b",),
    "job_ask": (
        r"\bkindly (?:refer|consider) me\b|\bany (?:openings?|vacanc(?:y|ies)) (?:at|in) your (?:end|company|organi[sz]ation)\b",
    ),
    "familiar": (
        r"\bi (?:don't|do not|rarely|never) (?:usually )?(?:do|send|write) (?:this|requests like this|messages like this)\b",
        r"\b(?:become|be) (?:good )?friends\b|\bkind (?:people|souls|hearts?)\b|\blife and business\b",
    ),
    "wrong_person": (
        r"\b(?:wrong (?:person|profile|contact|account|number|guy|lady)|(?:added|invited|messaged|contacted|texted) the wrong|thought you were (?:my|an old|someone)|mistook you for|mistaken you for|you(?:'re| are) not (?:who|the person) i)\b",
    ),
    "service_name": (
        r"\b(?:support|security|verification|trust (?:and|&) safety|customer (?:service|care|support)|help ?desk|official|account team)\b",
    ),
}
