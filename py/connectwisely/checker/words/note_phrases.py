"""The words behind the request checker's signals about the note itself: sales pitches,
multi-level marketing, open networkers, stock lines and mass messages, asks for a job, and
what makes a note specific (a shared past, or the reader's own work).

Same conventions as :mod:`connectwisely.checker.words.phrases`: case-insensitive patterns, run on
unmasked text, written for kinds of phrasing rather than one example's words.
"""

from __future__ import annotations

import re

from .phrases import compile_all

# -- sales pitches, in four parts: an offer, a call to action, a promised outcome, a price ------
PITCH_OFFER = compile_all(
    (
        r"\b(?:we|i)\shelp\s(?!me\b)\w+|\b(?:we|i)(?:'ve| have)?\shelped\s\d+",
        r"\b(?:we|i) have a team of\b|\boutsourc\w*",
        r"\bwe\s(?:offer|provide|specialize|specialise|deliver|build|design|develop|create|book|generate|can help|can build|can get|can boost|can increase|can generate|can redesign|can scale|can save)\b",
        r"\bi\s(?:can|could)\s(?:help you|redesign|build|create|design|develop|write|get you|boost|increase|grow|generate|scale|save you|set up|automate|manage|fix)\b",
        r"\b(?:our|my)\s(?:[\w-]+\s)?(?:agency|services|service|company|team|firm|platform|product|solution|software|tool|offer|app)\s(?:can|will|helps|offers|provides|saves|lets)\b",
        r"\b(?:my|our)\s(?:services|agency)\b",
        r"\b(?:i'm|we're|i am|we are)\s(?:hosting|running|launching|offering|giving away|opening)\s(?:a|an|our|my)\s(?:(?:free|new|live|exclusive|private|\d+-day)\s)*(?:webinar|masterclass|workshop|course|bootcamp|program(?:me)?|challenge|training|cohort|session|class)\b",
        r"\b(?:my|our)\s(?:[\w-]+\s){0,3}?(?:course|bootcamp|masterclass|webinar|academy|coaching program(?:me)?|program(?:me)?|cohort|accelerator|mastermind|intensive)\s(?:just\s)?(?:opened|opens|launched|launches|is open|starts|helps)\b",
        r"\b(?:a|an)\s(?:[\w-]+\s){0,2}?(?:coach|consultant|agency|mentor)\swho\shelps?\s\w+",
        r"\b(?:we|i)\s(?:supply|staff|place|source|match you with)\b|\bdedicated (?:[\w-]+\s){0,4}?(?:developers|engineers|teams?|devs|programmers)\b|\bi\sspeciali[sz]e\sin\s(?:placing|supplying|sourcing|providing|helping|building|writing)\b",
        r"\bi\s(?:write|ghostwrite|design|build|edit)\s(?:for|with)\s\d+\+?\s",
        r"\bour\s(?:[\w-]+\s){0,2}?[\w-]+\s(?:lets|allows|enables)\s(?:one|your|teams?|companies|businesses|you)\b",
        r"\bour\s(?:[\w-]+\s){0,4}?(?:devs|developers|engineers|programmers|specialists|consultants|experts)\s(?:start|are available|can (?:join|start))\b|\bnearshore\b",
        r"\bwe(?:'re| are) an? (?:[\w-]+\s){0,3}?(?:firm|company|agency|house|studio|consultancy|vendor|provider|partner|startup)\b[^.!?\n]{0,60}?\b(?:providing|offering|helping|delivering|specialising|specializing|that helps?)\b",
        r"\b(?:seo|web design|website design|app development|lead generation|lead gen|outsourcing|offshore|white[- ]label|appointment setting|digital marketing|social media management|bookkeeping|ghostwriting|link building)(?: services?| agency)?\b",
    ),
    "pitch_offer",
)
PITCH_ASK = compile_all(
    (
        r"\bbook\s(?:a|an|your)\s(?:\w+\s)?(?:call|demo|meeting|consultation|session)\b",
        r"\b(?:schedule|set up|hop on|jump on|grab)\s(?:a\s)?(?:quick\s)?(?:call|demo|chat|meeting)\b",
        r"\b\d+[- ]?min(?:ute)?s?\b(?:\s(?:call|chat|demo|meeting))?",
        r"\b(?:quick|short|brief|free)\s(?:call|demo|consultation|audit|quote|trial|strategy session)\b",
        r"\bworth a (?:quick )?(?:call|chat|look|conversation)\b",
        r"\bopen to (?:a )?(?:quick )?(?:call|chat|demo|conversation about)\b",
        r"\b(?:are you|would you be|if you're|if you are|anyone|you)\s(?:\w+\s)?interested\b|^\s*interested\s?\?|[.!]\s*interested\s?\?",
        r"\bcalendly\b|\bcan i send you\b|\bshall i send\b",
        r"\b(?:want|like|care) to see (?:a few|some|our|my)\s(?:samples|examples|case studies|results|work)\b",
        r"\b(?:send|share)\s(?:you\s)?(?:a few|some|\d+|the|our)\s(?:profiles|cvs|resumes|candidates)(?: over)?\b|\b(?:we will|we'll|i will|i'll) send (?:you )?(?:profiles|cvs|resumes)\b|\bshare your requirements?\b",
        r"\b(?:send|share)\s(?:you\s)?(?:over\s)?(?:a few\s|some\s|our\s|the\s)?(?:cvs|resumes|candidate profiles)\b",
        r"\b(?:want|shall i (?:send|share)|should i send|can i (?:send|share))\s(?:you\s)?the (?:link|details|deck|brochure)\b|\bsave you a (?:seat|spot|place)\b",
        r"\b(?:register|sign up|signup|enrol|enroll|join|book)\s(?:here|now|today|for free|below|via|at)\b|\bsign-?ups?\b|\breply\s[\"']?(?:yes|y)\b",
        r"\b(?:reserve|claim|grab)\s(?:your|a)\s(?:seat|spot|place|discount)\b",
        r"\b(?:open|any|current|upcoming) (?:requirements?|hiring needs|staffing needs|positions to fill)\b|\bat your end\b",
        r"(?<!your )\b(?:demo|webinar\w*|masterclass|case stud\w*|calendly)\b|\b\d+\s?(?:min|minut|minuten|minuti|minutos|minuter|dakika|minuty|menit)\w*\b",
    ),
    "pitch_ask",
)
PITCH_OUTCOME = compile_all(
    (
        r"\b(?:boost|grow|increase|double|triple|scale)\s(?:your|their)\s(?:\w+\s)?(?:business|revenue|sales|traffic|brand|pipeline|audience|followers|leads|conversions|roi|profits?|income|reach|agency|startup)\b",
        r"\b(?:more|qualified)\s(?:leads|clients|customers|sales|meetings|demos|appointments|traffic|followers)\b",
        r"\b\d+\+?\s(?:[\w-]+\s)?(?:meetings|demos|leads|appointments|clients|calls|startups|companies|businesses|brands|founders)\b",
        r"\b\d+\s?%\s(?:more|increase|growth|boost|higher)\b|\bby \d+\s?%",
        r"\b(?:rank|ranking)\s(?:#1|first|higher|on google|on the first page)\b|\bfirst page of google\b",
        r"\bsave (?:you|your (?:team|company|business))\s(?:\w+\s)?\d+\s?(?:%|hours|hrs)",
        r"\b(?:land|get|double|triple)\s(?:\w+\s){0,4}?(?:in|within)\s\d+\s(?:days|weeks|months)\b",
        r"\b(?:companies|teams|businesses|startups|brands)\slike\syours\b",
    ),
    "pitch_outcome",
)
PITCH_PRICE = compile_all(
    (
        r"\bpackages?\s(?:from|start(?:ing)?(?: at| from)?)\b",
        r"\bstarting\s(?:at|from)\s[$€£]",
        r"\b(?:only|just)\s[$€£]\d",
        r"\bfrom\s[$€£]\s?\d+(?:\s?(?:/|per|an)\s?(?:hr|hour|h|month|mo)\b)?",
        r"\b(?:free|complimentary|no-cost)\s(?!(?:to|for|on|this|next|tomorrow|today|now)\b)(?:[\w-]+\s)?(?:webinar|masterclass|workshop|trial|audit|consultation|e-?book|guide|session|class|demo|assessment|pilot|check|review|analysis|estimate|evaluation|strategy call|discovery call|intro call|seminar)\b",
        r"\bno win,? no fee\b",
        # a price from an amount, in any language: "from $499", "desde 32 USD", "mulai Rp 3,5 juta"
        r"\b(?:from|starting at|desde|a partir de|ab|des|vanaf|od|da|mulai|a partire da)\s(?:rp\.?\s?|r\$\s?|[$€£₹₺]\s?|(?:usd|eur|gbp|pln|zl|inr)\s)\d|\b\d[\d.,]*\s?(?:[$€£₹₺]|tl|usd|eur)'?(?:dan|den|tan|ten) baslayan\b",
        r"\b\d+\s?%\s(?:de\s|di\s)?(?:off|discount|desconto|descuento|sconto|rabatt|korting|rabatu?|indirim\w*|reduction|remise)\b",
        r"\b(?:webinar\w*|masterclass|workshop|atelier|curso|corso|kurs|cursus|formation|formacao|mentoria|demo|trial|audit|session|sessao|seance|sitzung|sessione|sesja|seans|sessie)\s(?:\w+\s)?(?:gratuit\w*|gratis|kostenlos\w*|darmow\w*|bezplatn\w*|offert\w*|ucretsiz)\b|\b(?:gratuit\w*|gratis|kostenlos\w*|darmow\w*|bezplatn\w*|ucretsiz)\s(?:\w+\s)?(?:webinar\w*|masterclass|workshop|atelier|curso|corso|kurs|cursus|formation|mentoria|demo|trial|audit)\b",
        r"[$€£]\d+\s?(?:only|per month|/\s?month|a month|/mo)\b",
        r"\b(?:brochure|price list|rate card|pricing sheet|syllabus|course outline)\b|\b(?:send|share)\s(?:you\s)?(?:the\s)?[\w\s]{0,20}?\b(?:and|with)\s(?:the\s)?(?:pricing|prices|fees|rates)\b",
        r"\b(?:discount|\d+\s?% off|best price|special offer|limited offer|promo(?:tion)? code|affordable|cheap|competitive (?:rates|pricing|prices))\b",
    ),
    "pitch_price",
)
# A rate per hour or month, written with digits and a currency: a price in any language. A
# recruiter names one too ("€75 per hour, 6 months"), so in a note about a job it makes a pitch
# only beside a seller's offer ("our developers start at $28/hour").
PITCH_RATE = compile_all(
    (
        r"(?:(?:r\$|[$€£₹₺]|\b(?:usd|eur|gbp|inr)\s)\s?\d[\d.,]*\s?k?|\d[\d.,]*\s?k?\s?(?:[$€£₹₺]|\b(?:usd|eur|gbp|pln|zl|tl|inr|euros?|dollars?)\b))\s?(?:/\s?(?:h|hr|hour|mo|month|hora|heure|std|stunde|ora|uur|godz\w*|saat|mes|mois|monat|mese|maand|miesiac)\b|per (?:hour|month)\b)",
        r"\bsaatlik\s?(?:[$€£₺]\s?\d|\d[\d.,]*\s?(?:[$€£₺]|tl|usd))",
    )
)
SELLER_HEADLINE = compile_all(
    (
        r"\b(?:agency|seo|lead gen(?:eration)?|growth hack\w*|digital marketing|web design|we help|i help|helping|appointment setting|outsourcing|affordable|b2b sales|cold (?:email|outreach))\b",
        r"\b(?:ghostwrit\w*|nearshore|offshore|staff augmentation|dedicated (?:teams|developers)|growth partner|coach\w*|dis kaynak)\b|\b\d+[mk]\+?\s(?:impressions|views|followers|revenue)\b",
        r"\b(?:agencia|agentur|agence|agenzia|marketing digital|leadgenerierung|generation de leads|webdesign\w*|trafego pago|social media marketing|desarrollo web)\b",
    )
)

