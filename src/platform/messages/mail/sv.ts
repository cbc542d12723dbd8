import type { en } from './en.ts';

export const sv: Record<keyof typeof en, string> = {
  'mail.signature': '— Reloop, marknadsplatsen för renoverad elektronik',
  'mail.greeting': 'Hej {name},',
  'mail.greeting.anonymous': 'Hej,',

  'mail.verifyEmail.subject': 'Bekräfta din e-postadress',
  'mail.verifyEmail.body':
    'Bekräfta din e-postadress för att slutföra ditt Reloop-konto:\n{link}\n\nLänken fungerar en gång och slutar gälla efter 48 timmar. Om du inte har registrerat dig kan du bortse från detta mejl.',
  'mail.alreadyRegistered.subject': 'Någon försökte registrera sig med din e-postadress',
  'mail.alreadyRegistered.body':
    'Någon, kanske du, försökte skapa ett Reloop-konto med den här e-postadressen, som redan har ett.\n\nOm det var du kan du logga in eller återställa ditt lösenord här:\n{link}\n\nAnnars kan du bortse från detta mejl: ingenting har ändrats.',
  'mail.resetPassword.subject': 'Återställ ditt lösenord',
  'mail.resetPassword.body':
    'Välj ett nytt lösenord för ditt Reloop-konto med den här länken:\n{link}\n\nDen fungerar en gång och slutar gälla efter en timme. Om du inte har bett om det kan du bortse från detta mejl: ditt lösenord är oförändrat.',
  'mail.passwordChanged.subject': 'Ditt lösenord har ändrats',
  'mail.passwordChanged.body':
    'Lösenordet till ditt Reloop-konto har just ändrats och dina andra sessioner har loggats ut.\n\nOm det inte var du, återställ ditt lösenord omedelbart och kontakta kundtjänst.',
  'mail.confirmNewEmail.subject': 'Bekräfta din nya e-postadress',
  'mail.confirmNewEmail.body':
    'Bekräfta att detta är den nya e-postadressen för ditt Reloop-konto:\n{link}\n\nLänken fungerar en gång och slutar gälla efter 24 timmar.',
  'mail.emailChanged.subject': 'Din e-postadress har ändrats',
  'mail.emailChanged.body':
    'E-postadressen för ditt Reloop-konto är nu {email}. Om det inte var du, kontakta kundtjänst omedelbart.',
  'mail.closedByUser.subject': 'Ditt Reloop-konto är avslutat',
  'mail.closedByUser.body':
    'Som du bad om avslutades ditt Reloop-konto den {date}. Du är utloggad överallt.\n\nVi sparar de uppgifter som lagen kräver (beställningar, fakturor) under de lagstadgade lagringstiderna och raderar resten enligt vår integritetspolicy. Kontakta kundtjänst om du vill öppna ett konto igen med den här adressen.',
  'mail.closedByPlatform.subject': 'Vi har avslutat ditt Reloop-konto',
  'mail.closedByPlatform.body':
    'Vi avslutade ditt Reloop-konto den {date}.\n\nSkäl: {reason}\n{details}\n\nGrund: {ground}\n\nBeslutet fattades av en av våra medarbetare, inte automatiserat.\nReferens för motiveringen: {statementId}\n\nDina möjligheter: {redress}',
  'mail.operatorInvite.subject': 'Du är inbjuden till Reloops operatörskonsol',
  'mail.operatorInvite.body':
    '{inviter} har bjudit in dig till Reloops operatörskonsol som {role}.\n\nAcceptera inbjudan:\n{link}\n\nHar du inget Reloop-konto ännu väljer du ditt namn och lösenord där. Har du redan ett, öppna länken inloggad som {email} med den adressen verifierad: rollen går bara till det kontot, och du loggar in igen efteråt. Länken fungerar en gång och slutar gälla efter 7 dagar.',

  'mail.ground.illegalContent': 'Olagligt innehåll eller olaglig verksamhet — {legalGround}',
  'mail.ground.incompatibleTerms': 'Oförenligt med våra villkor — {clause}',
  'mail.redress.user':
    'Du kan kostnadsfritt överklaga beslutet via vårt interna system för hantering av klagomål inom 6 månader (med klagomålsformuläret som länkas i mejlet där vi meddelade beslutet), hänskjuta det till ett certifierat organ för tvistlösning utanför domstol eller vända dig till domstol.',
  'mail.redress.seller':
    'Du kan kostnadsfritt överklaga beslutet via vårt interna system för hantering av klagomål inom 6 månader (med klagomålsformuläret som länkas i mejlet där vi meddelade beslutet, öppet för varje ägare av butiken), hänskjuta det till ett certifierat organ för tvistlösning utanför domstol eller vända dig till domstol.',
  'mail.closure.reason.fraud': 'Bedrägeri eller försök till bedrägeri',
  'mail.closure.reason.payment_abuse': 'Betalningsmissbruk (återdebiteringar, obetalda beställningar)',
  'mail.closure.reason.scraping': 'Automatiserad extrahering av katalogen (skrapning)',
  'mail.closure.reason.abusive_behaviour': 'Kränkande beteende mot säljare eller personal',
  'mail.closure.reason.duplicate_account': 'Mer än ett konto för samma person',
  'mail.closure.reason.false_identity': 'Felaktiga eller vilseledande kontouppgifter',
  'mail.closure.reason.illegal_content': 'Olagligt innehåll eller olaglig verksamhet',
  'mail.closure.clause.fraud': 'Användarvillkor §8.2 — bedräglig användning av tjänsten',
  'mail.closure.clause.payment_abuse':
    'Användarvillkor §8.3 — missbruk av betalnings- och återbetalningsprocesserna',
  'mail.closure.clause.scraping': 'Användarvillkor §7.4 — automatiserad extrahering av innehåll är förbjuden',
  'mail.closure.clause.abusive_behaviour': 'Användarvillkor §8.1 — respektfull användning av tjänsten',
  'mail.closure.clause.duplicate_account': 'Användarvillkor §3.1 — ett konto per användare',
  'mail.closure.clause.false_identity':
    'Användarvillkor §3.2 — korrekta och fullständiga registreringsuppgifter',
  'mail.suspension.reason.incomplete_trader_data': 'Ofullständiga näringsidkaruppgifter',
  'mail.suspension.reason.inaccurate_trader_data': 'Felaktiga eller opålitliga näringsidkaruppgifter',
  'mail.suspension.reason.invalid_payment_account': 'Uppgifter om betalkonto som inte kan användas',
  'mail.suspension.reason.invalid_id_document':
    'Identitetshandling som saknas, har gått ut eller inte motsvarar den lagliga företrädaren',
  'mail.suspension.reason.quality_criteria': 'Kvalitetsandelar över Reloops gränser',
  'mail.suspension.clause.incomplete_trader_data':
    'Säljarvillkor §4.1 — fullständiga näringsidkaruppgifter (DSA art. 30.1 och 30.3)',
  'mail.suspension.clause.inaccurate_trader_data':
    'Säljarvillkor §4.2 — korrekta och aktuella näringsidkaruppgifter (DSA art. 30.2 och 30.3)',
  'mail.suspension.clause.invalid_payment_account':
    'Säljarvillkor §4.3 — ett betalkonto i näringsidkarens namn',
  'mail.suspension.clause.invalid_id_document':
    'Säljarvillkor §4.1 — identifiering av näringsidkaren (DSA art. 30.1 b)',
  'mail.suspension.clause.quality_criteria':
    'Säljarvillkor §6 — kvalitetskriterier (leveranstider, lager, produkternas kvalitet)',
  'mail.suspension.lasts.incomplete_trader_data':
    'tills näringsidkaruppgifterna har rättats och kontrollerats på nytt',
  'mail.suspension.lasts.inaccurate_trader_data':
    'tills näringsidkaruppgifterna har rättats och kontrollerats på nytt',
  'mail.suspension.lasts.invalid_payment_account':
    'tills näringsidkaruppgifterna har rättats och kontrollerats på nytt',
  'mail.suspension.lasts.invalid_id_document':
    'tills näringsidkaruppgifterna har rättats och kontrollerats på nytt',
  'mail.suspension.lasts.quality_criteria':
    'tills en plan för att få kvalitetsandelarna under gränserna igen har avtalats med Reloop',

  'mail.receipt.order': 'Beställning {orderId} — säljs av {seller}',
  'mail.receipt.orderWithInvoice': 'Beställning {orderId} — säljs av {seller} — faktura {invoice}',
  'mail.receipt.line':
    '{quantity} × {product} ({grade}) — styckpris {unit} — rad exkl. moms {net} — rad inkl. moms {gross}',
  'mail.receipt.notApplicable': 'ej tillämpligt',
  'mail.receipt.delivery': 'Frakt: {amount}',
  'mail.receipt.vat': 'Moms {rate} på {net}: {vat}',
  'mail.receipt.insurance': 'Försäkring (skador och stöld, 12 månader): {amount}',
  'mail.receipt.orderTotal': 'Beställningens summa: {amount}',
  'mail.receipt.serviceFee': 'Serviceavgift: {amount}',
  'mail.receipt.totalPaid': 'Totalt betalt: {amount}',
  'mail.confirmation.subject': 'Din Reloop-beställning är bekräftad ({orders})',
  'mail.confirmation.intro':
    'Tack för din beställning. Din betalning är bekräftad och säljarna har ombetts att skicka.',
  'mail.confirmation.policies': 'Dina försäkringar (skador och stöld, 12 månader): {policies}',
  'mail.confirmation.follow': 'Följ din beställning: {link}',
  'mail.awaitingTransfer.subject': 'Din Reloop-beställning väntar på din banköverföring',
  'mail.awaitingTransfer.body':
    'Din beställning är reserverad till {dueAt} (48 timmar). Överför {amount} till:\n\nMottagare: {beneficiary}\nIBAN: {iban}\nBIC: {bic}\nReferens (obligatorisk): {reference}\n\nUtan betalning före dess avbryts beställningen och varorna släpps.',
  'mail.cancelledUnpaid.subject': 'Din Reloop-beställning har avbrutits: ingen betalning mottagen',
  'mail.cancelledUnpaid.body':
    'Vi har inte tagit emot din banköverföring på {amount} inom 48 timmar, så beställningarna {orders} har avbrutits och varorna släppts. Ingenting har dragits. Om du redan har betalat, svara på detta mejl så betalar vi tillbaka.',
  'mail.latePayment.subject': 'Din Reloop-betalning kom för sent: den återbetalas i sin helhet',
  'mail.latePayment.body':
    'Din betalning på {amount} kom fram efter att beställningarna {orders} hade avbrutits, och varorna finns inte längre (eller din varukorg har beställts igen). {refunded, select, yes {Vi har återbetalat hela beloppet till samma kort eller konto; beroende på din bank syns det inom 5 till 10 dagar.} other {Vi återbetalar hela beloppet: vår kundtjänst arbetar med det och bekräftar via mejl.}} Ingen beställning har lagts med denna betalning.',

  'mail.shipped.subject': 'Din beställning {orderId} är på väg',
  'mail.shipped.body': 'Din beställning {orderId} har lämnats till {carrier}.\nSpårningsnummer: {tracking}',

  'mail.refund.delay':
    'Pengarna går tillbaka till det betalningssätt du använde; beroende på din bank kan det ta 5 till 10 bankdagar innan de syns.',
  'mail.refundIssued.subject': 'Din återbetalning från Reloop på {amount} (beställning {orderId})',
  'mail.refundIssued.cancelled':
    'Din beställning {orderId} av {quantity} × {product} ({grade}) har avbrutits och återbetalats i sin helhet.',
  'mail.refundIssued.partial':
    'Vi har återbetalat {amount} för {quantity} × {product} ({grade}), beställning {orderId}.',
  'mail.refundIssued.details': 'Återbetalt belopp: {amount}\nSkäl: {reason}',
  'mail.refundFailed.subject': 'Din återbetalning från Reloop på {amount} gick inte igenom',
  'mail.refundFailed.body':
    'Vi försökte återbetala {amount} för {what, select, line {{description}} insurance {en försäkringspremie vars försäkring inte kunde utfärdas} service_fee {serviceavgiften} other {betalningen som kom efter att din beställning avbrutits}}{orderId, select, none {} other { (beställning {orderId})}}, men din bank eller kortutgivare avvisade den.\n\nInga pengar har nått dig för denna återbetalning ännu. Vårt team har larmats och återbetalar igen, eller kontaktar dig om vi behöver ett annat sätt att betala tillbaka. Du behöver inte göra något.',
  'mail.refundFailedOperator.subject':
    '[Reloop] Återbetalning {refundId} misslyckades: {amount}{orderId, select, none {} other {, beställning {orderId}}}',
  'mail.refundFailedOperator.body':
    'Återbetalning {refundId} på {amount} för {description}{orderId, select, none {} other {, beställning {orderId}}} (checkout {checkoutId}) {how, select, refused {avvisades av} other {misslyckades hos}} betalningsleverantören{message}.\n\n{what, select, line {Raden kan återbetalas igen (status {lineState}).} insurance {Det var en försäkringspremie som återbetalades eftersom försäkringen inte kunde utfärdas.} service_fee {Det var checkoutens serviceavgift.} other {Det var pengar som kom efter att checkouten släppts (ingen beställning): de förblir skuld på late_payment_payable.}} {how, select, reversed {Bokföringsposten har återförts.} other {Ingenting har bokförts.}}{released, select, yes {\nEnheterna som lades ut till försäljning igen har sålts under tiden: låt inte säljaren skicka denna rad; återbetala den igen.} other {}}\n\nKöparen har inte fått tillbaka pengarna: försök igen från sidan med misslyckade återbetalningar eller ordna en annan betalning.\n{link}',
  'mail.serviceFeeRefunded.subject':
    'Din Reloop-beställning är helt avbruten: serviceavgiften på {fee} har återbetalats',
  'mail.serviceFeeRefunded.body':
    'Alla varor i din beställning har avbrutits eller återbetalats, så vi har även återbetalat serviceavgiften på {fee}.\n\nTotalt är {total} på väg tillbaka till det betalningssätt du använde (inget återstår att betala); beroende på din bank kan det ta 5 till 10 bankdagar innan det syns.',
  'mail.insuranceRefunded.subject':
    'Din Reloop-försäkring kunde inte utfärdas: {amount} återbetalat (beställning {orderId})',
  'mail.insuranceRefunded.body':
    'Försäkringsbolaget kunde inte utfärda försäkringen mot skador och stöld för {product} ({grade}), enhet {unit} i beställning {orderId}. Din enhet är inte försäkrad, så vi har återbetalat premien på {amount}.\n\nSjälva beställningen påverkas inte.',

  'mail.quality.rate.aestheticDefectBp': 'Kosmetiska defekter',
  'mail.quality.rate.wrongProductBp': 'Fel produkt',
  'mail.quality.rate.defectiveProductBp': 'Defekt produkt',
  'mail.quality.rate.wrongAccessoriesBp': 'Fel tillbehör',
  'mail.quality.rate.lateDeliveryBp': 'Försenade leveranser',
  'mail.quality.rate.cancellationBp': 'Avbokningar',
  'mail.quality.flagLine': '- {rate}: {value} (gräns {threshold})',
  'mail.quality.flagged.subject': '{shop}: kvalitetsandelar över Reloops gränser',
  'mail.quality.flagged.body':
    'Under de senaste 90 dagarna har dessa andelar för {shop} överskridit gränserna i Reloops kvalitetskriterier:\n\n{flags}\n\nTills de är under gränserna igen sänker de dina erbjudandens placering i buyboxen, och vårt team granskar ditt konto. Acceptera eller avbryt beställningar snabbt, skicka inom den utlovade tiden och beskriv varje enhets skick korrekt.\n\nDin instrumentpanel visar andelarna och deras utveckling:\n{link}',
  'mail.quality.warned.subject': '{shop}: varning om dina kvalitetsandelar',
  'mail.quality.warned.body':
    'Vårt team har granskat kvalitetsandelarna för {shop}, som ligger över Reloops gränser.\n\n{note}\n\nOm andelarna ligger kvar över gränserna kan Reloop stänga av din butik och avpublicera dess erbjudanden (säljarvillkor §6, kvalitetskriterier). Din instrumentpanel visar andelarna och deras utveckling:\n{link}',

  'mail.onboarding.note': 'Kommentar från vårt complianceteam: {note}',
  'mail.onboarding.received.subject': 'Vi har tagit emot din säljaransökan för {shop}',
  'mail.onboarding.received.body':
    'Tack för din ansökan om att sälja på Reloop som {shop}. Vårt complianceteam kontrollerar de näringsidkaruppgifter du lämnat (DSA art. 30) innan din butik kan publicera erbjudanden; du hör av oss via mejl.\n\nFölj din ansökan här:\n{link}',
  'mail.onboarding.resubmitted.subject': 'Vi har tagit emot din rättade ansökan för {shop}',
  'mail.onboarding.resubmitted.body':
    'Tack: din rättade säljaransökan för {shop} ligger nu hos vårt complianceteam igen.\n\nFölj den här:\n{link}',
  'mail.onboarding.approved.subject': '{shop} är godkänd för att sälja på Reloop',
  'mail.onboarding.approved.body':
    'Goda nyheter: dina näringsidkaruppgifter har kontrollerats och {shop} får nu publicera erbjudanden på Reloop. Din butiks adress är {link}.',
  'mail.onboarding.approved.keepUpToDate':
    'Håll dina näringsidkaruppgifter aktuella: vi måste stänga av butiker vars uppgifter blir ofullständiga eller felaktiga.',
  'mail.onboarding.rejected.subject': 'Din säljaransökan för {shop} har inte godkänts',
  'mail.onboarding.rejected.body':
    'Vi beklagar: efter kontroll kan vi inte godkänna din ansökan om att sälja på Reloop som {shop}.\n\nVarför: {reasons}\n\n{redress}\n\nDu kan ansöka igen med fullständiga och korrekta uppgifter:\n{link}',
  'mail.onboarding.correction.subject': 'Rätta din säljaransökan för {shop}',
  'mail.onboarding.correction.body':
    'Innan {shop} kan sälja på Reloop måste några av de näringsidkaruppgifter du lämnat rättas eller kompletteras.\n\nAtt rätta: {reasons}\n\nRätta din ansökan här:\n{link}',
  'mail.onboarding.suspended.subject': '{shop} är avstängd på Reloop — motivering',
  'mail.onboarding.suspended.body':
    'Motivering (förordningen om digitala tjänster, art. 17)\n\nBeslut: avstängning av vår tjänst för {shop} (alla erbjudanden avpublicerade, inga nya erbjudanden) på alla Reloops marknader, från {date} {lasts}.\nSkäl: {reason}\nFakta och omständigheter: {details}\nGrund: {ground}\nBeslutet fattades av en av våra medarbetare på eget initiativ, utan automatiserade medel.\n\nFör att få avstängningen hävd, svara på detta mejl med de rättade uppgifterna eller din plan.\n\n{redress}\n\nReferens: {statementId}',
  'mail.onboarding.reinstated.subject': '{shop} får sälja på Reloop igen',
  'mail.onboarding.reinstated.body':
    'Avstängningen av {shop} är hävd: dina näringsidkaruppgifter har kontrollerats igen. Dina erbjudanden förblir avpublicerade tills du publicerar dem igen från säljarportalen.',
  'mail.onboarding.ended.subject': 'Ditt säljaravtal för {shop} har upphört',
  'mail.onboarding.ended.body':
    'Ditt säljaravtal för {shop} upphörde den {date}; butikens erbjudanden visas inte längre.',
  'mail.onboarding.ended.statement':
    'Motivering (förordningen om digitala tjänster, art. 17): upphörande av vår tjänst på alla Reloops marknader, beslutat av en av våra medarbetare på eget initiativ, utan automatiserade medel.\nFakta och omständigheter: {details}\n\n{redress}\n\nReferens: {statementId}',
  'mail.onboarding.ended.retention':
    'Enligt förordningen om digitala tjänster sparar vi dina näringsidkaruppgifter till den {date} (sex månader efter avtalets slut) och raderar dem sedan.',

  'mail.teamInvite.subject': '{inviter} bjuder in dig till {seller} på Reloop',
  'mail.teamInvite.body':
    '{inviter} har bjudit in dig att gå med i {seller} som {role, select, owner {ägare} other {teammedlem}} på Reloops säljarportal.\n\nAcceptera inbjudan:\n{link}\n\nHar du inget Reloop-konto ännu väljer du ditt namn och lösenord där. Har du redan ett, öppna länken inloggad som {email} med den adressen verifierad: åtkomsten går bara till det kontot, när du accepterar.\n\nLänken fungerar en gång och slutar gälla den {date} (7 dagar). Om du inte väntade dig detta kan du bortse från mejlet: ingenting ändras.',

  // Platform contact form and support tickets (customer-service, issue 14)
  'mail.contact.ack.subject': 'Vi har tagit emot ditt meddelande (ärende {number})',
  'mail.contact.ack.body':
    'Tack för att du skrev till Reloops kundtjänst. Vi har tagit emot {topic, select, question {din fråga} complaint {ditt klagomål på plattformen} other {ditt meddelande}} och svarar dig via e-post, oftast inom två arbetsdagar.\n\nDitt meddelande:\n{message}\n\nOm du skriver till oss igen om detta, ange ärende {number}.',
  'mail.contact.reply.subject': 'Reloops kundtjänst: om ditt ärende {number}',
  'mail.contact.reply.body':
    'Reloops kundtjänst har svarat på ditt ärende {number}:\n\n{reply}\n\nFör att svara, använd kontaktformuläret på Reloops webbplats och ange ärende {number}.',

  // E-post efter köpet (issue 14: hjälpärenden, returer, garanti, nya betalda beställningar)
  'mail.care.problem':
    '{problem, select, damaged_package {Skadat paket} not_received {Varan har inte kommit} wrong_item {Fel vara levererad} missing_part {Del saknas} defective {Defekt vara} not_as_described {Inte som beskrivet} locked {Konto eller kod låst} other {Annat problem}}',
  'mail.care.reason':
    '{reason, select, aesthetic_defect {kosmetisk defekt} wrong_product {fel produkt} defective {defekt vara} wrong_accessories {fel tillbehör} damaged_in_transit {skadad under transporten} lost_in_transit {försvunnen under transporten} changed_mind {ångrat köpet} no_fault_found {inget fel hittat} other {löst}}',
  'mail.care.opened.subject': 'Nytt hjälpärende {folderId} för beställning {orderId}',
  'mail.care.opened.body':
    'En köpare ber om hjälp med {product} (beställning {orderId}).\nProblem: {problem}\n\nKöparens meddelande:\n{message}\n\nSvara inom {days, plural, one {# arbetsdag} other {# arbetsdagar}}, i säljarportalen eller via API:et:\n{link}',
  'mail.care.reply.subject': 'Nytt meddelande i hjälpärende {folderId}',
  'mail.care.reply.toBuyer':
    '{from, select, seller {Säljaren} other {Reloops kundtjänst}} har skrivit till dig om {product} (beställning {orderId}):\n\n{message}\n\nLäs konversationen och svara:\n{link}',
  'mail.care.reply.toSeller':
    'Köparen skrev igen i hjälpärende {folderId} om {product} (beställning {orderId}):\n\n{message}\n\nSvara i säljarportalen eller via API:et:\n{link}',
  'mail.care.escalated.subject': 'Kundtjänst följer nu hjälpärende {folderId}',
  'mail.care.escalated.body':
    'På begäran av {by, select, buyer {köparen} seller {säljaren} other {vårt team}} följer Reloops kundtjänst nu hjälpärende {folderId} om {product} (beställning {orderId}) och svarar i konversationen.\n\n{link}',
  'mail.care.closed.subject': 'Ditt hjälpärende {folderId} är avslutat',
  'mail.care.closed.body':
    'Ditt hjälpärende {folderId} om {product} (beställning {orderId}) har avslutats.\nUtfall: {reason}\n\nOm problemet inte är löst kan du skriva i konversationen: ärendet öppnas igen.\n{link}',
  'mail.return.requested.subject': 'Retur begärd för beställning {orderId}',
  'mail.return.requested.body':
    'Köparen vill returnera {quantity} × {product} (beställning {orderId}): {kind, select, withdrawal {ett utnyttjande av den lagstadgade ångerrätten på 14 dagar, utan skäl} other {en retur inom din returperiod}}.\nBelopp att återbetala när varan är tillbaka: {amount}\n\nSkapa returetiketten:\n{link}',
  'mail.return.label.subject': 'Din returetikett för beställning {orderId}',
  'mail.return.label.body':
    'Din retur av {product} (beställning {orderId}) är godkänd. Skicka paketet med {carrier}.\nSpårningsnummer för returen: {tracking}\n\nDu får tillbaka {amount} när säljaren har tagit emot varan.\n{link}',
  'mail.warranty.opened.subject': 'Garantiärende {claimId} för beställning {orderId}',
  'mail.warranty.opened.body':
    'Köparen gör ett anspråk för {product} (beställning {orderId}) enligt {basis, select, commercial_warranty {din kommersiella garanti} other {den lagstadgade reklamationsrätten}}.\n\nVad som hände:\n{description}\n\nBestäm om reparation, ersättningsvara eller återbetalning:\n{link}',
  'mail.warranty.decided.subject': 'Beslut om ditt garantiärende {claimId}',
  'mail.warranty.decided.body':
    'Säljaren har fattat beslut om ditt ärende för {product} (beställning {orderId}): {outcome, select, repair {din enhet repareras och skickas tillbaka till dig} replacement {du får en ersättningsenhet} other {du får pengarna tillbaka inom några dagar}}.\n\n{link}',
  'mail.sellerOrder.paid.subject': 'Ny betald beställning {orderId}',
  'mail.sellerOrder.paid.body':
    'Beställning {orderId} är betald: {total}. Godkänn den och skicka den inom utlovad tid:\n{link}',
  // Insurance claims (after-sales insurance-claim-emails.ts, issue 14)
  'mail.insuranceClaim.filed.subject': 'Din skadeanmälan {claimRef}',
  'mail.insuranceClaim.filed.body':
    'Vi har skickat din skadeanmälan för {product} (order {orderId}) till försäkringsbolaget, enligt försäkring {policyRef}: {cover, select, breakage {skada genom olyckshändelse} theft {stöld} other {vätskeskada}}.\nSkadenummer: {claimRef}\n\nFörsäkringsbolaget granskar den inom några dagar, och vi mejlar dig så snart det svarar.\n{link}',
  'mail.insuranceClaim.status.subject':
    '{status, select, accepted {Din skadeanmälan {claimRef} är godkänd} refused {Din skadeanmälan {claimRef} är avslagen} other {Din skadeanmälan {claimRef} är reglerad}}',
  'mail.insuranceClaim.status.body':
    'Försäkringsbolaget har svarat om din skadeanmälan {claimRef} för {product} (order {orderId}): {status, select, accepted {den är godkänd, och {outcome, select, repair {din enhet repareras} replacement {din enhet ersätts} other {försäkringsbolaget betalar ut värdet av din enhet}}.} refused {den är avslagen, eftersom {refusal, select, no_proof_of_theft {en stöld kräver en polisanmälan och ingen bifogades} other {försäkringen inte täcker den}}.} other {den är reglerad: {outcome, select, repair {reparationen är klar} replacement {ersättningsenheten är levererad} other {utbetalningen är gjord}}.}}\n\n{link}',

  // Reviews: writing (issue 15)
  'mail.review.request.subject': 'Hur fungerar din {product}?',
  'mail.review.request.body':
    'Du fick {product} (order {orderId}) för ungefär en vecka sedan. Berätta för andra köpare vad du tycker om produkten och leveransen: ditt betyg och några ord hjälper dem att välja.\n\nSkriv ditt omdöme här, utan att logga in (länken fungerar till {expires}):\n{link}\n\nEndast köpare som har fått produkten kan recensera den, och Reloop ger ingenting i utbyte mot ett omdöme, bra eller dåligt.',
  'mail.review.published.subject': 'Ditt omdöme om {product} är publicerat',
  'mail.review.published.body':
    'Tack: ditt omdöme om {product} (order {orderId}) är publicerat.\n\nDu kan ändra det till och med {editUntil} och ta bort det när som helst:\n{link}\n\nFoton som du lägger till visas när en person har granskat dem.',
  // Review moderation (issue 15): statements of reasons, appeals, notices
  'mail.reviewModeration.statement.subject':
    '{kind, select, removal {Ditt omdöme om {product} har tagits bort} photos {Fotona i ditt omdöme om {product} publiceras inte} reply {Ditt svar på ett omdöme om {product} har tagits bort} other {Ditt konto kan inte längre skriva omdömen}}',
  'mail.reviewModeration.statement.body':
    '{kind, select, removal {Vi har tagit bort ditt omdöme om {product} (order {orderId}, skrivet {reviewDate}).} photos {Vi har inte publicerat fotona i ditt omdöme om {product} (order {orderId}, skrivet {reviewDate}). När ett foto bryter mot våra omdömesregler publiceras inget av omdömets foton; texten i ditt omdöme ligger kvar.} reply {Vi har tagit bort ditt svar på ett omdöme om {product} (order {orderId}).} other {Vi har spärrat ditt konto från att skriva omdömen {permanent, select, yes {permanent} other {till och med {until}}}.}}\n\nSkäl: {criterion}\nVad vi har konstaterat: {facts}\n\nDetta e-postmeddelande är vår motivering (referens {statementId}). Du kan överklaga beslutet kostnadsfritt inom 6 månader{kind, select, reply {: svara på detta e-postmeddelande.} block {, med överklagandeformuläret: ange din e-postadress, ordernumret och datumet för ett av dina omdömen samt referensen ovan:\n{link}} removal {, med vårt klagomålsformulär:\n{link}} other {, med överklagandeformuläret: ange din e-postadress, ordernummer {orderId} och datumet för ditt omdöme {reviewDate}:\n{link}}}\n\nDu kan också vända dig till ett certifierat organ för tvistlösning utanför domstol, eller till domstol.',
  'mail.reviewModeration.appeal.subject': 'Beslut om ditt överklagande',
  'mail.reviewModeration.appeal.body':
    '{outcome, select, reversed {Vi har prövat ditt överklagande och ändrat vårt beslut: {kind, select, removal {ditt omdöme om {product} är publicerat igen.} photos {fotona i ditt omdöme om {product} är publicerade.} other {ditt konto kan skriva omdömen igen.}}} other {Vi har prövat ditt överklagande och står fast vid vårt beslut. Du kan fortfarande vända dig till ett certifierat organ för tvistlösning utanför domstol, eller till domstol.}}\n\nKommentar från vårt team: {note}\n\n{link}',
  'mail.reviewModeration.noticeReceived.subject': 'Vi har tagit emot din anmälan av recension {reviewId}',
  'mail.reviewModeration.noticeReceived.body':
    'Vi tog emot din anmälan av {target, select, reply {säljarens svar på recension {reviewId}} other {recension {reviewId}}} den {date} (angivet skäl: {criterion}). Referensen är {noticeId}. En person granskar den och meddelar dig beslutet via mejl.',
  'mail.reviewModeration.notice.subject': 'Din anmälan av omdöme {reviewId}',
  'mail.reviewModeration.notice.body':
    '{outcome, select, upheld {Vi har granskat din anmälan och tagit bort {target, select, reply {säljarens svar på omdöme {reviewId}} other {omdöme {reviewId}}}. Skäl: {criterion}.} other {Vi har granskat din anmälan av {target, select, reply {säljarens svar på omdöme {reviewId}} other {omdöme {reviewId}}} och låtit det ligga kvar: enligt vår bedömning bryter det inte mot våra omdömesregler ({criterion}). Du kan överklaga beslutet genom att svara på detta e-postmeddelande, vända dig till ett certifierat organ för tvistlösning utanför domstol, eller till domstol.}}',
  'mail.reviewModeration.criterion':
    '{criterion, select, not_about_experience {handlar inte om produkten eller köpet} off_topic {ovidkommande} offensive {kränkande eller vulgärt innehåll} discriminatory {diskriminerande eller hatiskt innehåll} personal_data {personuppgifter} advertising {reklam, länkar eller kontaktuppgifter} not_authentic {inte äkta eller skrivet med en intressekonflikt} illegal_content {olagligt innehåll} spam {skräppost eller dubblett} photo_not_product {ett foto som inte visar produkten} photo_people {ett foto som visar personer} photo_unsuitable {ett olämpligt foto} serious {en allvarlig överträdelse av våra omdömesregler} repeated {upprepade överträdelser av våra omdömesregler} other {en överträdelse av våra omdömesregler}}',
};
