import type { en } from './en.ts';

export const it: Record<keyof typeof en, string> = {
  // Cancellazione e conservazione (H1b)
  'privacy.erasure.dataset.account': 'Il tuo account (nome, e-mail, password)',
  'privacy.erasure.dataset.sessions': 'Sessioni di accesso',
  'privacy.erasure.dataset.email_links': 'Link inviati per e-mail (verifica, password)',
  'privacy.erasure.dataset.second_factor': 'Verifica in due passaggi',
  'privacy.erasure.dataset.terms_acceptances': 'Accettazioni delle condizioni',
  'privacy.erasure.dataset.business_profile': 'Profilo aziendale (Reloop Pro)',
  'privacy.erasure.dataset.orders': 'Ordini e relative fatture',
  'privacy.erasure.dataset.credit_notes': 'Note di credito',
  'privacy.erasure.dataset.checkouts': 'Pagamenti degli ordini',
  'privacy.erasure.dataset.carts': 'Carrelli',
  'privacy.erasure.dataset.cart_lines': 'Articoli nel tuo carrello',
  'privacy.erasure.dataset.care_folders': 'Richieste di assistenza su un ordine',
  'privacy.erasure.dataset.returns': 'Resi',
  'privacy.erasure.dataset.warranty_claims': 'Richieste di garanzia',
  'privacy.erasure.dataset.insurance_claims': 'Denunce di sinistro',
  'privacy.erasure.dataset.support_tickets': 'Messaggi al servizio clienti',
  'privacy.erasure.dataset.reviews': 'Recensioni',
  'privacy.erasure.dataset.review_photos': 'Foto delle recensioni',
  'privacy.erasure.dataset.review_notices': 'Segnalazioni di recensioni',
  'privacy.erasure.dataset.review_appeals': 'Ricorsi sulle recensioni',
  'privacy.erasure.dataset.reviewer_blocks': 'Limitazioni alle recensioni',
  'privacy.erasure.dataset.seller_applications': 'Candidature come venditore',
  'privacy.erasure.dataset.seller_memberships': 'Appartenenze a team di venditori',
  'privacy.erasure.dataset.audit_events': 'Voci del registro di sicurezza',
  'privacy.erasure.dataset.consent_records': 'Scelte sui cookie fatte con l’accesso',
  'privacy.erasure.dataset.marketing_preferences': 'Preferenze di marketing',
  'privacy.erasure.dataset.newsletter_sends': 'Newsletter che ti abbiamo inviato',
  'privacy.erasure.dataset.alerts': 'Avvisi di disponibilità e di prezzo',
  'privacy.erasure.dataset.policy_notices': 'Avvisi di modifica delle informative',
  'privacy.erasure.dataset.sale_opt_out_requests': 'Richieste di «non vendere né condividere»',
  'privacy.erasure.dataset.privacy_requests': 'Le tue richieste sui dati personali',
  'privacy.erasure.dataset.postmortem_directives': 'Disposizioni per dopo la tua morte',
  'privacy.erasure.dataset.processing_restrictions': 'Limitazioni del trattamento',
  'privacy.erasure.dataset.processing_objections': 'Opposizioni al trattamento',
  'privacy.erasure.dataset.dsa_notices': 'Segnalazioni di contenuti illegali',
  'privacy.erasure.dataset.dsa_complaints': 'Reclami contro le nostre decisioni',
  'privacy.erasure.reason.accounting': 'Norme contabili e fiscali: fatture e scritture contabili',
  'privacy.erasure.reason.trader_traceability':
    'Regolamento sui servizi digitali, art. 30: dati del professionista',
  'privacy.erasure.reason.open_claim': 'Servono a un reclamo o a una controversia in corso',
  'privacy.erasure.until.date': 'fino al {date}',
  'privacy.erasure.until.open': 'fino alla chiusura',
  'mail.privacy.erasure.report.subject': 'Il tuo account Reloop è stato cancellato',
  'mail.privacy.erasure.report.body':
    'Il tuo account Reloop è stato cancellato il {date}. Abbiamo eliminato {deleted, plural, one {# dato} other {# dati}} e anonimizzato {anonymised, plural, one {# dato} other {# dati}} che ti riguardavano. Non puoi più accedere con questo account.',
  'mail.privacy.erasure.report.heldIntro':
    'La legge ci obbliga a conservare alcuni dati per un certo periodo. Ciascuno viene eliminato o anonimizzato alla scadenza:',
  'mail.privacy.erasure.report.held.accounting':
    '- {count, plural, one {# fattura o scrittura contabile} other {# fatture e scritture contabili}}, conservate fino al {until} (norme contabili e fiscali)',
  'mail.privacy.erasure.report.held.trader_traceability':
    '- {count, plural, one {# dato} other {# dati}} su un venditore per cui ti sei candidato, conservati fino al {until} (Regolamento sui servizi digitali, art. 30)',
  'mail.privacy.erasure.report.held.trader_traceability.running':
    '- {count, plural, one {# dato} other {# dati}} su un venditore per cui ti sei candidato, conservati per la durata del contratto e sei mesi dopo (Regolamento sui servizi digitali, art. 30)',
  'mail.privacy.erasure.report.held.open_claim':
    '- {count, plural, one {# dato} other {# dati}} di una richiesta di assistenza, un reso, un reclamo o un messaggio al servizio clienti in corso, conservati fino alla chiusura',
  'mail.privacy.erasure.report.noneHeld': 'Non conserviamo nient’altro su di te.',
  'mail.privacy.erasure.report.last': 'Questa è l’ultima e-mail che inviamo a questo indirizzo.',
  'mail.privacy.erasure.warning.subject': 'Il tuo account Reloop sarà chiuso per inattività',
  'mail.privacy.erasure.warning.body':
    'Non usi il tuo account Reloop da molto tempo. Per proteggere i tuoi dati lo chiuderemo il {date} e lo cancelleremo {days, plural, one {# giorno} other {# giorni}} dopo, conservando solo ciò che la legge richiede.\n\nPer mantenere l’account basta accedere prima di quella data:\n{link}',
  'mail.privacy.erasure.deactivated.subject': 'Il tuo account Reloop è stato chiuso',
  'mail.privacy.erasure.deactivated.body':
    'Come annunciato, il tuo account Reloop è stato chiuso perché non viene usato da molto tempo. Sarà cancellato il {date}, conservando solo ciò che la legge richiede. Se vuoi mantenerlo, contatta il servizio clienti prima di quella data.',
  // ——— H2: privacy centre, data-subject requests ———
  'privacy.kind.access': 'Accesso ai miei dati',
  'privacy.kind.erasure': 'Cancellazione dei miei dati',
  'privacy.kind.rectification': 'Rettifica dei miei dati',
  'privacy.kind.restriction': 'Limitazione del trattamento',
  'privacy.kind.objection': 'Opposizione al trattamento',
  'privacy.kind.portability': 'Una copia dei miei dati da portare altrove (portabilità)',
  'privacy.kind.know': 'Diritto di sapere quali informazioni personali sono raccolte',
  'privacy.kind.do_not_sell': 'Non vendere né condividere le mie informazioni personali',
  'privacy.purpose.recommendations': 'Consigli personalizzati',
  'privacy.purpose.recommendations.text':
    'Ti suggeriamo dispositivi in base a ciò che hai visto e acquistato, sulla base del nostro legittimo interesse. Se ti opponi, smettiamo subito e ti mostriamo gli stessi suggerimenti di tutti.',
  'privacy.purpose.fraud_prevention': 'Prevenzione delle frodi',
  'privacy.purpose.fraud_prevention.text':
    'Controlliamo ordini e pagamenti per individuare frodi e proteggere te, i venditori e il marketplace. Non puoi opporti: proteggere i pagamenti dalle frodi e difendere un diritto in sede giudiziaria sono motivi legittimi cogenti che prevalgono.',
  'privacy.centre.title': 'Centro privacy',
  'privacy.centre.intro':
    'I tuoi diritti sui tuoi dati personali, in un unico posto. Le modifiche valgono subito; alle richieste che dobbiamo esaminare rispondiamo via email entro il termine di legge.',
  'privacy.centre.download.title': 'Scarica i miei dati',
  'privacy.centre.download.text':
    'Una copia di tutto ciò che conserviamo su di te, in file JSON e CSV dentro un archivio ZIP con l’elenco del contenuto. Viene creata nel momento in cui la chiedi.',
  'privacy.centre.download.zip': 'Scarica i miei dati (ZIP)',
  'privacy.centre.download.json': 'Gli stessi dati in JSON',
  'privacy.centre.rectify.title': 'Rettifica i miei dati',
  'privacy.centre.rectify.text':
    'Nome, indirizzo email, password e lingua si modificano nelle impostazioni dell’account.',
  'privacy.centre.rectify.settings': 'Vai alle impostazioni del mio account',
  'privacy.centre.rectify.details': 'Cos’altro non è corretto, e come dovrebbe essere',
  'privacy.centre.rectify.hint':
    'Per i dati che non puoi modificare da solo (un indirizzo di un ordine passato, una ragione sociale…).',
  'privacy.centre.rectify.submit': 'Chiedi una rettifica',
  'privacy.centre.restrict.title': 'Limita il trattamento',
  'privacy.centre.restrict.text':
    'Finché il trattamento è limitato, ci limitiamo a conservare i tuoi dati: non li usiamo per nient’altro, salvo con il tuo consenso o per difendere un diritto in sede giudiziaria. Gli ordini in corso vengono comunque consegnati.',
  'privacy.centre.restrict.reason': 'Perché',
  'privacy.centre.restrict.reason.accuracy_contested': 'I miei dati sono inesatti e li state verificando',
  'privacy.centre.restrict.reason.unlawful':
    'Il trattamento è illecito ma non voglio che i miei dati siano cancellati',
  'privacy.centre.restrict.reason.legal_claims': 'Mi servono i dati per un’azione legale',
  'privacy.centre.restrict.reason.objection_pending':
    'Mi sono opposto a un trattamento e lo state verificando',
  'privacy.centre.restrict.submit': 'Limita il trattamento',
  'privacy.centre.restrict.active': 'Trattamento limitato dal {date}.',
  'privacy.centre.restrict.lift': 'Revoca la limitazione',
  'privacy.centre.object.title': 'Opponiti al trattamento',
  'privacy.centre.object.text':
    'Alcuni trattamenti si basano sul nostro legittimo interesse. Puoi opporti per motivi connessi alla tua situazione.',
  'privacy.centre.object.submit': 'Mi oppongo',
  'privacy.centre.object.active': 'Ti opponi a questo trattamento: è stato interrotto.',
  'privacy.centre.object.withdraw': 'Ritira la mia opposizione',
  'privacy.centre.marketing.title': 'Opponiti al marketing',
  'privacy.centre.marketing.text':
    'Interrompe subito ogni messaggio di marketing, su ogni canale. Gli avvisi che hai impostato su un prodotto continuano ad arrivare: li hai chiesti tu.',
  'privacy.centre.marketing.submit': 'Interrompi tutto il marketing',
  'privacy.centre.directives.title': 'Dopo la mia morte',
  'privacy.centre.directives.text':
    'Puoi indicare cosa deve accadere ai tuoi dati dopo la tua morte e nominare una persona di fiducia che se ne occupi (legge francese sulla protezione dei dati, art. 85). Puoi modificarlo in qualsiasi momento.',
  'privacy.centre.directives.instruction': 'Cosa deve accadere ai miei dati',
  'privacy.centre.directives.delete': 'Cancellarli',
  'privacy.centre.directives.keep': 'Conservarli nei limiti consentiti dalla legge',
  'privacy.centre.directives.hand_over': 'Consegnarne una copia alla mia persona di fiducia, poi cancellarli',
  'privacy.centre.directives.trustedName': 'Nome della persona di fiducia',
  'privacy.centre.directives.trustedEmail': 'Indirizzo email della persona di fiducia',
  'privacy.centre.directives.trustedHint': 'Obbligatorio per consegnare una copia; facoltativo altrimenti.',
  'privacy.centre.directives.submit': 'Salva le mie disposizioni',
  'privacy.centre.directives.current': 'Disposizioni salvate il {date}.',
  'privacy.centre.requests.title': 'Le mie richieste',
  'privacy.centre.requests.none': 'Non hai fatto alcuna richiesta.',
  'privacy.centre.requests.number': 'N.',
  'privacy.centre.requests.received': 'Ricevuta',
  'privacy.centre.requests.status': 'Stato',
  'privacy.centre.requests.dueOn': 'Risposta entro il {date}',
  'privacy.centre.requests.answered': 'Evasa',
  'privacy.centre.requests.refused': 'Respinta (vedi la nostra email)',
  'privacy.centre.erase.title': 'Cancella il mio account',
  'privacy.centre.erase.text':
    'Il tuo account e i tuoi dati personali vengono cancellati o anonimizzati subito e viene effettuata la disconnessione. Ciò che la legge ci obbliga a conservare (fatture e scritture contabili, dati del venditore professionale, documenti di un reclamo aperto) resta fino alla sua data di scadenza e poi viene cancellato; un rapporto ti dice esattamente cosa. L’operazione è definitiva.',
  'privacy.centre.erase.submit': 'Cancella definitivamente il mio account',
  'privacy.centre.done.restricted': 'Il trattamento dei tuoi dati è limitato.',
  'privacy.centre.done.lifted': 'La limitazione è revocata.',
  'privacy.centre.done.objected': 'La tua opposizione è registrata: quel trattamento è stato interrotto.',
  'privacy.centre.done.withdrawn': 'La tua opposizione è ritirata.',
  'privacy.centre.done.marketing': 'Tutto il marketing nei tuoi confronti è stato interrotto.',
  'privacy.centre.done.directives': 'Le tue disposizioni sono salvate.',
  'privacy.centre.done.requested':
    'La tua richiesta è stata inviata. Rispondiamo via email entro il termine di legge.',
  'privacy.report.title': 'Il tuo account è stato cancellato',
  'privacy.report.done':
    'Cancellato il {date}. Una copia di questo rapporto è stata inviata al tuo indirizzo email.',
  'privacy.report.deleted': 'Cancellati',
  'privacy.report.anonymised': 'Anonimizzati',
  'privacy.report.held': 'Conservati perché la legge lo richiede',
  'privacy.report.held.text':
    'Questi dati sono conservati solo per il tempo richiesto dalla legge, poi cancellati automaticamente.',
  'privacy.report.data': 'Dati',
  'privacy.report.count': 'Record',
  'privacy.report.reason': 'Perché',
  'privacy.report.until': 'Conservati fino al',
  'privacy.report.untilClosed': 'fino alla chiusura del reclamo',
  'privacy.report.nothing': 'Niente.',
  'privacy.report.home': 'Torna al negozio',
  'privacy.request.title': 'Richiesta sui miei dati',
  'privacy.request.intro':
    'Chiedici una copia dei tuoi dati, la rettifica o la cancellazione, la limitazione del trattamento oppure opponiti — anche senza account. Prima confermiamo il tuo indirizzo email.',
  'privacy.request.haveAccount': 'Hai un account? Quasi tutto è immediato nel tuo',
  'privacy.request.name': 'Il tuo nome',
  'privacy.request.email': 'Il tuo indirizzo email',
  'privacy.request.email.hint':
    'Quello con cui ti conosciamo: lì inviamo un link per confermare la richiesta.',
  'privacy.request.kind': 'La tua richiesta',
  'privacy.request.details': 'Dettagli',
  'privacy.request.details.hint':
    'Cosa riguarda la richiesta (obbligatorio per una rettifica o un’opposizione).',
  'privacy.request.deadline.gdpr':
    'Rispondiamo entro un mese dal ricevimento della richiesta; se è complessa, possiamo prorogare di due mesi e ti spieghiamo il motivo entro il primo mese.',
  'privacy.request.deadline.ccpa':
    'Rispondiamo entro 45 giorni dal ricevimento della richiesta; se necessario, possiamo prorogare di 45 giorni e ti spieghiamo il motivo entro i primi 45.',
  'privacy.request.submit': 'Invia la mia richiesta',
  'privacy.request.sent.title': 'Controlla la tua email',
  'privacy.request.sent.text':
    'Abbiamo inviato un link a {email}. Aprilo entro 7 giorni per confermare la richiesta.',
  'privacy.request.verify.title': 'Conferma la tua richiesta',
  'privacy.request.verify.text': 'Conferma di aver inviato questa richiesta sui tuoi dati.',
  'privacy.request.verify.submit': 'Conferma la mia richiesta',
  'privacy.request.verified.title': 'Richiesta ricevuta',
  'privacy.request.verified.text':
    'La tua richiesta n. {id} è confermata. Ti risponderemo via email entro il {date}.',
  'privacy.request.link.invalid': 'Questo link non è valido o è scaduto.',
  'mail.privacy.request.verify.subject': 'Conferma la tua richiesta sui tuoi dati',
  'mail.privacy.request.verify.body':
    'Abbiamo ricevuto una richiesta da questo indirizzo: {kind}.\n\nPer confermarla, apri questo link entro il {expires}:\n{link}\n\nSe non l’hai inviata tu, ignora questa email: non succederà nulla.',
  'mail.privacy.request.received.subject': 'Abbiamo ricevuto la tua richiesta n. {id} sui tuoi dati',
  'mail.privacy.request.received.body':
    'Abbiamo ricevuto la tua richiesta n. {id}: {kind}.\n\nTi risponderemo entro il {due}. Se ci serve più tempo perché la richiesta è complessa, ti spiegheremo il motivo prima di allora.',
  'mail.privacy.request.extended.subject': 'La tua richiesta n. {id}: ci serve più tempo',
  'mail.privacy.request.extended.body':
    'Ci serve più tempo per rispondere alla tua richiesta n. {id}, per questo motivo:\n{reason}\n\nTi risponderemo entro il {due}.',
  'mail.privacy.request.dataReady.subject': 'La tua richiesta n. {id}: i tuoi dati',
  'mail.privacy.request.dataReady.body':
    'Ecco i tuoi dati, come richiesto (richiesta n. {id}). Scaricali entro il {expires} da questo link; l’archivio viene creato quando lo apri:\n{link}',
  'mail.privacy.request.answered.subject': 'La tua richiesta n. {id}: la nostra risposta',
  'mail.privacy.request.answered.body': 'Ecco la nostra risposta alla tua richiesta n. {id} ({kind}).',
  'mail.privacy.request.answered.erased':
    'Il tuo account è stato cancellato. Un’email separata elenca cosa è stato cancellato, anonimizzato e conservato perché la legge lo richiede.',
  'mail.privacy.request.refused.subject': 'La tua richiesta n. {id}: non possiamo darle seguito',
  'mail.privacy.request.refused.body':
    'Non possiamo dare seguito alla tua richiesta n. {id} ({kind}), per questo motivo:\n{reason}',
  'mail.privacy.request.refused.remedies':
    'Puoi proporre reclamo a un’autorità di controllo per la protezione dei dati (nel paese in cui vivi o lavori, o in cui ritieni che i tuoi diritti siano stati violati), come il Garante in Italia, e proporre ricorso giurisdizionale.',
  'mail.privacy.request.refused.remedies.ccpa':
    'Puoi rivolgerti alla California Privacy Protection Agency o al procuratore generale della California e ricorrere in giudizio.',
  // Download my data (H1a): the README.txt of the archive.
  'privacy.export.readme.title': 'I tuoi dati Reloop',
  'privacy.export.readme.intro':
    'Questo archivio contiene i dati personali che Reloop conservava su di te ({email}) il {date} (GDPR artt. 15 e 20: diritto di accesso e diritto alla portabilità).',
  'privacy.export.readme.files':
    'Ogni insieme di dati si trova in una cartella con il nome della parte di Reloop che lo conserva, due volte: un file .json con i valori esatti e un file .csv da aprire in un foglio di calcolo. manifest.json elenca ogni file, il suo numero di righe e cosa contiene.',
  'privacy.export.readme.formats':
    'Date e orari sono in UTC (ISO 8601). Gli importi sono numeri interi nella più piccola unità della valuta (centesimi), con la loro valuta.',
  'privacy.export.readme.secrets':
    'Password, codici di sicurezza e chiavi non sono mai inclusi. Le parti di Reloop che non conservano nulla su di te sono elencate in manifest.json, con il motivo.',
  'privacy.export.readme.contact':
    'Per rettificare i tuoi dati, o per qualsiasi altra richiesta al riguardo, usa il centro privacy del tuo account.',
};