# What a seller sells, in the languages read: services and solutions, not a job.
SOLD = compile_all(
    (
        r"\b(?:solutions?|losungen|dienstleistungen|soluciones|servicios|solucoes|servicos|oplossingen|diensten|rozwiazan\w*|uslug\w*|hizmetler\w*|cozumler\w*|soluzioni|servizi)\b",
        r"\b(?:pre-?vetted|vetted)\s(?:[\w-]+\s){0,2}?(?:people|candidates|engineers|developers|devs|talent|profiles|folks)\b",
    )
)

# -- multi-level marketing and "business opportunities" --------------------------------------
MLM = compile_all(
    (
        r"\bbe (?:your|their|my|our) own boss\b|\bwork from (?:your|their|my) phone\b",
        r"\b(?:passive income|residual income|financial freedom|time freedom|network marketing|mlm|business opportunity|side hustle|home-based business|make money online|ground floor)\b",
        r"\b(?:extra|additional|second|multiple)\s(?:source of |sources of |streams? of )?income\b",
        r"\bopen[- ]minded\b",
        r"\blooking for (?:\d+\s)?(?:motivated|ambitious|driven|like-minded|hungry)\s(?:people|individuals|entrepreneurs|partners|leaders|women|men|moms|mums|mothers|students)\b",
        r"\b(?:amway|herbalife|arbonne|monat|younique|primerica|isagenix|doterra|forever living|world financial group)\b",
    ),
    "mlm",
)

