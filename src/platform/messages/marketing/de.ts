import type { en } from './en.ts';

export const de: Record<keyof typeof en, string> = {
  'marketing.title': 'Marketing-Einstellungen',
  'marketing.intro':
    'Wählen Sie, ob und wie Reloop Ihnen Angebote und Neuigkeiten senden darf. E-Mails zu Ihren Bestellungen, Ihren Alarmen und Änderungen unserer Bedingungen sind kein Marketing: Sie erhalten sie weiterhin.',
  'marketing.channels': 'Wie wir Sie kontaktieren dürfen',
  'marketing.channels.hint':
    'Heute werden nur E-Mails versendet; Ihre Wahl für die anderen Kanäle wird gespeichert, bis es sie gibt.',
  'marketing.channel.email': 'E-Mail',
  'marketing.channel.sms': 'Textnachricht (SMS)',
  'marketing.channel.push': 'App-Benachrichtigungen',
  'marketing.categories': 'Worüber',
  'marketing.category.deals': 'Angebote für generalüberholte Geräte',
  'marketing.category.new_arrivals': 'Neuheiten',
  'marketing.category.trade_in': 'Ankaufsangebote',
  'marketing.category.tips': 'Tipps, damit Ihre Geräte länger halten',
  'marketing.frequency': 'Wie oft',
  'marketing.frequency.weekly': 'Einmal pro Woche',
  'marketing.frequency.monthly': 'Einmal im Monat',
  'marketing.consent':
    'Wenn Sie einen Kanal und ein Thema ankreuzen, willigen Sie in diese Nachrichten ein. Sie können die Einwilligung hier jederzeit so einfach widerrufen, wie Sie sie erteilt haben.',
  'marketing.save': 'Meine Auswahl speichern',
  'marketing.saved': 'Ihre Auswahl ist gespeichert.',
  'marketing.invalid': 'Wählen Sie unter den angezeigten Optionen.',
  'marketing.basis.none': 'Sie haben dem Erhalt von Marketing nicht zugestimmt.',
  'marketing.basis.explicit': 'Sie haben dem Erhalt von Marketing am {date} zugestimmt.',
  'marketing.basis.soft':
    'Als Kunde können Sie Angebote für ähnliche Produkte wie die gekauften erhalten (seit {date}). Sie können dem hier jederzeit widersprechen.',
  'marketing.objected':
    'Sie haben am {date} jeglichem Marketing widersprochen: Ihnen wird nichts gesendet. Um es wieder zu erhalten, kreuzen Sie an, was Sie möchten, und speichern Sie.',
  'marketing.object.title': 'Jeglichem Marketing widersprechen',
  'marketing.object.text':
    'Beendet sofort jede Marketingnachricht auf allen Kanälen. Ihre Alarme funktionieren weiter: Sie sind ein Dienst, den Sie angefordert haben.',
  'marketing.object.submit': 'Jeglichem Marketing widersprechen',
  'marketing.object.done': 'Erledigt: Sie erhalten ab sofort kein Marketing mehr.',
  'marketing.account.link': 'Marketing-Einstellungen',
  'marketing.unsubscribe.title': 'Abmelden',
  'marketing.unsubscribe.text': 'Den Reloop-Newsletter nicht mehr per E-Mail erhalten?',
  'marketing.unsubscribe.submit': 'Abmelden',
  'marketing.unsubscribe.done':
    'Sie sind abgemeldet: Es werden Ihnen keine Newsletter mehr gesendet. E-Mails zu Ihren Bestellungen und Alarmen erhalten Sie weiterhin.',
  'marketing.unsubscribe.invalid':
    'Dieser Abmeldelink ist ungültig. Melden Sie sich an, um Ihre Marketing-Einstellungen zu verwalten.',
  'marketing.unsubscribe.manage': 'Alle meine Einstellungen verwalten',
  'marketing.dns.footer': 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  'marketing.dns.title': 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  'marketing.dns.intro':
    'Reloop verkauft Ihre personenbezogenen Daten nicht und gibt sie nicht für verhaltensbasierte Werbung weiter. Nach kalifornischem Recht (CCPA/CPRA) und dem anderer US-Bundesstaaten können Sie dennoch widersprechen: Wir speichern es, damit es für Sie so bleibt.',
  'marketing.dns.gpc':
    'Ihr Browser sendet das Signal Global Privacy Control: Wir behandeln es als Ihren Widerspruch für diesen Browser.',
  'marketing.dns.recorded': 'Ihr Widerspruch ist gespeichert (seit {date}).',
  'marketing.dns.submit': 'Dem Verkauf und der Weitergabe meiner Daten widersprechen',
  'marketing.dns.email': 'Ihre E-Mail-Adresse',
  'marketing.dns.emailHint':
    'Wir senden Ihnen einen Bestätigungslink. Der Widerspruch gilt dann für Ihr Konto und Ihre Bestellungen mit dieser Adresse.',
  'marketing.dns.sent':
    'Sehen Sie in Ihrem Posteingang nach: Wir haben Ihnen einen Bestätigungslink gesendet.',
  'marketing.dns.confirmed': 'Ihr Widerspruch ist gespeichert.',
  'marketing.dns.invalid': 'Dieser Link ist ungültig oder abgelaufen. Sie können es unten erneut anfordern.',
  'marketing.dns.emailInvalid': 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein',
  'marketing.alerts.title': 'Meine Alarme',
  'marketing.alerts.empty':
    'Sie haben keine Alarme. Wählen Sie auf einer Produktseite einen Zustand und dann „Benachrichtigen“.',
  'marketing.alerts.productLink': 'Benachrichtigen, wenn wieder verfügbar oder unter einem Preis',
  'marketing.alerts.new.title': 'Alarm für {product}',
  'marketing.alerts.kind': 'Mir eine E-Mail senden, wenn',
  'marketing.alerts.kind.back_in_stock': 'es wieder verfügbar ist',
  'marketing.alerts.kind.price_below': 'sein Preis höchstens so hoch ist wie',
  'marketing.alerts.grade': 'Zustand',
  'marketing.alerts.target': 'Preis ({currency})',
  'marketing.alerts.target.hint': 'Zum Beispiel {example}. Nur für einen Preisalarm.',
  'marketing.alerts.create': 'Alarm erstellen',
  'marketing.alerts.once':
    'Wir schreiben Ihnen ein einziges Mal, wenn es so weit ist. Ihre Alarme verwalten Sie in Ihrem Konto.',
  'marketing.alerts.error.required': 'Geben Sie einen Preis ein',
  'marketing.alerts.error.invalid': 'Geben Sie einen Preis wie {example} ein',
  'marketing.alerts.error.range': 'Geben Sie einen Preis über null ein',
  'marketing.alerts.error.choice': 'Wählen Sie eine der angezeigten Optionen',
  'marketing.alerts.refused.available_now':
    'Dieser Zustand ist gerade erhältlich: Ein Alarm ist nicht nötig.',
  'marketing.alerts.refused.price_already_met':
    'Der Preis liegt bereits auf oder unter Ihrem Ziel: Sie können jetzt kaufen.',
  'marketing.alerts.refused.too_many': 'Sie haben zu viele Alarme. Löschen Sie zuerst einige.',
  'marketing.alerts.col.product': 'Produkt',
  'marketing.alerts.col.grade': 'Zustand',
  'marketing.alerts.col.condition': 'Mir schreiben, wenn',
  'marketing.alerts.col.status': 'Stand',
  'marketing.alerts.col.actions': 'Aktionen',
  'marketing.alerts.condition.back_in_stock': 'Wieder verfügbar',
  'marketing.alerts.condition.price_below': 'Höchstens {price}',
  'marketing.alerts.status.active': 'Aktiv',
  'marketing.alerts.status.paused': 'Pausiert',
  'marketing.alerts.status.fulfilled': 'Gesendet am {date}',
  'marketing.alerts.pause': 'Pausieren',
  'marketing.alerts.resume': 'Fortsetzen',
  'marketing.alerts.rearm': 'Erneut benachrichtigen',
  'marketing.alerts.delete': 'Löschen',
  'marketing.alerts.done.created': 'Alarm erstellt. Wir schreiben Ihnen ein einziges Mal.',
  'marketing.alerts.done.paused': 'Alarm pausiert.',
  'marketing.alerts.done.resumed': 'Alarm fortgesetzt.',
  'marketing.alerts.done.rearmed': 'Alarm wieder aktiv.',
  'marketing.alerts.done.deleted': 'Alarm gelöscht.',
  'mail.marketing.newsletter.subject.monthly': 'Diesen Monat bei Reloop',
  'mail.marketing.newsletter.subject.weekly': 'Diese Woche bei Reloop',
  'mail.marketing.newsletter.intro': 'Das haben wir bei den generalüberholten Geräten für Sie ausgewählt.',
  'mail.marketing.newsletter.section.deals': 'Angebote für generalüberholte Geräte',
  'mail.marketing.newsletter.section.new_arrivals': 'Neuheiten',
  'mail.marketing.newsletter.section.trade_in': 'Ankaufsangebote',
  'mail.marketing.newsletter.section.tips': 'Tipps, damit Ihre Geräte länger halten',
  'mail.marketing.newsletter.text.trade_in':
    'Ihr altes Handy oder Notebook ist noch etwas wert: Verkaufen Sie es auf Reloop an einen professionellen Aufbereiter und schenken Sie ihm ein zweites Leben.',
  'mail.marketing.newsletter.text.tips':
    'Halten Sie den Akku zwischen 20 % und 80 %, nutzen Sie Hülle und Schutzglas und installieren Sie Updates: Ein gepflegtes Gerät hält Jahre länger.',
  'mail.marketing.newsletter.product': '{name}, ab {price}: {link}',
  'mail.marketing.why.explicit': 'Sie erhalten diese E-Mail, weil Sie am {date} zugestimmt haben.',
  'mail.marketing.why.soft':
    'Sie erhalten diese E-Mail, weil Sie bei Reloop gekauft haben: Wir schreiben Ihnen nur über ähnliche Produkte.',
  'mail.marketing.footer':
    'Mit einem Klick abmelden, ohne Anmeldung: {unsubscribe}\nEinstellungen verwalten: {preferences}',
  'mail.marketing.alert.back.subject': '{product} ({grade}) ist wieder verfügbar',
  'mail.marketing.alert.back.body': '{product} im Zustand {grade} ist wieder erhältlich, ab {price}: {link}',
  'mail.marketing.alert.price.subject': '{product} ({grade}) kostet jetzt {price}',
  'mail.marketing.alert.price.body':
    '{product} im Zustand {grade} kostet jetzt {price}, höchstens Ihr Ziel von {target}: {link}',
  'mail.marketing.alert.once':
    'Dieser Alarm ist erledigt und wird nicht erneut gesendet. Um wieder benachrichtigt zu werden oder Ihre Alarme zu verwalten: {alerts}',
  'mail.marketing.policy.subject':
    '{kind, select, terms {Unsere Nutzungsbedingungen ändern sich am {date}} other {Unsere Datenschutzerklärung ändert sich am {date}}}',
  'mail.marketing.policy.body':
    '{kind, select, terms {Wir aktualisieren unsere Nutzungsbedingungen.} other {Wir aktualisieren unsere Datenschutzerklärung.}} Die neue Fassung ({version}) gilt ab dem {date}; ihren vollständigen Text finden Sie unten.',
  'mail.marketing.policy.terms.choice':
    'Wenn Sie nicht einverstanden sind, können Sie Ihr Konto vor diesem Datum in Ihren Kontoeinstellungen schließen: {account}',
  'mail.marketing.policy.privacy.choice':
    'Ihre Rechte (Auskunft, Berichtigung, Löschung, Widerspruch) können Sie jederzeit in Ihrem Konto ausüben: {account}',
  'mail.marketing.dns.subject': 'Bestätigen: meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  'mail.marketing.dns.body':
    'Öffnen Sie diesen Link, um zu bestätigen, dass Ihre personenbezogenen Daten weder verkauft noch weitergegeben werden dürfen: {link}\nDer Link gilt bis {expires}. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.',
  'marketing.checkout.declineOffers': 'Keine Angebote für ähnliche generalüberholte Geräte senden',
  'marketing.checkout.declineOffersHint':
    'Nach Bezahlung Ihrer Bestellung können wir Ihnen per E-Mail Angebote für generalüberholte Geräte wie die von Ihnen gekauften senden, es sei denn, Sie kreuzen dieses Kästchen an. Sie können dies jederzeit in Ihrem Konto oder über jede dieser E-Mails beenden.',
};
