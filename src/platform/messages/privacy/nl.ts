import type { en } from './en.ts';

export const nl: Record<keyof typeof en, string> = {
  // Wissen en bewaren (H1b)
  'privacy.erasure.dataset.account': 'Je account (naam, e-mail, wachtwoord)',
  'privacy.erasure.dataset.sessions': 'Inlogsessies',
  'privacy.erasure.dataset.email_links': 'Links per e-mail (bevestiging, wachtwoord)',
  'privacy.erasure.dataset.second_factor': 'Verificatie in twee stappen',
  'privacy.erasure.dataset.terms_acceptances': 'Aanvaardingen van de voorwaarden',
  'privacy.erasure.dataset.business_profile': 'Bedrijfsprofiel (Reloop Pro)',
  'privacy.erasure.dataset.orders': 'Bestellingen en hun facturen',
  'privacy.erasure.dataset.credit_notes': 'Creditnota’s',
  'privacy.erasure.dataset.checkouts': 'Afrekeningen',
  'privacy.erasure.dataset.carts': 'Winkelwagens',
  'privacy.erasure.dataset.cart_lines': 'Artikelen in je winkelwagen',
  'privacy.erasure.dataset.care_folders': 'Hulpvragen over een bestelling',
  'privacy.erasure.dataset.returns': 'Retouren',
  'privacy.erasure.dataset.warranty_claims': 'Garantieaanvragen',
  'privacy.erasure.dataset.insurance_claims': 'Schadeclaims bij de verzekering',
  'privacy.erasure.dataset.support_tickets': 'Berichten aan de klantenservice',
  'privacy.erasure.dataset.reviews': 'Beoordelingen',
  'privacy.erasure.dataset.review_photos': 'Foto’s bij reviews',
  'privacy.erasure.dataset.review_notices': 'Meldingen over reviews',
  'privacy.erasure.dataset.review_appeals': 'Bezwaren over reviews',
  'privacy.erasure.dataset.reviewer_blocks': 'Beperkingen voor reviews',
  'privacy.erasure.dataset.seller_applications': 'Aanmeldingen als verkoper',
  'privacy.erasure.dataset.seller_memberships': 'Lidmaatschappen van verkopersteams',
  'privacy.erasure.dataset.audit_events': 'Regels in het beveiligingslogboek',
  'privacy.erasure.dataset.consent_records': 'Cookiekeuzes terwijl je was ingelogd',
  'privacy.erasure.dataset.marketing_preferences': 'Marketingvoorkeuren',
  'privacy.erasure.dataset.newsletter_sends': 'Nieuwsbrieven die je zijn gestuurd',
  'privacy.erasure.dataset.alerts': 'Beschikbaarheids- en prijsmeldingen',
  'privacy.erasure.dataset.policy_notices': 'Berichten over gewijzigd beleid',
  'privacy.erasure.dataset.sale_opt_out_requests': 'Verzoeken „niet verkopen of delen”',
  'privacy.erasure.dataset.privacy_requests': 'Je privacyverzoeken',
  'privacy.erasure.dataset.postmortem_directives': 'Wensen voor na je overlijden',
  'privacy.erasure.dataset.processing_restrictions': 'Beperkingen van de verwerking',
  'privacy.erasure.dataset.processing_objections': 'Bezwaren tegen de verwerking',
  'privacy.erasure.dataset.dsa_notices': 'Meldingen van illegale inhoud',
  'privacy.erasure.dataset.dsa_complaints': 'Klachten over onze beslissingen',
  'privacy.erasure.reason.accounting': 'Boekhoud- en belastingrecht: facturen en boekhoudstukken',
  'privacy.erasure.reason.trader_traceability':
    'Digitaledienstenverordening, art. 30: gegevens over de handelaar',
  'privacy.erasure.reason.open_claim': 'Een lopende claim of geschil heeft ze nodig',
  'privacy.erasure.until.date': 'tot {date}',
  'privacy.erasure.until.open': 'tot de afsluiting',
  'mail.privacy.erasure.report.subject': 'Je Reloop-account is gewist',
  'mail.privacy.erasure.report.body':
    'Je Reloop-account is gewist op {date}. We hebben {deleted, plural, one {# gegeven} other {# gegevens}} over je verwijderd en {anonymised, plural, one {# gegeven} other {# gegevens}} geanonimiseerd. Je kunt niet meer inloggen met dit account.',
  'mail.privacy.erasure.report.heldIntro':
    'De wet verplicht ons enkele gegevens een tijd te bewaren. Elk gegeven wordt verwijderd of geanonimiseerd zodra de termijn afloopt:',
  'mail.privacy.erasure.report.held.accounting':
    '- {count, plural, one {# factuur of boekhoudstuk} other {# facturen en boekhoudstukken}}, bewaard tot {until} (boekhoud- en belastingrecht)',
  'mail.privacy.erasure.report.held.trader_traceability':
    '- {count, plural, one {# gegeven} other {# gegevens}} over een verkoper waarvoor je je aanmeldde, bewaard tot {until} (Digitaledienstenverordening, art. 30)',
  'mail.privacy.erasure.report.held.trader_traceability.running':
    '- {count, plural, one {# gegeven} other {# gegevens}} over een verkoper waarvoor je je aanmeldde, bewaard zolang het contract loopt en zes maanden daarna (Digitaledienstenverordening, art. 30)',
  'mail.privacy.erasure.report.held.open_claim':
    '- {count, plural, one {# gegeven} other {# gegevens}} van een lopende hulpvraag, retour, claim of bericht aan de klantenservice, bewaard tot de afsluiting',
  'mail.privacy.erasure.report.noneHeld': 'Verder bewaren we niets over je.',
  'mail.privacy.erasure.report.last': 'Dit is de laatste e-mail die we naar dit adres sturen.',
  'mail.privacy.erasure.warning.subject': 'Je Reloop-account wordt gesloten wegens inactiviteit',
  'mail.privacy.erasure.warning.body':
    'Je hebt je Reloop-account lang niet gebruikt. Om je gegevens te beschermen sluiten we het op {date} en wissen we het {days, plural, one {# dag} other {# dagen}} later; we bewaren alleen wat de wet vereist.\n\nWil je je account houden? Log dan voor die datum in:\n{link}',
  'mail.privacy.erasure.deactivated.subject': 'Je Reloop-account is gesloten',
  'mail.privacy.erasure.deactivated.body':
    'Zoals aangekondigd is je Reloop-account gesloten omdat het lang niet is gebruikt. Het wordt gewist op {date}; we bewaren alleen wat de wet vereist. Wil je het houden, neem dan voor die datum contact op met de klantenservice.',
  // ——— H2: privacy centre, data-subject requests ———
  'privacy.kind.access': 'Inzage in mijn gegevens',
  'privacy.kind.erasure': 'Wissing van mijn gegevens',
  'privacy.kind.rectification': 'Correctie van mijn gegevens',
  'privacy.kind.restriction': 'Beperking van de verwerking',
  'privacy.kind.objection': 'Bezwaar tegen de verwerking',
  'privacy.kind.portability': 'Een kopie van mijn gegevens om mee te nemen (overdraagbaarheid)',
  'privacy.kind.know': 'Recht om te weten welke persoonsgegevens worden verzameld',
  'privacy.kind.do_not_sell': 'Mijn persoonsgegevens niet verkopen of delen',
  'privacy.purpose.recommendations': 'Persoonlijke aanbevelingen',
  'privacy.purpose.recommendations.text':
    'We stellen toestellen voor op basis van wat u bekeek en kocht, op grond van ons gerechtvaardigd belang. Maakt u bezwaar, dan stoppen we meteen en ziet u dezelfde suggesties als iedereen.',
  'privacy.purpose.fraud_prevention': 'Fraudepreventie',
  'privacy.purpose.fraud_prevention.text':
    'We controleren bestellingen en betalingen op fraude om u, de verkopers en de marktplaats te beschermen. Hiertegen kunt u geen bezwaar maken: betalingen tegen fraude beschermen en rechtsvorderingen verdedigen zijn dwingende gerechtvaardigde gronden die zwaarder wegen.',
  'privacy.centre.title': 'Privacycentrum',
  'privacy.centre.intro':
    'Uw rechten over uw persoonsgegevens, op één plek. Wijzigingen gelden meteen; verzoeken die we moeten onderzoeken beantwoorden we per e-mail binnen de wettelijke termijn.',
  'privacy.centre.download.title': 'Mijn gegevens downloaden',
  'privacy.centre.download.text':
    'Een kopie van alles wat we over u bewaren, als JSON- en CSV-bestanden in een ZIP-archief met een inhoudsopgave. Het wordt gemaakt wanneer u erom vraagt.',
  'privacy.centre.download.zip': 'Mijn gegevens downloaden (ZIP)',
  'privacy.centre.download.json': 'Dezelfde gegevens als JSON',
  'privacy.centre.rectify.title': 'Mijn gegevens corrigeren',
  'privacy.centre.rectify.text':
    'Uw naam, e-mailadres, wachtwoord en taal wijzigt u in uw accountinstellingen.',
  'privacy.centre.rectify.settings': 'Naar mijn accountinstellingen',
  'privacy.centre.rectify.details': 'Wat er verder niet klopt, en wat het moet zijn',
  'privacy.centre.rectify.hint':
    'Voor gegevens die u niet zelf kunt wijzigen (een adres van een eerdere bestelling, een bedrijfsnaam …).',
  'privacy.centre.rectify.submit': 'Correctie aanvragen',
  'privacy.centre.restrict.title': 'Verwerking beperken',
  'privacy.centre.restrict.text':
    'Zolang de verwerking beperkt is, bewaren we uw gegevens alleen: we gebruiken ze nergens anders voor, behalve met uw toestemming of om rechtsvorderingen te verdedigen. Lopende bestellingen worden wel geleverd.',
  'privacy.centre.restrict.reason': 'Waarom',
  'privacy.centre.restrict.reason.accuracy_contested': 'Mijn gegevens kloppen niet en u controleert ze',
  'privacy.centre.restrict.reason.unlawful':
    'De verwerking is onrechtmatig, maar ik wil mijn gegevens niet laten wissen',
  'privacy.centre.restrict.reason.legal_claims': 'Ik heb de gegevens nodig voor een rechtsvordering',
  'privacy.centre.restrict.reason.objection_pending':
    'Ik heb bezwaar gemaakt tegen een verwerking en u beoordeelt dat',
  'privacy.centre.restrict.submit': 'Verwerking beperken',
  'privacy.centre.restrict.active': 'Verwerking beperkt sinds {date}.',
  'privacy.centre.restrict.lift': 'Beperking opheffen',
  'privacy.centre.object.title': 'Bezwaar maken tegen verwerking',
  'privacy.centre.object.text':
    'Sommige verwerkingen berusten op ons gerechtvaardigd belang. U kunt daartegen bezwaar maken om redenen die met uw situatie verband houden.',
  'privacy.centre.object.submit': 'Ik maak bezwaar',
  'privacy.centre.object.active': 'U maakt bezwaar tegen deze verwerking: ze is gestopt.',
  'privacy.centre.object.withdraw': 'Mijn bezwaar intrekken',
  'privacy.centre.marketing.title': 'Bezwaar maken tegen marketing',
  'privacy.centre.marketing.text':
    'Stopt meteen elk marketingbericht, via elk kanaal. Meldingen die u voor een product hebt ingesteld blijven komen: u hebt erom gevraagd.',
  'privacy.centre.marketing.submit': 'Alle marketing stoppen',
  'privacy.centre.directives.title': 'Na mijn overlijden',
  'privacy.centre.directives.text':
    'U kunt aangeven wat er na uw overlijden met uw gegevens moet gebeuren en een vertrouwenspersoon aanwijzen die dat uitvoert (Franse privacywet, art. 85). U kunt dit altijd wijzigen.',
  'privacy.centre.directives.instruction': 'Wat er met mijn gegevens moet gebeuren',
  'privacy.centre.directives.delete': 'Verwijderen',
  'privacy.centre.directives.keep': 'Bewaren zoals de wet toestaat',
  'privacy.centre.directives.hand_over': 'Een kopie aan mijn vertrouwenspersoon geven en daarna verwijderen',
  'privacy.centre.directives.trustedName': 'Naam van de vertrouwenspersoon',
  'privacy.centre.directives.trustedEmail': 'E-mailadres van de vertrouwenspersoon',
  'privacy.centre.directives.trustedHint': 'Verplicht om een kopie te overhandigen; anders optioneel.',
  'privacy.centre.directives.submit': 'Mijn wensen opslaan',
  'privacy.centre.directives.current': 'Wensen opgeslagen op {date}.',
  'privacy.centre.requests.title': 'Mijn verzoeken',
  'privacy.centre.requests.none': 'U hebt geen verzoek ingediend.',
  'privacy.centre.requests.number': 'Nr.',
  'privacy.centre.requests.received': 'Ontvangen',
  'privacy.centre.requests.status': 'Status',
  'privacy.centre.requests.dueOn': 'Antwoord uiterlijk op {date}',
  'privacy.centre.requests.answered': 'Beantwoord',
  'privacy.centre.requests.refused': 'Geweigerd (zie onze e-mail)',
  'privacy.centre.erase.title': 'Mijn account wissen',
  'privacy.centre.erase.text':
    'Uw account en persoonsgegevens worden meteen verwijderd of geanonimiseerd en u wordt afgemeld. Wat we wettelijk moeten bewaren (facturen en boekhoudstukken, handelaarsgegevens, stukken van een lopende claim) blijft tot de einddatum bewaard en wordt dan verwijderd; een rapport vertelt u precies wat. Dit is definitief.',
  'privacy.centre.erase.submit': 'Mijn account definitief wissen',
  'privacy.centre.done.restricted': 'De verwerking van uw gegevens is beperkt.',
  'privacy.centre.done.lifted': 'De beperking is opgeheven.',
  'privacy.centre.done.objected': 'Uw bezwaar is vastgelegd: die verwerking is gestopt.',
  'privacy.centre.done.withdrawn': 'Uw bezwaar is ingetrokken.',
  'privacy.centre.done.marketing': 'Alle marketing aan u is gestopt.',
  'privacy.centre.done.directives': 'Uw wensen zijn opgeslagen.',
  'privacy.centre.done.requested':
    'Uw verzoek is verstuurd. We antwoorden per e-mail binnen de wettelijke termijn.',
  'privacy.report.title': 'Uw account is gewist',
  'privacy.report.done': 'Gewist op {date}. Een kopie van dit rapport is naar uw e-mailadres gestuurd.',
  'privacy.report.deleted': 'Verwijderd',
  'privacy.report.anonymised': 'Geanonimiseerd',
  'privacy.report.held': 'Bewaard omdat de wet het vereist',
  'privacy.report.held.text':
    'Deze gegevens worden alleen zo lang bewaard als de wet vereist en daarna automatisch verwijderd.',
  'privacy.report.data': 'Gegevens',
  'privacy.report.count': 'Aantal',
  'privacy.report.reason': 'Waarom',
  'privacy.report.until': 'Bewaard tot',
  'privacy.report.untilClosed': 'tot de claim is afgesloten',
  'privacy.report.nothing': 'Niets.',
  'privacy.report.home': 'Terug naar de winkel',
  'privacy.request.title': 'Privacyverzoek',
  'privacy.request.intro':
    'Vraag ons om een kopie van uw gegevens, om correctie of wissing, om beperking van de verwerking of maak bezwaar — ook zonder account. We bevestigen eerst uw e-mailadres.',
  'privacy.request.haveAccount': 'Hebt u een account? Het meeste gaat meteen in uw',
  'privacy.request.name': 'Uw naam',
  'privacy.request.email': 'Uw e-mailadres',
  'privacy.request.email.hint':
    'Het adres waaronder we u kennen: we sturen er een link heen om het verzoek te bevestigen.',
  'privacy.request.kind': 'Uw verzoek',
  'privacy.request.details': 'Toelichting',
  'privacy.request.details.hint': 'Waar het verzoek over gaat (verplicht bij een correctie of bezwaar).',
  'privacy.request.deadline.gdpr':
    'We antwoorden binnen een maand na ontvangst van uw verzoek; is het complex, dan kunnen we dat met twee maanden verlengen en laten we u binnen de eerste maand weten waarom.',
  'privacy.request.deadline.ccpa':
    'We antwoorden binnen 45 dagen na ontvangst van uw verzoek; zo nodig verlengen we met 45 dagen en laten we u binnen de eerste 45 weten waarom.',
  'privacy.request.submit': 'Mijn verzoek versturen',
  'privacy.request.sent.title': 'Controleer uw e-mail',
  'privacy.request.sent.text':
    'We hebben een link gestuurd naar {email}. Open die binnen 7 dagen om uw verzoek te bevestigen.',
  'privacy.request.verify.title': 'Bevestig uw verzoek',
  'privacy.request.verify.text': 'Bevestig dat u dit privacyverzoek hebt verstuurd.',
  'privacy.request.verify.submit': 'Mijn verzoek bevestigen',
  'privacy.request.verified.title': 'Verzoek ontvangen',
  'privacy.request.verified.text':
    'Uw verzoek nr. {id} is bevestigd. We antwoorden per e-mail uiterlijk op {date}.',
  'privacy.request.link.invalid': 'Deze link is ongeldig of verlopen.',
  'mail.privacy.request.verify.subject': 'Bevestig uw privacyverzoek',
  'mail.privacy.request.verify.body':
    'We hebben een verzoek van dit adres ontvangen: {kind}.\n\nOpen deze link vóór {expires} om het te bevestigen:\n{link}\n\nHebt u het niet verstuurd, negeer deze e-mail dan: er gebeurt niets.',
  'mail.privacy.request.received.subject': 'Uw privacyverzoek nr. {id} is ontvangen',
  'mail.privacy.request.received.body':
    'We hebben uw verzoek nr. {id} ontvangen: {kind}.\n\nWe antwoorden uiterlijk op {due}. Hebben we meer tijd nodig omdat het verzoek complex is, dan laten we u vóór die datum weten waarom.',
  'mail.privacy.request.extended.subject': 'Uw verzoek nr. {id}: we hebben meer tijd nodig',
  'mail.privacy.request.extended.body':
    'We hebben meer tijd nodig om uw verzoek nr. {id} te beantwoorden, om deze reden:\n{reason}\n\nWe antwoorden uiterlijk op {due}.',
  'mail.privacy.request.dataReady.subject': 'Uw verzoek nr. {id}: uw gegevens',
  'mail.privacy.request.dataReady.body':
    'Hier zijn uw gegevens, zoals gevraagd (verzoek nr. {id}). Download ze vóór {expires} via deze link; het archief wordt gemaakt wanneer u hem opent:\n{link}',
  'mail.privacy.request.answered.subject': 'Uw verzoek nr. {id}: ons antwoord',
  'mail.privacy.request.answered.body': 'Hier is ons antwoord op uw verzoek nr. {id} ({kind}).',
  'mail.privacy.request.answered.erased':
    'Uw account is gewist. Een aparte e-mail vermeldt wat er is verwijderd, geanonimiseerd en wettelijk bewaard.',
  'mail.privacy.request.refused.subject': 'Uw verzoek nr. {id}: we kunnen er niet op ingaan',
  'mail.privacy.request.refused.body':
    'We kunnen niet ingaan op uw verzoek nr. {id} ({kind}), om deze reden:\n{reason}',
  'mail.privacy.request.refused.remedies':
    'U kunt een klacht indienen bij een toezichthoudende autoriteit voor gegevensbescherming (in het land waar u woont of werkt, of waar volgens u uw rechten zijn geschonden) en een beroep instellen bij de rechter.',
  'mail.privacy.request.refused.remedies.ccpa':
    'U kunt contact opnemen met de California Privacy Protection Agency of de procureur-generaal van Californië, en naar de rechter stappen.',
  // Download my data (H1a): the README.txt of the archive.
  'privacy.export.readme.title': 'Uw Reloop-gegevens',
  'privacy.export.readme.intro':
    'Dit archief bevat de persoonsgegevens die Reloop op {date} over u ({email}) bewaarde (AVG art. 15 en 20: recht van inzage en recht op overdraagbaarheid).',
  'privacy.export.readme.files':
    'Elke gegevensset staat in een map met de naam van het deel van Reloop dat ze bewaart, in twee vormen: een .json-bestand met de exacte waarden en een .csv-bestand om in een spreadsheet te openen. manifest.json vermeldt elk bestand, het aantal rijen en wat het bevat.',
  'privacy.export.readme.formats':
    'Datums en tijden staan in UTC (ISO 8601). Bedragen zijn gehele getallen in de kleinste eenheid van de valuta (centen), met hun valuta.',
  'privacy.export.readme.secrets':
    'Wachtwoorden, beveiligingscodes en sleutels worden nooit meegegeven. De delen van Reloop die niets over u bewaren, staan in manifest.json, met de reden.',
  'privacy.export.readme.contact':
    'Om uw gegevens te corrigeren, of voor elk ander verzoek erover, gebruikt u het privacycentrum van uw account.',
};