# -- open networkers and mass connectors -----------------------------------------------------
OPEN_NETWORKER = compile_all(
    (
        r"\bopen\s?networker\b",
        r"\baccept(?:ing|s)?\s(?:all|every|any)\s(?:invitations?|invites?|requests?|connections?|connection requests?)\b",
        r"\bi accept all\b|\bnever (?:idk|i\.d\.k\.?|i don't know)\b|\bno idk\b",
        r"\bfollow\s?(?:for|4)\s?follow\b|\bf4f\b|\bfollow back\b|\b(?:let'?s|and) grow together\b|\balways (?:expanding|growing|building) my network\b",
        r"\b(?:mass connector|toplinked|always accepting)\b",
        r"\b\d{1,3}(?:,\d{3})+\+?\s(?:connections|followers)\b|\b\d+k\+?\s(?:connections|followers)\b",
    ),
    "open_networker",
)
LION = re.compile(r"\bL\.?I\.?O\.?N\.?\b|🦁")

# -- notes that say nothing: the default line and mass-message phrases -----------------------
DEFAULT_NOTE = compile_all(
    (
        r"\bi(?:'?d| would) like to (?:add you to|join) (?:my|your) (?:professional )?(?:linkedin )?network(?: on linkedin)?",
        r"\b(?:add you to|join) (?:my|your) (?:professional )?(?:linkedin )?network(?: on linkedin)?",
        r"\bi(?:'?d| would) (?:like|love) to connect(?: with you)?(?: on linkedin)?",
        r"\bplease accept my (?:invitation|request|connection request)\b",
        r"\blet'?s connect\b|\bconnect with you\b|\blooking forward to connecting\b|\bhope to connect\b",
        r"\b(?:it )?(?:would|will) be (?:great|nice|good|a pleasure) to connect\b|\b(?:would )?love to connect\b",
        r"\b(?:expand|grow|build|broaden)\smy\s(?:professional\s)?network\b",
        r"\bdear (?:sir|madam|sir/madam|sir or madam)\b|\bto whom it may concern\b",
    ),
    "default_note",
)
MASS_MESSAGE = compile_all(
    (
        r"\bcame across your (?:profile|page)\b",
        r"\byour profile (?:is|looks|seems) (?:very |really |quite )?(?:impressive|interesting|amazing|great|excellent|outstanding)\b",
        r"\b(?:impressive|interesting|amazing|great|excellent|outstanding) profile\b",
        r"\bimpressed (?:by|with) your (?:profile|background|experience)\b",
        r"\b(?:your profile|your background) (?:matches|fits|is a (?:good |great |perfect )?match)\b",
        r"\b(?:like-minded|driven|ambitious|motivated|success-oriented|high-performing) (?:professionals|people|individuals|entrepreneurs|leaders)\b|\bmutually beneficial\b",
        r"\b(?:similar|common|shared) (?:interests|background|goals)\b",
    ),
    "mass_message",
)
# -- asks for a job or a referral ------------------------------------------------------------
JOB_ASK = compile_all(
    (
        r"\b(?:refer|recommend)\s(?:me|my profile)\b|\breferrals?\b",
        r"\b(?:any|open)\s(?:openings|positions|roles|vacancies|jobs)\b",
        r"\bhire me\b|\bconsider me\b|\bput in a (?:good )?word\b",
        r"\b(?:looking|searching)\sfor\s(?:a job|work|a new role|a role|opportunities|an internship|a position|employment)\b",
        r"\b(?:my|attached|here is my|here's my|see my)\s(?:cv|resume|résumé)\b",
        r"\bseeking\s(?:new\s)?(?:opportunities|a role|a job|employment|an internship|a position)\b",
        r"\bhelp me (?:get|find|land) (?:a job|an interview|hired|a role|an internship)\b",
    ),
    "job_ask",
)

