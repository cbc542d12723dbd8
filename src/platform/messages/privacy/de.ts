import type { en } from './en.ts';

export const de: Record<keyof typeof en, string> = {
  // Löschung und Aufbewahrung (H1b)
  'privacy.erasure.dataset.account': 'Ihr Konto (Name, E-Mail, Passwort)',
  'privacy.erasure.dataset.sessions': 'Anmeldesitzungen',
  'privacy.erasure.dataset.email_links': 'Links per E-Mail (Bestätigung, Passwort)',
  'privacy.erasure.dataset.second_factor': 'Zwei-Schritt-Verifizierung',
  'privacy.erasure.dataset.terms_acceptances': 'Zustimmungen zu den Bedingungen',
  'privacy.erasure.dataset.business_profile': 'Unternehmensprofil (Reloop Pro)',
  'privacy.erasure.dataset.orders': 'Bestellungen und ihre Rechnungen',
  'privacy.erasure.dataset.credit_notes': 'Gutschriften',
  'privacy.erasure.dataset.checkouts': 'Bezahlvorgänge',
  'privacy.erasure.dataset.carts': 'Warenkörbe',
  'privacy.erasure.dataset.cart_lines': 'Artikel in Ihrem Warenkorb',
  'privacy.erasure.dataset.care_folders': 'Hilfeanfragen zu einer Bestellung',
  'privacy.erasure.dataset.returns': 'Rücksendungen',
  'privacy.erasure.dataset.warranty_claims': 'Garantieanfragen',
  'privacy.erasure.dataset.insurance_claims': 'Versicherungsfälle',
  'privacy.erasure.dataset.support_tickets': 'Nachrichten an den Kundenservice',
  'privacy.erasure.dataset.reviews': 'Bewertungen',
  'privacy.erasure.dataset.review_photos': 'Fotos zu Bewertungen',
  'privacy.erasure.dataset.review_notices': 'Meldungen zu Bewertungen',
  'privacy.erasure.dataset.review_appeals': 'Beschwerden zu Bewertungen',
  'privacy.erasure.dataset.reviewer_blocks': 'Sperren für Bewertungen',
  'privacy.erasure.dataset.seller_applications': 'Bewerbungen als Verkäufer',
  'privacy.erasure.dataset.seller_memberships': 'Mitgliedschaften in Verkäuferteams',
  'privacy.erasure.dataset.audit_events': 'Einträge im Sicherheitsprotokoll',
  'privacy.erasure.dataset.consent_records': 'Cookie-Entscheidungen im angemeldeten Zustand',
  'privacy.erasure.dataset.marketing_preferences': 'Marketing-Einstellungen',
  'privacy.erasure.dataset.newsletter_sends': 'An Sie gesendete Newsletter',
  'privacy.erasure.dataset.alerts': 'Verfügbarkeits- und Preisalarme',
  'privacy.erasure.dataset.policy_notices': 'Hinweise auf geänderte Richtlinien',
  'privacy.erasure.dataset.sale_opt_out_requests': 'Anträge „Nicht verkaufen oder weitergeben“',
  'privacy.erasure.dataset.privacy_requests': 'Ihre Datenschutzanfragen',
  'privacy.erasure.dataset.postmortem_directives': 'Verfügungen für die Zeit nach Ihrem Tod',
  'privacy.erasure.dataset.processing_restrictions': 'Einschränkungen der Verarbeitung',
  'privacy.erasure.dataset.processing_objections': 'Widersprüche gegen die Verarbeitung',
  'privacy.erasure.dataset.dsa_notices': 'Meldungen rechtswidriger Inhalte',
  'privacy.erasure.dataset.dsa_complaints': 'Beschwerden gegen unsere Entscheidungen',
  'privacy.erasure.reason.accounting': 'Handels- und Steuerrecht: Rechnungen und Buchungsbelege',
  'privacy.erasure.reason.trader_traceability':
    'Gesetz über digitale Dienste, Art. 30: Angaben zum Unternehmer',
  'privacy.erasure.reason.open_claim': 'Ein offener Anspruch oder Streitfall benötigt sie',
  'privacy.erasure.until.date': 'bis {date}',
  'privacy.erasure.until.open': 'bis zum Abschluss',
  'mail.privacy.erasure.report.subject': 'Ihr Reloop-Konto wurde gelöscht',
  'mail.privacy.erasure.report.body':
    'Ihr Reloop-Konto wurde am {date} gelöscht. Wir haben {deleted, plural, one {# Datensatz} other {# Datensätze}} über Sie gelöscht und {anonymised, plural, one {# Datensatz} other {# Datensätze}} anonymisiert. Sie können sich mit diesem Konto nicht mehr anmelden.',
  'mail.privacy.erasure.report.heldIntro':
    'Das Gesetz verpflichtet uns, einige Datensätze eine Zeit lang aufzubewahren. Jeder wird nach Ablauf seiner Frist gelöscht oder anonymisiert:',
  'mail.privacy.erasure.report.held.accounting':
    '- {count, plural, one {# Rechnung oder Buchungsbeleg} other {# Rechnungen und Buchungsbelege}}, aufbewahrt bis {until} (Handels- und Steuerrecht)',
  'mail.privacy.erasure.report.held.trader_traceability':
    '- {count, plural, one {# Datensatz} other {# Datensätze}} zu einem Verkäufer, für den Sie sich beworben haben, aufbewahrt bis {until} (Gesetz über digitale Dienste, Art. 30)',
  'mail.privacy.erasure.report.held.trader_traceability.running':
    '- {count, plural, one {# Datensatz} other {# Datensätze}} zu einem Verkäufer, für den Sie sich beworben haben, aufbewahrt während seines Vertrags und sechs Monate danach (Gesetz über digitale Dienste, Art. 30)',
  'mail.privacy.erasure.report.held.open_claim':
    '- {count, plural, one {# Datensatz} other {# Datensätze}} einer offenen Hilfeanfrage, Rücksendung, Reklamation oder Nachricht an den Kundenservice, aufbewahrt bis zu deren Abschluss',
  'mail.privacy.erasure.report.noneHeld': 'Darüber hinaus bewahren wir nichts über Sie auf.',
  'mail.privacy.erasure.report.last': 'Dies ist die letzte E-Mail, die wir an diese Adresse senden.',
  'mail.privacy.erasure.warning.subject': 'Ihr Reloop-Konto wird wegen Inaktivität geschlossen',
  'mail.privacy.erasure.warning.body':
    'Sie haben Ihr Reloop-Konto lange nicht genutzt. Zum Schutz Ihrer Daten schließen wir es am {date} und löschen es {days, plural, one {# Tag} other {# Tage}} später; wir behalten nur, was das Gesetz verlangt.\n\nUm Ihr Konto zu behalten, melden Sie sich einfach vor diesem Datum an:\n{link}',
  'mail.privacy.erasure.deactivated.subject': 'Ihr Reloop-Konto wurde geschlossen',
  'mail.privacy.erasure.deactivated.body':
    'Wie angekündigt wurde Ihr Reloop-Konto geschlossen, weil es lange nicht genutzt wurde. Es wird am {date} gelöscht; wir behalten nur, was das Gesetz verlangt. Wenn Sie es behalten möchten, wenden Sie sich vorher an den Kundenservice.',
  // ——— H2: privacy centre, data-subject requests ———
  'privacy.kind.access': 'Auskunft über meine Daten',
  'privacy.kind.erasure': 'Löschung meiner Daten',
  'privacy.kind.rectification': 'Berichtigung meiner Daten',
  'privacy.kind.restriction': 'Einschränkung der Verarbeitung',
  'privacy.kind.objection': 'Widerspruch gegen die Verarbeitung',
  'privacy.kind.portability': 'Eine Kopie meiner Daten zur Mitnahme (Datenübertragbarkeit)',
  'privacy.kind.know': 'Recht zu erfahren, welche personenbezogenen Daten erhoben werden',
  'privacy.kind.do_not_sell': 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  'privacy.purpose.recommendations': 'Personalisierte Empfehlungen',
  'privacy.purpose.recommendations.text':
    'Wir schlagen Ihnen Geräte nach dem vor, was Sie angesehen und gekauft haben, auf Grundlage unseres berechtigten Interesses. Wenn Sie widersprechen, hören wir sofort damit auf und zeigen Ihnen dieselben Vorschläge wie allen anderen.',
  'privacy.purpose.fraud_prevention': 'Betrugsprävention',
  'privacy.purpose.fraud_prevention.text':
    'Wir prüfen Bestellungen und Zahlungen auf Betrug, um Sie, die Verkäufer und den Marktplatz zu schützen. Dem können Sie nicht widersprechen: Der Schutz von Zahlungen vor Betrug und die Verteidigung von Rechtsansprüchen sind zwingende schutzwürdige Gründe, die überwiegen.',
  'privacy.centre.title': 'Datenschutzzentrum',
  'privacy.centre.intro':
    'Ihre Rechte an Ihren personenbezogenen Daten an einem Ort. Änderungen gelten sofort; Anträge, die wir prüfen müssen, beantworten wir per E-Mail innerhalb der gesetzlichen Frist.',
  'privacy.centre.download.title': 'Meine Daten herunterladen',
  'privacy.centre.download.text':
    'Eine Kopie von allem, was wir über Sie gespeichert haben, als JSON- und CSV-Dateien in einem ZIP-Archiv mit Inhaltsverzeichnis. Sie wird erstellt, wenn Sie sie anfordern.',
  'privacy.centre.download.zip': 'Meine Daten herunterladen (ZIP)',
  'privacy.centre.download.json': 'Dieselben Daten als JSON',
  'privacy.centre.rectify.title': 'Meine Daten berichtigen',
  'privacy.centre.rectify.text':
    'Name, E-Mail-Adresse, Passwort und Sprache ändern Sie in Ihren Kontoeinstellungen.',
  'privacy.centre.rectify.settings': 'Zu meinen Kontoeinstellungen',
  'privacy.centre.rectify.details': 'Was sonst falsch ist und wie es richtig lautet',
  'privacy.centre.rectify.hint':
    'Für Daten, die Sie nicht selbst ändern können (eine Adresse einer früheren Bestellung, ein Firmenname …).',
  'privacy.centre.rectify.submit': 'Berichtigung beantragen',
  'privacy.centre.restrict.title': 'Verarbeitung einschränken',
  'privacy.centre.restrict.text':
    'Solange die Verarbeitung eingeschränkt ist, speichern wir Ihre Daten nur: Wir nutzen sie für nichts anderes, außer mit Ihrer Einwilligung oder zur Verteidigung von Rechtsansprüchen. Laufende Bestellungen werden trotzdem geliefert.',
  'privacy.centre.restrict.reason': 'Warum',
  'privacy.centre.restrict.reason.accuracy_contested': 'Meine Daten sind unrichtig und Sie prüfen sie',
  'privacy.centre.restrict.reason.unlawful':
    'Die Verarbeitung ist unrechtmäßig, aber ich möchte meine Daten nicht löschen lassen',
  'privacy.centre.restrict.reason.legal_claims': 'Ich brauche die Daten für einen Rechtsanspruch',
  'privacy.centre.restrict.reason.objection_pending':
    'Ich habe einer Verarbeitung widersprochen und Sie prüfen das',
  'privacy.centre.restrict.submit': 'Verarbeitung einschränken',
  'privacy.centre.restrict.active': 'Verarbeitung eingeschränkt seit {date}.',
  'privacy.centre.restrict.lift': 'Einschränkung aufheben',
  'privacy.centre.object.title': 'Der Verarbeitung widersprechen',
  'privacy.centre.object.text':
    'Manche Verarbeitungen beruhen auf unserem berechtigten Interesse. Sie können ihnen aus Gründen, die sich aus Ihrer Situation ergeben, widersprechen.',
  'privacy.centre.object.submit': 'Ich widerspreche',
  'privacy.centre.object.active': 'Sie widersprechen dieser Verarbeitung: Sie ist beendet.',
  'privacy.centre.object.withdraw': 'Widerspruch zurücknehmen',
  'privacy.centre.marketing.title': 'Der Werbung widersprechen',
  'privacy.centre.marketing.text':
    'Beendet sofort jede Werbenachricht auf allen Kanälen. Benachrichtigungen, die Sie für ein Produkt eingerichtet haben, kommen weiter: Sie haben sie angefordert.',
  'privacy.centre.marketing.submit': 'Alle Werbung beenden',
  'privacy.centre.directives.title': 'Nach meinem Tod',
  'privacy.centre.directives.text':
    'Sie können festlegen, was nach Ihrem Tod mit Ihren Daten geschehen soll, und eine Vertrauensperson benennen, die das umsetzt (französisches Datenschutzgesetz, Art. 85). Sie können dies jederzeit ändern.',
  'privacy.centre.directives.instruction': 'Was mit meinen Daten geschehen soll',
  'privacy.centre.directives.delete': 'Löschen',
  'privacy.centre.directives.keep': 'So lange aufbewahren, wie das Gesetz es erlaubt',
  'privacy.centre.directives.hand_over': 'Meiner Vertrauensperson eine Kopie übergeben, dann löschen',
  'privacy.centre.directives.trustedName': 'Name der Vertrauensperson',
  'privacy.centre.directives.trustedEmail': 'E-Mail-Adresse der Vertrauensperson',
  'privacy.centre.directives.trustedHint': 'Erforderlich für die Übergabe einer Kopie, sonst freiwillig.',
  'privacy.centre.directives.submit': 'Verfügungen speichern',
  'privacy.centre.directives.current': 'Verfügungen gespeichert am {date}.',
  'privacy.centre.requests.title': 'Meine Anträge',
  'privacy.centre.requests.none': 'Sie haben keinen Antrag gestellt.',
  'privacy.centre.requests.number': 'Nr.',
  'privacy.centre.requests.received': 'Eingegangen',
  'privacy.centre.requests.status': 'Status',
  'privacy.centre.requests.dueOn': 'Antwort spätestens am {date}',
  'privacy.centre.requests.answered': 'Beantwortet',
  'privacy.centre.requests.refused': 'Abgelehnt (siehe unsere E-Mail)',
  'privacy.centre.erase.title': 'Mein Konto löschen',
  'privacy.centre.erase.text':
    'Ihr Konto und Ihre personenbezogenen Daten werden sofort gelöscht oder anonymisiert, und Sie werden abgemeldet. Was wir von Gesetzes wegen aufbewahren müssen (Rechnungen und Buchungsbelege, Händlerdaten, Unterlagen eines offenen Anspruchs), bleibt bis zu seinem Enddatum gespeichert und wird dann gelöscht; ein Bericht sagt Ihnen genau, was. Dies ist endgültig.',
  'privacy.centre.erase.submit': 'Mein Konto endgültig löschen',
  'privacy.centre.done.restricted': 'Die Verarbeitung Ihrer Daten ist eingeschränkt.',
  'privacy.centre.done.lifted': 'Die Einschränkung ist aufgehoben.',
  'privacy.centre.done.objected': 'Ihr Widerspruch ist erfasst: Diese Verarbeitung ist beendet.',
  'privacy.centre.done.withdrawn': 'Ihr Widerspruch ist zurückgenommen.',
  'privacy.centre.done.marketing': 'Alle Werbung an Sie ist beendet.',
  'privacy.centre.done.directives': 'Ihre Verfügungen sind gespeichert.',
  'privacy.centre.done.requested':
    'Ihr Antrag ist gesendet. Wir antworten per E-Mail innerhalb der gesetzlichen Frist.',
  'privacy.report.title': 'Ihr Konto ist gelöscht',
  'privacy.report.done':
    'Gelöscht am {date}. Eine Kopie dieses Berichts wurde an Ihre E-Mail-Adresse gesendet.',
  'privacy.report.deleted': 'Gelöscht',
  'privacy.report.anonymised': 'Anonymisiert',
  'privacy.report.held': 'Aufbewahrt, weil das Gesetz es verlangt',
  'privacy.report.held.text':
    'Diese Daten werden nur so lange aufbewahrt, wie das Gesetz es verlangt, und dann automatisch gelöscht.',
  'privacy.report.data': 'Daten',
  'privacy.report.count': 'Datensätze',
  'privacy.report.reason': 'Warum',
  'privacy.report.until': 'Aufbewahrt bis',
  'privacy.report.untilClosed': 'bis zum Abschluss des Anspruchs',
  'privacy.report.nothing': 'Nichts.',
  'privacy.report.home': 'Zurück zum Shop',
  'privacy.request.title': 'Datenschutzantrag',
  'privacy.request.intro':
    'Bitten Sie uns um eine Kopie Ihrer Daten, um Berichtigung oder Löschung, um Einschränkung der Verarbeitung oder widersprechen Sie ihr – auch ohne Konto. Zuerst bestätigen wir Ihre E-Mail-Adresse.',
  'privacy.request.haveAccount': 'Sie haben ein Konto? Das meiste geht sofort in Ihrem',
  'privacy.request.name': 'Ihr Name',
  'privacy.request.email': 'Ihre E-Mail-Adresse',
  'privacy.request.email.hint':
    'Die, unter der wir Sie kennen: Wir senden dorthin einen Link zur Bestätigung des Antrags.',
  'privacy.request.kind': 'Ihr Antrag',
  'privacy.request.details': 'Einzelheiten',
  'privacy.request.details.hint':
    'Worum es geht (erforderlich bei einer Berichtigung oder einem Widerspruch).',
  'privacy.request.deadline.gdpr':
    'Wir antworten innerhalb eines Monats nach Eingang Ihres Antrags; ist er komplex, können wir die Frist um zwei Monate verlängern und teilen Ihnen die Gründe innerhalb des ersten Monats mit.',
  'privacy.request.deadline.ccpa':
    'Wir antworten innerhalb von 45 Tagen nach Eingang Ihres Antrags; falls nötig, können wir um 45 Tage verlängern und teilen Ihnen die Gründe innerhalb der ersten 45 Tage mit.',
  'privacy.request.submit': 'Antrag senden',
  'privacy.request.sent.title': 'Bitte prüfen Sie Ihre E-Mails',
  'privacy.request.sent.text':
    'Wir haben einen Link an {email} gesendet. Öffnen Sie ihn innerhalb von 7 Tagen, um Ihren Antrag zu bestätigen.',
  'privacy.request.verify.title': 'Antrag bestätigen',
  'privacy.request.verify.text': 'Bestätigen Sie, dass Sie diesen Datenschutzantrag gesendet haben.',
  'privacy.request.verify.submit': 'Meinen Antrag bestätigen',
  'privacy.request.verified.title': 'Antrag eingegangen',
  'privacy.request.verified.text':
    'Ihr Antrag Nr. {id} ist bestätigt. Wir antworten per E-Mail spätestens am {date}.',
  'privacy.request.link.invalid': 'Dieser Link ist ungültig oder abgelaufen.',
  'mail.privacy.request.verify.subject': 'Bestätigen Sie Ihren Datenschutzantrag',
  'mail.privacy.request.verify.body':
    'Wir haben von dieser Adresse einen Antrag erhalten: {kind}.\n\nUm ihn zu bestätigen, öffnen Sie diesen Link bis {expires}:\n{link}\n\nWenn Sie ihn nicht gesendet haben, ignorieren Sie diese E-Mail: Es passiert nichts.',
  'mail.privacy.request.received.subject': 'Ihr Datenschutzantrag Nr. {id} ist eingegangen',
  'mail.privacy.request.received.body':
    'Wir haben Ihren Antrag Nr. {id} erhalten: {kind}.\n\nWir antworten spätestens am {due}. Brauchen wir wegen der Komplexität mehr Zeit, teilen wir Ihnen die Gründe vorher mit.',
  'mail.privacy.request.extended.subject': 'Ihr Antrag Nr. {id}: Wir brauchen mehr Zeit',
  'mail.privacy.request.extended.body':
    'Wir brauchen mehr Zeit, um Ihren Antrag Nr. {id} zu beantworten, aus folgendem Grund:\n{reason}\n\nWir antworten spätestens am {due}.',
  'mail.privacy.request.dataReady.subject': 'Ihr Antrag Nr. {id}: Ihre Daten',
  'mail.privacy.request.dataReady.body':
    'Hier sind Ihre Daten, wie beantragt (Antrag Nr. {id}). Laden Sie sie bis {expires} über diesen Link herunter; das Archiv wird beim Öffnen erstellt:\n{link}',
  'mail.privacy.request.answered.subject': 'Ihr Antrag Nr. {id}: unsere Antwort',
  'mail.privacy.request.answered.body': 'Hier ist unsere Antwort auf Ihren Antrag Nr. {id} ({kind}).',
  'mail.privacy.request.answered.erased':
    'Ihr Konto ist gelöscht. Eine gesonderte E-Mail führt auf, was gelöscht, anonymisiert und wegen gesetzlicher Pflichten aufbewahrt wurde.',
  'mail.privacy.request.refused.subject': 'Ihr Antrag Nr. {id}: Wir können ihm nicht nachkommen',
  'mail.privacy.request.refused.body':
    'Wir können Ihrem Antrag Nr. {id} ({kind}) aus folgendem Grund nicht nachkommen:\n{reason}',
  'mail.privacy.request.refused.remedies':
    'Sie können Beschwerde bei einer Datenschutz-Aufsichtsbehörde einlegen (in dem Land, in dem Sie wohnen oder arbeiten, oder in dem Sie Ihre Rechte für verletzt halten) und einen gerichtlichen Rechtsbehelf einlegen.',
  'mail.privacy.request.refused.remedies.ccpa':
    'Sie können sich an die California Privacy Protection Agency oder den Generalstaatsanwalt von Kalifornien wenden und den Rechtsweg beschreiten.',
  // Download my data (H1a): the README.txt of the archive.
  'privacy.export.readme.title': 'Ihre Reloop-Daten',
  'privacy.export.readme.intro':
    'Dieses Archiv enthält die personenbezogenen Daten, die Reloop am {date} über Sie ({email}) gespeichert hatte (DSGVO Art. 15 und 20: Auskunftsrecht und Recht auf Datenübertragbarkeit).',
  'privacy.export.readme.files':
    'Jeder Datensatz liegt in einem Ordner, der nach dem Teil von Reloop benannt ist, der ihn speichert, und zwar zweimal: als .json-Datei mit den genauen Werten und als .csv-Datei zum Öffnen in einer Tabellenkalkulation. manifest.json listet jede Datei, ihre Zeilenzahl und ihren Inhalt auf.',
  'privacy.export.readme.formats':
    'Datums- und Zeitangaben sind in UTC (ISO 8601). Beträge sind ganze Zahlen in der kleinsten Einheit der Währung (Cent), mit ihrer Währung.',
  'privacy.export.readme.secrets':
    'Passwörter, Sicherheitscodes und Schlüssel sind nie enthalten. Die Teile von Reloop, die nichts über Sie speichern, sind in manifest.json mit Begründung aufgeführt.',
  'privacy.export.readme.contact':
    'Um Ihre Daten zu berichtigen oder für jede andere Anfrage dazu nutzen Sie den Datenschutzbereich Ihres Kontos.',
};
