"""English: the words the profile scorer reads English profiles by (see :mod:`.tables`).

Every slot holds folded text (lower case, accents removed). In word slots an entry ending in
``*`` matches any word it begins ("manag*": manager, managing); phrase slots match whole words.
Written from LinkedIn's own profile advice, its yearly lists of overused words, and profiles
recruiters and coaches published as good and bad examples.
"""

# Nouns that name a job: a headline segment with one says what the person does.
STOP = "a an and the of at in on for to with by from as or my i we our your you who that ex is are am be been this it its into over about"
NUMBERS = "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions dozen dozens half double triple"
OPENINGS = (
    "hello",
    "hi",
    "hey",
    "welcome",
    "my name is",
    "thank you for",
    "thanks for",
    "i am a",
    "experienced",
)

ROLES = """
engineer* develop* programmer* designer* architect* analyst* scientist* researcher* manager*
director* head chief officer vp president founder cofounder co-founder owner partner consult*
advisor* adviser* accountant* auditor* controller* lawyer* attorney* paralegal* solicitor*
barrister* counsel nurse* physician* doctor* surgeon* pharmacist* therapist* dentist* midwife*
paramedic* teacher* professor* lecturer* tutor* instructor* educator* coach* trainer* librarian*
writer* editor* journalist* reporter* copywriter* marketer* strategist* recruit* salesperson*
executive* representative* rep specialist* coordinator* administrator* assistant* technician*
mechanic* electrician* operator* planner* buyer* economist* student* graduate* intern
apprentice* fellow* chef* cook* photographer* artist* illustrator* producer* animator* musician*
translator* interpreter* agent* broker* investor* banker* trader* actuary* statistician*
chemist* biologist* physicist* geologist* veterinar* psychologist* counselor* counsellor*
caseworker* pilot* farmer* grower* agronomist* rancher* driver* dispatcher* logistician*
supervisor* foreman forewoman clerk* cashier* carpenter* plumber* welder* machinist*
scheduler* estimator* surveyor* inspector* officer* principal* sourcer* headhunter*
ux ui sre devops qa cto ceo cfo coo cmo cio rn np pa lead leader* ae sdr bdr
"""

# Words a person calls themselves that say how they are, not what they do.
LABELS = """
headhunter-at-heart talent-hunter
performer* closer* builder* achiever* hustler* dreamer* believer* lover* enthusiast* fanatic*
addict* junkie* connector* doer* learner* storyteller* creator* maker* visionary* innovator*
disruptor* thinker* player* starter* getter* solver* ninja* guru* rockstar* wizard*
unicorn* evangelist* champion* warrior* explorer* optimist* perfectionist* nerd* geek*
passionate creative curious ambitious driven dedicated motivated energetic enthusiastic
hardworking hard-working reliable resilient adaptable proactive positive dynamic innovative
inspired inspiring authentic empathetic strategic visionary results-driven detail-oriented
multitasker* go-getter self-starter top best award-winning certified passionate eager
crusher* hunter* slayer* rainmaker* superstar* overachiever* people-person
"""

# Words that fill space: they claim a quality or a wish but name no role, field or audience.
FILLER = """
management human humans horizons talent talents
role roles position positions job jobs opening openings
professional professionals passion motivated driven dedicated dynamic enthusiastic energetic
ambitious proactive creative innovative strategic visionary experienced seasoned expert
excellence excellent exceptional success successful results result oriented focused effective
efficient responsible reliable organized organizational strong skills skill quick fast learner
learning eager hard hardworking worker working player team teams leader leadership people
person individual aspiring seeking looking new opportunities opportunity challenges challenge
open work excited love loves lover thrive thrives environment environments paced solutions
value values difference making make growth grow mindset detail attention proven track record
history delivering deliver high performing performance driving excellent communication
communicator problem solver solving goal goals self starter getter change agent extensive
wide range various multiple highly very always world class best ninja guru rockstar wizard
unicorn evangelist thinker thinking outside box synergy synergies leverage leveraging top
relationship relationships life business things everything stuff journey dreams dream
learn mind soul heart spirit better curious quota based related skilled certified
interested specialized specialised licensed registered talented seasoned experienced
"""

# Degrees, licences and post-nominals: on their own they say what someone holds, not does.
CREDENTIALS = """
mba phd ph.d md jd j.d esq esq. cpa cfa pmp rn bsn msn llm ll.m msc bsc ma ba bs ms mph
cissp csm cma acca ca cpt sphr shrm-cp shrm-scp pe p.eng chfc cfp dds dvm pharmd psyd edd
"""

# Words that introduce who the work is for.
AUDIENCE = ("for", "helping", "help", "i help", "who help", "serving", "supporting", "working with")

