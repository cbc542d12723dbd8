import type { en } from './en.ts';

export const nl: Record<keyof typeof en, string> = {
  'mail.signature': '— Reloop, de marktplaats voor refurbished elektronica',
  'mail.greeting': 'Hallo {name},',
  'mail.greeting.anonymous': 'Hallo,',

  'mail.verifyEmail.subject': 'Bevestig je e-mailadres',
  'mail.verifyEmail.body':
    'Bevestig je e-mailadres om je Reloop-account af te ronden:\n{link}\n\nDe link werkt één keer en verloopt na 48 uur. Heb je je niet aangemeld, negeer dan deze e-mail.',
  'mail.alreadyRegistered.subject': 'Iemand probeerde zich aan te melden met je e-mailadres',
  'mail.alreadyRegistered.body':
    'Iemand, misschien jij, probeerde een Reloop-account aan te maken met dit e-mailadres, dat er al een heeft.\n\nWas jij het, log dan in of stel hier je wachtwoord opnieuw in:\n{link}\n\nZo niet, dan kun je deze e-mail negeren: er is niets veranderd.',
  'mail.resetPassword.subject': 'Stel je wachtwoord opnieuw in',
  'mail.resetPassword.body':
    'Kies met deze link een nieuw wachtwoord voor je Reloop-account:\n{link}\n\nDe link werkt één keer en verloopt na een uur. Heb je hier niet om gevraagd, negeer dan deze e-mail: je wachtwoord is niet gewijzigd.',
  'mail.passwordChanged.subject': 'Je wachtwoord is gewijzigd',
  'mail.passwordChanged.body':
    'Het wachtwoord van je Reloop-account is zojuist gewijzigd en je andere sessies zijn afgemeld.\n\nWas jij dit niet, stel dan meteen je wachtwoord opnieuw in en neem contact op met de klantenservice.',
  'mail.confirmNewEmail.subject': 'Bevestig je nieuwe e-mailadres',
  'mail.confirmNewEmail.body':
    'Bevestig dat dit het nieuwe e-mailadres van je Reloop-account is:\n{link}\n\nDe link werkt één keer en verloopt na 24 uur.',
  'mail.emailChanged.subject': 'Je e-mailadres is gewijzigd',
  'mail.emailChanged.body':
    'Het e-mailadres van je Reloop-account is nu {email}. Was jij dit niet, neem dan meteen contact op met de klantenservice.',
  'mail.closedByUser.subject': 'Je Reloop-account is gesloten',
  'mail.closedByUser.body':
    'Zoals je vroeg, is je Reloop-account op {date} gesloten. Je bent overal afgemeld.\n\nWe bewaren de gegevens die de wet vereist (bestellingen, facturen) gedurende de wettelijke bewaartermijnen en wissen de rest volgens ons privacybeleid. Wil je met dit adres opnieuw een account openen, neem dan contact op met de klantenservice.',
  'mail.closedByPlatform.subject': 'We hebben je Reloop-account gesloten',
  'mail.closedByPlatform.body':
    'We hebben je Reloop-account op {date} gesloten.\n\nReden: {reason}\n{details}\n\nGrondslag: {ground}\n\nDit besluit is genomen door een van onze medewerkers, niet geautomatiseerd.\nReferentie van de motivering: {statementId}\n\nJe mogelijkheden: {redress}',
  'mail.operatorInvite.subject': 'Je bent uitgenodigd voor de Reloop-beheerconsole',
  'mail.operatorInvite.body':
    '{inviter} heeft je uitgenodigd voor de Reloop-beheerconsole als {role}.\n\nUitnodiging accepteren:\n{link}\n\nHeb je nog geen Reloop-account, dan kies je daar je naam en wachtwoord. Heb je er al een, open de link dan ingelogd als {email} met dat adres bevestigd: de rol gaat alleen naar dat account en je logt daarna opnieuw in. De link werkt één keer en verloopt na 7 dagen.',

  'mail.ground.illegalContent': 'Illegale inhoud of activiteit — {legalGround}',
  'mail.ground.incompatibleTerms': 'Onverenigbaar met onze voorwaarden — {clause}',
  'mail.redress.user':
    'Je kunt dit besluit binnen 6 maanden kosteloos aanvechten via ons interne klachtenafhandelingssysteem (met het klachtenformulier waarvan de link in de e-mail staat waarmee we je het besluit hebben meegedeeld), het voorleggen aan een gecertificeerde instantie voor buitengerechtelijke geschillenbeslechting, of naar de rechter stappen.',
  'mail.redress.seller':
    'Je kunt dit besluit binnen 6 maanden kosteloos aanvechten via ons interne klachtenafhandelingssysteem (met het klachtenformulier waarvan de link in de e-mail staat waarmee we je het besluit hebben meegedeeld; open voor elke eigenaar van de winkel), het voorleggen aan een gecertificeerde instantie voor buitengerechtelijke geschillenbeslechting, of naar de rechter stappen.',
  'mail.closure.reason.fraud': 'Fraude of poging tot fraude',
  'mail.closure.reason.payment_abuse': 'Misbruik van betalingen (terugboekingen, onbetaalde bestellingen)',
  'mail.closure.reason.scraping': 'Geautomatiseerd uitlezen van de catalogus (scraping)',
  'mail.closure.reason.abusive_behaviour': 'Grensoverschrijdend gedrag tegenover verkopers of medewerkers',
  'mail.closure.reason.duplicate_account': 'Meer dan één account voor dezelfde persoon',
  'mail.closure.reason.false_identity': 'Onjuiste of misleidende accountgegevens',
  'mail.closure.reason.illegal_content': 'Illegale inhoud of activiteit',
  'mail.closure.clause.fraud': 'Gebruiksvoorwaarden §8.2 — frauduleus gebruik van de dienst',
  'mail.closure.clause.payment_abuse':
    'Gebruiksvoorwaarden §8.3 — misbruik van betalings- en terugbetalingsprocedures',
  'mail.closure.clause.scraping':
    'Gebruiksvoorwaarden §7.4 — geautomatiseerd uitlezen van inhoud is verboden',
  'mail.closure.clause.abusive_behaviour': 'Gebruiksvoorwaarden §8.1 — respectvol gebruik van de dienst',
  'mail.closure.clause.duplicate_account': 'Gebruiksvoorwaarden §3.1 — één account per gebruiker',
  'mail.closure.clause.false_identity': 'Gebruiksvoorwaarden §3.2 — juiste en volledige registratiegegevens',
  'mail.suspension.reason.incomplete_trader_data': 'Onvolledige handelaarsgegevens',
  'mail.suspension.reason.inaccurate_trader_data': 'Onjuiste of onbetrouwbare handelaarsgegevens',
  'mail.suspension.reason.invalid_payment_account': 'Gegevens van de betaalrekening die niet bruikbaar zijn',
  'mail.suspension.reason.invalid_id_document':
    'Identiteitsbewijs ontbreekt, is verlopen of hoort niet bij de wettelijk vertegenwoordiger',
  'mail.suspension.reason.quality_criteria': 'Kwaliteitspercentages boven de drempels van Reloop',
  'mail.suspension.clause.incomplete_trader_data':
    'Verkopersvoorwaarden §4.1 — volledige handelaarsgegevens (DSA art. 30, lid 1 en 3)',
  'mail.suspension.clause.inaccurate_trader_data':
    'Verkopersvoorwaarden §4.2 — juiste en actuele handelaarsgegevens (DSA art. 30, lid 2 en 3)',
  'mail.suspension.clause.invalid_payment_account':
    'Verkopersvoorwaarden §4.3 — een betaalrekening op naam van de handelaar',
  'mail.suspension.clause.invalid_id_document':
    'Verkopersvoorwaarden §4.1 — identificatie van de handelaar (DSA art. 30, lid 1, onder b)',
  'mail.suspension.clause.quality_criteria':
    'Verkopersvoorwaarden §6 — kwaliteitscriteria (levertijden, voorraad, kwaliteit van de producten)',
  'mail.suspension.lasts.incomplete_trader_data':
    'totdat de handelaarsgegevens zijn gecorrigeerd en opnieuw gecontroleerd',
  'mail.suspension.lasts.inaccurate_trader_data':
    'totdat de handelaarsgegevens zijn gecorrigeerd en opnieuw gecontroleerd',
  'mail.suspension.lasts.invalid_payment_account':
    'totdat de handelaarsgegevens zijn gecorrigeerd en opnieuw gecontroleerd',
  'mail.suspension.lasts.invalid_id_document':
    'totdat de handelaarsgegevens zijn gecorrigeerd en opnieuw gecontroleerd',
  'mail.suspension.lasts.quality_criteria':
    'totdat met Reloop een plan is afgesproken om de kwaliteitspercentages weer onder de drempels te brengen',

  'mail.receipt.order': 'Bestelling {orderId} — verkocht door {seller}',
  'mail.receipt.orderWithInvoice': 'Bestelling {orderId} — verkocht door {seller} — factuur {invoice}',
  'mail.receipt.line':
    '{quantity} × {product} ({grade}) — per stuk {unit} — regel excl. btw {net} — regel incl. btw {gross}',
  'mail.receipt.notApplicable': 'n.v.t.',
  'mail.receipt.delivery': 'Verzending: {amount}',
  'mail.receipt.vat': 'Btw {rate} over {net}: {vat}',
  'mail.receipt.insurance': 'Verzekering (breuk en diefstal, 12 maanden): {amount}',
  'mail.receipt.orderTotal': 'Totaal bestelling: {amount}',
  'mail.receipt.serviceFee': 'Servicekosten: {amount}',
  'mail.receipt.totalPaid': 'Totaal betaald: {amount}',
  'mail.confirmation.subject': 'Je Reloop-bestelling is bevestigd ({orders})',
  'mail.confirmation.intro':
    'Bedankt voor je bestelling. Je betaling is bevestigd en de verkopers is gevraagd te verzenden.',
  'mail.confirmation.policies': 'Je verzekeringspolissen (breuk en diefstal, 12 maanden): {policies}',
  'mail.confirmation.follow': 'Volg je bestelling: {link}',
  'mail.awaitingTransfer.subject': 'Je Reloop-bestelling wacht op je overboeking',
  'mail.awaitingTransfer.body':
    'Je bestelling is gereserveerd tot {dueAt} (48 uur). Maak {amount} over naar:\n\nBegunstigde: {beneficiary}\nIBAN: {iban}\nBIC: {bic}\nKenmerk (verplicht): {reference}\n\nZonder betaling vóór dat moment wordt de bestelling geannuleerd en komen de artikelen weer vrij.',
  'mail.cancelledUnpaid.subject': 'Je Reloop-bestelling is geannuleerd: geen betaling ontvangen',
  'mail.cancelledUnpaid.body':
    'We hebben je overboeking van {amount} niet binnen 48 uur ontvangen, dus zijn bestellingen {orders} geannuleerd en de artikelen vrijgegeven. Er is niets afgeschreven. Heb je al betaald, beantwoord dan deze e-mail en we betalen je terug.',
  'mail.latePayment.subject': 'Je Reloop-betaling kwam te laat: je krijgt alles terug',
  'mail.latePayment.body':
    'Je betaling van {amount} kwam binnen nadat bestellingen {orders} waren geannuleerd, en de artikelen zijn niet meer beschikbaar (of je winkelwagen is opnieuw besteld). {refunded, select, yes {We hebben het volledige bedrag teruggestort op dezelfde kaart of rekening; afhankelijk van je bank zie je het binnen 5 tot 10 dagen.} other {We betalen het volledige bedrag terug: onze klantenservice is ermee bezig en bevestigt het per e-mail.}} Met deze betaling is geen bestelling geplaatst.',

  'mail.shipped.subject': 'Je bestelling {orderId} is onderweg',
  'mail.shipped.body':
    'Je bestelling {orderId} is overgedragen aan {carrier}.\nTrack-and-tracecode: {tracking}',

  'mail.refund.delay':
    'Het geld gaat terug naar de betaalmethode die je gebruikte; afhankelijk van je bank kan het 5 tot 10 werkdagen duren voordat het zichtbaar is.',
  'mail.refundIssued.subject': 'Je Reloop-terugbetaling van {amount} (bestelling {orderId})',
  'mail.refundIssued.cancelled':
    'Je bestelling {orderId} voor {quantity} × {product} ({grade}) is geannuleerd en volledig terugbetaald.',
  'mail.refundIssued.partial':
    'We hebben {amount} terugbetaald voor {quantity} × {product} ({grade}), bestelling {orderId}.',
  'mail.refundIssued.details': 'Terugbetaald bedrag: {amount}\nReden: {reason}',
  'mail.refundFailed.subject': 'Je Reloop-terugbetaling van {amount} is niet gelukt',
  'mail.refundFailed.body':
    'We probeerden {amount} terug te betalen voor {what, select, line {{description}} insurance {een verzekeringspremie waarvan de polis niet kon worden afgegeven} service_fee {de servicekosten} other {de betaling die binnenkwam nadat je bestelling was geannuleerd}}{orderId, select, none {} other { (bestelling {orderId})}}, maar je bank of kaartuitgever heeft dit geweigerd.\n\nVoor deze terugbetaling heb je nog geen geld ontvangen. Ons team is gewaarschuwd en betaalt je opnieuw terug, of neemt contact met je op als we een andere manier nodig hebben. Je hoeft niets te doen.',
  'mail.refundFailedOperator.subject':
    '[Reloop] Terugbetaling {refundId} mislukt: {amount}{orderId, select, none {} other {, bestelling {orderId}}}',
  'mail.refundFailedOperator.body':
    'Terugbetaling {refundId} van {amount} voor {description}{orderId, select, none {} other {, bestelling {orderId}}} (checkout {checkoutId}) {how, select, refused {is geweigerd door} other {is mislukt bij}} de betaalprovider{message}.\n\n{what, select, line {De regel kan opnieuw worden terugbetaald (status {lineState}).} insurance {Het was een verzekeringspremie, terugbetaald omdat de polis niet kon worden afgegeven.} service_fee {Het waren de servicekosten van de checkout.} other {Het was geld dat binnenkwam nadat de checkout was vrijgegeven (geen bestelling): het blijft verschuldigd op late_payment_payable.}} {how, select, reversed {De boeking is tegengeboekt.} other {Er is niets geboekt.}}{released, select, yes {\nDe eenheden die weer te koop stonden, zijn intussen verkocht: laat de verkoper deze regel niet verzenden; betaal hem opnieuw terug.} other {}}\n\nDe koper heeft het geld niet teruggekregen: probeer het opnieuw vanaf de pagina met mislukte terugbetalingen of regel een andere betaling.\n{link}',
  'mail.serviceFeeRefunded.subject':
    'Je Reloop-bestelling is volledig geannuleerd: servicekosten van {fee} terugbetaald',
  'mail.serviceFeeRefunded.body':
    'Alle artikelen van je bestelling zijn geannuleerd of terugbetaald, dus hebben we ook de servicekosten van {fee} terugbetaald.\n\nIn totaal gaat {total} terug naar de betaalmethode die je gebruikte (er staat niets meer open); afhankelijk van je bank kan het 5 tot 10 werkdagen duren voordat het zichtbaar is.',
  'mail.insuranceRefunded.subject':
    'Je Reloop-verzekering kon niet worden afgegeven: {amount} terugbetaald (bestelling {orderId})',
  'mail.insuranceRefunded.body':
    'De verzekeraar kon de breuk- en diefstalverzekering voor {product} ({grade}), eenheid {unit} van bestelling {orderId}, niet afgeven. Je toestel is niet verzekerd, dus hebben we de premie van {amount} terugbetaald.\n\nJe bestelling zelf verandert niet.',

  'mail.quality.rate.aestheticDefectBp': 'Cosmetische gebreken',
  'mail.quality.rate.wrongProductBp': 'Verkeerd product',
  'mail.quality.rate.defectiveProductBp': 'Defect product',
  'mail.quality.rate.wrongAccessoriesBp': 'Verkeerde accessoires',
  'mail.quality.rate.lateDeliveryBp': 'Te late leveringen',
  'mail.quality.rate.cancellationBp': 'Annuleringen',
  'mail.quality.flagLine': '- {rate}: {value} (drempel {threshold})',
  'mail.quality.flagged.subject': '{shop}: kwaliteitspercentages boven de drempels van Reloop',
  'mail.quality.flagged.body':
    'In de afgelopen 90 dagen kwamen deze percentages van {shop} boven de drempels van de kwaliteitscriteria van Reloop:\n\n{flags}\n\nZolang ze niet weer binnen de drempels vallen, verlagen ze de buyboxpositie van je aanbiedingen en beoordeelt ons team je account. Accepteer of annuleer bestellingen snel, verzend binnen de beloofde termijn en beschrijf de staat van elk toestel nauwkeurig.\n\nJe dashboard toont de percentages en hun verloop:\n{link}',
  'mail.quality.warned.subject': '{shop}: waarschuwing over je kwaliteitspercentages',
  'mail.quality.warned.body':
    'Ons team heeft de kwaliteitspercentages van {shop} beoordeeld; ze liggen boven de drempels van Reloop.\n\n{note}\n\nBlijven de percentages boven de drempels, dan kan Reloop je winkel schorsen en de aanbiedingen offline halen (verkopersvoorwaarden §6, kwaliteitscriteria). Je dashboard toont de percentages en hun verloop:\n{link}',

  'mail.onboarding.note': 'Opmerking van ons complianceteam: {note}',
  'mail.onboarding.received.subject': 'We hebben je verkopersaanvraag voor {shop} ontvangen',
  'mail.onboarding.received.body':
    'Bedankt voor je aanvraag om op Reloop te verkopen als {shop}. Ons complianceteam controleert de handelaarsgegevens die je hebt opgegeven (DSA art. 30) voordat je winkel aanbiedingen kan publiceren; je hoort per e-mail van ons.\n\nVolg je aanvraag hier:\n{link}',
  'mail.onboarding.resubmitted.subject': 'We hebben je gecorrigeerde aanvraag voor {shop} ontvangen',
  'mail.onboarding.resubmitted.body':
    'Bedankt: je gecorrigeerde verkopersaanvraag voor {shop} ligt weer bij ons complianceteam.\n\nVolg haar hier:\n{link}',
  'mail.onboarding.approved.subject': '{shop} mag verkopen op Reloop',
  'mail.onboarding.approved.body':
    'Goed nieuws: je handelaarsgegevens zijn gecontroleerd en {shop} mag nu aanbiedingen publiceren op Reloop. Het adres van je winkel is {link}.',
  'mail.onboarding.approved.keepUpToDate':
    'Houd je handelaarsgegevens actueel: we moeten winkels schorsen waarvan de gegevens onvolledig of onjuist worden.',
  'mail.onboarding.rejected.subject': 'Je verkopersaanvraag voor {shop} is niet geaccepteerd',
  'mail.onboarding.rejected.body':
    'Het spijt ons: na controle kunnen we je aanvraag om op Reloop te verkopen als {shop} niet accepteren.\n\nWaarom: {reasons}\n\n{redress}\n\nJe kunt opnieuw aanvragen met volledige en juiste gegevens:\n{link}',
  'mail.onboarding.correction.subject': 'Corrigeer je verkopersaanvraag voor {shop}',
  'mail.onboarding.correction.body':
    'Voordat {shop} op Reloop kan verkopen, moeten enkele van je handelaarsgegevens worden gecorrigeerd of aangevuld.\n\nWat te corrigeren: {reasons}\n\nCorrigeer je aanvraag hier:\n{link}',
  'mail.onboarding.suspended.subject': '{shop} is geschorst op Reloop — motivering',
  'mail.onboarding.suspended.body':
    'Motivering (digitaledienstenverordening, art. 17)\n\nBesluit: opschorting van onze dienstverlening aan {shop} (alle aanbiedingen offline, geen nieuwe aanbiedingen) op alle Reloop-markten, vanaf {date} {lasts}.\nReden: {reason}\nFeiten en omstandigheden: {details}\nGrondslag: {ground}\nHet besluit is op eigen initiatief genomen door een van onze medewerkers, zonder geautomatiseerde middelen.\n\nWil je de schorsing laten opheffen, beantwoord dan deze e-mail met de gecorrigeerde gegevens of je plan.\n\n{redress}\n\nReferentie: {statementId}',
  'mail.onboarding.reinstated.subject': '{shop} mag weer verkopen op Reloop',
  'mail.onboarding.reinstated.body':
    'De schorsing van {shop} is opgeheven: je handelaarsgegevens zijn opnieuw gecontroleerd. Je aanbiedingen blijven offline tot je ze opnieuw publiceert vanuit het verkopersportaal.',
  'mail.onboarding.ended.subject': 'Je verkoperscontract voor {shop} is beëindigd',
  'mail.onboarding.ended.body':
    'Je verkoperscontract voor {shop} is op {date} beëindigd; de aanbiedingen worden niet meer getoond.',
  'mail.onboarding.ended.statement':
    'Motivering (digitaledienstenverordening, art. 17): beëindiging van onze dienstverlening op alle Reloop-markten, op eigen initiatief besloten door een van onze medewerkers, zonder geautomatiseerde middelen.\nFeiten en omstandigheden: {details}\n\n{redress}\n\nReferentie: {statementId}',
  'mail.onboarding.ended.retention':
    'Zoals de digitaledienstenverordening vereist, bewaren we je handelaarsgegevens tot {date} (zes maanden na het einde van het contract) en verwijderen we ze daarna.',

  'mail.teamInvite.subject': '{inviter} nodigt je uit voor {seller} op Reloop',
  'mail.teamInvite.body':
    '{inviter} heeft je uitgenodigd om je bij {seller} aan te sluiten als {role, select, owner {eigenaar} other {teamlid}} op het Reloop-verkopersportaal.\n\nUitnodiging accepteren:\n{link}\n\nHeb je nog geen Reloop-account, dan kies je daar je naam en wachtwoord. Heb je er al een, open de link dan ingelogd als {email} met dat adres bevestigd: de toegang gaat alleen naar dat account, zodra je accepteert.\n\nDe link werkt één keer en verloopt op {date} (7 dagen). Verwachtte je dit niet, negeer dan deze e-mail: er verandert niets.',

  // Platform contact form and support tickets (customer-service, issue 14)
  'mail.contact.ack.subject': 'We hebben je bericht ontvangen (aanvraag {number})',
  'mail.contact.ack.body':
    'Bedankt voor je bericht aan de klantenservice van Reloop. We hebben je {topic, select, question {vraag} complaint {klacht over het platform} other {bericht}} ontvangen en antwoorden je per e-mail, meestal binnen twee werkdagen.\n\nJe bericht:\n{message}\n\nSchrijf je ons hier opnieuw over, vermeld dan aanvraag {number}.',
  'mail.contact.reply.subject': 'Klantenservice Reloop: over je aanvraag {number}',
  'mail.contact.reply.body':
    'De klantenservice van Reloop heeft je aanvraag {number} beantwoord:\n\n{reply}\n\nWil je reageren, gebruik dan het contactformulier op de website van Reloop en vermeld aanvraag {number}.',

  // E-mails na de verkoop (issue 14: hulpvragen, retouren, garantie, nieuwe betaalde bestellingen)
  'mail.care.problem':
    '{problem, select, damaged_package {Pakket beschadigd} not_received {Artikel niet ontvangen} wrong_item {Verkeerd artikel ontvangen} missing_part {Onderdeel ontbreekt} defective {Artikel defect} not_as_described {Niet zoals beschreven} locked {Account of code vergrendeld} other {Ander probleem}}',
  'mail.care.reason':
    '{reason, select, aesthetic_defect {esthetisch gebrek} wrong_product {verkeerd product} defective {defect artikel} wrong_accessories {verkeerde accessoires} damaged_in_transit {beschadigd tijdens transport} lost_in_transit {verloren tijdens transport} changed_mind {van gedachten veranderd} no_fault_found {geen defect gevonden} other {opgelost}}',
  'mail.care.opened.subject': 'Nieuwe hulpvraag {folderId} bij bestelling {orderId}',
  'mail.care.opened.body':
    'Een koper vraagt hulp bij {product} (bestelling {orderId}).\nProbleem: {problem}\n\nZijn bericht:\n{message}\n\nAntwoord binnen {days, plural, one {# werkdag} other {# werkdagen}}, in het verkopersportaal of via de API:\n{link}',
  'mail.care.reply.subject': 'Nieuw bericht in hulpvraag {folderId}',
  'mail.care.reply.toBuyer':
    '{from, select, seller {De verkoper} other {De klantenservice van Reloop}} heeft je geschreven over {product} (bestelling {orderId}):\n\n{message}\n\nLees het gesprek en antwoord:\n{link}',
  'mail.care.reply.toSeller':
    'De koper schreef opnieuw in hulpvraag {folderId} over {product} (bestelling {orderId}):\n\n{message}\n\nAntwoord in het verkopersportaal of via de API:\n{link}',
  'mail.care.escalated.subject': 'De klantenservice volgt hulpvraag {folderId}',
  'mail.care.escalated.body':
    'Op verzoek van {by, select, buyer {de koper} seller {de verkoper} other {ons team}} volgt de klantenservice van Reloop nu hulpvraag {folderId} over {product} (bestelling {orderId}) en antwoordt in het gesprek.\n\n{link}',
  'mail.care.closed.subject': 'Je hulpvraag {folderId} is gesloten',
  'mail.care.closed.body':
    'Je hulpvraag {folderId} over {product} (bestelling {orderId}) is gesloten.\nUitkomst: {reason}\n\nIs je probleem niet opgelost, schrijf dan in het gesprek: het gaat weer open.\n{link}',
  'mail.return.requested.subject': 'Retour aangevraagd voor bestelling {orderId}',
  'mail.return.requested.body':
    'De koper wil {quantity} × {product} (bestelling {orderId}) terugsturen: {kind, select, withdrawal {een herroeping binnen de wettelijke 14 dagen, zonder reden} other {een retour binnen je retourtermijn}}.\nTe vergoeden bedrag zodra het artikel terug is: {amount}\n\nMaak het retourlabel aan:\n{link}',
  'mail.return.label.subject': 'Je retourlabel voor bestelling {orderId}',
  'mail.return.label.body':
    'Je retour van {product} (bestelling {orderId}) is aanvaard. Verstuur het pakket met {carrier}.\nTrackingnummer van de retour: {tracking}\n\nJe krijgt {amount} terug zodra de verkoper het artikel heeft ontvangen.\n{link}',
  'mail.warranty.opened.subject': 'Garantieclaim {claimId} bij bestelling {orderId}',
  'mail.warranty.opened.body':
    'De koper dient een claim in voor {product} (bestelling {orderId}) onder {basis, select, commercial_warranty {je commerciële garantie} other {de wettelijke conformiteitsgarantie}}.\n\nWat er gebeurde:\n{description}\n\nKies voor reparatie, vervanging of terugbetaling:\n{link}',
  'mail.warranty.decided.subject': 'Beslissing over je garantieclaim {claimId}',
  'mail.warranty.decided.body':
    'De verkoper heeft beslist over je claim voor {product} (bestelling {orderId}): {outcome, select, repair {je toestel wordt gerepareerd en teruggestuurd} replacement {je ontvangt een vervangend toestel} other {je wordt terugbetaald, het geld staat binnen enkele dagen op je rekening}}.\n\n{link}',
  'mail.sellerOrder.paid.subject': 'Nieuwe betaalde bestelling {orderId}',
  'mail.sellerOrder.paid.body':
    'Bestelling {orderId} is betaald: {total}. Aanvaard ze en verzend ze binnen de beloofde termijn:\n{link}',
  // Insurance claims (after-sales insurance-claim-emails.ts, issue 14)
  'mail.insuranceClaim.filed.subject': 'Uw schadeclaim {claimRef}',
  'mail.insuranceClaim.filed.body':
    'We hebben uw schadeclaim voor {product} (bestelling {orderId}) naar de verzekeraar gestuurd, onder polis {policyRef}: {cover, select, breakage {breuk} theft {diefstal} other {vloeistofschade}}.\nClaimnummer: {claimRef}\n\nDe verzekeraar beoordeelt de claim binnen enkele dagen, en we mailen u zodra er een antwoord is.\n{link}',
  'mail.insuranceClaim.status.subject':
    '{status, select, accepted {Uw schadeclaim {claimRef} is goedgekeurd} refused {Uw schadeclaim {claimRef} is afgewezen} other {Uw schadeclaim {claimRef} is afgehandeld}}',
  'mail.insuranceClaim.status.body':
    'De verzekeraar heeft geantwoord over uw claim {claimRef} voor {product} (bestelling {orderId}): {status, select, accepted {de claim is goedgekeurd en {outcome, select, repair {uw toestel wordt gerepareerd} replacement {uw toestel wordt vervangen} other {de verzekeraar betaalt u de waarde van uw toestel uit}}.} refused {de claim is afgewezen, omdat {refusal, select, no_proof_of_theft {bij diefstal een proces-verbaal van de politie nodig is en er geen bij de claim zat} other {de polis dit niet dekt}}.} other {de claim is afgehandeld: {outcome, select, repair {de reparatie is uitgevoerd} replacement {de vervanging is gedaan} other {de betaling is gedaan}}.}}\n\n{link}',

  // Reviews: writing (issue 15)
  'mail.review.request.subject': 'Hoe bevalt uw {product}?',
  'mail.review.request.body':
    'U heeft {product} (bestelling {orderId}) ongeveer een week geleden ontvangen. Vertel andere kopers wat u van het product en de levering vindt: uw beoordeling en een paar woorden helpen hen kiezen.\n\nSchrijf hier uw review, zonder in te loggen (de link werkt tot {expires}):\n{link}\n\nAlleen kopers die het product hebben ontvangen kunnen het beoordelen, en Reloop geeft niets in ruil voor een review, goed of slecht.',
  'mail.review.published.subject': 'Uw review van {product} staat online',
  'mail.review.published.body':
    'Bedankt: uw review van {product} (bestelling {orderId}) is gepubliceerd.\n\nU kunt hem wijzigen tot {editUntil} en op elk moment verwijderen:\n{link}\n\nFoto’s die u toevoegt worden getoond nadat een medewerker ze heeft gecontroleerd.',
  // Review moderation (issue 15): statements of reasons, appeals, notices
  'mail.reviewModeration.statement.subject':
    '{kind, select, removal {Uw beoordeling van {product} is verwijderd} photos {De foto’s bij uw beoordeling van {product} worden niet gepubliceerd} reply {Uw reactie op een beoordeling van {product} is verwijderd} other {Uw account kan geen beoordelingen meer schrijven}}',
  'mail.reviewModeration.statement.body':
    '{kind, select, removal {We hebben uw beoordeling van {product} verwijderd (bestelling {orderId}, geschreven op {reviewDate}).} photos {We hebben de foto’s bij uw beoordeling van {product} niet gepubliceerd (bestelling {orderId}, geschreven op {reviewDate}). Als één foto onze beoordelingsregels overtreedt, wordt geen enkele foto van de beoordeling gepubliceerd; de tekst van uw beoordeling blijft online.} reply {We hebben uw reactie op een beoordeling van {product} verwijderd (bestelling {orderId}).} other {We hebben uw account geblokkeerd voor het schrijven van beoordelingen, {permanent, select, yes {definitief} other {tot {until}}}.}}\n\nReden: {criterion}\nWat we hebben vastgesteld: {facts}\n\nDeze e-mail is onze motivering (referentie {statementId}). U kunt deze beslissing binnen 6 maanden kosteloos aanvechten{kind, select, reply {: beantwoord deze e-mail.} block {, met het bezwaarformulier: vermeld uw e-mailadres, het bestelnummer en de datum van een van uw beoordelingen, en de referentie hierboven:\n{link}} removal {, met ons klachtenformulier:\n{link}} other {, met het bezwaarformulier: vermeld uw e-mailadres, bestelnummer {orderId} en de datum van uw beoordeling {reviewDate}:\n{link}}}\n\nU kunt de beslissing ook voorleggen aan een gecertificeerde instantie voor buitengerechtelijke geschillenbeslechting, of naar de rechter stappen.',
  'mail.reviewModeration.appeal.subject': 'Beslissing over uw bezwaar',
  'mail.reviewModeration.appeal.body':
    '{outcome, select, reversed {We hebben uw bezwaar bekeken en onze beslissing teruggedraaid: {kind, select, removal {uw beoordeling van {product} is weer gepubliceerd.} photos {de foto’s bij uw beoordeling van {product} zijn gepubliceerd.} other {uw account kan weer beoordelingen schrijven.}}} other {We hebben uw bezwaar bekeken en onze beslissing gehandhaafd. U kunt deze nog voorleggen aan een gecertificeerde instantie voor buitengerechtelijke geschillenbeslechting, of naar de rechter stappen.}}\n\nOpmerking van ons team: {note}\n\n{link}',
  'mail.reviewModeration.noticeReceived.subject': 'We hebben je melding over review {reviewId} ontvangen',
  'mail.reviewModeration.noticeReceived.body':
    'We hebben op {date} je melding ontvangen over {target, select, reply {het antwoord van de verkoper op review {reviewId}} other {review {reviewId}}} (opgegeven reden: {criterion}). De referentie is {noticeId}. Een medewerker beoordeelt de melding en laat je het besluit per e-mail weten.',
  'mail.reviewModeration.notice.subject': 'Uw melding over beoordeling {reviewId}',
  'mail.reviewModeration.notice.body':
    '{outcome, select, upheld {We hebben uw melding bekeken en {target, select, reply {de reactie van de verkoper op beoordeling {reviewId}} other {beoordeling {reviewId}}} verwijderd. Reden: {criterion}.} other {We hebben uw melding over {target, select, reply {de reactie van de verkoper op beoordeling {reviewId}} other {beoordeling {reviewId}}} bekeken en deze online gelaten: volgens ons overtreedt deze onze beoordelingsregels niet ({criterion}). U kunt deze beslissing aanvechten door deze e-mail te beantwoorden, haar voorleggen aan een gecertificeerde instantie voor buitengerechtelijke geschillenbeslechting, of naar de rechter stappen.}}',
  'mail.reviewModeration.criterion':
    '{criterion, select, not_about_experience {niet over het product of de aankoop} off_topic {niet ter zake} offensive {beledigende of grove inhoud} discriminatory {discriminerende of haatdragende inhoud} personal_data {persoonsgegevens} advertising {reclame, links of contactgegevens} not_authentic {niet authentiek of geschreven met een belangenconflict} illegal_content {illegale inhoud} spam {spam of dubbel} photo_not_product {een foto die het product niet toont} photo_people {een foto waarop mensen staan} photo_unsuitable {een ongeschikte foto} serious {een ernstige overtreding van onze beoordelingsregels} repeated {herhaalde overtredingen van onze beoordelingsregels} other {een overtreding van onze beoordelingsregels}}',
};
