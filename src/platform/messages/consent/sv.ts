import type { en } from './en.ts';

export const sv: Record<keyof typeof en, string> = {
  'consent.banner.label': 'Val av kakor',
  'consent.banner.title': 'Kakor på Reloop',
  'consent.banner.text':
    'Vi använder bara de kakor som webbplatsen behöver för att fungera: din session, din varukorg och säkerheten. Med ditt samtycke skulle vi också komma ihåg produkterna du har tittat på, bara på den här enheten, för att visa dem för dig igen. Ingen reklam, ingen spårning. Du kan ändra dig när som helst under ”Inställningar för kakor” längst ned på varje sida.',
  'consent.banner.accept': 'Godkänn alla',
  'consent.banner.reject': 'Avvisa alla',
  'consent.banner.choose': 'Välj per ändamål',
  'consent.footer.preferences': 'Inställningar för kakor',
  'consent.prefs.title': 'Inställningar för kakor',
  'consent.prefs.intro':
    'Välj vad Reloop får spara i den här webbläsaren. Att avvisa är lika enkelt som att godkänna och ändrar inget i vad du kan köpa eller sälja.',
  'consent.prefs.none': 'Du har inte gjort något val än: inget valfritt sparas.',
  'consent.prefs.current': 'Ditt val är registrerat. Du kan ändra det här när som helst.',
  'consent.prefs.saved': 'Ditt val är sparat.',
  'consent.prefs.necessary.title': 'Strikt nödvändiga (alltid på)',
  'consent.prefs.necessary.text':
    'Din session, din varukorg, skyddet mot förfalskade formulär och själva valet. Utan dem fungerar inte webbplatsen, så de kräver inget samtycke.',
  'consent.prefs.purposes': 'Valfria ändamål',
  'consent.purpose.personalisation.title': 'Nyligen visade produkter',
  'consent.purpose.personalisation.text':
    'Kommer ihåg de senaste produkterna du har tittat på, i en kaka som sparas 30 dagar på den här enheten, för att visa dem igen på startsidan och på produktsidor.',
  'consent.prefs.save': 'Spara mitt val',
  'consent.prefs.audience':
    'Besöksmätningen behöver ingen kaka: vi räknar sidvisningar med en anonym nyckel som byts varje dag och inte kan spåras till dig.',
  'consent.prefs.cookiesLink': 'Alla kakor vi använder',
  'consent.cookies.title': 'Kakor och liknande tekniker',
  'consent.cookies.intro':
    'Här är alla kakor som Reloop sparar i din webbläsare. Webbplatsen använder ingen lokal lagring, inga spårningspixlar och inga kakor från tredje part.',
  'consent.cookies.caption': 'Kakor som Reloop sparar',
  'consent.cookies.name': 'Namn',
  'consent.cookies.purpose': 'Ändamål',
  'consent.cookies.duration': 'Lagringstid',
  'consent.cookies.category': 'Kategori',
  'consent.cookies.category.necessary': 'Strikt nödvändig',
  'consent.cookies.category.personalisation': 'Anpassning, med ditt samtycke',
  'consent.cookies.session': 'Tills du stänger webbläsaren',
  'consent.cookies.days': '{days, plural, one {# dag} other {# dagar}}',
  'consent.cookies.purpose.session': 'Håller dig inloggad.',
  'consent.cookies.purpose.device':
    'Känner igen en enhet där du redan har loggat in, för att varna dig vid inloggning från en ny enhet.',
  'consent.cookies.purpose.csrf': 'Skyddar formulär mot förfrågningar som förfalskats av andra webbplatser.',
  'consent.cookies.purpose.cart': 'Sparar varukorgen för en besökare som inte är inloggad, en per land.',
  'consent.cookies.purpose.consent': 'Kommer ihåg ditt val om kakor så att vi inte frågar igen.',
  'consent.cookies.purpose.recent': 'Kommer ihåg produkterna du nyligen har tittat på.',
  'consent.cookies.hostPrefix': 'Heter med prefixet ”__Host-” på den publika webbplatsen.',
  'consent.cookies.audience.title': 'Besöksmätning utan kakor',
  'consent.cookies.audience.text':
    'Vi räknar sidvisningar på vår server utan att spara något i din webbläsare: varje visning räknas under en anonym nyckel som beräknas från ett slumpvärde som byts varje dag och raderas dagen efter, webbplatsen, din IP-adress och namnet på din webbläsare. Varken adressen eller nyckeln kan spåras till dig, och ett besök en annan dag kan inte kopplas till det här. Vi sparar dagen, butikens land och typen av sida i 13 månader.',
  'consent.cookies.prefsLink': 'Ändra dina inställningar för kakor',
  'consent.recent.title': 'Nyligen visade',
  'consent.recent.change': 'Sluta komma ihåg',
  'consent.recipients.title': 'Genomsnittligt antal aktiva mottagare per månad',
  'consent.recipients.figure':
    'Från {start} till {end} hade Reloop i genomsnitt {count} aktiva mottagare av tjänsten per månad i Europeiska unionen.',
  'consent.recipients.method':
    'Så räknar vi: varje kalendermånad räknas varje mottagare med aktivitet i någon av våra EU-butiker en gång, oavsett antal dagar, sidor eller butiker: inloggade personer som har visat en sida eller beställt, säljare som har fått en beställning och besökare som inte var inloggade, räknade under en anonym nyckel som byts varje dag (den som kommer tillbaka en annan dag räknas igen, så den delen är en övre gräns). Aktivitet i Storbritannien och USA räknas inte, en månad utan aktivitet räknas som noll och robotar räknas inte. Siffran är genomsnittet för de sex månaderna och kan räknas om från de rådata vi sparar i 13 månader.',
  'consent.recipients.data': 'Siffran som data (JSON)',
};