# Words that name where the reader is heading (a job seeker's or changer's target).
TARGET = (
    "looking to move into", "moving toward", "moving towards", "pivot to", "pivot into", "switching to", "switching into", "next step", "hoping to", "want to work as", "i'm looking for", "i am looking for", "to move into",
    "aspiring", "seeking", "looking for", "open to", "future", "transitioning to",
    "transitioning into", "moving into", "pivoting to", "career change to", "next role",
    "my next", "in search of", "targeting", "incoming", "->", "→",
)  # fmt: skip

# Phrases every profile uses: they claim a quality instead of showing it.
CLICHES = (
    "passionate", "results-driven", "results driven", "results-oriented", "results oriented",
    "guru", "ninja", "rockstar", "rock star", "wizard", "unicorn", "evangelist", "go-getter",
    "self-starter", "self starter", "team player", "hard-working", "hardworking", "hard worker",
    "detail-oriented", "detail oriented", "highly motivated", "motivated professional",
    "seasoned professional", "synergy", "think outside the box", "outside-the-box",
    "proven track record", "demonstrated history", "visionary", "thought leader", "world-class",
    "best-in-class", "game changer", "game-changer", "jack of all trades",
    "out-of-the-box thinker", "strategic thinker", "disruptor", "seeking new opportunities",
    "looking for new opportunities", "extensive experience", "fast-paced", "fast paced",
    "problem solver", "dynamic", "innovative", "change agent", "thrives under pressure",
    "eager to learn", "quick learner", "fast learner", "excellent communication skills",
    "strong communication skills", "driving growth", "delivering value", "passion for excellence",
    "high-performing teams", "make a difference", "making a difference", "top performer", "open to work",
    "relationship builder", "open to opportunities", "dreamer", "creative",
)  # fmt: skip

# How a description lists duties instead of what came of them.
DUTIES = (
    "responsible for", "in charge of", "duties included", "duties include", "tasks included",
    "tasks include", "my duties", "my responsibilities", "responsibilities included",
    "responsibilities include", "involved in", "assisted with", "helped with", "tasked with",
    "worked on various",
)  # fmt: skip

# Verbs that say what the person did to something, and what changed ("*": any ending).
RESULTS = """
ran run* manag* prepar* kept keep* lift* author* co-author* wrote written produc* handl* treat* cared serv* supported plan* analy* tested review* audit* advis* present* sold sell* sourc* recruit* onboard* operat* maintain* install* repair* harvest* plant* shipped *ed
reduc* increas* grew grow* sav* launch* ship* deliver* improv* built build* doubl* tripl*
halv* rais* achiev* creat* migrat* automat* scal* redesign* introduc* exceed* generat*
mentor* found* cut cutting won win wins led lead leading closed opened trained hired design*
develop* implement* negotiat* recover* rebuilt restor* expand* lower* shorten* boost* secur*
publish* taught teach* coordinat* organis* organiz* started establish* turned
"""

# Words that say the text speaks as "I".
FIRST_PERSON = "i i'm i've i'd i'll me my mine myself"

# Ways an About asks the reader to do something.
ASKS = (
    "message me", "send me a message", "reach out", "get in touch", "contact me", "email me",
    "e-mail me", "write to me", "drop me", "dm me", "ping me", "let's talk", "let's connect",
    "let's chat", "connect with me", "happy to talk", "happy to chat", "happy to help",
    "feel free", "open to conversations", "open to opportunities", "open to new", "say hello",
    "book a call", "subscribe", "follow me", "read my", "find me", "talk to me", "i'd love to hear",
    "get in contact", "send me your cv", "send me your resume", "apply here", "apply now",
    "apply via",
)  # fmt: skip

# What each goal needs the profile to say.
HIRING = (
    "hiring", "we're hiring", "we are hiring", "i hire", "i recruit", "recruiting", "recruiter",
    "talent acquisition", "open roles", "open positions", "join my team", "join our team",
    "join us", "growing the team", "building a team", "building the team", "send me your cv",
    "apply", "candidates", "headcount", "sourcing",
)  # fmt: skip
BUYERS = (
    "owners", "founders", "businesses", "companies",
    "you", "your", "clients", "client", "customers", "customer", "buyers", "teams like yours",
    "companies like", "if you", "problem", "problems", "challenge", "pain", "cost", "costs",
    "save you", "help you",
)  # fmt: skip
BRAGS = (
    "quota", "president's club", "presidents club", "#1 rep", "top rep", "top performer",
    "top seller", "ranked", "closer", "crushed", "crushing", "exceeded quota", "of quota",
    "leaderboard", "number one",
)  # fmt: skip
WRITING = (
    "i write", "i write about", "writing about", "i speak", "speaker", "keynote", "talks",
    "newsletter", "podcast", "my blog", "blog", "column", "columnist", "author of", "my book",
    "i post", "i share", "weekly", "essays", "articles", "follow for",
)  # fmt: skip

