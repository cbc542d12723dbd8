import type { en } from './en.ts';

export const nl: Record<keyof typeof en, string> = {
  'marketing.title': 'Marketingvoorkeuren',
  'marketing.intro':
    'Kies of en hoe Reloop u aanbiedingen en nieuws mag sturen. E-mails over uw bestellingen, uw meldingen en wijzigingen in onze voorwaarden zijn geen marketing: die blijft u ontvangen.',
  'marketing.channels': 'Hoe we u mogen benaderen',
  'marketing.channels.hint':
    'Vandaag worden alleen e-mails verstuurd; uw keuze voor de andere kanalen bewaren we voor wanneer ze bestaan.',
  'marketing.channel.email': 'E-mail',
  'marketing.channel.sms': 'Sms (tekstbericht)',
  'marketing.channel.push': 'Appmeldingen',
  'marketing.categories': 'Waarover',
  'marketing.category.deals': 'Aanbiedingen voor refurbished apparaten',
  'marketing.category.new_arrivals': 'Nieuw binnen',
  'marketing.category.trade_in': 'Inruilaanbiedingen',
  'marketing.category.tips': 'Tips om uw apparaten langer te laten meegaan',
  'marketing.frequency': 'Hoe vaak',
  'marketing.frequency.weekly': 'Eén keer per week',
  'marketing.frequency.monthly': 'Eén keer per maand',
  'marketing.consent':
    'Door een kanaal en een onderwerp aan te vinken geeft u toestemming voor deze berichten. U kunt die hier op elk moment even gemakkelijk intrekken als u ze gaf.',
  'marketing.save': 'Mijn keuzes opslaan',
  'marketing.saved': 'Uw keuzes zijn opgeslagen.',
  'marketing.invalid': 'Kies uit de getoonde opties.',
  'marketing.basis.none': 'U hebt niet ingestemd met het ontvangen van marketing.',
  'marketing.basis.explicit': 'U hebt op {date} ingestemd met het ontvangen van marketing.',
  'marketing.basis.soft':
    'Als klant kunt u aanbiedingen ontvangen voor producten die lijken op wat u kocht (sinds {date}). U kunt ze hier op elk moment weigeren.',
  'marketing.objected':
    'U hebt op {date} bezwaar gemaakt tegen alle marketing: er wordt u niets gestuurd. Wilt u weer iets ontvangen, vink dan aan wat u wilt en sla op.',
  'marketing.object.title': 'Bezwaar maken tegen alle marketing',
  'marketing.object.text':
    'Stopt meteen elk marketingbericht, op elk kanaal. Uw meldingen blijven werken: dat is een dienst waar u zelf om vroeg.',
  'marketing.object.submit': 'Bezwaar maken tegen alle marketing',
  'marketing.object.done': 'Gedaan: u ontvangt vanaf nu geen marketing meer.',
  'marketing.account.link': 'Marketingvoorkeuren',
  'marketing.unsubscribe.title': 'Afmelden',
  'marketing.unsubscribe.text': 'De nieuwsbrief van Reloop niet meer per e-mail ontvangen?',
  'marketing.unsubscribe.submit': 'Afmelden',
  'marketing.unsubscribe.done':
    'U bent afgemeld: er worden u geen nieuwsbrieven meer gestuurd. E-mails over uw bestellingen en meldingen blijft u ontvangen.',
  'marketing.unsubscribe.invalid':
    'Deze afmeldlink is ongeldig. Log in om uw marketingvoorkeuren te beheren.',
  'marketing.unsubscribe.manage': 'Al mijn keuzes beheren',
  'marketing.dns.footer': 'Mijn persoonsgegevens niet verkopen of delen',
  'marketing.dns.title': 'Mijn persoonsgegevens niet verkopen of delen',
  'marketing.dns.intro':
    'Reloop verkoopt uw persoonsgegevens niet en deelt ze niet voor gedragsgerichte reclame. Volgens de Californische wet (CCPA/CPRA) en die van andere Amerikaanse staten kunt u toch bezwaar maken: we leggen het vast, zodat het voor u zo blijft.',
  'marketing.dns.gpc':
    'Uw browser verstuurt het signaal Global Privacy Control: we behandelen het als uw bezwaar voor deze browser.',
  'marketing.dns.recorded': 'Uw bezwaar is vastgelegd (sinds {date}).',
  'marketing.dns.submit': 'Bezwaar maken tegen verkoop en delen van mijn gegevens',
  'marketing.dns.email': 'Uw e-mailadres',
  'marketing.dns.emailHint':
    'We sturen u een link om te bevestigen. Het bezwaar geldt dan voor uw account en bestellingen met dit adres.',
  'marketing.dns.sent': 'Kijk in uw inbox: we hebben u een link gestuurd om te bevestigen.',
  'marketing.dns.confirmed': 'Uw bezwaar is vastgelegd.',
  'marketing.dns.invalid': 'Deze link is ongeldig of verlopen. U kunt het hieronder opnieuw vragen.',
  'marketing.dns.emailInvalid': 'Vul een e-mailadres in zoals naam@voorbeeld.nl',
  'marketing.alerts.title': 'Mijn meldingen',
  'marketing.alerts.empty':
    'U hebt geen meldingen. Kies op een productpagina een staat en daarna “Meld het mij”.',
  'marketing.alerts.productLink': 'Meld het mij als het weer op voorraad is of onder een prijs zakt',
  'marketing.alerts.new.title': 'Melding voor {product}',
  'marketing.alerts.kind': 'Stuur mij een e-mail als',
  'marketing.alerts.kind.back_in_stock': 'het weer op voorraad is',
  'marketing.alerts.kind.price_below': 'de prijs gelijk aan of lager is dan',
  'marketing.alerts.grade': 'Staat',
  'marketing.alerts.target': 'Prijs ({currency})',
  'marketing.alerts.target.hint': 'Bijvoorbeeld {example}. Alleen voor een prijsmelding.',
  'marketing.alerts.create': 'Melding aanmaken',
  'marketing.alerts.once': 'We mailen u één keer, zodra het zover is. Uw meldingen beheert u in uw account.',
  'marketing.alerts.error.required': 'Vul een prijs in',
  'marketing.alerts.error.invalid': 'Vul een prijs in zoals {example}',
  'marketing.alerts.error.range': 'Vul een prijs hoger dan nul in',
  'marketing.alerts.error.choice': 'Kies een van de getoonde opties',
  'marketing.alerts.refused.available_now': 'Deze staat is nu te koop: een melding is niet nodig.',
  'marketing.alerts.refused.price_already_met':
    'De prijs is al gelijk aan of lager dan uw doel: u kunt nu kopen.',
  'marketing.alerts.refused.too_many': 'U hebt te veel meldingen. Verwijder er eerst een paar.',
  'marketing.alerts.col.product': 'Apparaat',
  'marketing.alerts.col.grade': 'Staat',
  'marketing.alerts.col.condition': 'Mail mij als',
  'marketing.alerts.col.status': 'Status',
  'marketing.alerts.col.actions': 'Acties',
  'marketing.alerts.condition.back_in_stock': 'Weer op voorraad',
  'marketing.alerts.condition.price_below': 'Voor {price} of minder',
  'marketing.alerts.status.active': 'Actief',
  'marketing.alerts.status.paused': 'Gepauzeerd',
  'marketing.alerts.status.fulfilled': 'Verstuurd op {date}',
  'marketing.alerts.pause': 'Pauzeren',
  'marketing.alerts.resume': 'Hervatten',
  'marketing.alerts.rearm': 'Opnieuw melden',
  'marketing.alerts.delete': 'Verwijderen',
  'marketing.alerts.done.created': 'Melding aangemaakt. We mailen u één keer.',
  'marketing.alerts.done.paused': 'Melding gepauzeerd.',
  'marketing.alerts.done.resumed': 'Melding hervat.',
  'marketing.alerts.done.rearmed': 'Melding weer actief.',
  'marketing.alerts.done.deleted': 'Melding verwijderd.',
  'mail.marketing.newsletter.subject.monthly': 'Deze maand bij Reloop',
  'mail.marketing.newsletter.subject.weekly': 'Deze week bij Reloop',
  'mail.marketing.newsletter.intro': 'Dit hebben we voor u uitgekozen uit de refurbished apparaten.',
  'mail.marketing.newsletter.section.deals': 'Aanbiedingen voor refurbished apparaten',
  'mail.marketing.newsletter.section.new_arrivals': 'Nieuw binnen',
  'mail.marketing.newsletter.section.trade_in': 'Inruilaanbiedingen',
  'mail.marketing.newsletter.section.tips': 'Tips om uw apparaten langer te laten meegaan',
  'mail.marketing.newsletter.text.trade_in':
    'Uw oude telefoon of laptop is nog iets waard: verkoop hem op Reloop aan een professionele refurbisher en geef hem een tweede leven.',
  'mail.marketing.newsletter.text.tips':
    'Houd uw batterij tussen 20 % en 80 %, gebruik een hoesje en een screenprotector en installeer updates: een goed verzorgd apparaat gaat jaren langer mee.',
  'mail.marketing.newsletter.product': '{name}, vanaf {price}: {link}',
  'mail.marketing.why.explicit': 'U ontvangt deze e-mail omdat u er op {date} mee hebt ingestemd.',
  'mail.marketing.why.soft':
    'U ontvangt deze e-mail omdat u bij Reloop hebt gekocht: we schrijven u alleen over vergelijkbare producten.',
  'mail.marketing.footer':
    'Met één klik afmelden, zonder in te loggen: {unsubscribe}\nUw keuzes beheren: {preferences}',
  'mail.marketing.alert.back.subject': '{product} ({grade}) is weer op voorraad',
  'mail.marketing.alert.back.body': '{product} in staat {grade} is weer te koop, vanaf {price}: {link}',
  'mail.marketing.alert.price.subject': '{product} ({grade}) kost nu {price}',
  'mail.marketing.alert.price.body':
    '{product} in staat {grade} kost nu {price}, gelijk aan of lager dan uw doel van {target}: {link}',
  'mail.marketing.alert.once':
    'Deze melding is afgerond en wordt niet opnieuw verstuurd. Om opnieuw gemeld te worden of uw meldingen te beheren: {alerts}',
  'mail.marketing.policy.subject':
    '{kind, select, terms {Onze gebruiksvoorwaarden veranderen op {date}} other {Onze privacyverklaring verandert op {date}}}',
  'mail.marketing.policy.body':
    '{kind, select, terms {We werken onze gebruiksvoorwaarden bij.} other {We werken onze privacyverklaring bij.}} De nieuwe versie ({version}) geldt vanaf {date}; de volledige tekst vindt u hieronder.',
  'mail.marketing.policy.terms.choice':
    'Gaat u er niet mee akkoord, dan kunt u uw account vóór die datum sluiten via uw accountinstellingen: {account}',
  'mail.marketing.policy.privacy.choice':
    'U kunt uw rechten (inzage, correctie, wissing, bezwaar) op elk moment uitoefenen vanuit uw account: {account}',
  'mail.marketing.dns.subject': 'Bevestig: mijn persoonsgegevens niet verkopen of delen',
  'mail.marketing.dns.body':
    'Open deze link om te bevestigen dat uw persoonsgegevens niet verkocht of gedeeld mogen worden: {link}\nDe link is geldig tot {expires}. Hebt u hier niet om gevraagd, negeer deze e-mail dan.',
  'marketing.checkout.declineOffers': 'Stuur me geen aanbiedingen voor vergelijkbare refurbished apparaten',
  'marketing.checkout.declineOffersHint':
    'Zodra je bestelling betaald is, kunnen we je per e-mail aanbiedingen sturen voor refurbished apparaten zoals die je koopt, tenzij je dit vakje aanvinkt. Je kunt er altijd mee stoppen, via je account of via elk van deze e-mails.',
};
