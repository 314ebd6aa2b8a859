"""Realistic connection requests written from the published warnings (LinkedIn Help, the FTC,
the FBI IC3), not from the shared case file: a check that the request checker generalises.

Each case: ``id`` (s = scam, p/c = spam, g/a = genuine, t/d = thin, b = subtler scams),
``expect`` (acceptable verdicts), ``input`` for ``check_request`` and optionally ``me``. All
assume today = 2026-11-25. Invented people only.
"""

import json

CASES = json.loads(
    r"""
[
 {
  "id": "s01",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Mark Hill",
   "headline": "Recruiter at Amazon",
   "message": "Hi, I'm a recruiter with Amazon. We have a remote position paying $1,200 weekly. Kindly contact our hiring manager on Telegram @amazon_hr_team",
   "joined": "2026-09",
   "connections": 35,
   "mutual_connections": 0,
   "has_photo": true,
   "positions": 1
  }
 },
 {
  "id": "s02",
  "expect": [
   "report",
   "ignore"
  ],
  "input": {
   "name": "Chris",
   "message": "Hello, I have a business proposal for you that will benefit both of us. Kindly reply for more details."
  }
 },
 {
  "id": "s03",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Emma Li",
   "message": "Hey! I noticed we're both in tech. I've been making great passive income with a new AI trading platform my mentor showed me. Want to know more?",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "s04",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Grace",
   "message": "Hi, our company is looking for part-time online workers to rate hotels and earn $100-$300 daily. No experience needed. Contact me on W h a t s A p p."
  }
 },
 {
  "id": "s05",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Tom",
   "message": "Hi, please review the attached project proposal: https://bit.ly/3xYz and sign in with your LinkedIn credentials to access it."
  }
 },
 {
  "id": "s06",
  "expect": [
   "report",
   "ignore"
  ],
  "input": {
   "name": "Alex Kim",
   "headline": "Technical Recruiter",
   "message": "We're impressed with your profile. As part of our hiring process, please clone this repo and run npm install to complete the technical assessment.",
   "joined": "2026-09",
   "connections": 35,
   "mutual_connections": 0,
   "has_photo": true,
   "positions": 1
  }
 },
 {
  "id": "s07",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Daniel Brooks",
   "message": "Hi dear, I saw your profile and I'm interested in knowing you more. I'm a single dad working as an engineer on an oil rig."
  }
 },
 {
  "id": "s08",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Ming",
   "message": "Good morning, I trade gold and BTC for a living, making around 30% weekly. I could teach you if interested.",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "s09",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Karen",
   "headline": "HR Manager",
   "message": "Congratulations! You've been selected for the Remote Customer Service role. We will send you a check to purchase your work equipment from our approved vendor."
  }
 },
 {
  "id": "s10",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Paul",
   "message": "To proceed with your application, please send your full name, address, date of birth and SSN."
  }
 },
 {
  "id": "s11",
  "expect": [
   "report"
  ],
  "input": {
   "name": "John Carter",
   "headline": "US Army General",
   "message": "Hello beautiful, I am on a peacekeeping mission in Syria and would love to know you better.",
   "has_photo": true
  }
 },
 {
  "id": "s12",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Linda Moore",
   "headline": "Talent Acquisition at Google",
   "message": "We have reviewed your profile and would like to offer you a position. Please send your resume to google.hiring.team@gmail.com",
   "connections": 45,
   "joined": "2026-09"
  }
 },
 {
  "id": "s13",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Sofia",
   "message": "Let's talk more on Te1egram, I rarely check LinkedIn."
  }
 },
 {
  "id": "s14",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Wei",
   "message": "Your LinkedIn account will be suspended. Verify your account here: linkedln-security.com/verify"
  }
 },
 {
  "id": "s15",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Nina",
   "headline": "Wealth coach",
   "message": "Hi friend! I made $12,000 last month with USDT arbitrage. Guaranteed profit, zero risk. Want me to show you how?"
  }
 },
 {
  "id": "s16",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Old Colleague",
   "relationship": "worked-together",
   "message": "Hey!! I've been making amazing profits with crypto trading lately, let me show you how it works",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "s17",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Julia Adams",
   "headline": "Hiring Manager",
   "message": "Hi! We are hiring for a Data Entry Clerk role, $40/hr, work from home, no experience required. Interested?"
  }
 },
 {
  "id": "s18",
  "expect": [
   "report",
   "ignore"
  ],
  "input": {
   "name": "Recruit",
   "headline": "HR at Microsoft",
   "message": "",
   "connections": 12,
   "joined": "2026-10",
   "mutual_connections": 0,
   "verified": false
  }
 },
 {
  "id": "s19",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Samir",
   "message": "Hi, I work at a bank and I need a trustworthy partner to help transfer funds of a deceased client. You will get 40%."
  }
 },
 {
  "id": "s20",
  "expect": [
   "report"
  ],
  "input": {
   "text": "Olivia Grant · 3rd\nRecruitment Lead at Deloitte\nNew York, United States\n18 connections\n\nHello! Your profile was shortlisted for a remote admin position, $45/hour. Interview will be held via Telegram chat. Reply ASAP."
  }
 },
 {
  "id": "s21",
  "expect": [
   "report"
  ],
  "input": {
   "name": "M",
   "message": "Plz add me on WhatsApp: wa.me/4479460958 for a job opportunity"
  }
 },
 {
  "id": "s22",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Zoe",
   "message": "I've shared a document with you on OneDrive. Log in with your Microsoft account to view: https://tinyurl.com/abc"
  }
 },
 {
  "id": "p01",
  "expect": [
   "ignore",
   "report"
  ],
  "input": {
   "name": "Raj",
   "headline": "Founder | Digital marketing agency",
   "message": "Hi, I run a digital marketing agency helping coaches get 20+ clients per month. Would you be open to a quick chat?",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "p02",
  "expect": [
   "ignore",
   "report"
  ],
  "input": {
   "name": "Vikram",
   "message": "Hi, are you looking to outsource your software development? We have a team of 50+ developers at competitive rates.",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "p03",
  "expect": [
   "ignore",
   "report"
  ],
  "input": {
   "name": "Becky",
   "message": "Hey! Are you open to earning extra income from home? I'm looking for ambitious people to join my team.",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "p04",
  "expect": [
   "ignore",
   "reply-first"
  ],
  "input": {
   "name": "Larry",
   "headline": "LION | 30K+ connections | I accept all invites",
   "message": "",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "p05",
  "expect": [
   "ignore",
   "report"
  ],
  "input": {
   "name": "Dana",
   "headline": "Head of Growth at Flowly",
   "message": "Hi! I'd love to connect and share how our AI tool can save your team 10 hours a week. Free trial available!",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "p06",
  "expect": [
   "ignore",
   "report"
  ],
  "input": {
   "name": "Jeff",
   "headline": "Financial Advisor",
   "message": "Hi, I help professionals like you plan for retirement and reduce taxes. Would love to set up a quick call.",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "p07",
  "expect": [
   "ignore",
   "report"
  ],
  "input": {
   "name": "Ana",
   "headline": "SEO Expert | Rank #1 on Google",
   "message": "Your website is not ranking on Google. I can fix it and get you on the first page of Google. Can I send you a free audit?"
  }
 },
 {
  "id": "p08",
  "expect": [
   "ignore",
   "report",
   "reply-first"
  ],
  "input": {
   "name": "Gus",
   "message": "Follow for follow? Let's grow together!"
  }
 },
 {
  "id": "g01",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Lena Vogel",
   "headline": "Organiser, PyData Berlin",
   "message": "Hi Ana, loved your question during the panel yesterday. Would be great to stay in touch!",
   "mutual_connections": 4,
   "connections": 420,
   "has_photo": true,
   "joined": "2016-01",
   "positions": 4
  }
 },
 {
  "id": "g02",
  "expect": [
   "accept"
  ],
  "input": {
   "name": "Frank Doe",
   "headline": "VP Engineering at Zalando",
   "message": "",
   "relationship": "worked-together",
   "mutual_connections": 80,
   "joined": "2015-03",
   "connections": 500,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "g03",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Mei Chen",
   "headline": "Product Manager",
   "message": "Hi! Fellow Imperial alum here - I'm moving into product management and would love to hear about your path.",
   "mutual_connections": 2,
   "connections": 300,
   "joined": "2019-02"
  }
 },
 {
  "id": "g04",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Sean Murphy",
   "headline": "Technical Recruiter at Stripe",
   "message": "Hi Sam, I'm a recruiter at Stripe. We're hiring senior backend engineers in Dublin (Go, distributed systems). Would you be open to a chat?",
   "mutual_connections": 3,
   "verified": true,
   "connections": 500,
   "joined": "2017-05",
   "positions": 4
  },
  "me": {
   "industry": "software"
  }
 },
 {
  "id": "g05",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Omar",
   "headline": "Student at TU Delft",
   "message": "Hello, I'm a final-year CS student and really enjoyed your blog post on Rust async. Could I ask you a couple of questions about getting into systems programming?",
   "mutual_connections": 0,
   "connections": 80,
   "joined": "2023-09",
   "positions": 1
  }
 },
 {
  "id": "g06",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Kim",
   "relationship": "met-in-person",
   "message": "Great meeting you at SaaStr! As promised, here's a link to book a demo of our platform: calendly.com/kim/demo",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "g07",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Pat",
   "headline": "Data Engineer at Spotify",
   "message": "",
   "mutual_connections": 31,
   "connections": 500,
   "joined": "2014-01",
   "positions": 3,
   "has_photo": true
  },
  "me": {
   "industry": "data engineering"
  }
 },
 {
  "id": "g08",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Jane",
   "headline": "Recruiter at Acme Recruiting",
   "message": "Hi, I found your profile and think you'd be a great fit for a Senior PM role at a Series B fintech. Happy to share more details if you're interested.",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "g09",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Leo",
   "headline": "Engineer at Shopify",
   "message": "Hey, I saw you also went to UCLA! Let's connect",
   "mutual_connections": 5,
   "connections": 250,
   "joined": "2018-01"
  }
 },
 {
  "id": "g10",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Hana",
   "headline": "Backend developer",
   "message": "Hi! I'm a contractor, 6-month React contract in London, £550/day, hybrid. Open to a chat?",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "g11",
  "expect": [
   "accept"
  ],
  "input": {
   "text": "Carlos Ruiz · 1st\nSenior Designer at IDEO\nSan Francisco Bay Area\n500+ connections\nAna Costa and 22 other mutual connections\n\nHey! It was great working with you on the Lisbon redesign project. Let's keep in touch."
  }
 },
 {
  "id": "g12",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Rita",
   "headline": "Blockchain engineer at Coinbase",
   "message": "Hi! Enjoyed your talk on zk-proofs at ETHDenver. Would love to connect.",
   "mutual_connections": 6,
   "connections": 500,
   "joined": "2017-01"
  }
 },
 {
  "id": "g13",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Cousin Vinny",
   "relationship": "worked-together",
   "message": "Hey, new job at Acme! Let's stay in touch, text me at +1 415 555 0199 when you're in town.",
   "joined": "2015-03",
   "connections": 500,
   "mutual_connections": 4,
   "has_photo": true,
   "positions": 4
  }
 },
 {
  "id": "t01",
  "expect": [
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Someone",
   "message": ""
  }
 },
 {
  "id": "t02",
  "expect": [
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Someone",
   "message": "Hi, I'd like to join your LinkedIn network."
  }
 },
 {
  "id": "t03",
  "expect": [
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Rob",
   "message": "Hi, I came across your profile and would love to connect. I'm a consultant helping businesses grow."
  }
 },
 {
  "id": "t04",
  "expect": [
   "ignore",
   "reply-first"
  ],
  "input": {
   "name": "X Y",
   "headline": "CEO",
   "message": "",
   "has_photo": false,
   "connections": 8,
   "mutual_connections": 0,
   "joined": "2026-08"
  }
 },
 {
  "id": "t05",
  "expect": [
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Ann",
   "headline": "Marketing Manager at Unilever",
   "message": "Hello, I'd love to connect with professionals in the sustainability space.",
   "mutual_connections": 0,
   "connections": 210,
   "joined": "2019-05",
   "positions": 3
  }
 },
 {
  "id": "t06",
  "expect": [
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Bo",
   "message": "Can you refer me to a job at your company? I attached my resume."
  }
 },
 {
  "id": "t07",
  "expect": [
   "reply-first",
   "ignore",
   "accept"
  ],
  "input": {
   "name": "Claire",
   "headline": "Nurse at NHS",
   "message": "",
   "mutual_connections": 2,
   "connections": 150,
   "joined": "2020-01"
  },
  "me": {
   "industry": "software"
  }
 },
 {
  "id": "t08",
  "expect": [
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Ivan",
   "relationship": "none",
   "message": "Great to meet you at the conference last week!",
   "mutual_connections": 0,
   "connections": 60
  }
 },
 {
  "id": "a01",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Priya",
   "headline": "Security Engineer at Cloudflare",
   "message": "Hi! I really liked your write-up about passkeys and account recovery. We're tackling the same problem at Cloudflare - would love to compare notes.",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  },
  "me": {
   "industry": "security"
  }
 },
 {
  "id": "a02",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Lukas",
   "headline": "Product Designer",
   "message": "Thanks for the great conversation after the UX meetup last night! Here's the link to the paper I mentioned: arxiv.org/abs/2301.00001",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "a03",
  "expect": [
   "accept"
  ],
  "input": {
   "name": "Marie",
   "relationship": "studied-together",
   "message": "Salut ! Ça fait longtemps depuis l'ESSEC. On garde contact ?",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "a04",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Tariq",
   "headline": "Hiring Manager at Monzo",
   "message": "Hi, I'm hiring a senior data engineer for my team at Monzo. Your Airflow talk at PyCon UK was great. Would you like to hear more about the role?",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "a05",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Jenny",
   "headline": "Software Engineer at Atlassian",
   "message": "Hey, Mike Chen suggested I reach out - I'm planning a move to Sydney and he said you'd know the local dev scene. Mind a quick question?",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "a06",
  "expect": [
   "accept",
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Ola",
   "headline": "CTO at Paystack",
   "message": "",
   "mutual_connections": 25,
   "connections": 500,
   "has_photo": true,
   "verified": true,
   "joined": "2013-01",
   "positions": 6
  }
 },
 {
  "id": "a07",
  "expect": [
   "accept"
  ],
  "input": {
   "name": "Ben",
   "relationship": "same-group",
   "message": "Good to see you at the Rust Meetup again. Let's connect here too.",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "a08",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Ravi",
   "headline": "Investment Analyst at Fidelity",
   "message": "Hi, enjoyed your article on bond ladders for retirees. I cover fixed income at Fidelity; would love to connect.",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  },
  "me": {
   "industry": "finance"
  }
 },
 {
  "id": "a09",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Kate",
   "headline": "Journalist at the Guardian",
   "message": "Hi, I'm writing a story on remote work and loved your post about four-day weeks. Could I ask you a few questions by email or phone?",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "a10",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Sven",
   "headline": "Engineering Manager at Klarna",
   "message": "Hi! We both spoke at the same track at QCon - your session on incident reviews was excellent.",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "a11",
  "expect": [
   "accept",
   "reply-first"
  ],
  "input": {
   "name": "Maya",
   "headline": "Career coach",
   "message": "Hi! I'm a career coach and I loved your post on negotiating offers. No pitch, just want to follow along with your writing.",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "a12",
  "expect": [
   "accept"
  ],
  "input": {
   "text": "Jon Park\n2nd degree connection\nStaff Engineer at Datadog\nParis, Île-de-France, France\n312 connections\n9 mutual connections\n\nHi, we worked together at Criteo back in 2019 on the bidder. Would be good to reconnect!"
  }
 },
 {
  "id": "a13",
  "expect": [
   "accept",
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Lee",
   "headline": "Student at NUS",
   "message": "Hi, I'm a student interested in UX. Could I ask about your career path?",
   "mutual_connections": 0,
   "connections": 45,
   "joined": "2025-02",
   "positions": 0,
   "has_photo": true
  }
 },
 {
  "id": "b01",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Amelia Scott",
   "headline": "Senior Recruiter at Meta",
   "message": "Hi! Meta is expanding its remote team. Based on your profile, you qualify for a $60/hour role. Please add my recruiting manager on Signal: +1 (302) 555-0147",
   "connections": 60,
   "joined": "2026-07",
   "mutual_connections": 1
  }
 },
 {
  "id": "b02",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Harry",
   "message": "Hey there, hope you don't mind me reaching out. I'm not very active on here, can we chat on whats app instead?"
  }
 },
 {
  "id": "b03",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Grace Wu",
   "headline": "Investor | Mentor",
   "message": "Nice to meet you! My aunt is an analyst and taught me a gold futures strategy that earns steady returns. I'd be happy to share it with you.",
   "mutual_connections": 0,
   "joined": "2026-03"
  }
 },
 {
  "id": "b04",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Steve",
   "message": "Hi, I represent a client who wants to invest $5 million in your country. Reply to my private email: steve.invest@protonmail.com"
  }
 },
 {
  "id": "b05",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Sarah",
   "headline": "HR",
   "message": "Dear candidate, you have been shortlisted for an online job. Salary $500 per day. Only 2 hours a day. Contact HR immediately."
  }
 },
 {
  "id": "b06",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Kevin",
   "message": "Your payment of $499 has been processed. If you did not authorize this, sign in here to cancel: secure-linkedin-billing.com"
  }
 },
 {
  "id": "b07",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Ana",
   "message": "Hi! I'm putting together a small investment club, returns of 8% a week so far. Spots are limited - interested?"
  }
 },
 {
  "id": "b08",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Mike",
   "headline": "Recruiter",
   "message": "Hello. Our company requires you to buy a laptop from our partner store before onboarding. The cost will be reimbursed on your first paycheck."
  }
 },
 {
  "id": "b09",
  "expect": [
   "report",
   "ignore"
  ],
  "input": {
   "name": "Jade",
   "message": "Hey gorgeous 😍 you seem really sweet, I'd love to get to know you"
  }
 },
 {
  "id": "b10",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Leo",
   "message": "Hi, I'm with the LinkedIn Trust team. We noticed unusual activity. Please send us the 6-digit verification code we just texted you."
  }
 },
 {
  "id": "b11",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Tina",
   "message": "For the interview, download the Zoom app from this link and install it: zoom-meeting-app.net/setup"
  }
 },
 {
  "id": "b12",
  "expect": [
   "report"
  ],
  "input": {
   "name": "Owen",
   "message": "Please reach me at owen.hr.jobs (at) gmail dot com for the position."
  }
 },
 {
  "id": "b13",
  "expect": [
   "report",
   "ignore"
  ],
  "input": {
   "name": "Barbara",
   "headline": "CEO",
   "message": "Hello dear, how are you doing today? I hope you are fine. I would like to know more about you.",
   "has_photo": true,
   "connections": 20,
   "mutual_connections": 0,
   "joined": "2026-09"
  }
 },
 {
  "id": "b14",
  "expect": [
   "report",
   "ignore"
  ],
  "input": {
   "name": "Kyle",
   "headline": "Talent acquisition at Tesla",
   "message": "Congratulations, you have been selected for the next stage!",
   "connections": 25,
   "joined": "2026-10",
   "mutual_connections": 0
  }
 },
 {
  "id": "c01",
  "expect": [
   "ignore",
   "report"
  ],
  "input": {
   "name": "Nate",
   "headline": "Helping SaaS founders scale with outbound",
   "message": "Hi! Noticed you're growing the team. We've helped 40+ startups like yours double their pipeline in 90 days. Open to a quick call next week?",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "c02",
  "expect": [
   "ignore",
   "report"
  ],
  "input": {
   "name": "Sue",
   "headline": "Independent Distributor",
   "message": "Hi hun! I'm looking for motivated women who want to be their own boss and work from their phone. Interested?",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "c03",
  "expect": [
   "ignore",
   "report",
   "reply-first"
  ],
  "input": {
   "name": "Ali",
   "headline": "Open Networker | 28,000+ connections | Let's connect!",
   "message": "Let's grow our networks together!",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "c04",
  "expect": [
   "ignore",
   "report"
  ],
  "input": {
   "name": "Kim",
   "headline": "Web developer",
   "message": "Hi! I noticed your website loads slowly on mobile. I can rebuild it in WordPress starting at $299. Let me know if you're interested.",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "c05",
  "expect": [
   "ignore",
   "report"
  ],
  "input": {
   "name": "Tom",
   "headline": "Crypto enthusiast | Passive income",
   "message": "",
   "joined": "2012-06",
   "connections": 500,
   "mutual_connections": 7,
   "has_photo": true,
   "positions": 5
  }
 },
 {
  "id": "d01",
  "expect": [
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Pat",
   "headline": "Entrepreneur",
   "message": "",
   "mutual_connections": 0
  }
 },
 {
  "id": "d02",
  "expect": [
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Jo",
   "headline": "Account Executive at Oracle",
   "message": "",
   "mutual_connections": 1,
   "connections": 500,
   "joined": "2016-01",
   "has_photo": true,
   "positions": 3
  },
  "me": {
   "industry": "healthcare"
  }
 },
 {
  "id": "d03",
  "expect": [
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Xi",
   "message": "Hello, I would like to connect with you. Thank you."
  }
 },
 {
  "id": "d04",
  "expect": [
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Ann",
   "message": "Hi! I'm a final year student looking for a job in data science. Can you help me?"
  }
 },
 {
  "id": "d05",
  "expect": [
   "reply-first",
   "ignore",
   "accept"
  ],
  "input": {
   "name": "Dev",
   "relationship": "met-in-person",
   "has_photo": false,
   "connections": 5,
   "joined": "2026-11",
   "positions": 0,
   "message": "Nice to meet you at the hackathon!"
  }
 },
 {
  "id": "d06",
  "expect": [
   "reply-first",
   "ignore"
  ],
  "input": {
   "name": "Ray",
   "relationship": "follows-my-work",
   "message": "",
   "mutual_connections": 0,
   "connections": 40
  }
 }
]
"""
)
