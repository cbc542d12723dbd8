import type { en } from './en.ts';

export const it: Record<keyof typeof en, string> = {
  'consent.banner.label': 'Scelta sui cookie',
  'consent.banner.title': 'I cookie su Reloop',
  'consent.banner.text':
    'Usiamo solo i cookie che servono al funzionamento del sito: la tua sessione, il tuo carrello e la sicurezza. Con il tuo consenso ricorderemmo anche i prodotti che hai visto, solo su questo dispositivo, per mostrarteli di nuovo. Niente pubblicità, nessun tracciamento. Puoi cambiare idea in qualsiasi momento da «Preferenze cookie» in fondo a ogni pagina.',
  'consent.banner.accept': 'Accetta tutto',
  'consent.banner.reject': 'Rifiuta tutto',
  'consent.banner.choose': 'Scegli per finalità',
  'consent.footer.preferences': 'Preferenze cookie',
  'consent.prefs.title': 'Preferenze cookie',
  'consent.prefs.intro':
    'Scegli che cosa Reloop può salvare in questo browser. Rifiutare è facile quanto accettare e non cambia nulla di ciò che puoi comprare o vendere.',
  'consent.prefs.none': 'Non hai ancora fatto una scelta: non viene salvato nulla di facoltativo.',
  'consent.prefs.current': 'La tua scelta è registrata. Puoi modificarla qui in qualsiasi momento.',
  'consent.prefs.saved': 'La tua scelta è stata salvata.',
  'consent.prefs.necessary.title': 'Strettamente necessari (sempre attivi)',
  'consent.prefs.necessary.text':
    'La tua sessione, il tuo carrello, la protezione contro i moduli contraffatti e questa stessa scelta. Senza di essi il sito non funziona, quindi non richiedono consenso.',
  'consent.prefs.purposes': 'Finalità facoltative',
  'consent.purpose.personalisation.title': 'Prodotti visti di recente',
  'consent.purpose.personalisation.text':
    'Ricorda gli ultimi prodotti che hai visto, in un cookie conservato 30 giorni su questo dispositivo, per mostrarli di nuovo nella home page e nelle pagine prodotto.',
  'consent.prefs.save': 'Salva la mia scelta',
  'consent.prefs.audience':
    'La misurazione del pubblico non richiede cookie: contiamo le pagine viste con una chiave anonima che cambia ogni giorno e non può essere ricondotta a te.',
  'consent.prefs.cookiesLink': 'Tutti i cookie che usiamo',
  'consent.cookies.title': 'Cookie e tecnologie simili',
  'consent.cookies.intro':
    'Ecco tutti i cookie che Reloop salva nel tuo browser. Il sito non usa archiviazione locale, pixel di tracciamento né cookie di terze parti.',
  'consent.cookies.caption': 'Cookie salvati da Reloop',
  'consent.cookies.name': 'Nome',
  'consent.cookies.purpose': 'Finalità',
  'consent.cookies.duration': 'Durata',
  'consent.cookies.category': 'Categoria',
  'consent.cookies.category.necessary': 'Strettamente necessario',
  'consent.cookies.category.personalisation': 'Personalizzazione, con il tuo consenso',
  'consent.cookies.session': 'Fino alla chiusura del browser',
  'consent.cookies.days': '{days, plural, one {# giorno} other {# giorni}}',
  'consent.cookies.purpose.session': 'Ti mantiene connesso.',
  'consent.cookies.purpose.device':
    'Riconosce un dispositivo da cui hai già effettuato l’accesso, per avvisarti di un accesso da un nuovo dispositivo.',
  'consent.cookies.purpose.csrf': 'Protegge i moduli dalle richieste contraffatte da altri siti.',
  'consent.cookies.purpose.cart': 'Conserva il carrello di un visitatore non connesso, uno per paese.',
  'consent.cookies.purpose.consent': 'Ricorda la tua scelta sui cookie per non chiedertela di nuovo.',
  'consent.cookies.purpose.recent': 'Ricorda i prodotti che hai visto di recente.',
  'consent.cookies.hostPrefix': 'Con il prefisso «__Host-» sul sito in produzione.',
  'consent.cookies.audience.title': 'Misurazione del pubblico senza cookie',
  'consent.cookies.audience.text':
    'Contiamo le pagine viste sul nostro server, senza salvare nulla nel tuo browser: ogni visualizzazione è contata con una chiave anonima calcolata da un valore casuale che cambia ogni giorno e viene cancellato il giorno dopo, dal sito, dal tuo indirizzo IP e dal nome del tuo browser. Né l’indirizzo né la chiave possono essere ricondotti a te, e una visita di un altro giorno non può essere collegata a questa. Conserviamo il giorno, il paese del negozio e il tipo di pagina per 13 mesi.',
  'consent.cookies.prefsLink': 'Modifica le tue preferenze cookie',
  'consent.recent.title': 'Visti di recente',
  'consent.recent.change': 'Non ricordare più',
  'consent.recipients.title': 'Media mensile dei destinatari attivi',
  'consent.recipients.figure':
    'Dal {start} al {end}, Reloop ha avuto in media {count} destinatari attivi al mese del suo servizio nell’Unione europea.',
  'consent.recipients.method':
    'Come si conta: in ogni mese di calendario, ogni destinatario con attività in uno dei nostri negozi dell’UE conta una volta, qualunque sia il numero di giorni, pagine o negozi: le persone connesse che hanno visto una pagina o ordinato, i venditori che hanno ricevuto un ordine e i visitatori non connessi, contati con una chiave anonima che cambia ogni giorno (chi torna un altro giorno conta di nuovo, quindi questa parte è un limite massimo). L’attività nel Regno Unito e negli Stati Uniti è esclusa, un mese senza attività conta zero, i robot non sono contati. La cifra è la media dei sei mesi ed è ricalcolabile dagli eventi grezzi che conserviamo 13 mesi.',
  'consent.recipients.data': 'La cifra come dati (JSON)',
};
