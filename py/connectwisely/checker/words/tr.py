"""Turkish: the phrase tables the request checker reads Turkish by (see :mod:`.languages`).

Written from USOM's and the BDDK's warnings (home jobs that ask for a "kayıt ücreti" or a
"depozito", "evden ek gelir" for liking products, investment fraud with "garantili kazanç",
requests for a T.C. kimlik number, bank passwords or an SMS code) and real Turkish recruiting
posts. Patterns run on text with accents removed (ı → i, ş → s, ğ → g).
"""

STOPWORDS = "ve bir bu da de ile icin ben sen siz biz size sizi sizin benim bana cok ama gibi daha olarak var yok ne mi mu nasil merhaba selam tesekkurler tesekkur ederim iyi gunler saygilarimla olan kadar sonra en her"
NUMBERS = {
    "sifir": 0, "bir": 1, "iki": 2, "uc": 3, "dort": 4, "bes": 5, "alti": 6, "yedi": 7,
    "sekiz": 8, "dokuz": 9, "on": 10, "yirmi": 20, "otuz": 30, "kirk": 40, "elli": 50,
    "altmis": 60, "yetmis": 70, "seksen": 80, "doksan": 90, "yuz": 100, "bin": 1000,
    "milyon": 1_000_000,
}  # fmt: skip
LETTERS = "ışğ"  # letters that only Turkish uses, among the languages read
JOINERS = ()
CAPITALIZED = "bey hanım hanim siz size sizi"  # titles and the formal "you": no names
PERCENT = ("yuzde",)
PERIODS = {
    "day": r"gunluk|gunde|her gun|gun basina",
    "week": r"haftalik|haftada|her hafta",
    "month": r"aylik|ayda|her ay",
    "hour": r"saatlik|saatte|saat basi|saat basina",
    "year": r"yillik|yilda",
}
APPS = {"WhatsApp": r"wp|whats|wa", "Telegram": r"tg|tele"}
BUTTONS = "kabul et, yoksay, yanitla, mesaj, baglanti kur, takip et, daha fazla, daha fazla goster, profili goruntule, iletisim bilgileri"  # LinkedIn's buttons and labels, dropped from a paste
INTERFACE = {
    "connections": r"{n}\+?\s+baglanti",
    "mutual": r"{n}\s+ortak\s+baglanti",
    "mutual_others": r"(.+?)\s+ve\s+(\d[\d.,]*)\s+diger\s+ortak\s+baglanti",
    "followers": r"{n}\s+takipci",
    "degree": r"(1|2|3)\.",
}
ROLES = r"muhendis\w*|yazilimc\w*|gelistirici\w*|analist\w*|tasarimc\w*|mimar\w*|danisman\w*|muhasebec\w*|avukat\w*|hemsire\w*|teknisyen\w*|uzman\w*|mudur\w*"
TABLES = {
    "waived": (r"\b(?:ucretsiz|bedava|biz karsiliyoruz|ucret alinmaz)\b",),
    "off_platform": (
        r"\b(?:whatsapp|telegram|signal)\w*\s(?:uzerinden|ustunden|hattim\w*|numaram\w*)\b|\b(?:yazin?|ulasin?|arayin?)\s(?:bana\s)?(?:whatsapp|telegram|wp)\b",
        r"\b(?:numaran\w*|telefon numaran\w*|cep numaran\w*)\b|\bnumaram\w*\b",
        r"\b(?:ozel|kisisel)\s(?:mail\w*|e-?posta\w*|numar\w*|mesaj\w*)\b|\bburada pek aktif degilim\b",
    ),
    "money": (
        r"\b(?:katilim|kayit|uyelik|basvuru) (?:ucreti|bedeli)\w*\b",
        r"\b(?:kayit|aktivasyon|basvuru|dosya|egitim|uyelik|islem)\s(?:ucret\w*|bedel\w*)\b|\bdepozito\w*\b|\bteminat\w*\b",
        r"\b(?:odeme|yatir|gonder|havale|eft)\w*\b[^.!?\n]{0,50}?(?:tl\b|₺|€|euro|\$|hediye kart\w*)",
        r"\bhediye kart\w*\b|\bon odeme\w*\b",
        r"(?:tl\b|₺|usd|€|euro)[^.!?\n]{0,30}?\b(?:ode|yatir|gonder|havale)\w*",
    ),
    "personal_data": (
        r"\b(?:kod|kodu|kodlari|hane\w*)\b[\s\S]{0,80}?\b(?:yanlis numara|yanlislikla)\b|\b(?:yanlis numara|yanlislikla)\b[\s\S]{0,80}?\b(?:kod|kodu|kodlari|hane\w*)\b",  # a code that reached you "by mistake"
        r"\b(?:(?:dogrulama|onay|guvenlik|sms) kod\w*|\d haneli kod\w*|haneli)\b[\s\S]{0,80}?\b(?:numaraniz\w*|numarana|gelen|aldiniz|(?:gonder|ilet|paylas)\w*)\b|\b(?:numaraniz\w*|numarana|gelen|aldiniz|(?:gonder|ilet|paylas)\w*)\b[\s\S]{0,80}?\b(?:(?:dogrulama|onay|guvenlik|sms) kod\w*|\d haneli kod\w*|haneli)\b",  # a verification code you received, asked for
        r"\bkod\w*\b[^.!?\n]{0,60}?\byanlislikla\b|\byanlislikla\b[^.!?\n]{0,60}?\bkod\w*\b",
        r"\b(?:e-?devlet|banka)\s(?:sifre\w*|parola\w*)\b|\bsifre\w*\s(?:ile|girerek)\b",
        r"\b(?:gonder|paylas|ilet|yaz|ver|sizin|senin)\w*\b[^.!?\n]{0,40}?\b(?:iban\w*|hesap numara\w*|kimlik\w*|tc (?:kimlik )?no\w*|t\.c\.|pasaport\w*|sifre\w*|sms kod\w*|dogrulama kod\w*|kart numara\w*|banka bilgi\w*)\b",
        r"\b(?:iban\w*|kimlik fotokopi\w*|kimlik (?:foto\w*|bilgi\w*)|sifre\w*|sms kod\w*|dogrulama kod\w*)\b[^.!?\n]{0,40}?\b(?:gonder|paylas|ilet|yaz|lazim|gerekli)\w*",
        r"\b(?:pasaport|kimlik)\w*\s(?:foto\w*|kopya\w*|bilgi\w*)\w*\b[^.!?\n]{0,30}?\b(?:gonder|paylas|ilet|yukle)\w*",
    ),
    "returns": (
        r"\bgarantili\s(?:kazanc|kar|getiri|gelir)\w*\b|\b(?:kazanc|kar|getiri)\w*\s(?:\w+\s)?garanti\w*\b",
        r"\brisksiz\b|\brisk yok\b|\bparaniz?i? (?:ikiye|uce) katla\w*\b",
    ),
    "vehicle": (
        r"\b(?:kripto\w*|bitcoin\w*|forex\w*|borsa\w*|yatirim platform\w*|altin yatirim\w*|trading\w*)\b",
    ),
    "profit": (
        r"\b(?:kazanc\w*|kar\b|pasif gelir\w*|finansal ozgurluk|para kazan\w*|ek gelir\w*)\b",
    ),
    "romance": (
        r"\b(?:merhaba|selam|gunaydin)\W+(?:guzelim|tatlim|canim|askim|melegim|guzel bayan)\b",
        r"\b(?:gulusun\w*|gulumsemen\w*)\b|\b(?:guzel|harika) gozler\w*\b",
        r"\bdul\b|\byalniz\w*\b|\bkalbim\b",
        r"\b(?:aski|hayat arkadasi\w*|ruh esi\w*|es)\s(?:ariyorum|arayan)\b|\bgercek ask\b",
    ),
    "romance_strong": (
        r"\b(?:merhaba|selam|gunaydin)\W+(?:guzelim|tatlim|canim|askim|melegim|guzel bayan)\b",
        r"\b(?:aski|hayat arkadasi\w*|ruh esi\w*)\s(?:ariyorum|arayan)\b|\bgercek ask\b",
    ),
    "familiar": (r"\b(?:sizi|seni) (?:daha yakindan|daha iyi) tanimak\b|\barkadas olmak\b",),
    "shared_context": (
        r"\b(?:sinif|donem|okul|ekip|is) arkadas(?:in|iniz)\w*\b|\bbaglantida kal\w*|\bgorusmeyeli\b",
        r"\b(?:sunumunuz|sunumun|konusmaniz|konusman)\w*\s(?:sonra|sirasinda)\b|\bsoru (?:sordum|sormustum)\b",
        r"\b\w+(?:daki|deki|taki|teki)\b[^.!?\n]{0,40}?\b(?:sunumunuz|sunumun|konusmaniz|konusman)\w*",
        r"\b(?:tanistigimiza|gorustugumuze|konustugumuza)\s(?:cok\s)?(?:memnun|sevindim)\w*\b|\b(?:tanistik|gorustuk|konustuk)\b",
        r"\b(?:birlikte|beraber)\s(?:calis\w*|okudu\w*|okul\w*)\b|\b(?:eski|onceki)\s(?:is arkadas\w*|sinif arkadas\w*|ekip arkadas\w*)\b|\bayni (?:ekip|sinif|bolum)\w*\b",
        r"\bsizi (?:bana )?(?:onerdi|tavsiye etti)\b|\b(?:bilgilerinizi|iletisim bilgilerinizi) verdi\b",
        r"\bben de\b[^.!?\n]{0,60}?\bmezun\w*|\bayni (?:universite|okul|bolum)\w*\b",
    ),
    "about_you": (
        r"\b(?:sunumunuz\w*|konusmaniz\w*|makaleniz\w*|yaziniz\w*|paylasiminiz\w*|projeniz\w*|kitabiniz\w*)\b",
    ),
    "job": (
        r"\b(?:is (?:ilan|firsat|teklif)\w*|pozisyon\w*|ilan\w*|gorev\w*|evden calisma|part-?time|yari zamanli|tam zamanli|kariyer\w*|gorevler\w*)",
        r"\b(?:isi|isler|isleri|calisma|eleman|gorev)\b",
    ),
    "recruiter": (r"\b(?:ik|insan kaynaklari|ise alim\w*|recruiter|yetenek)\b",),
    "too_good": (
        r"\b(?:deneyim|tecrube)\s(?:gerekmez|gerekmiyor|sart degil)\b|\bdeneyimsiz\b",
        r"\b(?:secildiniz|ise alindiniz|kabul edildiniz)\b",
        r"\b(?:urun|uygulama|otel|video)\w*\s(?:begen\w*|degerlendir\w*|puanla\w*)\b|\bbasit gorevler\w*\b|\bkolay is\w*\b",
        r"\b(?:tebrikler|basvurunuz)\b[^.!?\n]{0,40}?\b(?:onay|kabul)\w*",
    ),
    "too_good_weak": (r"\bevden\b|\buzaktan\b",),
    "advance_fee": (r"\bmiras\w*\b|\bvefat eden (?:musteri|akraba)\w*\b",),
    "default_note": (r"\b(?:agima eklemek|baglanti kurmak) istiyorum\b|\bbaglanti kuralim\b",),
    "mass_message": (
        r"\bprofilinize? (?:rastladim|denk geldim)\b|\b(?:etkileyici|ilginc) (?:bir )?profil\w*\b",
    ),
    "job_ask": (r"\bis ariyorum\b|\bbeni (?:onerir|tavsiye eder)\w*\b|\bstaj ariyorum\b",),
    "pitch_offer": (
        r"\b(?:yardimci oluyoruz|sunuyoruz|sagliyoruz|gelistiriyoruz|uretiyoruz)\b|\bhizmetlerimiz\w*\b",
        r"\b(?:paket|hizmet)lerimiz\w*\b|\bsirketinize ozel\b",
        r"\b(?:yazilim|urun|cozum|platform|uygulama)\w*imiz\w*\b|\b\w+(?:lere|lara) ozel\b",
    ),
    "pitch_ask": (
        r"\b(?:kisa|ucretsiz)\s(?:bir\s)?(?:gorusme|toplanti|gorusme ayarla\w*|demo)\w*\b",
        r"\b(?:randevu|kayit linki\w*|takvim linki\w*)\b|\bucretsiz (?:on )?gorusme\b",
    ),
    "pitch_outcome": (r"\bdaha fazla (?:musteri|satis|potansiyel musteri)\b",),
    "pitch_price": (
        r"\b(?:fiyat listesi|mufredat|egitim programi)\b",
        r"\b\d+\s?(?:tl|₺)'?den baslayan\b|\buygun fiyat\w*\b",
        r"\bucretsiz\s\S+\s?(?:webinar\w*|egitim\w*|seminer\w*)\b|\bwebinar\w*\b",
    ),
    "mlm": (r"\bpasif gelir\w*\b|\bkendi patronun\w*\b|\bek gelir\w*\b",),
    "open_networker": (r"\btum (?:davetleri|istekleri) kabul ediyorum\b|\bbirlikte buyuyelim\b",),
    "sign_in": (
        r"\b(?:giris yap\w*|oturum ac\w*)\b[^.!?\n]{0,60}?\b(?:goruntule\w*|ac\w*|indir\w*)\b",
    ),
    "authority": (r"\b(?:genel mudur\w*|yonetim kurulu\w*|sahibi|patron\w*)\b",),
    "secrecy": (r"\b(?:aramizda kalsin|gizli\w*|kimseye soyleme\w*|gizlilik)\b",),
    "urgency": (
        r"\b(?:acil\w*|hemen|bugun icinde|en kisa surede|saat \d{1,2}(?::\d\d)?'?(?:e|a|den|dan) kadar)\b",
    ),
    "wrong_person": (
        r"\b(?:yanlis kisi\w*|yanlis profil\w*|yanlis numara\w*|baskasiyla karistir\w*|sizi \w+ sandim)\b",
    ),
    "service_name": (r"\b(?:dogrulama|guvenlik|musteri hizmetleri|destek|resmi)\b",),
}
