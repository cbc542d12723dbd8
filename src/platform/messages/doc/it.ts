import type { en } from './en.ts';

export const it: Record<keyof typeof en, string> = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Regime del margine — beni usati',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge':
    'Inversione contabile — Cessione intracomunitaria non imponibile, art. 138 Direttiva 2006/112/CE',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService':
    'Inversione contabile — IVA dovuta dal committente, art. 196 Direttiva 2006/112/CE',
  'doc.mention.outsideScope':
    'Operazione non soggetta a IVA — servizi resi a un soggetto passivo stabilito fuori dall’UE (art. 44 Direttiva 2006/112/CE)',

  'doc.page': 'Pagina {page} di {pages}',
  'doc.issueDate': 'Data di emissione: {date}',
  'doc.currency': 'Valuta: {currency}',
  'doc.supplier': 'Cedente: {name}',
  'doc.customer': 'Cessionario: {name}',
  'doc.party.tradingAs': 'Nome commerciale: {name}',
  'doc.party.attention': 'Alla c.a. di {name}',
  'doc.party.vatNumber': 'Partita IVA: {number}',
  'doc.party.customerVatNumber': 'Partita IVA del cliente: {number}',
  'doc.vatNumberMissing': 'mancante',
  'doc.onBehalf.invoice':
    'Emessa da Reloop per conto di {seller}: Reloop emette questa fattura in nome e per conto del venditore.',
  'doc.onBehalf.creditNote':
    'Emessa da Reloop per conto di {seller}: Reloop emette questa nota di credito in nome e per conto del venditore.',
  'doc.col.qty': 'Qtà',
  'doc.col.description': 'Descrizione',
  'doc.col.vat': 'IVA',
  'doc.col.vatRate': 'Aliquota IVA',
  'doc.col.vatAmount': 'IVA ({currency})',
  'doc.col.unitPrice': 'Prezzo unitario ({currency})',
  'doc.col.amount': 'Importo ({currency})',
  'doc.col.unitPriceExclVat': 'Prezzo unitario* ({currency})',
  'doc.col.amountExclVat': 'Importo* ({currency})',
  'doc.col.netAmount': 'Imponibile ({currency})',
  'doc.col.taxable': 'Base imponibile ({currency})',
  'doc.vat.margin': 'Regime del margine',
  'doc.vat.reverseCharge': 'Inversione contabile',
  'doc.vat.reverseChargeRate': '{rate} (inversione contabile)',
  'doc.vatSummary': 'Riepilogo IVA',
  'doc.total': 'Totale',
  'doc.totalExclVat': 'Totale imponibile',
  'doc.totalVat': 'Totale IVA',
  'doc.marginGoods': 'Beni in regime del margine (IVA non esposta)',

  'doc.receipt.title': 'Ricevuta Reloop',
  'doc.receipt.documentTitle': 'Ricevuta Reloop {checkout}',
  'doc.receipt.footer': 'Ricevuta Reloop · acquisto {checkout}',
  'doc.receipt.checkout': 'Acquisto: {checkout}',
  'doc.receipt.date': 'Data: {date}',
  'doc.receipt.buyer': 'Acquirente: {email}',
  'doc.receipt.payment': 'Pagamento: {method} — {status}',
  'doc.receipt.method.card': 'Carta',
  'doc.receipt.method.bankTransfer': 'Bonifico bancario',
  'doc.receipt.status.succeeded': 'pagato',
  'doc.receipt.status.processing': 'in elaborazione',
  'doc.receipt.status.requiresAction': 'in attesa della tua conferma',
  'doc.receipt.status.awaitingTransfer': 'in attesa del tuo bonifico',
  'doc.receipt.status.failed': 'non riuscito',
  'doc.receipt.status.cancelled': 'annullato',
  'doc.receipt.order': 'Ordine {orderId} — venduto da {seller}',
  'doc.receipt.sellerInvoice': 'Fattura del venditore: {number}',
  'doc.receipt.sellerInvoicePending': 'Fattura del venditore: emessa alla ricezione del pagamento',
  'doc.receipt.vatIncluded': 'di cui IVA {amount}',
  'doc.receipt.delivery': 'Spedizione ({option})',
  'doc.receipt.insurance': 'Assicurazione (rottura e furto, 12 mesi)',
  'doc.receipt.exempt': 'esente',
  'doc.receipt.vatOn': 'IVA {rate} su {net}',
  'doc.receipt.orderTotal': 'Totale ordine',
  'doc.receipt.serviceFee': 'Commissione di servizio (Reloop, IVA inclusa)',
  'doc.receipt.totalPaid': 'Totale pagato',
  'doc.receipt.totalToPay': 'Totale da pagare',
  'doc.receipt.refundedLine': 'Rimborsato: {product} ({grade})',
  'doc.receipt.refundedLinePending': 'Rimborsato: {product} ({grade}) (in corso)',
  'doc.receipt.serviceFeeRefunded': 'Commissione di servizio rimborsata',
  'doc.receipt.refundedToYou': 'Rimborsato a te',
  'doc.receipt.paidAfterRefunds': 'Pagato dopo i rimborsi',
  'doc.receipt.refundFailed':
    'Un rimborso di {amount} non è ancora stato versato: ti è ancora dovuto e verrà versato di nuovo.',
  'doc.receipt.notInvoice':
    'Questa ricevuta non è una fattura. La fattura di ciascun venditore si scarica dalla pagina del tuo ordine.',

  'doc.invoice.title': 'Fattura {number}',
  'doc.invoice.number': 'Numero fattura: {number}',
  'doc.invoice.supplied': 'Data di consegna (spedizione): {date}',
  'doc.invoice.supplyPending':
    'Data di consegna: la data di spedizione (non ancora spedito); questa fattura è emessa al pagamento.',
  'doc.invoice.order': 'Ordine: {orderId} del {date} (mercato: {market})',
  'doc.invoice.line': '{product} — {grade} (cod. {sku})',
  'doc.invoice.delivery': 'Spedizione di {product}',
  'doc.invoice.footnote':
    '* IVA esclusa. Beni in regime del margine: il prezzo addebitato, senza IVA esposta (art. 325 Direttiva 2006/112/CE). L’IVA è calcolata per aliquota sui totali della fattura (EN 16931); gli importi IVA esclusa per riga sono indicativi.',
  'doc.invoice.paidOn': 'Pagata il {date}',
  'doc.invoice.creditNote': 'Nota di credito {number} del {date}',
  'doc.invoice.cancellation': 'Annullamento {number} del {date} (nota di credito ritirata)',
  'doc.invoice.balance': 'Saldo dopo le note di credito',
  'doc.invoice.reverseChargeNote':
    'L’IVA è dovuta dal cliente (partita IVA {vatNumber}) nel suo Stato membro.',
  'doc.invoice.marginNote':
    'Beni usati venduti in regime del margine: l’IVA compresa nel prezzo non è detraibile dall’acquirente (art. 323).',
  'doc.invoice.footer': 'Fattura {number} · {seller} · emessa da Reloop per conto del venditore',

  'doc.creditNote.title': 'Nota di credito {number}',
  'doc.creditNote.cancelTitle': 'Annullamento della nota di credito {cancels} ({number})',
  'doc.creditNote.number': 'Numero nota di credito: {number}',
  'doc.creditNote.documentNumber': 'Numero documento: {number}',
  'doc.creditNote.credits': 'Rettifica la fattura {invoice} del {date} (ordine {orderId})',
  'doc.creditNote.cancels':
    'Annullamento della nota di credito {cancels}: il rimborso che documentava non è andato a buon fine presso il prestatore di pagamento, quindi l’accredito è ritirato e la fattura {invoice} del {date} (ordine {orderId}) torna com’era prima di quella nota di credito. Gli importi sono negativi.',
  'doc.creditNote.reason': 'Motivo: {reason}',
  'doc.creditNote.line': '{product} — {grade} (cod. {sku}), bene e spedizione',
  'doc.creditNote.col.credited': 'Accreditato IVA esclusa* ({currency})',
  'doc.creditNote.col.taxable': 'Imponibile accreditato ({currency})',
  'doc.creditNote.col.vat': 'IVA accreditata ({currency})',
  'doc.creditNote.footnote':
    '* Beni in regime del margine: il prezzo accreditato, senza IVA esposta (art. 325 Direttiva 2006/112/CE).',
  'doc.creditNote.totalExclVat': 'Totale accreditato IVA esclusa',
  'doc.creditNote.vat': 'IVA accreditata',
  'doc.creditNote.total': 'Totale accreditato',
  'doc.creditNote.reverseChargeNote':
    'Il cliente (partita IVA {vatNumber}) rettifica l’IVA assolta con inversione contabile.',
  'doc.creditNote.refunded':
    'Rimborsato sul metodo di pagamento usato per l’ordine; la fattura sopra è ridotta di questo importo.',
  'doc.creditNote.notRefunded':
    'Il rimborso non è avvenuto: la fattura non è più ridotta dalla nota di credito {cancels}.',
  'doc.creditNote.footer': '{title} · {seller} · emessa da Reloop per conto del venditore',

  'doc.statement.title': 'Estratto conto venditore',
  'doc.statement.documentTitle': 'Estratto conto {seller} {from} – {to}',
  'doc.statement.footer': 'Reloop · estratto conto del venditore {sellerId} · dal {from} al {to}',
  'doc.statement.seller': 'Venditore: {name} (venditore {sellerId})',
  'doc.statement.period': 'Periodo: dal {from} al {to} (UTC, entrambi i giorni inclusi)',
  'doc.statement.sign':
    'Importi dal tuo punto di vista: quelli positivi ti sono dovuti, quelli negativi sono trattenuti. Il saldo è quanto Reloop ti deve.',
  'doc.statement.none': 'Nessun movimento.',
  'doc.statement.opening': 'Saldo iniziale',
  'doc.statement.closing': 'Saldo finale',
  'doc.statement.col.date': 'Data',
  'doc.statement.col.kind': 'Tipo',
  'doc.statement.col.reference': 'Riferimento',
  'doc.statement.col.amount': 'Importo ({currency})',
  'doc.statement.col.balance': 'Saldo ({currency})',
  'doc.statement.kind.sale': 'Vendita',
  'doc.statement.kind.commission': 'Commissione',
  'doc.statement.kind.refund': 'Rimborso',
  'doc.statement.kind.payout': 'Pagamento al venditore',
  'doc.statement.kind.monthlyFee': 'Canone mensile',
  'doc.statement.kind.adjustment': 'Rettifica',

  'doc.platformInvoice.services': 'Servizi resi: dal {from} al {to}',
  'doc.platformInvoice.vatRate': 'IVA {rate}',
  'doc.platformInvoice.vatReverseCharge': 'IVA (inversione contabile)',
  'doc.platformInvoice.vatNotApplicable': 'IVA (non applicabile)',
  'doc.platformInvoice.nothing': 'Nulla da fatturare per {period}: totale {amount}.',
  'doc.platformInvoice.commission':
    'Commissione sulle vendite ({count, plural, one {# ordine pagato} other {# ordini pagati}} a {period})',
  'doc.platformInvoice.commissionNoVat':
    'Commissione sulle vendite ({count, plural, one {# ordine pagato} other {# ordini pagati}} a {period}, senza IVA addebitata)',
  'doc.platformInvoice.commissionReturned':
    'Commissione restituita sui rimborsi ({count, plural, one {# rimborso} other {# rimborsi}})',
  'doc.platformInvoice.monthlyFee': 'Canone mensile venditore {period}',
  'doc.platformInvoice.settled':
    'Regolata mediante compensazione con gli importi che Reloop incassa per tuo conto (vedi il tuo estratto conto).',
  'doc.platformInvoice.footer': '{supplier} · fattura {number}',
  'doc.returnLabel.title': 'Etichetta di reso',
  'doc.returnLabel.carrier': 'Corriere: {carrier}',
  'doc.returnLabel.tracking': 'Numero di tracciamento {tracking}',
  'doc.returnLabel.from': 'Mittente: {name}',
  'doc.returnLabel.to': 'Destinatario: {name}',
  'doc.returnLabel.reference': 'Reso {returnId} · ordine {orderId}',
  'doc.returnLabel.item': 'Articolo: {item}',
  'doc.returnLabel.issued': 'Emessa il {date}',
  'doc.returnLabel.instructions':
    'Imballa l’articolo con i suoi accessori in una scatola robusta, applica questa etichetta e consegnala al corriere. Conserva la ricevuta di consegna: il rimborso arriva quando il venditore riceve il pacco.',
};