# Words that explain a pause in work.
BREAKS = (
    "career break", "parental leave", "maternity leave", "paternity leave", "caregiving",
    "caring for", "sabbatical", "time off", "raising", "relocated", "relocation", "retraining",
    "returning to work", "returner", "back to work", "took time",
)  # fmt: skip

# Skills every profile could list: they match no search and say nothing of the work.
GENERIC_SKILLS = (
    "communication", "communication skills", "teamwork", "team work", "leadership",
    "management", "microsoft office", "ms office", "microsoft word", "microsoft excel",
    "word", "excel", "powerpoint", "outlook", "customer service", "time management",
    "problem solving", "problem-solving", "organization", "organizational skills",
    "hard working", "hardworking", "english", "interpersonal skills", "critical thinking",
    "creativity", "adaptability", "multitasking", "attention to detail", "work ethic",
    "motivation", "self-motivated", "team player", "teamwork and collaboration",
    "collaboration", "flexibility", "punctuality", "public speaking", "negotiation",
    "decision making", "decision-making", "emotional intelligence", "research",
    "social media", "internet", "email", "data entry", "cash handling", "sales",
    "marketing", "training", "customer relations", "people management", "strategy",
    "strategic planning", "project management", "analytical skills", "presentation skills",
    "written communication", "verbal communication", "computer skills", "typing",
)  # fmt: skip

# LinkedIn's own page words, as lines of a pasted page (menus, buttons, footer).
FURNITURE = (
    "home", "my network", "jobs", "messaging", "notifications", "me", "for business",
    "try premium", "try premium for free", "show all", "see more", "see all", "like", "comment", "repost", "send", "share", "follow",
    "following", "message", "more", "connect", "contact info", "open to", "add profile section",
    "enhance profile", "resources", "about", "accessibility", "talent solutions",
    "community guidelines", "careers", "marketing solutions", "privacy & terms",
    "ad choices", "advertising", "sales solutions", "mobile", "small business",
    "safety center", "help center", "questions?", "visit our help center.",
    "manage your account and privacy", "go to your settings.", "recommendation transparency",
    "learn more about recommended content.", "select language", "people also viewed",
    "people you may know", "you might like", "activity", "show all posts", "endorse",
    "profile language", "public profile & url", "who your viewers also viewed",
    "private to you", "experience", "education", "skills", "interests", "languages",
    "recommendations", "licenses & certifications", "featured", "posts", "comments",
    "images", "videos", "view profile", "1st", "2nd", "3rd", "3rd+", "he/him", "she/her",
    "they/them", "profile viewers", "post impressions", "search appearances", "analytics",
    "show all analytics", "premium", "edit", "reactivate premium",
)  # fmt: skip
# Line shapes of a pasted page: counts of reactions and followers, dates of posts, the footer.
FURNITURE_PATTERNS = (
    r"^[\d.,]+\s*k?\+?\s*(?:reactions?|comments?|reposts?|followers?|connections?|likes?|"
    r"mutual connections?|views?|impressions?)$",
    r"^linkedin corporation\b",
    r"^\S*\s*\d+\s*(?:h|d|w|mo|yr|yrs)\s*(?:•|·)?",
    r"^show all \d+",
    r"\bfollowers?\b.*\bconnections?\b",
    r"^\d+(?:st|nd|rd|th)\+?(?: degree connection)?$",
    r"^(?:\d+ )?mutual connections?",
)
# The heading LinkedIn shows above the About text, and the headings of the sections after it.
ABOUT_HEADINGS = ("about",)
OTHER_HEADINGS = (
    "activity", "experience", "education", "skills", "featured", "interests",
    "recommendations", "licenses & certifications", "languages", "projects", "services",
)  # fmt: skip

# Words of a student's or a career changer's profile, and titles of student jobs.
STUDENT = (
    "student", "undergraduate", "phd candidate", "new grad", "new graduate", "recent graduate",
    "graduated in", "class of", "final-year", "final year", "third-year", "sophomore", "junior year",
)  # fmt: skip
CHANGE = (
    "career change", "career changer", "changing careers", "career switch", "career switcher",
    "career pivot", "pivoting", "transitioning", "i'm moving into", "i am moving into", "switching to",
    "retraining as", "bootcamp graduate", "aspiring",
)  # fmt: skip
TRAINEES = "intern student trainee apprentice assistant tutor extern"
