import type { en } from './en.ts';

export const de: Record<keyof typeof en, string> = {
  'consent.banner.label': 'Cookie-Auswahl',
  'consent.banner.title': 'Cookies bei Reloop',
  'consent.banner.text':
    'Wir verwenden nur die Cookies, die für den Betrieb der Website nötig sind: Ihre Sitzung, Ihren Warenkorb und die Sicherheit. Mit Ihrer Einwilligung würden wir uns außerdem die Produkte merken, die Sie angesehen haben – nur auf diesem Gerät –, um sie Ihnen wieder zu zeigen. Keine Werbung, kein Tracking. Sie können Ihre Wahl jederzeit unter „Cookie-Einstellungen“ unten auf jeder Seite ändern.',
  'consent.banner.accept': 'Alle akzeptieren',
  'consent.banner.reject': 'Alle ablehnen',
  'consent.banner.choose': 'Nach Zweck auswählen',
  'consent.footer.preferences': 'Cookie-Einstellungen',
  'consent.prefs.title': 'Cookie-Einstellungen',
  'consent.prefs.intro':
    'Wählen Sie, was Reloop in diesem Browser speichern darf. Ablehnen ist so einfach wie Zustimmen und ändert nichts daran, was Sie kaufen oder verkaufen können.',
  'consent.prefs.none': 'Sie haben noch keine Wahl getroffen: Es wird nichts Optionales gespeichert.',
  'consent.prefs.current': 'Ihre Wahl ist gespeichert. Sie können sie hier jederzeit ändern.',
  'consent.prefs.saved': 'Ihre Wahl wurde gespeichert.',
  'consent.prefs.necessary.title': 'Unbedingt erforderlich (immer aktiv)',
  'consent.prefs.necessary.text':
    'Ihre Sitzung, Ihr Warenkorb, der Schutz vor gefälschten Formularen und diese Wahl selbst. Ohne sie funktioniert die Website nicht, daher brauchen sie keine Einwilligung.',
  'consent.prefs.purposes': 'Optionale Zwecke',
  'consent.purpose.personalisation.title': 'Zuletzt angesehene Produkte',
  'consent.purpose.personalisation.text':
    'Merkt sich die zuletzt angesehenen Produkte in einem Cookie, das 30 Tage auf diesem Gerät bleibt, um sie auf der Startseite und auf Produktseiten wieder anzuzeigen.',
  'consent.prefs.save': 'Meine Wahl speichern',
  'consent.prefs.audience':
    'Die Reichweitenmessung braucht kein Cookie: Wir zählen Seitenaufrufe mit einem anonymen Schlüssel, der sich jeden Tag ändert und nicht auf Sie zurückgeführt werden kann.',
  'consent.prefs.cookiesLink': 'Alle Cookies, die wir verwenden',
  'consent.cookies.title': 'Cookies und ähnliche Technologien',
  'consent.cookies.intro':
    'Dies sind alle Cookies, die Reloop in Ihrem Browser speichert. Die Website nutzt keinen lokalen Speicher, kein Tracking-Pixel und keine Cookies von Dritten.',
  'consent.cookies.caption': 'Von Reloop gespeicherte Cookies',
  'consent.cookies.name': 'Bezeichnung',
  'consent.cookies.purpose': 'Zweck',
  'consent.cookies.duration': 'Speicherdauer',
  'consent.cookies.category': 'Kategorie',
  'consent.cookies.category.necessary': 'Unbedingt erforderlich',
  'consent.cookies.category.personalisation': 'Personalisierung, mit Ihrer Einwilligung',
  'consent.cookies.session': 'Bis Sie den Browser schließen',
  'consent.cookies.days': '{days, plural, one {# Tag} other {# Tage}}',
  'consent.cookies.purpose.session': 'Hält Sie angemeldet.',
  'consent.cookies.purpose.device':
    'Erkennt ein Gerät, auf dem Sie sich schon angemeldet haben, um Sie vor einer Anmeldung von einem neuen Gerät zu warnen.',
  'consent.cookies.purpose.csrf': 'Schützt Formulare vor Anfragen, die andere Websites fälschen.',
  'consent.cookies.purpose.cart':
    'Bewahrt den Warenkorb eines nicht angemeldeten Besuchers auf, einen pro Land.',
  'consent.cookies.purpose.consent': 'Merkt sich Ihre Cookie-Wahl, damit wir nicht erneut fragen.',
  'consent.cookies.purpose.recent': 'Merkt sich die Produkte, die Sie zuletzt angesehen haben.',
  'consent.cookies.hostPrefix': 'Auf der Live-Website mit dem Präfix „__Host-“ benannt.',
  'consent.cookies.audience.title': 'Reichweitenmessung ohne Cookies',
  'consent.cookies.audience.text':
    'Wir zählen Seitenaufrufe auf unserem Server, ohne etwas in Ihrem Browser zu speichern: Jeder Aufruf wird unter einem anonymen Schlüssel gezählt, berechnet aus einem Zufallswert, der sich jeden Tag ändert und am nächsten Tag gelöscht wird, der Website, Ihrer IP-Adresse und dem Namen Ihres Browsers. Weder die Adresse noch der Schlüssel lassen sich auf Sie zurückführen, und ein Besuch an einem anderen Tag lässt sich nicht mit diesem verbinden. Wir speichern den Tag, das Land des Shops und die Art der Seite 13 Monate lang.',
  'consent.cookies.prefsLink': 'Cookie-Einstellungen ändern',
  'consent.recent.title': 'Zuletzt angesehen',
  'consent.recent.change': 'Nicht mehr merken',
  'consent.recipients.title': 'Durchschnittliche monatlich aktive Nutzer',
  'consent.recipients.figure':
    'Vom {start} bis zum {end} hatte Reloop in der Europäischen Union durchschnittlich {count} monatlich aktive Nutzer seines Dienstes.',
  'consent.recipients.method':
    'So wird gezählt: In jedem Kalendermonat zählt jeder Nutzer mit Aktivität in einem unserer EU-Shops einmal, unabhängig von der Zahl der Tage, Seiten oder Shops: angemeldete Personen, die eine Seite aufgerufen oder bestellt haben, Verkäufer, die eine Bestellung erhalten haben, und nicht angemeldete Besucher, gezählt unter einem anonymen Schlüssel, der sich jeden Tag ändert (wer an einem anderen Tag wiederkommt, zählt erneut; dieser Teil ist also eine Obergrenze). Aktivität im Vereinigten Königreich und in den Vereinigten Staaten bleibt außen vor, ein Monat ohne Aktivität zählt als null, Bots werden nicht gezählt. Die Zahl ist der Durchschnitt der sechs Monate und lässt sich aus den Rohdaten, die wir 13 Monate aufbewahren, nachrechnen.',
  'consent.recipients.data': 'Die Zahl als Daten (JSON)',
};
