import type { en } from './en.ts';

export const nl: Record<keyof typeof en, string> = {
  'consent.banner.label': 'Keuze over cookies',
  'consent.banner.title': 'Cookies op Reloop',
  'consent.banner.text':
    'We gebruiken alleen de cookies die de site nodig heeft om te werken: uw sessie, uw winkelwagen en de beveiliging. Met uw toestemming onthouden we ook de producten die u hebt bekeken, alleen op dit apparaat, om ze u opnieuw te tonen. Geen advertenties, geen tracking. U kunt uw keuze altijd wijzigen via ‘Cookievoorkeuren’ onderaan elke pagina.',
  'consent.banner.accept': 'Alles accepteren',
  'consent.banner.reject': 'Alles weigeren',
  'consent.banner.choose': 'Per doel kiezen',
  'consent.footer.preferences': 'Cookievoorkeuren',
  'consent.prefs.title': 'Cookievoorkeuren',
  'consent.prefs.intro':
    'Kies wat Reloop in deze browser mag opslaan. Weigeren is even eenvoudig als accepteren en verandert niets aan wat u kunt kopen of verkopen.',
  'consent.prefs.none': 'U hebt nog geen keuze gemaakt: er wordt niets optioneels opgeslagen.',
  'consent.prefs.current': 'Uw keuze is vastgelegd. U kunt die hier altijd wijzigen.',
  'consent.prefs.saved': 'Uw keuze is opgeslagen.',
  'consent.prefs.necessary.title': 'Strikt noodzakelijk (altijd aan)',
  'consent.prefs.necessary.text':
    'Uw sessie, uw winkelwagen, de bescherming tegen vervalste formulieren en deze keuze zelf. Zonder deze werkt de site niet, dus is er geen toestemming voor nodig.',
  'consent.prefs.purposes': 'Optionele doelen',
  'consent.purpose.personalisation.title': 'Onlangs bekeken producten',
  'consent.purpose.personalisation.text':
    'Onthoudt de laatste producten die u hebt bekeken, in een cookie dat 30 dagen op dit apparaat blijft, om ze opnieuw te tonen op de startpagina en op productpagina’s.',
  'consent.prefs.save': 'Mijn keuze opslaan',
  'consent.prefs.audience':
    'Voor bezoekersmeting is geen cookie nodig: we tellen paginaweergaven met een anonieme sleutel die elke dag verandert en niet tot u te herleiden is.',
  'consent.prefs.cookiesLink': 'Alle cookies die we gebruiken',
  'consent.cookies.title': 'Cookies en vergelijkbare technieken',
  'consent.cookies.intro':
    'Dit zijn alle cookies die Reloop in uw browser opslaat. De site gebruikt geen lokale opslag, geen trackingpixel en geen cookies van derden.',
  'consent.cookies.caption': 'Cookies die Reloop opslaat',
  'consent.cookies.name': 'Naam',
  'consent.cookies.purpose': 'Doel',
  'consent.cookies.duration': 'Bewaartermijn',
  'consent.cookies.category': 'Categorie',
  'consent.cookies.category.necessary': 'Strikt noodzakelijk',
  'consent.cookies.category.personalisation': 'Personalisatie, met uw toestemming',
  'consent.cookies.session': 'Tot u de browser sluit',
  'consent.cookies.days': '{days, plural, one {# dag} other {# dagen}}',
  'consent.cookies.purpose.session': 'Houdt u ingelogd.',
  'consent.cookies.purpose.device':
    'Herkent een apparaat waarop u al eerder bent ingelogd, om u te waarschuwen bij een login vanaf een nieuw apparaat.',
  'consent.cookies.purpose.csrf':
    'Beschermt formulieren tegen verzoeken die door andere sites zijn vervalst.',
  'consent.cookies.purpose.cart':
    'Bewaart de winkelwagen van een bezoeker die niet is ingelogd, één per land.',
  'consent.cookies.purpose.consent': 'Onthoudt uw keuze over cookies, zodat we het niet opnieuw vragen.',
  'consent.cookies.purpose.recent': 'Onthoudt de producten die u onlangs hebt bekeken.',
  'consent.cookies.hostPrefix': 'Op de live site genoemd met het voorvoegsel ‘__Host-’.',
  'consent.cookies.audience.title': 'Bezoekersmeting zonder cookies',
  'consent.cookies.audience.text':
    'We tellen paginaweergaven op onze server, zonder iets in uw browser op te slaan: elke weergave wordt geteld onder een anonieme sleutel, berekend uit een willekeurige waarde die elke dag verandert en de volgende dag wordt gewist, de site, uw IP-adres en de naam van uw browser. Het adres noch de sleutel is tot u te herleiden, en een bezoek op een andere dag kan niet aan dit bezoek worden gekoppeld. We bewaren de dag, het land van de winkel en het soort pagina 13 maanden.',
  'consent.cookies.prefsLink': 'Uw cookievoorkeuren wijzigen',
  'consent.recent.title': 'Onlangs bekeken',
  'consent.recent.change': 'Niet meer onthouden',
  'consent.recipients.title': 'Gemiddeld aantal maandelijkse actieve afnemers',
  'consent.recipients.figure':
    'Van {start} tot {end} had Reloop in de Europese Unie gemiddeld {count} maandelijkse actieve afnemers van zijn dienst.',
  'consent.recipients.method':
    'Zo tellen we: in elke kalendermaand telt elke afnemer met activiteit in een van onze EU-winkels één keer, ongeacht het aantal dagen, pagina’s of winkels: ingelogde personen die een pagina bekeken of bestelden, verkopers die een bestelling ontvingen, en bezoekers die niet waren ingelogd, geteld onder een anonieme sleutel die elke dag verandert (wie op een andere dag terugkomt, telt opnieuw; dit deel is dus een bovengrens). Activiteit in het Verenigd Koninkrijk en de Verenigde Staten telt niet mee, een maand zonder activiteit telt als nul, robots worden niet geteld. Het cijfer is het gemiddelde van de zes maanden, na te rekenen uit de ruwe gegevens die we 13 maanden bewaren.',
  'consent.recipients.data': 'Het cijfer als gegevens (JSON)',
};
