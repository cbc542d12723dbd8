import type { en } from './en.ts';

export const sv: Record<keyof typeof en, string> = {
  // Radering och lagring (H1b)
  'privacy.erasure.dataset.account': 'Ditt konto (namn, e-post, lösenord)',
  'privacy.erasure.dataset.sessions': 'Inloggningssessioner',
  'privacy.erasure.dataset.email_links': 'Länkar via e-post (verifiering, lösenord)',
  'privacy.erasure.dataset.second_factor': 'Tvåstegsverifiering',
  'privacy.erasure.dataset.terms_acceptances': 'Godkännanden av villkoren',
  'privacy.erasure.dataset.business_profile': 'Företagsprofil (Reloop Pro)',
  'privacy.erasure.dataset.orders': 'Beställningar och deras fakturor',
  'privacy.erasure.dataset.credit_notes': 'Kreditnotor',
  'privacy.erasure.dataset.checkouts': 'Betalningar i kassan',
  'privacy.erasure.dataset.carts': 'Varukorgar',
  'privacy.erasure.dataset.cart_lines': 'Varor i din varukorg',
  'privacy.erasure.dataset.care_folders': 'Hjälpärenden om en beställning',
  'privacy.erasure.dataset.returns': 'Returer',
  'privacy.erasure.dataset.warranty_claims': 'Garantiärenden',
  'privacy.erasure.dataset.insurance_claims': 'Försäkringsärenden',
  'privacy.erasure.dataset.support_tickets': 'Meddelanden till kundtjänst',
  'privacy.erasure.dataset.reviews': 'Omdömen',
  'privacy.erasure.dataset.review_photos': 'Foton till omdömen',
  'privacy.erasure.dataset.review_notices': 'Anmälningar av omdömen',
  'privacy.erasure.dataset.review_appeals': 'Överklaganden om omdömen',
  'privacy.erasure.dataset.reviewer_blocks': 'Begränsningar för omdömen',
  'privacy.erasure.dataset.seller_applications': 'Ansökningar som säljare',
  'privacy.erasure.dataset.seller_memberships': 'Medlemskap i säljarteam',
  'privacy.erasure.dataset.audit_events': 'Poster i säkerhetsloggen',
  'privacy.erasure.dataset.consent_records': 'Cookieval gjorda när du var inloggad',
  'privacy.erasure.dataset.marketing_preferences': 'Marknadsföringsinställningar',
  'privacy.erasure.dataset.newsletter_sends': 'Nyhetsbrev som skickats till dig',
  'privacy.erasure.dataset.alerts': 'Bevakningar av tillgänglighet och pris',
  'privacy.erasure.dataset.policy_notices': 'Meddelanden om ändrade villkor',
  'privacy.erasure.dataset.sale_opt_out_requests': 'Begäranden om att inte sälja eller dela',
  'privacy.erasure.dataset.privacy_requests': 'Dina begäranden om personuppgifter',
  'privacy.erasure.dataset.postmortem_directives': 'Önskemål för tiden efter din död',
  'privacy.erasure.dataset.processing_restrictions': 'Begränsningar av behandlingen',
  'privacy.erasure.dataset.processing_objections': 'Invändningar mot behandlingen',
  'privacy.erasure.dataset.dsa_notices': 'Anmälningar av olagligt innehåll',
  'privacy.erasure.dataset.dsa_complaints': 'Klagomål på våra beslut',
  'privacy.erasure.reason.accounting': 'Bokförings- och skatterätt: fakturor och räkenskapsinformation',
  'privacy.erasure.reason.trader_traceability':
    'Förordningen om digitala tjänster, art. 30: uppgifter om näringsidkaren',
  'privacy.erasure.reason.open_claim': 'Ett pågående ärende eller en tvist behöver dem',
  'privacy.erasure.until.date': 'till {date}',
  'privacy.erasure.until.open': 'tills ärendet är avslutat',
  'mail.privacy.erasure.report.subject': 'Ditt Reloop-konto har raderats',
  'mail.privacy.erasure.report.body':
    'Ditt Reloop-konto raderades den {date}. Vi har raderat {deleted, plural, one {# uppgift} other {# uppgifter}} och anonymiserat {anonymised, plural, one {# uppgift} other {# uppgifter}} om dig. Du kan inte längre logga in med det här kontot.',
  'mail.privacy.erasure.report.heldIntro':
    'Lagen kräver att vi sparar några uppgifter en tid. Var och en raderas eller anonymiseras när tiden har gått ut:',
  'mail.privacy.erasure.report.held.accounting':
    '- {count, plural, one {# faktura eller verifikation} other {# fakturor och verifikationer}}, sparas till {until} (bokförings- och skatterätt)',
  'mail.privacy.erasure.report.held.trader_traceability':
    '- {count, plural, one {# uppgift} other {# uppgifter}} om en säljare du ansökte för, sparas till {until} (förordningen om digitala tjänster, art. 30)',
  'mail.privacy.erasure.report.held.trader_traceability.running':
    '- {count, plural, one {# uppgift} other {# uppgifter}} om en säljare du ansökte för, sparas under avtalet och sex månader efter (förordningen om digitala tjänster, art. 30)',
  'mail.privacy.erasure.report.held.open_claim':
    '- {count, plural, one {# uppgift} other {# uppgifter}} i ett pågående hjälpärende, en retur, ett anspråk eller ett meddelande till kundtjänst, sparas tills det är avslutat',
  'mail.privacy.erasure.report.noneHeld': 'Vi sparar inget annat om dig.',
  'mail.privacy.erasure.report.last':
    'Det här är det sista e-postmeddelandet vi skickar till den här adressen.',
  'mail.privacy.erasure.warning.subject': 'Ditt Reloop-konto stängs på grund av inaktivitet',
  'mail.privacy.erasure.warning.body':
    'Du har inte använt ditt Reloop-konto på länge. För att skydda dina uppgifter stänger vi det den {date} och raderar det {days, plural, one {# dag} other {# dagar}} senare; vi sparar bara det lagen kräver.\n\nVill du behålla kontot räcker det att logga in före det datumet:\n{link}',
  'mail.privacy.erasure.deactivated.subject': 'Ditt Reloop-konto har stängts',
  'mail.privacy.erasure.deactivated.body':
    'Som vi meddelade har ditt Reloop-konto stängts eftersom det inte har använts på länge. Det raderas den {date}; vi sparar bara det lagen kräver. Vill du behålla det, kontakta kundtjänst före dess.',
  // ——— H2: privacy centre, data-subject requests ———
  'privacy.kind.access': 'Tillgång till mina uppgifter',
  'privacy.kind.erasure': 'Radering av mina uppgifter',
  'privacy.kind.rectification': 'Rättelse av mina uppgifter',
  'privacy.kind.restriction': 'Begränsning av behandlingen',
  'privacy.kind.objection': 'Invändning mot behandlingen',
  'privacy.kind.portability': 'En kopia av mina uppgifter att ta med (dataportabilitet)',
  'privacy.kind.know': 'Rätt att veta vilka personuppgifter som samlas in',
  'privacy.kind.do_not_sell': 'Sälj eller dela inte mina personuppgifter',
  'privacy.purpose.recommendations': 'Personliga rekommendationer',
  'privacy.purpose.recommendations.text':
    'Vi föreslår enheter utifrån vad du har tittat på och köpt, med stöd av vårt berättigade intresse. Om du invänder slutar vi direkt och visar dig samma förslag som alla andra.',
  'privacy.purpose.fraud_prevention': 'Bedrägeriförebyggande',
  'privacy.purpose.fraud_prevention.text':
    'Vi kontrollerar beställningar och betalningar mot bedrägeri för att skydda dig, säljarna och marknadsplatsen. Du kan inte invända mot detta: att skydda betalningar mot bedrägeri och försvara rättsliga anspråk är tvingande berättigade skäl som väger tyngre.',
  'privacy.centre.title': 'Integritetscenter',
  'privacy.centre.intro':
    'Dina rättigheter till dina personuppgifter, på ett ställe. Ändringar gäller direkt; begäranden som vi måste utreda besvarar vi via e-post inom den lagstadgade tiden.',
  'privacy.centre.download.title': 'Ladda ner mina uppgifter',
  'privacy.centre.download.text':
    'En kopia av allt vi har om dig, som JSON- och CSV-filer i ett ZIP-arkiv med en innehållsförteckning. Den skapas när du begär den.',
  'privacy.centre.download.zip': 'Ladda ner mina uppgifter (ZIP)',
  'privacy.centre.download.json': 'Samma uppgifter som JSON',
  'privacy.centre.rectify.title': 'Rätta mina uppgifter',
  'privacy.centre.rectify.text':
    'Ditt namn, din e-postadress, ditt lösenord och ditt språk ändrar du i kontoinställningarna.',
  'privacy.centre.rectify.settings': 'Till mina kontoinställningar',
  'privacy.centre.rectify.details': 'Vad mer som är fel, och vad det ska vara',
  'privacy.centre.rectify.hint':
    'För uppgifter du inte kan ändra själv (en adress på en tidigare beställning, ett företagsnamn …).',
  'privacy.centre.rectify.submit': 'Begär rättelse',
  'privacy.centre.restrict.title': 'Begränsa behandlingen',
  'privacy.centre.restrict.text':
    'Så länge behandlingen är begränsad lagrar vi bara dina uppgifter: vi använder dem inte till något annat, utom med ditt samtycke eller för att försvara rättsliga anspråk. Pågående beställningar levereras ändå.',
  'privacy.centre.restrict.reason': 'Varför',
  'privacy.centre.restrict.reason.accuracy_contested': 'Mina uppgifter är felaktiga och ni kontrollerar dem',
  'privacy.centre.restrict.reason.unlawful':
    'Behandlingen är olaglig men jag vill inte att uppgifterna raderas',
  'privacy.centre.restrict.reason.legal_claims': 'Jag behöver uppgifterna för ett rättsligt anspråk',
  'privacy.centre.restrict.reason.objection_pending': 'Jag har invänt mot en behandling och ni prövar det',
  'privacy.centre.restrict.submit': 'Begränsa behandlingen',
  'privacy.centre.restrict.active': 'Behandlingen begränsad sedan {date}.',
  'privacy.centre.restrict.lift': 'Häv begränsningen',
  'privacy.centre.object.title': 'Invänd mot behandling',
  'privacy.centre.object.text':
    'Viss behandling grundar sig på vårt berättigade intresse. Du kan invända mot den av skäl som rör din situation.',
  'privacy.centre.object.submit': 'Jag invänder',
  'privacy.centre.object.active': 'Du invänder mot denna behandling: den har upphört.',
  'privacy.centre.object.withdraw': 'Återkalla min invändning',
  'privacy.centre.marketing.title': 'Invänd mot marknadsföring',
  'privacy.centre.marketing.text':
    'Stoppar direkt alla marknadsföringsmeddelanden i alla kanaler. Bevakningar du har lagt på en produkt fortsätter: du har bett om dem.',
  'privacy.centre.marketing.submit': 'Stoppa all marknadsföring',
  'privacy.centre.directives.title': 'Efter min död',
  'privacy.centre.directives.text':
    'Du kan ange vad som ska hända med dina uppgifter efter din död och utse en förtroendeperson som genomför det (fransk dataskyddslag, art. 85). Du kan ändra detta när som helst.',
  'privacy.centre.directives.instruction': 'Vad som ska hända med mina uppgifter',
  'privacy.centre.directives.delete': 'Radera dem',
  'privacy.centre.directives.keep': 'Behåll dem så länge lagen tillåter',
  'privacy.centre.directives.hand_over': 'Lämna en kopia till min förtroendeperson och radera dem sedan',
  'privacy.centre.directives.trustedName': 'Förtroendepersonens namn',
  'privacy.centre.directives.trustedEmail': 'Förtroendepersonens e-postadress',
  'privacy.centre.directives.trustedHint': 'Krävs för att lämna en kopia; annars valfritt.',
  'privacy.centre.directives.submit': 'Spara mina anvisningar',
  'privacy.centre.directives.current': 'Anvisningar sparade {date}.',
  'privacy.centre.requests.title': 'Mina begäranden',
  'privacy.centre.requests.none': 'Du har inte gjort någon begäran.',
  'privacy.centre.requests.number': 'Nr',
  'privacy.centre.requests.received': 'Mottagen',
  'privacy.centre.requests.status': 'Status',
  'privacy.centre.requests.dueOn': 'Svar senast {date}',
  'privacy.centre.requests.answered': 'Besvarad',
  'privacy.centre.requests.refused': 'Avslagen (se vårt e-postmeddelande)',
  'privacy.centre.erase.title': 'Radera mitt konto',
  'privacy.centre.erase.text':
    'Ditt konto och dina personuppgifter raderas eller anonymiseras direkt och du loggas ut. Det som lagen kräver att vi sparar (fakturor och räkenskapsinformation, handlaruppgifter, underlag för ett pågående anspråk) sparas till sitt slutdatum och raderas sedan; en rapport visar exakt vad. Detta kan inte ångras.',
  'privacy.centre.erase.submit': 'Radera mitt konto för gott',
  'privacy.centre.done.restricted': 'Behandlingen av dina uppgifter är begränsad.',
  'privacy.centre.done.lifted': 'Begränsningen är hävd.',
  'privacy.centre.done.objected': 'Din invändning är registrerad: den behandlingen har upphört.',
  'privacy.centre.done.withdrawn': 'Din invändning är återkallad.',
  'privacy.centre.done.marketing': 'All marknadsföring till dig har stoppats.',
  'privacy.centre.done.directives': 'Dina anvisningar är sparade.',
  'privacy.centre.done.requested': 'Din begäran är skickad. Vi svarar via e-post inom den lagstadgade tiden.',
  'privacy.report.title': 'Ditt konto är raderat',
  'privacy.report.done': 'Raderat {date}. En kopia av rapporten har skickats till din e-postadress.',
  'privacy.report.deleted': 'Raderat',
  'privacy.report.anonymised': 'Anonymiserat',
  'privacy.report.held': 'Sparat eftersom lagen kräver det',
  'privacy.report.held.text':
    'Dessa uppgifter sparas bara så länge lagen kräver och raderas sedan automatiskt.',
  'privacy.report.data': 'Uppgifter',
  'privacy.report.count': 'Poster',
  'privacy.report.reason': 'Varför',
  'privacy.report.until': 'Sparas till',
  'privacy.report.untilClosed': 'tills anspråket är avslutat',
  'privacy.report.nothing': 'Inget.',
  'privacy.report.home': 'Tillbaka till butiken',
  'privacy.request.title': 'Begäran om personuppgifter',
  'privacy.request.intro':
    'Be oss om en kopia av dina uppgifter, om rättelse eller radering, om begränsning av behandlingen eller invänd mot den — även utan konto. Vi bekräftar först din e-postadress.',
  'privacy.request.haveAccount': 'Har du ett konto? Det mesta sker direkt i ditt',
  'privacy.request.name': 'Ditt namn',
  'privacy.request.email': 'Din e-postadress',
  'privacy.request.email.hint': 'Den vi känner dig under: vi skickar en länk dit för att bekräfta begäran.',
  'privacy.request.kind': 'Din begäran',
  'privacy.request.details': 'Detaljer',
  'privacy.request.details.hint': 'Vad begäran gäller (krävs för rättelse eller invändning).',
  'privacy.request.deadline.gdpr':
    'Vi svarar inom en månad från att vi tagit emot din begäran; är den komplicerad kan vi förlänga med två månader och meddelar dig skälen inom den första månaden.',
  'privacy.request.deadline.ccpa':
    'Vi svarar inom 45 dagar från att vi tagit emot din begäran; vid behov kan vi förlänga med 45 dagar och meddelar dig skälen inom de första 45.',
  'privacy.request.submit': 'Skicka min begäran',
  'privacy.request.sent.title': 'Kolla din e-post',
  'privacy.request.sent.text':
    'Vi har skickat en länk till {email}. Öppna den inom 7 dagar för att bekräfta din begäran.',
  'privacy.request.verify.title': 'Bekräfta din begäran',
  'privacy.request.verify.text': 'Bekräfta att du har skickat denna begäran om personuppgifter.',
  'privacy.request.verify.submit': 'Bekräfta min begäran',
  'privacy.request.verified.title': 'Begäran mottagen',
  'privacy.request.verified.text': 'Din begäran nr {id} är bekräftad. Vi svarar via e-post senast {date}.',
  'privacy.request.link.invalid': 'Länken är ogiltig eller har gått ut.',
  'mail.privacy.request.verify.subject': 'Bekräfta din begäran om personuppgifter',
  'mail.privacy.request.verify.body':
    'Vi har tagit emot en begäran från den här adressen: {kind}.\n\nÖppna den här länken senast {expires} för att bekräfta den:\n{link}\n\nOm du inte skickade den kan du bortse från detta e-postmeddelande: ingenting händer.',
  'mail.privacy.request.received.subject': 'Din begäran nr {id} om personuppgifter är mottagen',
  'mail.privacy.request.received.body':
    'Vi har tagit emot din begäran nr {id}: {kind}.\n\nVi svarar senast {due}. Om vi behöver mer tid för att begäran är komplicerad meddelar vi dig skälen före dess.',
  'mail.privacy.request.extended.subject': 'Din begäran nr {id}: vi behöver mer tid',
  'mail.privacy.request.extended.body':
    'Vi behöver mer tid för att besvara din begäran nr {id}, av följande skäl:\n{reason}\n\nVi svarar senast {due}.',
  'mail.privacy.request.dataReady.subject': 'Din begäran nr {id}: dina uppgifter',
  'mail.privacy.request.dataReady.body':
    'Här är dina uppgifter, som du bad om (begäran nr {id}). Ladda ner dem senast {expires} via den här länken; arkivet skapas när du öppnar den:\n{link}',
  'mail.privacy.request.answered.subject': 'Din begäran nr {id}: vårt svar',
  'mail.privacy.request.answered.body': 'Här är vårt svar på din begäran nr {id} ({kind}).',
  'mail.privacy.request.answered.erased':
    'Ditt konto är raderat. Ett separat e-postmeddelande visar vad som raderats, anonymiserats och sparats för att lagen kräver det.',
  'mail.privacy.request.refused.subject': 'Din begäran nr {id}: vi kan inte tillmötesgå den',
  'mail.privacy.request.refused.body':
    'Vi kan inte tillmötesgå din begäran nr {id} ({kind}), av följande skäl:\n{reason}',
  'mail.privacy.request.refused.remedies':
    'Du kan lämna in ett klagomål till en tillsynsmyndighet för dataskydd (i landet där du bor eller arbetar, eller där du anser att dina rättigheter har kränkts), till exempel IMY i Sverige, och föra talan vid domstol.',
  'mail.privacy.request.refused.remedies.ccpa':
    'Du kan kontakta California Privacy Protection Agency eller Kaliforniens justitieminister och föra talan vid domstol.',
  // Download my data (H1a): the README.txt of the archive.
  'privacy.export.readme.title': 'Dina Reloop-uppgifter',
  'privacy.export.readme.intro':
    'Detta arkiv innehåller de personuppgifter som Reloop hade om dig ({email}) den {date} (GDPR art. 15 och 20: rätt till tillgång och rätt till dataportabilitet).',
  'privacy.export.readme.files':
    'Varje datamängd ligger i en mapp som är uppkallad efter den del av Reloop som har den, i två former: en .json-fil med de exakta värdena och en .csv-fil att öppna i ett kalkylprogram. manifest.json listar varje fil, dess antal rader och vad den innehåller.',
  'privacy.export.readme.formats':
    'Datum och tider anges i UTC (ISO 8601). Belopp är heltal i valutans minsta enhet (cent/öre), med sin valuta.',
  'privacy.export.readme.secrets':
    'Lösenord, säkerhetskoder och nycklar ingår aldrig. De delar av Reloop som inte har något om dig listas i manifest.json, med skälet.',
  'privacy.export.readme.contact':
    'För att rätta dina uppgifter, eller för annan begäran om dem, använd integritetscentret i ditt konto.',
};