# -- what makes a note specific: a shared past, or their work --------------------------------
SHARED_CONTEXT = compile_all(
    (
        # their talk at an event: they were in the room (with mutual connections behind it, an accept)
        r"\byour\s(?:talk|presentation|keynote|workshop|panel|lecture)\s(?:at|during)\b",
        r"\b(?:great|nice|good|lovely|a pleasure|pleasure|wonderful|fun)\s(?:to\s)?(?:meet|meeting|see|seeing|chat(?:ting)?|talk(?:ing)?|speak(?:ing)?|run(?:ning)? into|catch(?:ing)? up with)\syou\s(?:again|at|during|in|on|last|yesterday|today|earlier|this|after|the other)\b",
        r"\b(?:was|it's been|it has been)\s(?:so\s|really\s)?(?:great|nice|good|lovely|a pleasure|wonderful|fun)\s(?:to\s)?(?:meet|meeting|see|seeing|chat(?:ting)?|talk(?:ing)?|work(?:ing)? with)\syou\b",
        r"\bwe\s(?:met|spoke|talked|chatted)\b|\b(?:met|spoke|talked|chatted)\s(?:with\s)?you\b",
        r"\b(?:met|meeting)\syou\s(?:at|during|in|last)\b",
        r"\b(?:our|the)\s(?:chat|conversation|talk|call|discussion)\s(?:at|during|after|yesterday|last|earlier|today|on)\b",
        r"\bthanks? (?:you )?for (?:the|our|your) (?:chat|conversation|tip|advice|help|time|intro|introduction|session|talk at)\b",
        r"\bthanks? (?:you )?for (?:the|your) (?:pr|pull request|patch|contribution|code review|review of|fix|bug report|issue report)\b",
        r"\b(?:we|i)\s(?:worked|studied|sat|were)\s(?:together|next to each other|with you|on the same|at the same|in the same|both)\b",
        r"\bworked with you\b|\bwhen we (?:were|worked|studied)\b|\bour time at\b",
        r"\b(?:we|you and i)\s(?:\w+\s){0,2}?(?:shipped|built|launched|ran|led|designed|wrote|delivered|organi[sz]ed|migrated)\b[^.!?\n]{0,60}?\btogether\b",
        r"\bwe (?:did|took|shared|started|completed|ran)\s(?:our|the|a|that)\s(?:[\w-]+\s){0,4}?together\b",
        r"\byou were my (?:manager|mentor|lead|boss|teacher|professor|tutor|supervisor|team lead)\b|\bi was your (?:intern|student|report|mentee|teammate)\b|\b(?:during|in) my internship (?:at|with)\b",
        r"\b(?:i am|i'm|i was)\s(?:also|too)\s(?:from|an alum\w*|a graduate of|an? (?:ex-?)?student (?:of|at))\b|\bfellow (?:[\w-]+\s)?(?:alum\w*|graduates?)\b|\b(?:same|my|your|\d{4}) batch\b|\bwe (?:both )?(?:graduated|studied) (?:from|at)\b",
        r"\b(?:former|ex-|old)\s?(?:[\w-]+\s)?(?:colleagues?|teammates?|classmates?|coworkers?|co-workers?|manager|boss)\b",
        r"\b(?:classmates?|same (?:team|class|course|program(?:me)?|cohort|lab|department))\b",
        r"\bintroduced (?:us|me)\b|\b(?:suggested|recommended) (?:i|that i|we) (?:reach out|connect|contact|talk|get in touch)\b",
        r"\b(?:said|told me|mentioned) (?:that )?you(?:'d| would| might| could)? (?:be|know|help)\b|\breferred me to you\b|\bpointed me to you\b|\bmutual friend\b",
        r"\b(?:reconnect|stay connected|stay in touch|keep in touch|long time (?:no see|since))\b",
    ),
    "shared_context",
)
# "Sorry, wrong person": the opener of the wrong-number scam, in every language read (each
# language's ``wrong_person`` table).
WRONG_PERSON = compile_all((), "wrong_person")

