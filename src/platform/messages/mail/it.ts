import type { en } from './en.ts';

export const it: Record<keyof typeof en, string> = {
  'mail.signature': '— Reloop, il marketplace dell’elettronica ricondizionata',
  'mail.greeting': 'Ciao {name},',
  'mail.greeting.anonymous': 'Ciao,',

  'mail.verifyEmail.subject': 'Conferma il tuo indirizzo email',
  'mail.verifyEmail.body':
    'Conferma il tuo indirizzo email per completare la creazione del tuo account Reloop:\n{link}\n\nIl link funziona una sola volta e scade tra 48 ore. Se non ti sei registrato, ignora questa email.',
  'mail.alreadyRegistered.subject': 'Qualcuno ha provato a registrarsi con la tua email',
  'mail.alreadyRegistered.body':
    'Qualcuno, forse tu, ha provato a creare un account Reloop con questo indirizzo email, che ne ha già uno.\n\nSe sei stato tu, accedi o reimposta la password qui:\n{link}\n\nAltrimenti puoi ignorare questa email: non è cambiato nulla.',
  'mail.resetPassword.subject': 'Reimposta la tua password',
  'mail.resetPassword.body':
    'Scegli una nuova password per il tuo account Reloop con questo link:\n{link}\n\nFunziona una sola volta e scade tra un’ora. Se non l’hai richiesto, ignora questa email: la tua password non è cambiata.',
  'mail.passwordChanged.subject': 'La tua password è stata modificata',
  'mail.passwordChanged.body':
    'La password del tuo account Reloop è appena stata modificata e le altre sessioni sono state disconnesse.\n\nSe non sei stato tu, reimposta subito la password e contatta l’assistenza.',
  'mail.confirmNewEmail.subject': 'Conferma il tuo nuovo indirizzo email',
  'mail.confirmNewEmail.body':
    'Conferma che questo è il nuovo indirizzo email del tuo account Reloop:\n{link}\n\nIl link funziona una sola volta e scade tra 24 ore.',
  'mail.emailChanged.subject': 'Il tuo indirizzo email è stato modificato',
  'mail.emailChanged.body':
    'L’indirizzo email del tuo account Reloop ora è {email}. Se non sei stato tu, contatta subito l’assistenza.',
  'mail.closedByUser.subject': 'Il tuo account Reloop è chiuso',
  'mail.closedByUser.body':
    'Come hai chiesto, il tuo account Reloop è stato chiuso il {date}. Sei stato disconnesso ovunque.\n\nConserviamo i dati richiesti dalla legge (ordini, fatture) per i periodi di conservazione previsti e cancelliamo il resto secondo la nostra informativa sulla privacy. Per aprire di nuovo un account con questo indirizzo, contatta l’assistenza.',
  'mail.closedByPlatform.subject': 'Abbiamo chiuso il tuo account Reloop',
  'mail.closedByPlatform.body':
    'Abbiamo chiuso il tuo account Reloop il {date}.\n\nMotivo: {reason}\n{details}\n\nFondamento: {ground}\n\nLa decisione è stata presa da un membro del nostro staff, non con mezzi automatizzati.\nRiferimento della motivazione: {statementId}\n\nLe tue possibilità: {redress}',
  'mail.operatorInvite.subject': 'Sei invitato alla console operatori di Reloop',
  'mail.operatorInvite.body':
    '{inviter} ti ha invitato a entrare nella console operatori di Reloop come {role}.\n\nAccetta l’invito:\n{link}\n\nSe non hai ancora un account Reloop, lì scegli nome e password. Se ne hai già uno, apri il link dopo aver effettuato l’accesso come {email} con l’indirizzo verificato: il ruolo va solo a quell’account, e poi accedi di nuovo. Il link funziona una sola volta e scade tra 7 giorni.',

  'mail.ground.illegalContent': 'Contenuti o attività illegali — {legalGround}',
  'mail.ground.incompatibleTerms': 'Incompatibile con le nostre condizioni — {clause}',
  'mail.redress.user':
    'Puoi contestare gratuitamente questa decisione tramite il nostro sistema interno di gestione dei reclami entro 6 mesi (con il modulo di reclamo il cui link si trova nell’email che ti ha comunicato la decisione), rivolgerti a un organismo certificato di risoluzione extragiudiziale delle controversie o adire il giudice.',
  'mail.redress.seller':
    'Puoi contestare gratuitamente questa decisione tramite il nostro sistema interno di gestione dei reclami entro 6 mesi (con il modulo di reclamo il cui link si trova nell’email che ti ha comunicato la decisione, aperto a ogni titolare del negozio), rivolgerti a un organismo certificato di risoluzione extragiudiziale delle controversie o adire il giudice.',
  'mail.closure.reason.fraud': 'Frode o tentata frode',
  'mail.closure.reason.payment_abuse': 'Abuso dei pagamenti (chargeback, ordini non pagati)',
  'mail.closure.reason.scraping': 'Estrazione automatizzata del catalogo (scraping)',
  'mail.closure.reason.abusive_behaviour': 'Comportamento offensivo verso venditori o staff',
  'mail.closure.reason.duplicate_account': 'Più di un account per la stessa persona',
  'mail.closure.reason.false_identity': 'Dati dell’account falsi o ingannevoli',
  'mail.closure.reason.illegal_content': 'Contenuti o attività illegali',
  'mail.closure.clause.fraud': 'Condizioni d’uso §8.2 — uso fraudolento del servizio',
  'mail.closure.clause.payment_abuse':
    'Condizioni d’uso §8.3 — abuso delle procedure di pagamento e rimborso',
  'mail.closure.clause.scraping': 'Condizioni d’uso §7.4 — l’estrazione automatizzata di contenuti è vietata',
  'mail.closure.clause.abusive_behaviour': 'Condizioni d’uso §8.1 — uso rispettoso del servizio',
  'mail.closure.clause.duplicate_account': 'Condizioni d’uso §3.1 — un solo account per utente',
  'mail.closure.clause.false_identity': 'Condizioni d’uso §3.2 — dati di registrazione esatti e completi',
  'mail.suspension.reason.incomplete_trader_data': 'Informazioni commerciali incomplete',
  'mail.suspension.reason.inaccurate_trader_data': 'Informazioni commerciali inesatte o inaffidabili',
  'mail.suspension.reason.invalid_payment_account': 'Dati del conto di pagamento non utilizzabili',
  'mail.suspension.reason.invalid_id_document':
    'Documento d’identità mancante, scaduto o non corrispondente al rappresentante legale',
  'mail.suspension.reason.quality_criteria': 'Tassi di qualità oltre le soglie di Reloop',
  'mail.suspension.clause.incomplete_trader_data':
    'Condizioni per i venditori §4.1 — informazioni commerciali complete (DSA art. 30, paragrafi 1 e 3)',
  'mail.suspension.clause.inaccurate_trader_data':
    'Condizioni per i venditori §4.2 — informazioni commerciali esatte e aggiornate (DSA art. 30, paragrafi 2 e 3)',
  'mail.suspension.clause.invalid_payment_account':
    'Condizioni per i venditori §4.3 — un conto di pagamento intestato al commerciante',
  'mail.suspension.clause.invalid_id_document':
    'Condizioni per i venditori §4.1 — identificazione del commerciante (DSA art. 30, paragrafo 1, lettera b)',
  'mail.suspension.clause.quality_criteria':
    'Condizioni per i venditori §6 — criteri di qualità (tempi di consegna, stock, qualità dei prodotti)',
  'mail.suspension.lasts.incomplete_trader_data':
    'finché le informazioni commerciali non saranno corrette e verificate di nuovo',
  'mail.suspension.lasts.inaccurate_trader_data':
    'finché le informazioni commerciali non saranno corrette e verificate di nuovo',
  'mail.suspension.lasts.invalid_payment_account':
    'finché le informazioni commerciali non saranno corrette e verificate di nuovo',
  'mail.suspension.lasts.invalid_id_document':
    'finché le informazioni commerciali non saranno corrette e verificate di nuovo',
  'mail.suspension.lasts.quality_criteria':
    'finché non sarà concordato con Reloop un piano per riportare i tassi di qualità entro le soglie',

  'mail.receipt.order': 'Ordine {orderId} — venduto da {seller}',
  'mail.receipt.orderWithInvoice': 'Ordine {orderId} — venduto da {seller} — fattura {invoice}',
  'mail.receipt.line':
    '{quantity} × {product} ({grade}) — prezzo unitario {unit} — riga IVA esclusa {net} — riga IVA inclusa {gross}',
  'mail.receipt.notApplicable': 'non applicabile',
  'mail.receipt.delivery': 'Spedizione: {amount}',
  'mail.receipt.vat': 'IVA {rate} su {net}: {vat}',
  'mail.receipt.insurance': 'Assicurazione (rottura e furto, 12 mesi): {amount}',
  'mail.receipt.orderTotal': 'Totale dell’ordine: {amount}',
  'mail.receipt.serviceFee': 'Commissione di servizio: {amount}',
  'mail.receipt.totalPaid': 'Totale pagato: {amount}',
  'mail.confirmation.subject': 'Il tuo ordine Reloop è confermato ({orders})',
  'mail.confirmation.intro':
    'Grazie per il tuo ordine. Il pagamento è confermato e abbiamo chiesto ai venditori di spedire.',
  'mail.confirmation.policies': 'Le tue polizze assicurative (rottura e furto, 12 mesi): {policies}',
  'mail.confirmation.follow': 'Segui il tuo ordine: {link}',
  'mail.awaitingTransfer.subject': 'Il tuo ordine Reloop attende il tuo bonifico',
  'mail.awaitingTransfer.body':
    'Il tuo ordine è riservato fino al {dueAt} (48 ore). Esegui un bonifico di {amount} a:\n\nBeneficiario: {beneficiary}\nIBAN: {iban}\nBIC: {bic}\nCausale (obbligatoria): {reference}\n\nSenza pagamento entro quella data l’ordine viene annullato e gli articoli tornano disponibili.',
  'mail.cancelledUnpaid.subject': 'Il tuo ordine Reloop è stato annullato: nessun pagamento ricevuto',
  'mail.cancelledUnpaid.body':
    'Non abbiamo ricevuto il tuo bonifico di {amount} entro 48 ore, quindi gli ordini {orders} sono stati annullati e gli articoli sono tornati disponibili. Non è stato addebitato nulla. Se hai già pagato, rispondi a questa email e ti rimborseremo.',
  'mail.latePayment.subject': 'Il tuo pagamento a Reloop è arrivato in ritardo: viene rimborsato per intero',
  'mail.latePayment.body':
    'Il tuo pagamento di {amount} ci è arrivato dopo l’annullamento degli ordini {orders}, e gli articoli non sono più disponibili (oppure il tuo carrello è stato ordinato di nuovo). {refunded, select, yes {Lo abbiamo rimborsato per intero sulla stessa carta o conto; a seconda della banca, sarà visibile entro 5-10 giorni.} other {Lo stiamo rimborsando per intero: la nostra assistenza se ne sta occupando e te lo confermerà via email.}} Con questo pagamento non è stato effettuato alcun ordine.',

  'mail.shipped.subject': 'Il tuo ordine {orderId} è in viaggio',
  'mail.shipped.body':
    'Il tuo ordine {orderId} è stato consegnato a {carrier}.\nNumero di tracciamento: {tracking}',

  'mail.refund.delay':
    'Il denaro torna sul metodo di pagamento che hai usato; a seconda della banca, possono servire da 5 a 10 giorni lavorativi perché compaia.',
  'mail.refundIssued.subject': 'Il tuo rimborso Reloop di {amount} (ordine {orderId})',
  'mail.refundIssued.cancelled':
    'Il tuo ordine {orderId} di {quantity} × {product} ({grade}) è stato annullato e rimborsato per intero.',
  'mail.refundIssued.partial':
    'Abbiamo rimborsato {amount} per {quantity} × {product} ({grade}), ordine {orderId}.',
  'mail.refundIssued.details': 'Importo rimborsato: {amount}\nMotivo: {reason}',
  'mail.refundFailed.subject': 'Il tuo rimborso Reloop di {amount} non è andato a buon fine',
  'mail.refundFailed.body':
    'Abbiamo provato a rimborsarti {amount} per {what, select, line {{description}} insurance {un premio assicurativo la cui polizza non è stata emessa} service_fee {la commissione di servizio} other {il pagamento arrivato dopo l’annullamento del tuo ordine}}{orderId, select, none {} other { (ordine {orderId})}}, ma la tua banca o l’emittente della carta lo ha rifiutato.\n\nPer questo rimborso non hai ancora ricevuto denaro. Il nostro team è stato avvisato e ti rimborserà di nuovo, oppure ti contatterà se serve un altro modo per restituirti il denaro. Non devi fare nulla.',
  'mail.refundFailedOperator.subject':
    '[Reloop] Rimborso {refundId} non riuscito: {amount}{orderId, select, none {} other {, ordine {orderId}}}',
  'mail.refundFailedOperator.body':
    'Il rimborso {refundId} di {amount} per {description}{orderId, select, none {} other {, ordine {orderId}}} (checkout {checkoutId}) {how, select, refused {è stato rifiutato dal} other {non è riuscito presso il}} fornitore di pagamento{message}.\n\n{what, select, line {La riga è di nuovo rimborsabile (stato {lineState}).} insurance {Era un premio assicurativo rimborsato perché la polizza non è stata emessa.} service_fee {Era la commissione di servizio del checkout.} other {Era denaro arrivato dopo il rilascio del checkout (nessun ordine): resta dovuto su late_payment_payable.}} {how, select, reversed {La sua scrittura contabile è stata stornata.} other {Non è stato registrato nulla.}}{released, select, yes {\nLe unità rimesse in vendita sono state vendute nel frattempo: non lasciare che il venditore spedisca questa riga; rimborsala di nuovo.} other {}}\n\nL’acquirente non è stato rimborsato: riprova dalla pagina dei rimborsi non riusciti o organizza un altro pagamento.\n{link}',
  'mail.serviceFeeRefunded.subject':
    'Il tuo ordine Reloop è completamente annullato: commissione di servizio di {fee} rimborsata',
  'mail.serviceFeeRefunded.body':
    'Tutti gli articoli del tuo ordine sono stati annullati o rimborsati, quindi ti abbiamo rimborsato anche la commissione di servizio di {fee}.\n\nIn totale, {total} sta tornando sul metodo di pagamento che hai usato (non resta nulla da pagare); a seconda della banca, possono servire da 5 a 10 giorni lavorativi perché compaia.',
  'mail.insuranceRefunded.subject':
    'La tua assicurazione Reloop non è stata emessa: {amount} rimborsati (ordine {orderId})',
  'mail.insuranceRefunded.body':
    'L’assicuratore non ha potuto emettere l’assicurazione contro rottura e furto per {product} ({grade}), unità {unit} dell’ordine {orderId}. Il tuo dispositivo non è assicurato, quindi ti abbiamo rimborsato il premio di {amount}.\n\nIl tuo ordine non subisce modifiche.',

  'mail.quality.rate.aestheticDefectBp': 'Difetti estetici',
  'mail.quality.rate.wrongProductBp': 'Prodotto sbagliato',
  'mail.quality.rate.defectiveProductBp': 'Prodotto difettoso',
  'mail.quality.rate.wrongAccessoriesBp': 'Accessori sbagliati',
  'mail.quality.rate.lateDeliveryBp': 'Consegne in ritardo',
  'mail.quality.rate.cancellationBp': 'Annullamenti',
  'mail.quality.flagLine': '- {rate}: {value} (soglia {threshold})',
  'mail.quality.flagged.subject': '{shop}: tassi di qualità oltre le soglie di Reloop',
  'mail.quality.flagged.body':
    'Negli ultimi 90 giorni questi tassi di {shop} hanno superato le soglie dei criteri di qualità di Reloop:\n\n{flags}\n\nFinché non rientrano, questi tassi abbassano la posizione delle tue offerte nella buybox e il nostro team esaminerà il tuo account. Accetta o annulla gli ordini rapidamente, spedisci nei tempi promessi e descrivi con precisione la condizione di ogni dispositivo.\n\nLa tua dashboard mostra i tassi e il loro andamento:\n{link}',
  'mail.quality.warned.subject': '{shop}: avviso sui tuoi tassi di qualità',
  'mail.quality.warned.body':
    'Il nostro team ha esaminato i tassi di qualità di {shop}, che superano le soglie di Reloop.\n\n{note}\n\nSe i tassi restano oltre le soglie, Reloop può sospendere il tuo negozio e ritirarne le offerte (condizioni per i venditori §6, criteri di qualità). La tua dashboard mostra i tassi e il loro andamento:\n{link}',

  'mail.onboarding.note': 'Nota del nostro team di conformità: {note}',
  'mail.onboarding.received.subject': 'Abbiamo ricevuto la tua candidatura come venditore per {shop}',
  'mail.onboarding.received.body':
    'Grazie per aver chiesto di vendere su Reloop come {shop}. Il nostro team di conformità verifica le informazioni commerciali che hai fornito (DSA art. 30) prima che il tuo negozio possa pubblicare offerte; ti risponderemo via email.\n\nSegui la tua candidatura qui:\n{link}',
  'mail.onboarding.resubmitted.subject': 'Abbiamo ricevuto la tua candidatura corretta per {shop}',
  'mail.onboarding.resubmitted.body':
    'Grazie: la tua candidatura corretta come venditore per {shop} è di nuovo all’esame del nostro team di conformità.\n\nSeguila qui:\n{link}',
  'mail.onboarding.approved.subject': '{shop} è autorizzato a vendere su Reloop',
  'mail.onboarding.approved.body':
    'Buone notizie: le tue informazioni commerciali sono state verificate e {shop} può ora pubblicare offerte su Reloop. L’indirizzo del tuo negozio è {link}.',
  'mail.onboarding.approved.keepUpToDate':
    'Mantieni aggiornate le tue informazioni commerciali: dobbiamo sospendere i negozi le cui informazioni diventano incomplete o inesatte.',
  'mail.onboarding.rejected.subject': 'La tua candidatura come venditore per {shop} non è stata accettata',
  'mail.onboarding.rejected.body':
    'Ci dispiace: dopo averla verificata, non possiamo accettare la tua richiesta di vendere su Reloop come {shop}.\n\nMotivo: {reasons}\n\n{redress}\n\nPuoi candidarti di nuovo con informazioni complete ed esatte:\n{link}',
  'mail.onboarding.correction.subject': 'Correggi la tua candidatura come venditore per {shop}',
  'mail.onboarding.correction.body':
    'Prima che {shop} possa vendere su Reloop, alcune delle informazioni commerciali che hai fornito devono essere corrette o completate.\n\nDa correggere: {reasons}\n\nCorreggi la tua candidatura qui:\n{link}',
  'mail.onboarding.suspended.subject': '{shop} è sospeso su Reloop — motivazione',
  'mail.onboarding.suspended.body':
    'Motivazione (regolamento sui servizi digitali, art. 17)\n\nDecisione: sospensione della fornitura del nostro servizio a {shop} (tutte le offerte ritirate, nessuna nuova offerta) su tutti i mercati Reloop, dal {date} {lasts}.\nMotivo: {reason}\nFatti e circostanze: {details}\nFondamento: {ground}\nLa decisione è stata presa da un membro del nostro staff di propria iniziativa, senza mezzi automatizzati.\n\nPer ottenere la revoca della sospensione, rispondi a questa email con le informazioni corrette o il tuo piano.\n\n{redress}\n\nRiferimento: {statementId}',
  'mail.onboarding.reinstated.subject': '{shop} può di nuovo vendere su Reloop',
  'mail.onboarding.reinstated.body':
    'La sospensione di {shop} è revocata: le tue informazioni commerciali sono state verificate di nuovo. Le tue offerte restano ritirate finché non le pubblichi di nuovo dal portale venditori.',
  'mail.onboarding.ended.subject': 'Il tuo contratto di venditore per {shop} è terminato',
  'mail.onboarding.ended.body':
    'Il tuo contratto di venditore per {shop} è terminato il {date}; le sue offerte non sono più visibili.',
  'mail.onboarding.ended.statement':
    'Motivazione (regolamento sui servizi digitali, art. 17): cessazione della fornitura del nostro servizio su tutti i mercati Reloop, decisa da un membro del nostro staff di propria iniziativa, senza mezzi automatizzati.\nFatti e circostanze: {details}\n\n{redress}\n\nRiferimento: {statementId}',
  'mail.onboarding.ended.retention':
    'Come richiede il regolamento sui servizi digitali, conserviamo le tue informazioni commerciali fino al {date} (sei mesi dopo la fine del contratto) e poi le cancelliamo.',

  'mail.teamInvite.subject': '{inviter} ti invita in {seller} su Reloop',
  'mail.teamInvite.body':
    '{inviter} ti ha invitato a unirti a {seller} come {role, select, owner {titolare} other {membro del team}} sul portale venditori di Reloop.\n\nAccetta l’invito:\n{link}\n\nSe non hai ancora un account Reloop, lì scegli nome e password. Se ne hai già uno, apri il link dopo aver effettuato l’accesso come {email} con l’indirizzo verificato: l’accesso va solo a quell’account, quando accetti.\n\nIl link funziona una sola volta e scade il {date} (7 giorni). Se non te lo aspettavi, ignora questa email: non cambia nulla.',

  // Platform contact form and support tickets (customer-service, issue 14)
  'mail.contact.ack.subject': 'Abbiamo ricevuto il tuo messaggio (richiesta {number})',
  'mail.contact.ack.body':
    'Grazie per aver scritto al servizio clienti di Reloop. Abbiamo ricevuto {topic, select, question {la tua domanda} complaint {il tuo reclamo sulla piattaforma} other {il tuo messaggio}} e ti risponderemo via e-mail, di solito entro due giorni lavorativi.\n\nIl tuo messaggio:\n{message}\n\nSe ci scrivi di nuovo a questo proposito, indica la richiesta {number}.',
  'mail.contact.reply.subject': 'Servizio clienti Reloop: la tua richiesta {number}',
  'mail.contact.reply.body':
    'Il servizio clienti di Reloop ha risposto alla tua richiesta {number}:\n\n{reply}\n\nPer rispondere, usa il modulo di contatto sul sito di Reloop e indica la richiesta {number}.',

  // E-mail post-vendita (issue 14: richieste di assistenza, resi, garanzia, nuovi ordini pagati)
  'mail.care.problem':
    '{problem, select, damaged_package {Pacco danneggiato} not_received {Articolo non ricevuto} wrong_item {Articolo sbagliato} missing_part {Parte mancante} defective {Articolo difettoso} not_as_described {Non conforme alla descrizione} locked {Account o codice bloccato} other {Altro problema}}',
  'mail.care.reason':
    '{reason, select, aesthetic_defect {difetto estetico} wrong_product {prodotto sbagliato} defective {articolo difettoso} wrong_accessories {accessori sbagliati} damaged_in_transit {danneggiato durante il trasporto} lost_in_transit {smarrito durante il trasporto} changed_mind {ripensamento} no_fault_found {nessun difetto riscontrato} other {risolto}}',
  'mail.care.opened.subject': 'Nuova richiesta di assistenza {folderId} sull’ordine {orderId}',
  'mail.care.opened.body':
    'Un acquirente chiede assistenza per {product} (ordine {orderId}).\nProblema: {problem}\n\nIl suo messaggio:\n{message}\n\nRispondi entro {days, plural, one {# giorno lavorativo} other {# giorni lavorativi}}, nel portale venditori o tramite l’API:\n{link}',
  'mail.care.reply.subject': 'Nuovo messaggio nella richiesta di assistenza {folderId}',
  'mail.care.reply.toBuyer':
    '{from, select, seller {Il venditore} other {Il servizio clienti di Reloop}} ti ha scritto riguardo a {product} (ordine {orderId}):\n\n{message}\n\nLeggi la conversazione e rispondi:\n{link}',
  'mail.care.reply.toSeller':
    'L’acquirente ha scritto di nuovo nella richiesta di assistenza {folderId} riguardo a {product} (ordine {orderId}):\n\n{message}\n\nRispondi nel portale venditori o tramite l’API:\n{link}',
  'mail.care.escalated.subject': 'Il servizio clienti segue la richiesta di assistenza {folderId}',
  'mail.care.escalated.body':
    'Su richiesta {by, select, buyer {dell’acquirente} seller {del venditore} other {del nostro team}}, il servizio clienti di Reloop segue ora la richiesta di assistenza {folderId} riguardo a {product} (ordine {orderId}) e risponderà nella conversazione.\n\n{link}',
  'mail.care.closed.subject': 'La tua richiesta di assistenza {folderId} è chiusa',
  'mail.care.closed.body':
    'La tua richiesta di assistenza {folderId} riguardo a {product} (ordine {orderId}) è stata chiusa.\nEsito: {reason}\n\nSe il problema non è risolto, scrivi nella conversazione: verrà riaperta.\n{link}',
  'mail.return.requested.subject': 'Reso richiesto per l’ordine {orderId}',
  'mail.return.requested.body':
    'L’acquirente chiede di restituire {quantity} × {product} (ordine {orderId}): {kind, select, withdrawal {un recesso entro i 14 giorni di legge, senza bisogno di motivazione} other {un reso entro il tuo periodo di reso}}.\nImporto da rimborsare al rientro dell’articolo: {amount}\n\nEmetti l’etichetta di reso:\n{link}',
  'mail.return.label.subject': 'La tua etichetta di reso per l’ordine {orderId}',
  'mail.return.label.body':
    'Il tuo reso di {product} (ordine {orderId}) è accettato. Spedisci il pacco con {carrier}.\nNumero di tracciamento del reso: {tracking}\n\nRiceverai un rimborso di {amount} non appena il venditore avrà ricevuto l’articolo.\n{link}',
  'mail.warranty.opened.subject': 'Richiesta in garanzia {claimId} sull’ordine {orderId}',
  'mail.warranty.opened.body':
    'L’acquirente presenta una richiesta per {product} (ordine {orderId}) in base a {basis, select, commercial_warranty {la tua garanzia commerciale} other {la garanzia legale di conformità}}.\n\nCosa è successo:\n{description}\n\nDecidi tra riparazione, sostituzione o rimborso:\n{link}',
  'mail.warranty.decided.subject': 'Decisione sulla tua richiesta in garanzia {claimId}',
  'mail.warranty.decided.body':
    'Il venditore ha deciso sulla tua richiesta per {product} (ordine {orderId}): {outcome, select, repair {il tuo dispositivo sarà riparato e rispedito a te} replacement {riceverai un dispositivo sostitutivo} other {vieni rimborsato e il denaro ti arriverà entro pochi giorni}}.\n\n{link}',
  'mail.sellerOrder.paid.subject': 'Nuovo ordine pagato {orderId}',
  'mail.sellerOrder.paid.body':
    'L’ordine {orderId} è pagato: {total}. Accettalo e spediscilo entro i tempi promessi:\n{link}',
  // Insurance claims (after-sales insurance-claim-emails.ts, issue 14)
  'mail.insuranceClaim.filed.subject': 'La sua denuncia di sinistro {claimRef}',
  'mail.insuranceClaim.filed.body':
    'Abbiamo inviato all’assicuratore la sua denuncia per {product} (ordine {orderId}), con la polizza {policyRef}: {cover, select, breakage {rottura} theft {furto} other {danni da liquidi}}.\nRiferimento del sinistro: {claimRef}\n\nL’assicuratore la esamina entro pochi giorni e le scriveremo appena risponde.\n{link}',
  'mail.insuranceClaim.status.subject':
    '{status, select, accepted {Il suo sinistro {claimRef} è stato accettato} refused {Il suo sinistro {claimRef} è stato respinto} other {Il suo sinistro {claimRef} è stato liquidato}}',
  'mail.insuranceClaim.status.body':
    'L’assicuratore ha risposto sul suo sinistro {claimRef} per {product} (ordine {orderId}): {status, select, accepted {è stato accettato e {outcome, select, repair {il suo dispositivo sarà riparato} replacement {il suo dispositivo sarà sostituito} other {l’assicuratore le versa il valore del dispositivo}}.} refused {è stato respinto, perché {refusal, select, no_proof_of_theft {un furto richiede una denuncia alla polizia e non ne è stata allegata nessuna} other {la polizza non lo copre}}.} other {è stato liquidato: {outcome, select, repair {la riparazione è stata fatta} replacement {la sostituzione è stata fatta} other {il pagamento è stato effettuato}}.}}\n\n{link}',

  // Reviews: writing (issue 15)
  'mail.review.request.subject': 'Come ti trovi con {product}?',
  'mail.review.request.body':
    'Hai ricevuto {product} (ordine {orderId}) circa una settimana fa. Racconta agli altri acquirenti cosa pensi del prodotto e della consegna: il tuo voto e qualche parola li aiutano a scegliere.\n\nScrivi qui la tua recensione, senza accedere (il link è valido fino al {expires}):\n{link}\n\nSolo gli acquirenti che hanno ricevuto il prodotto possono recensirlo, e Reloop non offre nulla in cambio di una recensione, positiva o negativa.',
  'mail.review.published.subject': 'La tua recensione di {product} è online',
  'mail.review.published.body':
    'Grazie: la tua recensione di {product} (ordine {orderId}) è pubblicata.\n\nPuoi modificarla fino al {editUntil} ed eliminarla in qualsiasi momento:\n{link}\n\nLe foto che aggiungi vengono mostrate dopo il controllo di una persona.',
  // Review moderation (issue 15): statements of reasons, appeals, notices
  'mail.reviewModeration.statement.subject':
    '{kind, select, removal {La tua recensione di {product} è stata rimossa} photos {Le foto della tua recensione di {product} non sono pubblicate} reply {La tua risposta a una recensione di {product} è stata rimossa} other {Il tuo account non può più scrivere recensioni}}',
  'mail.reviewModeration.statement.body':
    '{kind, select, removal {Abbiamo rimosso la tua recensione di {product} (ordine {orderId}, scritta il {reviewDate}).} photos {Non abbiamo pubblicato le foto della tua recensione di {product} (ordine {orderId}, scritta il {reviewDate}). Quando una foto viola le nostre regole sulle recensioni, nessuna foto della recensione viene pubblicata; il testo della tua recensione resta online.} reply {Abbiamo rimosso la tua risposta a una recensione di {product} (ordine {orderId}).} other {Abbiamo bloccato la scrittura di recensioni dal tuo account {permanent, select, yes {in modo definitivo} other {fino al {until}}}.}}\n\nMotivo: {criterion}\nCosa abbiamo rilevato: {facts}\n\nQuesta e-mail è la nostra motivazione (riferimento {statementId}). Puoi contestare questa decisione gratuitamente entro 6 mesi{kind, select, reply {: rispondi a questa e-mail.} block {, con il modulo di reclamo: indica la tua e-mail, il numero d’ordine e la data di una delle tue recensioni, e il riferimento qui sopra:\n{link}} removal {, con il nostro modulo di reclamo:\n{link}} other {, con il modulo di reclamo: indica la tua e-mail, il numero d’ordine {orderId} e la data della tua recensione {reviewDate}:\n{link}}}\n\nPuoi anche rivolgerti a un organismo certificato di risoluzione extragiudiziale delle controversie o al giudice.',
  'mail.reviewModeration.appeal.subject': 'Decisione sul tuo reclamo',
  'mail.reviewModeration.appeal.body':
    '{outcome, select, reversed {Abbiamo esaminato il tuo reclamo e annullato la nostra decisione: {kind, select, removal {la tua recensione di {product} è di nuovo pubblicata.} photos {le foto della tua recensione di {product} sono pubblicate.} other {il tuo account può di nuovo scrivere recensioni.}}} other {Abbiamo esaminato il tuo reclamo e confermato la nostra decisione. Puoi ancora rivolgerti a un organismo certificato di risoluzione extragiudiziale delle controversie o al giudice.}}\n\nNota del nostro team: {note}\n\n{link}',
  'mail.reviewModeration.noticeReceived.subject':
    'Abbiamo ricevuto la tua segnalazione della recensione {reviewId}',
  'mail.reviewModeration.noticeReceived.body':
    'Abbiamo ricevuto il {date} la tua segnalazione relativa {target, select, reply {alla risposta del venditore alla recensione {reviewId}} other {alla recensione {reviewId}}} (motivo indicato: {criterion}). Il riferimento è {noticeId}. Una persona la esaminerà e ti comunicherà la decisione via e-mail.',
  'mail.reviewModeration.notice.subject': 'La tua segnalazione sulla recensione {reviewId}',
  'mail.reviewModeration.notice.body':
    '{outcome, select, upheld {Abbiamo esaminato la tua segnalazione e rimosso {target, select, reply {la risposta del venditore alla recensione {reviewId}} other {la recensione {reviewId}}}. Motivo: {criterion}.} other {Abbiamo esaminato la tua segnalazione su {target, select, reply {la risposta del venditore alla recensione {reviewId}} other {la recensione {reviewId}}} e l’abbiamo lasciata online: a nostro avviso non viola le nostre regole sulle recensioni ({criterion}). Puoi contestare questa decisione rispondendo a questa e-mail, rivolgerti a un organismo certificato di risoluzione extragiudiziale delle controversie o al giudice.}}',
  'mail.reviewModeration.criterion':
    '{criterion, select, not_about_experience {non riguarda il prodotto o l’acquisto} off_topic {fuori tema} offensive {contenuto offensivo o volgare} discriminatory {contenuto discriminatorio o d’odio} personal_data {dati personali} advertising {pubblicità, link o recapiti} not_authentic {non autentica o scritta in conflitto di interessi} illegal_content {contenuto illecito} spam {spam o duplicato} photo_not_product {una foto che non mostra il prodotto} photo_people {una foto che mostra persone} photo_unsuitable {una foto non adatta} serious {una violazione grave delle nostre regole sulle recensioni} repeated {violazioni ripetute delle nostre regole sulle recensioni} other {una violazione delle nostre regole sulle recensioni}}',
};
