import type { en } from './en.ts';

export const de: Record<keyof typeof en, string> = {
  'mail.signature': '— Reloop, der Marktplatz für generalüberholte Elektronik',
  'mail.greeting': 'Hallo {name},',
  'mail.greeting.anonymous': 'Hallo,',

  'mail.verifyEmail.subject': 'Bestätigen Sie Ihre E-Mail-Adresse',
  'mail.verifyEmail.body':
    'Bestätigen Sie Ihre E-Mail-Adresse, um die Einrichtung Ihres Reloop-Kontos abzuschließen:\n{link}\n\nDer Link funktioniert einmal und läuft nach 48 Stunden ab. Wenn Sie sich nicht registriert haben, ignorieren Sie diese E-Mail.',
  'mail.alreadyRegistered.subject': 'Jemand wollte sich mit Ihrer E-Mail-Adresse registrieren',
  'mail.alreadyRegistered.body':
    'Jemand, vielleicht Sie, wollte mit dieser E-Mail-Adresse ein Reloop-Konto anlegen, obwohl sie bereits eines hat.\n\nWaren Sie es, melden Sie sich an oder setzen Sie Ihr Passwort hier zurück:\n{link}\n\nAndernfalls können Sie diese E-Mail ignorieren: Es hat sich nichts geändert.',
  'mail.resetPassword.subject': 'Setzen Sie Ihr Passwort zurück',
  'mail.resetPassword.body':
    'Wählen Sie mit diesem Link ein neues Passwort für Ihr Reloop-Konto:\n{link}\n\nEr funktioniert einmal und läuft nach einer Stunde ab. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
  'mail.passwordChanged.subject': 'Ihr Passwort wurde geändert',
  'mail.passwordChanged.body':
    'Das Passwort Ihres Reloop-Kontos wurde soeben geändert, und Ihre anderen Sitzungen wurden abgemeldet.\n\nWaren Sie das nicht, setzen Sie Ihr Passwort sofort zurück und wenden Sie sich an den Kundenservice.',
  'mail.confirmNewEmail.subject': 'Bestätigen Sie Ihre neue E-Mail-Adresse',
  'mail.confirmNewEmail.body':
    'Bestätigen Sie, dass dies die neue E-Mail-Adresse Ihres Reloop-Kontos ist:\n{link}\n\nDer Link funktioniert einmal und läuft nach 24 Stunden ab.',
  'mail.emailChanged.subject': 'Ihre E-Mail-Adresse wurde geändert',
  'mail.emailChanged.body':
    'Die E-Mail-Adresse Ihres Reloop-Kontos lautet jetzt {email}. Waren Sie das nicht, wenden Sie sich sofort an den Kundenservice.',
  'mail.closedByUser.subject': 'Ihr Reloop-Konto ist geschlossen',
  'mail.closedByUser.body':
    'Wie gewünscht wurde Ihr Reloop-Konto am {date} geschlossen. Sie sind überall abgemeldet.\n\nWir bewahren die gesetzlich vorgeschriebenen Unterlagen (Bestellungen, Rechnungen) für die gesetzlichen Fristen auf und löschen den Rest gemäß unserer Datenschutzerklärung. Um mit dieser Adresse wieder ein Konto zu eröffnen, wenden Sie sich an den Kundenservice.',
  'mail.closedByPlatform.subject': 'Wir haben Ihr Reloop-Konto geschlossen',
  'mail.closedByPlatform.body':
    'Wir haben Ihr Reloop-Konto am {date} geschlossen.\n\nGrund: {reason}\n{details}\n\nRechtsgrundlage: {ground}\n\nDiese Entscheidung wurde von einem unserer Mitarbeiter getroffen, nicht automatisiert.\nAktenzeichen der Begründung: {statementId}\n\nIhre Möglichkeiten: {redress}',
  'mail.operatorInvite.subject': 'Sie sind zur Reloop-Betreiberkonsole eingeladen',
  'mail.operatorInvite.body':
    '{inviter} hat Sie eingeladen, der Reloop-Betreiberkonsole als {role} beizutreten.\n\nEinladung annehmen:\n{link}\n\nOhne Reloop-Konto wählen Sie dort Ihren Namen und Ihr Passwort. Haben Sie bereits eines, öffnen Sie den Link angemeldet als {email} mit bestätigter Adresse: Die Rolle geht nur an dieses Konto, danach melden Sie sich erneut an. Der Link funktioniert einmal und läuft nach 7 Tagen ab.',

  'mail.ground.illegalContent': 'Rechtswidrige Inhalte oder Tätigkeiten — {legalGround}',
  'mail.ground.incompatibleTerms': 'Unvereinbar mit unseren Bedingungen — {clause}',
  'mail.redress.user':
    'Sie können diese Entscheidung innerhalb von 6 Monaten kostenlos über unser internes Beschwerdemanagementsystem anfechten (mit dem Beschwerdeformular, dessen Link in der E-Mail steht, mit der wir Ihnen die Entscheidung mitgeteilt haben), sie einer zertifizierten außergerichtlichen Streitbeilegungsstelle vorlegen oder den Rechtsweg beschreiten.',
  'mail.redress.seller':
    'Sie können diese Entscheidung innerhalb von 6 Monaten kostenlos über unser internes Beschwerdemanagementsystem anfechten (mit dem Beschwerdeformular, dessen Link in der E-Mail steht, mit der wir Ihnen die Entscheidung mitgeteilt haben; offen für jeden Inhaber des Shops), sie einer zertifizierten außergerichtlichen Streitbeilegungsstelle vorlegen oder den Rechtsweg beschreiten.',
  'mail.closure.reason.fraud': 'Betrug oder Betrugsversuch',
  'mail.closure.reason.payment_abuse': 'Zahlungsmissbrauch (Rückbuchungen, unbezahlte Bestellungen)',
  'mail.closure.reason.scraping': 'Automatisiertes Auslesen des Katalogs (Scraping)',
  'mail.closure.reason.abusive_behaviour':
    'Missbräuchliches Verhalten gegenüber Verkäufern oder Mitarbeitern',
  'mail.closure.reason.duplicate_account': 'Mehr als ein Konto für dieselbe Person',
  'mail.closure.reason.false_identity': 'Falsche oder irreführende Kontoangaben',
  'mail.closure.reason.illegal_content': 'Rechtswidrige Inhalte oder Tätigkeiten',
  'mail.closure.clause.fraud': 'Nutzungsbedingungen §8.2 — betrügerische Nutzung des Dienstes',
  'mail.closure.clause.payment_abuse':
    'Nutzungsbedingungen §8.3 — Missbrauch der Zahlungs- und Erstattungsverfahren',
  'mail.closure.clause.scraping':
    'Nutzungsbedingungen §7.4 — das automatisierte Auslesen von Inhalten ist verboten',
  'mail.closure.clause.abusive_behaviour': 'Nutzungsbedingungen §8.1 — respektvolle Nutzung des Dienstes',
  'mail.closure.clause.duplicate_account': 'Nutzungsbedingungen §3.1 — ein Konto pro Person',
  'mail.closure.clause.false_identity':
    'Nutzungsbedingungen §3.2 — zutreffende und vollständige Registrierungsdaten',
  'mail.suspension.reason.incomplete_trader_data': 'Unvollständige Händlerangaben',
  'mail.suspension.reason.inaccurate_trader_data': 'Unzutreffende oder unzuverlässige Händlerangaben',
  'mail.suspension.reason.invalid_payment_account': 'Unbrauchbare Angaben zum Zahlungskonto',
  'mail.suspension.reason.invalid_id_document':
    'Ausweisdokument fehlt, ist abgelaufen oder passt nicht zum gesetzlichen Vertreter',
  'mail.suspension.reason.quality_criteria': 'Qualitätsquoten über den Schwellen von Reloop',
  'mail.suspension.clause.incomplete_trader_data':
    'Verkäuferbedingungen §4.1 — vollständige Händlerangaben (DSA Art. 30 Abs. 1 und 3)',
  'mail.suspension.clause.inaccurate_trader_data':
    'Verkäuferbedingungen §4.2 — zutreffende und aktuelle Händlerangaben (DSA Art. 30 Abs. 2 und 3)',
  'mail.suspension.clause.invalid_payment_account':
    'Verkäuferbedingungen §4.3 — ein Zahlungskonto auf den Namen des Händlers',
  'mail.suspension.clause.invalid_id_document':
    'Verkäuferbedingungen §4.1 — Identifizierung des Händlers (DSA Art. 30 Abs. 1 Buchst. b)',
  'mail.suspension.clause.quality_criteria':
    'Verkäuferbedingungen §6 — Qualitätskriterien (Lieferzeiten, Bestand, Qualität der Produkte)',
  'mail.suspension.lasts.incomplete_trader_data': 'bis die Händlerangaben korrigiert und erneut geprüft sind',
  'mail.suspension.lasts.inaccurate_trader_data': 'bis die Händlerangaben korrigiert und erneut geprüft sind',
  'mail.suspension.lasts.invalid_payment_account':
    'bis die Händlerangaben korrigiert und erneut geprüft sind',
  'mail.suspension.lasts.invalid_id_document': 'bis die Händlerangaben korrigiert und erneut geprüft sind',
  'mail.suspension.lasts.quality_criteria':
    'bis mit Reloop ein Plan vereinbart ist, der die Qualitätsquoten wieder unter die Schwellen bringt',

  'mail.receipt.order': 'Bestellung {orderId} — verkauft von {seller}',
  'mail.receipt.orderWithInvoice': 'Bestellung {orderId} — verkauft von {seller} — Rechnung {invoice}',
  'mail.receipt.line':
    '{quantity} × {product} ({grade}) — Stückpreis {unit} — Position netto {net} — Position brutto {gross}',
  'mail.receipt.notApplicable': 'entfällt',
  'mail.receipt.delivery': 'Versand: {amount}',
  'mail.receipt.vat': 'MwSt. {rate} auf {net}: {vat}',
  'mail.receipt.insurance': 'Versicherung (Bruch und Diebstahl, 12 Monate): {amount}',
  'mail.receipt.orderTotal': 'Summe der Bestellung: {amount}',
  'mail.receipt.serviceFee': 'Servicegebühr: {amount}',
  'mail.receipt.totalPaid': 'Insgesamt bezahlt: {amount}',
  'mail.confirmation.subject': 'Ihre Reloop-Bestellung ist bestätigt ({orders})',
  'mail.confirmation.intro':
    'Vielen Dank für Ihre Bestellung. Ihre Zahlung ist bestätigt, und die Verkäufer wurden gebeten, zu versenden.',
  'mail.confirmation.policies': 'Ihre Versicherungspolicen (Bruch und Diebstahl, 12 Monate): {policies}',
  'mail.confirmation.follow': 'Ihre Bestellung verfolgen: {link}',
  'mail.awaitingTransfer.subject': 'Ihre Reloop-Bestellung wartet auf Ihre Überweisung',
  'mail.awaitingTransfer.body':
    'Ihre Bestellung ist bis {dueAt} reserviert (48 Stunden). Bitte überweisen Sie {amount} an:\n\nEmpfänger: {beneficiary}\nIBAN: {iban}\nBIC: {bic}\nVerwendungszweck (erforderlich): {reference}\n\nOhne Zahlung bis dahin wird die Bestellung storniert und die Artikel werden freigegeben.',
  'mail.cancelledUnpaid.subject': 'Ihre Reloop-Bestellung wurde storniert: keine Zahlung erhalten',
  'mail.cancelledUnpaid.body':
    'Wir haben Ihre Überweisung über {amount} nicht innerhalb von 48 Stunden erhalten, daher wurden die Bestellungen {orders} storniert und die Artikel freigegeben. Es wurde nichts abgebucht. Haben Sie bereits bezahlt, antworten Sie auf diese E-Mail, und wir erstatten Ihnen den Betrag.',
  'mail.latePayment.subject': 'Ihre Reloop-Zahlung kam zu spät: Sie wird vollständig erstattet',
  'mail.latePayment.body':
    'Ihre Zahlung über {amount} ist erst eingegangen, nachdem die Bestellungen {orders} storniert wurden, und die Artikel sind nicht mehr verfügbar (oder Ihr Warenkorb wurde erneut bestellt). {refunded, select, yes {Wir haben sie vollständig auf dieselbe Karte oder dasselbe Konto erstattet; je nach Bank erscheint sie innerhalb von 5 bis 10 Tagen.} other {Wir erstatten sie vollständig: Unser Kundenservice kümmert sich darum und bestätigt es per E-Mail.}} Mit dieser Zahlung wurde keine Bestellung aufgegeben.',

  'mail.shipped.subject': 'Ihre Bestellung {orderId} ist unterwegs',
  'mail.shipped.body': 'Ihre Bestellung {orderId} wurde an {carrier} übergeben.\nSendungsnummer: {tracking}',

  'mail.refund.delay':
    'Das Geld geht auf das verwendete Zahlungsmittel zurück; je nach Bank kann es 5 bis 10 Werktage dauern, bis es erscheint.',
  'mail.refundIssued.subject': 'Ihre Reloop-Erstattung über {amount} (Bestellung {orderId})',
  'mail.refundIssued.cancelled':
    'Ihre Bestellung {orderId} über {quantity} × {product} ({grade}) wurde storniert und vollständig erstattet.',
  'mail.refundIssued.partial':
    'Wir haben {amount} für {quantity} × {product} ({grade}) erstattet, Bestellung {orderId}.',
  'mail.refundIssued.details': 'Erstatteter Betrag: {amount}\nGrund: {reason}',
  'mail.refundFailed.subject': 'Ihre Reloop-Erstattung über {amount} ist fehlgeschlagen',
  'mail.refundFailed.body':
    'Wir wollten Ihnen {amount} für {what, select, line {{description}} insurance {eine Versicherungsprämie, deren Police nicht ausgestellt werden konnte} service_fee {die Servicegebühr} other {die Zahlung, die nach der Stornierung Ihrer Bestellung einging}}{orderId, select, none {} other { (Bestellung {orderId})}} erstatten, aber Ihre Bank oder Ihr Kartenaussteller hat dies abgelehnt.\n\nFür diese Erstattung ist noch kein Geld bei Ihnen angekommen. Unser Team wurde benachrichtigt und erstattet erneut oder kontaktiert Sie, falls wir einen anderen Weg zur Rückzahlung brauchen. Sie müssen nichts tun.',
  'mail.refundFailedOperator.subject':
    '[Reloop] Erstattung {refundId} fehlgeschlagen: {amount}{orderId, select, none {} other {, Bestellung {orderId}}}',
  'mail.refundFailedOperator.body':
    'Erstattung {refundId} über {amount} für {description}{orderId, select, none {} other {, Bestellung {orderId}}} (Checkout {checkoutId}) {how, select, refused {wurde abgelehnt vom} other {ist fehlgeschlagen beim}} Zahlungsdienstleister{message}.\n\n{what, select, line {Die Position ist wieder erstattungsfähig (Status {lineState}).} insurance {Es war eine Versicherungsprämie, erstattet, weil die Police nicht ausgestellt werden konnte.} service_fee {Es war die Servicegebühr des Checkouts.} other {Es war Geld, das nach der Freigabe des Checkouts einging (keine Bestellung): Es bleibt auf late_payment_payable geschuldet.}} {how, select, reversed {Die Buchung wurde storniert.} other {Es wurde nichts gebucht.}}{released, select, yes {\nDie wieder zum Verkauf gestellten Einheiten wurden inzwischen verkauft: Lassen Sie den Verkäufer diese Position nicht versenden; erstatten Sie sie erneut.} other {}}\n\nDer Käufer hat sein Geld nicht zurückerhalten: Wiederholen Sie die Erstattung auf der Seite der fehlgeschlagenen Erstattungen oder veranlassen Sie eine andere Zahlung.\n{link}',
  'mail.serviceFeeRefunded.subject':
    'Ihre Reloop-Bestellung ist vollständig storniert: Servicegebühr von {fee} erstattet',
  'mail.serviceFeeRefunded.body':
    'Alle Artikel Ihrer Bestellung wurden storniert oder erstattet, daher haben wir auch die Servicegebühr von {fee} erstattet.\n\nInsgesamt gehen {total} auf das verwendete Zahlungsmittel zurück (es ist nichts mehr zu zahlen); je nach Bank kann es 5 bis 10 Werktage dauern, bis der Betrag erscheint.',
  'mail.insuranceRefunded.subject':
    'Ihre Reloop-Versicherung konnte nicht ausgestellt werden: {amount} erstattet (Bestellung {orderId})',
  'mail.insuranceRefunded.body':
    'Der Versicherer konnte die Bruch- und Diebstahlversicherung für {product} ({grade}), Einheit {unit} der Bestellung {orderId}, nicht ausstellen. Ihr Gerät ist nicht versichert, daher haben wir die Prämie von {amount} erstattet.\n\nIhre Bestellung selbst ist davon nicht betroffen.',

  'mail.quality.rate.aestheticDefectBp': 'Optische Mängel',
  'mail.quality.rate.wrongProductBp': 'Falsches Produkt',
  'mail.quality.rate.defectiveProductBp': 'Defektes Produkt',
  'mail.quality.rate.wrongAccessoriesBp': 'Falsches Zubehör',
  'mail.quality.rate.lateDeliveryBp': 'Verspätete Lieferungen',
  'mail.quality.rate.cancellationBp': 'Stornierungen',
  'mail.quality.flagLine': '- {rate}: {value} (Schwelle {threshold})',
  'mail.quality.flagged.subject': '{shop}: Qualitätsquoten über den Schwellen von Reloop',
  'mail.quality.flagged.body':
    'In den letzten 90 Tagen lagen diese Quoten von {shop} über den Schwellen der Qualitätskriterien von Reloop:\n\n{flags}\n\nBis sie wieder darunter liegen, senken diese Quoten das Buybox-Ranking Ihrer Angebote, und unser Team prüft Ihr Konto. Nehmen Sie Bestellungen zügig an oder stornieren Sie sie, versenden Sie innerhalb der zugesagten Frist und beschreiben Sie den Zustand jedes Geräts genau.\n\nIhr Dashboard zeigt die Quoten und ihre Entwicklung:\n{link}',
  'mail.quality.warned.subject': '{shop}: Warnung zu Ihren Qualitätsquoten',
  'mail.quality.warned.body':
    'Unser Team hat die Qualitätsquoten von {shop} geprüft, die über den Schwellen von Reloop liegen.\n\n{note}\n\nBleiben die Quoten über den Schwellen, kann Reloop Ihren Shop sperren und seine Angebote offline nehmen (Verkäuferbedingungen §6, Qualitätskriterien). Ihr Dashboard zeigt die Quoten und ihre Entwicklung:\n{link}',

  'mail.onboarding.note': 'Hinweis unseres Compliance-Teams: {note}',
  'mail.onboarding.received.subject': 'Wir haben Ihre Verkäuferbewerbung für {shop} erhalten',
  'mail.onboarding.received.body':
    'Vielen Dank für Ihre Bewerbung, als {shop} auf Reloop zu verkaufen. Unser Compliance-Team prüft Ihre Händlerangaben (DSA Art. 30), bevor Ihr Shop Angebote veröffentlichen kann; Sie hören per E-Mail von uns.\n\nVerfolgen Sie Ihre Bewerbung hier:\n{link}',
  'mail.onboarding.resubmitted.subject': 'Wir haben Ihre korrigierte Bewerbung für {shop} erhalten',
  'mail.onboarding.resubmitted.body':
    'Vielen Dank: Ihre korrigierte Verkäuferbewerbung für {shop} liegt wieder bei unserem Compliance-Team.\n\nVerfolgen Sie sie hier:\n{link}',
  'mail.onboarding.approved.subject': '{shop} ist für den Verkauf auf Reloop freigegeben',
  'mail.onboarding.approved.body':
    'Gute Nachricht: Ihre Händlerangaben wurden geprüft, und {shop} darf jetzt Angebote auf Reloop veröffentlichen. Die Adresse Ihres Shops lautet {link}.',
  'mail.onboarding.approved.keepUpToDate':
    'Halten Sie Ihre Händlerangaben aktuell: Wir müssen Shops sperren, deren Angaben unvollständig oder unrichtig werden.',
  'mail.onboarding.rejected.subject': 'Ihre Verkäuferbewerbung für {shop} wurde nicht angenommen',
  'mail.onboarding.rejected.body':
    'Es tut uns leid: Nach Prüfung können wir Ihre Bewerbung, als {shop} auf Reloop zu verkaufen, nicht annehmen.\n\nGrund: {reasons}\n\n{redress}\n\nSie können sich mit vollständigen und zutreffenden Angaben erneut bewerben:\n{link}',
  'mail.onboarding.correction.subject': 'Bitte korrigieren Sie Ihre Verkäuferbewerbung für {shop}',
  'mail.onboarding.correction.body':
    'Bevor {shop} auf Reloop verkaufen kann, müssen einige Ihrer Händlerangaben korrigiert oder ergänzt werden.\n\nZu korrigieren: {reasons}\n\nKorrigieren Sie Ihre Bewerbung hier:\n{link}',
  'mail.onboarding.suspended.subject': '{shop} ist auf Reloop gesperrt — Begründung',
  'mail.onboarding.suspended.body':
    'Begründung (Gesetz über digitale Dienste, Art. 17)\n\nEntscheidung: Aussetzung der Bereitstellung unseres Dienstes für {shop} (alle Angebote offline, keine neuen Angebote) auf allen Reloop-Märkten, ab {date} {lasts}.\nGrund: {reason}\nTatsachen und Umstände: {details}\nRechtsgrundlage: {ground}\nDie Entscheidung wurde von einem unserer Mitarbeiter aus eigener Initiative getroffen, ohne automatisierte Mittel.\n\nUm die Sperre aufheben zu lassen, antworten Sie auf diese E-Mail mit den korrigierten Angaben oder Ihrem Plan.\n\n{redress}\n\nAktenzeichen: {statementId}',
  'mail.onboarding.reinstated.subject': '{shop} darf wieder auf Reloop verkaufen',
  'mail.onboarding.reinstated.body':
    'Die Sperre von {shop} ist aufgehoben: Ihre Händlerangaben wurden erneut geprüft. Ihre Angebote bleiben offline, bis Sie sie im Verkäuferportal wieder veröffentlichen.',
  'mail.onboarding.ended.subject': 'Ihr Verkäufervertrag für {shop} ist beendet',
  'mail.onboarding.ended.body':
    'Ihr Verkäufervertrag für {shop} endete am {date}; seine Angebote werden nicht mehr angezeigt.',
  'mail.onboarding.ended.statement':
    'Begründung (Gesetz über digitale Dienste, Art. 17): Beendigung der Bereitstellung unseres Dienstes auf allen Reloop-Märkten, entschieden von einem unserer Mitarbeiter aus eigener Initiative, ohne automatisierte Mittel.\nTatsachen und Umstände: {details}\n\n{redress}\n\nAktenzeichen: {statementId}',
  'mail.onboarding.ended.retention':
    'Wie es das Gesetz über digitale Dienste verlangt, bewahren wir Ihre Händlerangaben bis {date} auf (sechs Monate nach Vertragsende) und löschen sie dann.',

  'mail.teamInvite.subject': '{inviter} lädt Sie zu {seller} auf Reloop ein',
  'mail.teamInvite.body':
    '{inviter} hat Sie eingeladen, {seller} als {role, select, owner {Inhaber} other {Teammitglied}} im Reloop-Verkäuferportal beizutreten.\n\nEinladung annehmen:\n{link}\n\nOhne Reloop-Konto wählen Sie dort Ihren Namen und Ihr Passwort. Haben Sie bereits eines, öffnen Sie den Link angemeldet als {email} mit bestätigter Adresse: Der Zugang geht nur an dieses Konto, sobald Sie annehmen.\n\nDer Link funktioniert einmal und läuft am {date} ab (7 Tage). Wenn Sie damit nicht gerechnet haben, ignorieren Sie diese E-Mail: Es ändert sich nichts.',

  // Platform contact form and support tickets (customer-service, issue 14)
  'mail.contact.ack.subject': 'Wir haben Ihre Nachricht erhalten (Anfrage {number})',
  'mail.contact.ack.body':
    'Vielen Dank für Ihre Nachricht an den Reloop-Kundenservice. Wir haben Ihre {topic, select, question {Frage} complaint {Beschwerde über die Plattform} other {Nachricht}} erhalten und antworten Ihnen per E-Mail, in der Regel innerhalb von zwei Werktagen.\n\nIhre Nachricht:\n{message}\n\nWenn Sie uns dazu erneut schreiben, geben Sie bitte die Anfrage {number} an.',
  'mail.contact.reply.subject': 'Reloop-Kundenservice: zu Ihrer Anfrage {number}',
  'mail.contact.reply.body':
    'Der Reloop-Kundenservice hat auf Ihre Anfrage {number} geantwortet:\n\n{reply}\n\nUm zu antworten, nutzen Sie das Kontaktformular auf der Reloop-Website und geben Sie die Anfrage {number} an.',

  // Kundendienst-E-Mails (Issue 14: Hilfeanfragen, Rücksendungen, Garantie, neue bezahlte Bestellungen)
  'mail.care.problem':
    '{problem, select, damaged_package {Paket beschädigt} not_received {Artikel nicht erhalten} wrong_item {Falscher Artikel erhalten} missing_part {Teil fehlt} defective {Artikel defekt} not_as_described {Nicht wie beschrieben} locked {Konto oder Code gesperrt} other {Anderes Problem}}',
  'mail.care.reason':
    '{reason, select, aesthetic_defect {optischer Mangel} wrong_product {falsches Produkt} defective {defekter Artikel} wrong_accessories {falsches Zubehör} damaged_in_transit {beim Transport beschädigt} lost_in_transit {beim Transport verloren} changed_mind {Meinung geändert} no_fault_found {kein Fehler festgestellt} other {gelöst}}',
  'mail.care.opened.subject': 'Neue Hilfeanfrage {folderId} zur Bestellung {orderId}',
  'mail.care.opened.body':
    'Ein Käufer bittet um Hilfe zu {product} (Bestellung {orderId}).\nProblem: {problem}\n\nSeine Nachricht:\n{message}\n\nBitte antworten Sie innerhalb von {days, plural, one {# Werktag} other {# Werktagen}} im Verkäuferportal oder über die API:\n{link}',
  'mail.care.reply.subject': 'Neue Nachricht in der Hilfeanfrage {folderId}',
  'mail.care.reply.toBuyer':
    '{from, select, seller {Der Verkäufer} other {Der Reloop-Kundenservice}} hat Ihnen zu {product} (Bestellung {orderId}) geschrieben:\n\n{message}\n\nUnterhaltung lesen und antworten:\n{link}',
  'mail.care.reply.toSeller':
    'Der Käufer hat in der Hilfeanfrage {folderId} zu {product} (Bestellung {orderId}) erneut geschrieben:\n\n{message}\n\nAntworten Sie im Verkäuferportal oder über die API:\n{link}',
  'mail.care.escalated.subject': 'Der Kundenservice betreut die Hilfeanfrage {folderId}',
  'mail.care.escalated.body':
    'Auf Wunsch {by, select, buyer {des Käufers} seller {des Verkäufers} other {unseres Teams}} betreut der Reloop-Kundenservice jetzt die Hilfeanfrage {folderId} zu {product} (Bestellung {orderId}) und antwortet in der Unterhaltung.\n\n{link}',
  'mail.care.closed.subject': 'Ihre Hilfeanfrage {folderId} ist abgeschlossen',
  'mail.care.closed.body':
    'Ihre Hilfeanfrage {folderId} zu {product} (Bestellung {orderId}) wurde abgeschlossen.\nErgebnis: {reason}\n\nIst Ihr Problem nicht gelöst, schreiben Sie in die Unterhaltung: Sie wird wieder geöffnet.\n{link}',
  'mail.return.requested.subject': 'Rücksendung zur Bestellung {orderId} angefragt',
  'mail.return.requested.body':
    'Der Käufer möchte {quantity} × {product} (Bestellung {orderId}) zurücksenden: {kind, select, withdrawal {ein Widerruf innerhalb der gesetzlichen 14 Tage, ohne Angabe von Gründen} other {eine Rücksendung innerhalb Ihrer Rückgabefrist}}.\nNach Eingang des Artikels zu erstattender Betrag: {amount}\n\nRücksendeetikett ausstellen:\n{link}',
  'mail.return.label.subject': 'Ihr Rücksendeetikett für die Bestellung {orderId}',
  'mail.return.label.body':
    'Ihre Rücksendung von {product} (Bestellung {orderId}) ist angenommen. Senden Sie das Paket mit {carrier}.\nSendungsnummer der Rücksendung: {tracking}\n\nSie erhalten {amount} zurück, sobald der Artikel beim Verkäufer eingetroffen ist.\n{link}',
  'mail.warranty.opened.subject': 'Garantieanspruch {claimId} zur Bestellung {orderId}',
  'mail.warranty.opened.body':
    'Der Käufer macht einen Anspruch zu {product} (Bestellung {orderId}) geltend, im Rahmen {basis, select, commercial_warranty {Ihrer Händlergarantie} other {der gesetzlichen Gewährleistung}}.\n\nWas passiert ist:\n{description}\n\nEntscheiden Sie über Reparatur, Ersatz oder Erstattung:\n{link}',
  'mail.warranty.decided.subject': 'Entscheidung zu Ihrem Garantieanspruch {claimId}',
  'mail.warranty.decided.body':
    'Der Verkäufer hat über Ihren Anspruch zu {product} (Bestellung {orderId}) entschieden: {outcome, select, repair {Ihr Gerät wird repariert und an Sie zurückgeschickt} replacement {Sie erhalten ein Ersatzgerät} other {Sie erhalten eine Erstattung, das Geld ist in wenigen Tagen bei Ihnen}}.\n\n{link}',
  'mail.sellerOrder.paid.subject': 'Neue bezahlte Bestellung {orderId}',
  'mail.sellerOrder.paid.body':
    'Die Bestellung {orderId} ist bezahlt: {total}. Nehmen Sie sie an und versenden Sie sie innerhalb der zugesagten Frist:\n{link}',
  // Insurance claims (after-sales insurance-claim-emails.ts, issue 14)
  'mail.insuranceClaim.filed.subject': 'Ihre Schadensmeldung {claimRef}',
  'mail.insuranceClaim.filed.body':
    'Wir haben Ihre Schadensmeldung zu {product} (Bestellung {orderId}) unter der Police {policyRef} an den Versicherer übermittelt: {cover, select, breakage {Bruchschaden} theft {Diebstahl} other {Flüssigkeitsschaden}}.\nSchadensnummer: {claimRef}\n\nDer Versicherer prüft sie innerhalb weniger Tage, und wir schreiben Ihnen, sobald er antwortet.\n{link}',
  'mail.insuranceClaim.status.subject':
    '{status, select, accepted {Ihr Versicherungsfall {claimRef} ist angenommen} refused {Ihr Versicherungsfall {claimRef} ist abgelehnt} other {Ihr Versicherungsfall {claimRef} ist abgeschlossen}}',
  'mail.insuranceClaim.status.body':
    'Der Versicherer hat zu Ihrem Versicherungsfall {claimRef} für {product} (Bestellung {orderId}) geantwortet: {status, select, accepted {Er ist angenommen, und {outcome, select, repair {Ihr Gerät wird repariert} replacement {Ihr Gerät wird ersetzt} other {der Versicherer zahlt Ihnen den Wert Ihres Geräts}}.} refused {Er ist abgelehnt, denn {refusal, select, no_proof_of_theft {ein Diebstahl erfordert eine Anzeige bei der Polizei, und der Meldung lag keine bei} other {die Police deckt ihn nicht}}.} other {Er ist abgeschlossen: {outcome, select, repair {die Reparatur ist erledigt} replacement {der Ersatz ist erfolgt} other {die Zahlung wurde geleistet}}.}}\n\n{link}',

  // Reviews: writing (issue 15)
  'mail.review.request.subject': 'Wie gefällt Ihnen Ihr {product}?',
  'mail.review.request.body':
    'Sie haben {product} (Bestellung {orderId}) vor etwa einer Woche erhalten. Sagen Sie anderen Käufern, was Sie vom Produkt und von der Lieferung halten: Ihre Bewertung und ein paar Worte helfen ihnen bei der Wahl.\n\nSchreiben Sie Ihre Bewertung hier, ohne Anmeldung (der Link gilt bis zum {expires}):\n{link}\n\nNur Käufer, die das Produkt erhalten haben, können es bewerten, und Reloop gibt für eine Bewertung nichts als Gegenleistung, ob gut oder schlecht.',
  'mail.review.published.subject': 'Ihre Bewertung von {product} ist online',
  'mail.review.published.body':
    'Vielen Dank: Ihre Bewertung von {product} (Bestellung {orderId}) ist veröffentlicht.\n\nSie können sie bis zum {editUntil} bearbeiten und jederzeit löschen:\n{link}\n\nFotos, die Sie hinzufügen, werden gezeigt, sobald ein Mensch sie geprüft hat.',
  // Review moderation (issue 15): statements of reasons, appeals, notices
  'mail.reviewModeration.statement.subject':
    '{kind, select, removal {Ihre Bewertung von {product} wurde entfernt} photos {Die Fotos Ihrer Bewertung von {product} werden nicht veröffentlicht} reply {Ihre Antwort auf eine Bewertung von {product} wurde entfernt} other {Ihr Konto kann keine Bewertungen mehr schreiben}}',
  'mail.reviewModeration.statement.body':
    '{kind, select, removal {Wir haben Ihre Bewertung von {product} entfernt (Bestellung {orderId}, geschrieben am {reviewDate}).} photos {Wir haben die Fotos Ihrer Bewertung von {product} nicht veröffentlicht (Bestellung {orderId}, geschrieben am {reviewDate}). Verstößt ein Foto gegen unsere Bewertungsregeln, wird keines der Fotos der Bewertung veröffentlicht; der Text Ihrer Bewertung bleibt online.} reply {Wir haben Ihre Antwort auf eine Bewertung von {product} entfernt (Bestellung {orderId}).} other {Wir haben Ihr Konto für Bewertungen gesperrt, {permanent, select, yes {dauerhaft} other {bis zum {until}}}.}}\n\nGrund: {criterion}\nWas wir festgestellt haben: {facts}\n\nDiese E-Mail ist unsere Begründung (Referenz {statementId}). Sie können diese Entscheidung innerhalb von 6 Monaten kostenlos anfechten{kind, select, reply {: Antworten Sie auf diese E-Mail.} block {, mit dem Widerspruchsformular: Geben Sie Ihre E-Mail-Adresse, die Bestellnummer und das Datum einer Ihrer Bewertungen sowie die obige Referenz an:\n{link}} removal {, mit unserem Beschwerdeformular:\n{link}} other {, mit dem Widerspruchsformular: Geben Sie Ihre E-Mail-Adresse, die Bestellnummer {orderId} und das Datum Ihrer Bewertung {reviewDate} an:\n{link}}}\n\nSie können die Entscheidung auch einer zertifizierten außergerichtlichen Streitbeilegungsstelle vorlegen oder vor Gericht gehen.',
  'mail.reviewModeration.appeal.subject': 'Entscheidung über Ihren Widerspruch',
  'mail.reviewModeration.appeal.body':
    '{outcome, select, reversed {Wir haben Ihren Widerspruch geprüft und unsere Entscheidung aufgehoben: {kind, select, removal {Ihre Bewertung von {product} ist wieder veröffentlicht.} photos {Die Fotos Ihrer Bewertung von {product} sind veröffentlicht.} other {Ihr Konto kann wieder Bewertungen schreiben.}}} other {Wir haben Ihren Widerspruch geprüft und unsere Entscheidung bestätigt. Sie können sie weiterhin einer zertifizierten außergerichtlichen Streitbeilegungsstelle vorlegen oder vor Gericht gehen.}}\n\nHinweis unseres Teams: {note}\n\n{link}',
  'mail.reviewModeration.noticeReceived.subject': 'Wir haben Ihre Meldung zur Bewertung {reviewId} erhalten',
  'mail.reviewModeration.noticeReceived.body':
    'Wir haben Ihre Meldung zu {target, select, reply {der Antwort des Verkäufers auf die Bewertung {reviewId}} other {der Bewertung {reviewId}}} am {date} erhalten (angegebener Grund: {criterion}). Ihre Referenz lautet {noticeId}. Eine Person prüft sie und teilt Ihnen die Entscheidung per E-Mail mit.',
  'mail.reviewModeration.notice.subject': 'Ihre Meldung zur Bewertung {reviewId}',
  'mail.reviewModeration.notice.body':
    '{outcome, select, upheld {Wir haben Ihre Meldung geprüft und {target, select, reply {die Antwort des Verkäufers auf die Bewertung {reviewId}} other {die Bewertung {reviewId}}} entfernt. Grund: {criterion}.} other {Wir haben Ihre Meldung zu {target, select, reply {der Antwort des Verkäufers auf die Bewertung {reviewId}} other {der Bewertung {reviewId}}} geprüft und sie online gelassen: Aus unserer Sicht verstößt sie nicht gegen unsere Bewertungsregeln ({criterion}). Sie können diese Entscheidung anfechten, indem Sie auf diese E-Mail antworten, sie einer zertifizierten außergerichtlichen Streitbeilegungsstelle vorlegen oder vor Gericht gehen.}}',
  'mail.reviewModeration.criterion':
    '{criterion, select, not_about_experience {nicht über das Produkt oder den Kauf} off_topic {themenfremd} offensive {beleidigende oder vulgäre Inhalte} discriminatory {diskriminierende oder hasserfüllte Inhalte} personal_data {personenbezogene Daten} advertising {Werbung, Links oder Kontaktdaten} not_authentic {nicht authentisch oder mit Interessenkonflikt verfasst} illegal_content {rechtswidrige Inhalte} spam {Spam oder Duplikat} photo_not_product {ein Foto, das das Produkt nicht zeigt} photo_people {ein Foto, das Personen zeigt} photo_unsuitable {ein ungeeignetes Foto} serious {ein schwerer Verstoß gegen unsere Bewertungsregeln} repeated {wiederholte Verstöße gegen unsere Bewertungsregeln} other {ein Verstoß gegen unsere Bewertungsregeln}}',
};