# A service, not a person: "Support", "Kundenservice", "Doğrulama" (each language's
# ``service_name``), and the organizations such an account claims to speak for.
SERVICE_NAME = compile_all((), "service_name")
SERVICE_OWNER = compile_all(
    (
        r"\blinked ?in\b|\b(?:bank\w*|banco|banca|banque|sparkasse|volksbank|caixa|paypal|revolut|n26|ing|tax office|finanzamt|hmrc|irs|agencia tributaria|receita federal)\b",
    )
)

# A specific piece of a project's work: a pull request, an issue, a commit or a release, named by
# its number, hash or version. Developers write these words as they are in every language ("PR
# #412", "Pull Request #54", "commit 3fa9c2e", "v2.3.1"): a shared past in the reader's project.
CODE_WORK = compile_all(
    (
        r"\b(?:prs?|pull[- ]?requests?|merge[- ]?requests?|mrs?|issues?|tickets?|bugs?|patch\w*|changes?)\s(?:no\.?\s?|nr\.?\s?|n[.o]\s?)?#\d{1,6}\b",
        r"(?<![\w/])#\d{2,6}\b(?=[^.!?\n]{0,40}?\b(?:pr|pull[- ]?requests?|issues?|repo\w*|merged?|fix\w*|commit\w*)\b)",
        r"\bcommits?\s(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b",
        r"\b(?:release|version|versione|versao|version|wersj\w*|versiyon\w*|tag)\s(?:v\s?)?\d+\.\d+(?:\.\d+)?\b|\bv\d+\.\d+(?:\.\d+)?\b",
    )
)
ABOUT_YOU = compile_all(
    (
        r"\byour\s(?:\w+[\s-]){0,2}?(?:article|post|posts|talk|presentation|paper|book|blog|newsletter|podcast|video|thread|comment|answer|question|course|session|keynote|panel|repo|library|tool|checklist|tutorial|research|work|project|projects|write-?up|guide|speech|webinar|workshop|slides|portfolio|contributions?)\s(?:on|about|during|at|for|in|from|regarding|helped|last|yesterday|this|earlier)\b",
        r"\b(?:read|watched|heard|saw|enjoyed|loved|liked|followed|used)\syour\s(?:\w+[\s-]){0,2}?(?:article|post|posts|talk|presentation|paper|book|blog|newsletter|podcast|video|thread|comment|answer|course|keynote|library|tool|checklist|tutorial|research|work)\b",
    ),
    "about_you",
)
