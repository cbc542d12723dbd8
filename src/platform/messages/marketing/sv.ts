import type { en } from './en.ts';

export const sv: Record<keyof typeof en, string> = {
  'marketing.title': 'Marknadsföringsval',
  'marketing.intro':
    'Välj om och hur Reloop får skicka erbjudanden och nyheter till dig. E-post om dina beställningar, dina bevakningar och ändringar i våra villkor är inte marknadsföring: den fortsätter.',
  'marketing.channels': 'Hur vi får kontakta dig',
  'marketing.channels.hint':
    'I dag skickas bara e-post; ditt val för de andra kanalerna sparas till den dag de finns.',
  'marketing.channel.email': 'E-post',
  'marketing.channel.sms': 'Sms (textmeddelande)',
  'marketing.channel.push': 'Aviseringar i appen',
  'marketing.categories': 'Om vad',
  'marketing.category.deals': 'Erbjudanden på renoverade enheter',
  'marketing.category.new_arrivals': 'Nyheter',
  'marketing.category.trade_in': 'Inbyteserbjudanden',
  'marketing.category.tips': 'Tips för att dina enheter ska hålla längre',
  'marketing.frequency': 'Hur ofta',
  'marketing.frequency.weekly': 'En gång i veckan',
  'marketing.frequency.monthly': 'En gång i månaden',
  'marketing.consent':
    'Att kryssa i en kanal och ett ämne är ditt samtycke till dessa meddelanden. Du kan återkalla det här när som helst, lika enkelt som du gav det.',
  'marketing.save': 'Spara mina val',
  'marketing.saved': 'Dina val är sparade.',
  'marketing.invalid': 'Välj bland alternativen som visas.',
  'marketing.basis.none': 'Du har inte samtyckt till marknadsföring.',
  'marketing.basis.explicit': 'Du samtyckte till marknadsföring den {date}.',
  'marketing.basis.soft':
    'Som kund kan du få erbjudanden om produkter som liknar dem du köpt (sedan {date}). Du kan tacka nej här när som helst.',
  'marketing.objected':
    'Du invände mot all marknadsföring den {date}: inget skickas till dig. Vill du få den igen, kryssa i det du vill ha och spara.',
  'marketing.object.title': 'Invänd mot all marknadsföring',
  'marketing.object.text':
    'Stoppar genast alla marknadsföringsmeddelanden, i alla kanaler. Dina bevakningar fortsätter att fungera: de är en tjänst du bett om.',
  'marketing.object.submit': 'Invänd mot all marknadsföring',
  'marketing.object.done': 'Klart: du får ingen marknadsföring från och med nu.',
  'marketing.account.link': 'Marknadsföringsval',
  'marketing.unsubscribe.title': 'Avsluta prenumeration',
  'marketing.unsubscribe.text': 'Sluta få Reloops nyhetsbrev via e-post?',
  'marketing.unsubscribe.submit': 'Avsluta prenumerationen',
  'marketing.unsubscribe.done':
    'Prenumerationen är avslutad: inga fler nyhetsbrev skickas till dig. E-post om dina beställningar och bevakningar fortsätter.',
  'marketing.unsubscribe.invalid':
    'Den här avregistreringslänken är ogiltig. Logga in för att hantera dina val.',
  'marketing.unsubscribe.manage': 'Hantera alla mina val',
  'marketing.dns.footer': 'Sälj eller dela inte mina personuppgifter',
  'marketing.dns.title': 'Sälj eller dela inte mina personuppgifter',
  'marketing.dns.intro':
    'Reloop säljer inte dina personuppgifter och delar dem inte för beteendebaserad reklam. Enligt kalifornisk lag (CCPA/CPRA) och andra amerikanska delstaters lagar kan du ändå invända: vi registrerar det, så att det förblir sant för dig.',
  'marketing.dns.gpc':
    'Din webbläsare skickar signalen Global Privacy Control: vi behandlar den som din invändning för den här webbläsaren.',
  'marketing.dns.recorded': 'Din invändning är registrerad (sedan {date}).',
  'marketing.dns.submit': 'Invänd mot försäljning och delning av mina uppgifter',
  'marketing.dns.email': 'Din e-postadress',
  'marketing.dns.emailHint':
    'Vi mejlar dig en länk för att bekräfta. Invändningen gäller sedan ditt konto och dina beställningar med den adressen.',
  'marketing.dns.sent': 'Titta i din inkorg: vi har skickat en länk för att bekräfta.',
  'marketing.dns.confirmed': 'Din invändning är registrerad.',
  'marketing.dns.invalid': 'Länken är ogiltig eller har gått ut. Du kan be om en ny nedan.',
  'marketing.dns.emailInvalid': 'Ange en e-postadress som namn@exempel.se',
  'marketing.alerts.title': 'Mina bevakningar',
  'marketing.alerts.empty': 'Du har inga bevakningar. Välj ett skick på en produktsida och sedan ”Bevaka”.',
  'marketing.alerts.productLink': 'Meddela mig när den finns i lager igen eller under ett pris',
  'marketing.alerts.new.title': 'Bevaka {product}',
  'marketing.alerts.kind': 'Mejla mig när',
  'marketing.alerts.kind.back_in_stock': 'den finns i lager igen',
  'marketing.alerts.kind.price_below': 'priset är högst',
  'marketing.alerts.grade': 'Skick',
  'marketing.alerts.target': 'Pris ({currency})',
  'marketing.alerts.target.hint': 'Till exempel {example}. Används bara för en prisbevakning.',
  'marketing.alerts.create': 'Skapa bevakningen',
  'marketing.alerts.once':
    'Vi mejlar dig en gång, när det händer. Du hanterar dina bevakningar i ditt konto.',
  'marketing.alerts.error.required': 'Ange ett pris',
  'marketing.alerts.error.invalid': 'Ange ett pris som {example}',
  'marketing.alerts.error.range': 'Ange ett pris över noll',
  'marketing.alerts.error.choice': 'Välj ett av alternativen som visas',
  'marketing.alerts.refused.available_now': 'Det här skicket säljs just nu: ingen bevakning behövs.',
  'marketing.alerts.refused.price_already_met': 'Priset är redan på eller under ditt mål: du kan köpa nu.',
  'marketing.alerts.refused.too_many': 'Du har för många bevakningar. Ta bort några först.',
  'marketing.alerts.col.product': 'Produkt',
  'marketing.alerts.col.grade': 'Skick',
  'marketing.alerts.col.condition': 'Mejla mig när',
  'marketing.alerts.col.status': 'Läge',
  'marketing.alerts.col.actions': 'Åtgärder',
  'marketing.alerts.condition.back_in_stock': 'I lager igen',
  'marketing.alerts.condition.price_below': 'Högst {price}',
  'marketing.alerts.status.active': 'Aktiv',
  'marketing.alerts.status.paused': 'Pausad',
  'marketing.alerts.status.fulfilled': 'Skickad den {date}',
  'marketing.alerts.pause': 'Pausa',
  'marketing.alerts.resume': 'Återuppta',
  'marketing.alerts.rearm': 'Bevaka igen',
  'marketing.alerts.delete': 'Ta bort',
  'marketing.alerts.done.created': 'Bevakningen är skapad. Vi mejlar dig en gång.',
  'marketing.alerts.done.paused': 'Bevakningen är pausad.',
  'marketing.alerts.done.resumed': 'Bevakningen är återupptagen.',
  'marketing.alerts.done.rearmed': 'Bevakningen är aktiv igen.',
  'marketing.alerts.done.deleted': 'Bevakningen är borttagen.',
  'mail.marketing.newsletter.subject.monthly': 'Den här månaden på Reloop',
  'mail.marketing.newsletter.subject.weekly': 'Den här veckan på Reloop',
  'mail.marketing.newsletter.intro': 'Det här har vi valt ut åt dig bland renoverade enheter.',
  'mail.marketing.newsletter.section.deals': 'Erbjudanden på renoverade enheter',
  'mail.marketing.newsletter.section.new_arrivals': 'Nyheter',
  'mail.marketing.newsletter.section.trade_in': 'Inbyteserbjudanden',
  'mail.marketing.newsletter.section.tips': 'Tips för att dina enheter ska hålla längre',
  'mail.marketing.newsletter.text.trade_in':
    'Din gamla telefon eller dator är fortfarande värd något: sälj den till en professionell renoverare på Reloop och ge den ett andra liv.',
  'mail.marketing.newsletter.text.tips':
    'Håll batteriet mellan 20 % och 80 %, använd skal och skärmskydd och installera uppdateringar: en omskött enhet håller i flera år till.',
  'mail.marketing.newsletter.product': '{name}, från {price}: {link}',
  'mail.marketing.why.explicit': 'Du får det här mejlet eftersom du samtyckte till det den {date}.',
  'mail.marketing.why.soft':
    'Du får det här mejlet eftersom du har handlat på Reloop: vi skriver bara om liknande produkter.',
  'mail.marketing.footer':
    'Avsluta med ett klick, utan att logga in: {unsubscribe}\nHantera dina val: {preferences}',
  'mail.marketing.alert.back.subject': '{product} ({grade}) finns i lager igen',
  'mail.marketing.alert.back.body': '{product} i skick {grade} säljs igen, från {price}: {link}',
  'mail.marketing.alert.price.subject': '{product} ({grade}) kostar nu {price}',
  'mail.marketing.alert.price.body':
    '{product} i skick {grade} kostar nu {price}, högst ditt mål på {target}: {link}',
  'mail.marketing.alert.once':
    'Den här bevakningen är klar och skickas inte igen. För att bevaka igen eller hantera dina bevakningar: {alerts}',
  'mail.marketing.policy.subject':
    '{kind, select, terms {Våra användarvillkor ändras den {date}} other {Vår integritetspolicy ändras den {date}}}',
  'mail.marketing.policy.body':
    '{kind, select, terms {Vi uppdaterar våra användarvillkor.} other {Vi uppdaterar vår integritetspolicy.}} Den nya versionen ({version}) gäller från den {date}; hela texten finns nedan.',
  'mail.marketing.policy.terms.choice':
    'Om du inte godtar den kan du stänga ditt konto före det datumet i dina kontoinställningar: {account}',
  'mail.marketing.policy.privacy.choice':
    'Du kan när som helst utöva dina rättigheter (tillgång, rättelse, radering, invändning) från ditt konto: {account}',
  'mail.marketing.dns.subject': 'Bekräfta: sälj eller dela inte mina personuppgifter',
  'mail.marketing.dns.body':
    'Öppna den här länken för att bekräfta att dina personuppgifter inte får säljas eller delas: {link}\nLänken gäller till {expires}. Om du inte har bett om detta kan du ignorera mejlet.',
  'marketing.checkout.declineOffers': 'Skicka inga erbjudanden om liknande renoverade enheter till mig',
  'marketing.checkout.declineOffersHint':
    'När din beställning är betald kan vi mejla dig erbjudanden om renoverade enheter som liknar dem du köper, om du inte kryssar i den här rutan. Du kan sluta när som helst, från ditt konto eller från vilket som helst av dessa mejl.',
};
