import type { en } from './en.ts';

export const it: Record<keyof typeof en, string> = {
  'marketing.title': 'Preferenze di marketing',
  'marketing.intro':
    'Scegli se e come Reloop può inviarti offerte e novità. Le email sui tuoi ordini, sui tuoi avvisi e sulle modifiche delle nostre condizioni non sono marketing: continuerai a riceverle.',
  'marketing.channels': 'Come possiamo contattarti',
  'marketing.channels.hint':
    'Oggi si inviano solo email; la tua scelta per gli altri canali viene conservata per quando esisteranno.',
  'marketing.channel.email': 'E-mail',
  'marketing.channel.sms': 'Messaggio di testo (SMS)',
  'marketing.channel.push': 'Notifiche dell’app',
  'marketing.categories': 'Su cosa',
  'marketing.category.deals': 'Offerte su dispositivi ricondizionati',
  'marketing.category.new_arrivals': 'Novità',
  'marketing.category.trade_in': 'Offerte di permuta',
  'marketing.category.tips': 'Consigli per far durare i tuoi dispositivi',
  'marketing.frequency': 'Con quale frequenza',
  'marketing.frequency.weekly': 'Una volta a settimana',
  'marketing.frequency.monthly': 'Una volta al mese',
  'marketing.consent':
    'Spuntare un canale e un argomento è il tuo consenso a ricevere questi messaggi. Puoi revocarlo qui in qualsiasi momento, con la stessa facilità con cui l’hai dato.',
  'marketing.save': 'Salva le mie scelte',
  'marketing.saved': 'Le tue scelte sono salvate.',
  'marketing.invalid': 'Scegli tra le opzioni mostrate.',
  'marketing.basis.none': 'Non hai accettato di ricevere marketing.',
  'marketing.basis.explicit': 'Hai accettato di ricevere marketing il {date}.',
  'marketing.basis.soft':
    'Come cliente, puoi ricevere offerte per prodotti simili a quelli che hai acquistato (dal {date}). Puoi rifiutarle qui in qualsiasi momento.',
  'marketing.objected':
    'Ti sei opposto a ogni marketing il {date}: non ti viene inviato nulla. Per riceverlo di nuovo, spunta ciò che desideri e salva.',
  'marketing.object.title': 'Oppormi a ogni marketing',
  'marketing.object.text':
    'Interrompe subito ogni messaggio di marketing, su tutti i canali. I tuoi avvisi continuano a funzionare: sono un servizio che hai chiesto.',
  'marketing.object.submit': 'Oppormi a ogni marketing',
  'marketing.object.done': 'Fatto: da ora non riceverai più marketing.',
  'marketing.account.link': 'Preferenze di marketing',
  'marketing.unsubscribe.title': 'Annulla l’iscrizione',
  'marketing.unsubscribe.text': 'Non ricevere più la newsletter di Reloop via email?',
  'marketing.unsubscribe.submit': 'Annulla la mia iscrizione',
  'marketing.unsubscribe.done':
    'Iscrizione annullata: non ti verranno più inviate newsletter. Le email sui tuoi ordini e avvisi continuano.',
  'marketing.unsubscribe.invalid':
    'Questo link di disiscrizione non è valido. Accedi per gestire le tue preferenze di marketing.',
  'marketing.unsubscribe.manage': 'Gestisci tutte le mie scelte',
  'marketing.dns.footer': 'Non vendere né condividere le mie informazioni personali',
  'marketing.dns.title': 'Non vendere né condividere le mie informazioni personali',
  'marketing.dns.intro':
    'Reloop non vende le tue informazioni personali e non le condivide per pubblicità comportamentale. Secondo la legge della California (CCPA/CPRA) e quelle di altri Stati USA puoi comunque opporti: lo registriamo, perché resti vero per te.',
  'marketing.dns.gpc':
    'Il tuo browser invia il segnale Global Privacy Control: lo trattiamo come la tua opposizione per questo browser.',
  'marketing.dns.recorded': 'La tua opposizione è registrata (dal {date}).',
  'marketing.dns.submit': 'Oppormi alla vendita e alla condivisione delle mie informazioni',
  'marketing.dns.email': 'Il tuo indirizzo email',
  'marketing.dns.emailHint':
    'Ti inviamo un link per confermare. L’opposizione si applica poi al tuo account e ai tuoi ordini con questo indirizzo.',
  'marketing.dns.sent': 'Controlla la tua casella: ti abbiamo inviato un link per confermare.',
  'marketing.dns.confirmed': 'La tua opposizione è registrata.',
  'marketing.dns.invalid': 'Questo link non è valido o è scaduto. Puoi richiederlo di nuovo qui sotto.',
  'marketing.dns.emailInvalid': 'Inserisci un indirizzo email come nome@esempio.it',
  'marketing.alerts.title': 'I miei avvisi',
  'marketing.alerts.empty':
    'Non hai avvisi. Nella pagina di un prodotto, scegli una condizione e poi «Avvisami».',
  'marketing.alerts.productLink': 'Avvisami quando torna disponibile o scende sotto un prezzo',
  'marketing.alerts.new.title': 'Avviso per {product}',
  'marketing.alerts.kind': 'Inviami un’email quando',
  'marketing.alerts.kind.back_in_stock': 'torna disponibile',
  'marketing.alerts.kind.price_below': 'il suo prezzo è pari o inferiore a',
  'marketing.alerts.grade': 'Condizione',
  'marketing.alerts.target': 'Prezzo ({currency})',
  'marketing.alerts.target.hint': 'Per esempio {example}. Solo per un avviso di prezzo.',
  'marketing.alerts.create': 'Crea l’avviso',
  'marketing.alerts.once':
    'Ti scriviamo una sola volta, quando succede. Gestisci i tuoi avvisi nel tuo account.',
  'marketing.alerts.error.required': 'Inserisci un prezzo',
  'marketing.alerts.error.invalid': 'Inserisci un prezzo come {example}',
  'marketing.alerts.error.range': 'Inserisci un prezzo maggiore di zero',
  'marketing.alerts.error.choice': 'Scegli una delle opzioni mostrate',
  'marketing.alerts.refused.available_now': 'Questa condizione è in vendita ora: non serve un avviso.',
  'marketing.alerts.refused.price_already_met':
    'Il prezzo è già pari o inferiore al tuo obiettivo: puoi acquistare ora.',
  'marketing.alerts.refused.too_many': 'Hai troppi avvisi. Eliminane prima qualcuno.',
  'marketing.alerts.col.product': 'Prodotto',
  'marketing.alerts.col.grade': 'Condizione',
  'marketing.alerts.col.condition': 'Scrivimi quando',
  'marketing.alerts.col.status': 'Stato',
  'marketing.alerts.col.actions': 'Azioni',
  'marketing.alerts.condition.back_in_stock': 'Di nuovo disponibile',
  'marketing.alerts.condition.price_below': 'A {price} o meno',
  'marketing.alerts.status.active': 'Attivo',
  'marketing.alerts.status.paused': 'In pausa',
  'marketing.alerts.status.fulfilled': 'Inviato il {date}',
  'marketing.alerts.pause': 'Metti in pausa',
  'marketing.alerts.resume': 'Riprendi',
  'marketing.alerts.rearm': 'Avvisami di nuovo',
  'marketing.alerts.delete': 'Elimina',
  'marketing.alerts.done.created': 'Avviso creato. Ti scriveremo una sola volta.',
  'marketing.alerts.done.paused': 'Avviso in pausa.',
  'marketing.alerts.done.resumed': 'Avviso ripreso.',
  'marketing.alerts.done.rearmed': 'Avviso di nuovo attivo.',
  'marketing.alerts.done.deleted': 'Avviso eliminato.',
  'mail.marketing.newsletter.subject.monthly': 'Questo mese su Reloop',
  'mail.marketing.newsletter.subject.weekly': 'Questa settimana su Reloop',
  'mail.marketing.newsletter.intro': 'Ecco cosa abbiamo scelto per te tra i dispositivi ricondizionati.',
  'mail.marketing.newsletter.section.deals': 'Offerte su dispositivi ricondizionati',
  'mail.marketing.newsletter.section.new_arrivals': 'Novità',
  'mail.marketing.newsletter.section.trade_in': 'Offerte di permuta',
  'mail.marketing.newsletter.section.tips': 'Consigli per far durare i tuoi dispositivi',
  'mail.marketing.newsletter.text.trade_in':
    'Il tuo vecchio telefono o portatile vale ancora qualcosa: vendilo a un ricondizionatore professionale su Reloop e dagli una seconda vita.',
  'mail.marketing.newsletter.text.tips':
    'Tieni la batteria tra il 20 % e l’80 %, usa una cover e una pellicola protettiva e installa gli aggiornamenti: un dispositivo curato dura anni in più.',
  'mail.marketing.newsletter.product': '{name}, da {price}: {link}',
  'mail.marketing.why.explicit': 'Ricevi questa email perché hai dato il tuo consenso il {date}.',
  'mail.marketing.why.soft':
    'Ricevi questa email perché hai acquistato su Reloop: ti scriviamo solo su prodotti simili.',
  'mail.marketing.footer':
    'Annulla l’iscrizione con un clic, senza accedere: {unsubscribe}\nGestisci le tue scelte: {preferences}',
  'mail.marketing.alert.back.subject': '{product} ({grade}) è di nuovo disponibile',
  'mail.marketing.alert.back.body':
    '{product} in condizione {grade} è di nuovo in vendita, da {price}: {link}',
  'mail.marketing.alert.price.subject': '{product} ({grade}) ora costa {price}',
  'mail.marketing.alert.price.body':
    '{product} in condizione {grade} ora costa {price}, pari o inferiore al tuo obiettivo di {target}: {link}',
  'mail.marketing.alert.once':
    'Questo avviso è concluso e non verrà più inviato. Per essere avvisato di nuovo o gestire i tuoi avvisi: {alerts}',
  'mail.marketing.policy.subject':
    '{kind, select, terms {Le nostre condizioni d’uso cambiano il {date}} other {La nostra informativa sulla privacy cambia il {date}}}',
  'mail.marketing.policy.body':
    '{kind, select, terms {Aggiorniamo le nostre condizioni d’uso.} other {Aggiorniamo la nostra informativa sulla privacy.}} La nuova versione ({version}) si applica dal {date}; trovi il testo completo qui sotto.',
  'mail.marketing.policy.terms.choice':
    'Se non sei d’accordo, puoi chiudere il tuo account prima di quella data dalle impostazioni del tuo account: {account}',
  'mail.marketing.policy.privacy.choice':
    'Puoi esercitare i tuoi diritti (accesso, rettifica, cancellazione, opposizione) in qualsiasi momento dal tuo account: {account}',
  'mail.marketing.dns.subject': 'Conferma: non vendere né condividere le mie informazioni personali',
  'mail.marketing.dns.body':
    'Apri questo link per confermare che le tue informazioni personali non possono essere vendute né condivise: {link}\nIl link è valido fino al {expires}. Se non l’hai chiesto tu, ignora questa email.',
  'marketing.checkout.declineOffers': 'Non inviarmi offerte su dispositivi ricondizionati simili',
  'marketing.checkout.declineOffersHint':
    'Una volta pagato l’ordine, potremo inviarti via e-mail offerte su dispositivi ricondizionati simili a quelli che acquisti, a meno che tu non selezioni questa casella. Puoi smettere in qualsiasi momento, dal tuo account o da una qualsiasi di queste e-mail.',
};
