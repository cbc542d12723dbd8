import type { en } from './en.ts';

export const nl: Record<keyof typeof en, string> = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Bijzondere regeling — gebruikte goederen',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge':
    'Btw verlegd — Vrijgestelde intracommunautaire levering, art. 138 Richtlijn 2006/112/EG',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService':
    'Btw verlegd — btw verschuldigd door de afnemer, art. 196 Richtlijn 2006/112/EG',
  'doc.mention.outsideScope':
    'Btw niet van toepassing — diensten aan een ondernemer gevestigd buiten de EU (art. 44 Richtlijn 2006/112/EG)',

  'doc.page': 'Pagina {page} van {pages}',
  'doc.issueDate': 'Datum van uitgifte: {date}',
  'doc.currency': 'Valuta: {currency}',
  'doc.supplier': 'Leverancier: {name}',
  'doc.customer': 'Afnemer: {name}',
  'doc.party.tradingAs': 'Handelsnaam: {name}',
  'doc.party.attention': 't.a.v. {name}',
  'doc.party.vatNumber': 'Btw-nummer: {number}',
  'doc.party.customerVatNumber': 'Btw-nummer afnemer: {number}',
  'doc.vatNumberMissing': 'ontbreekt',
  'doc.onBehalf.invoice':
    'Uitgereikt door Reloop namens {seller}: Reloop reikt deze factuur uit op naam en voor rekening van de verkoper.',
  'doc.onBehalf.creditNote':
    'Uitgereikt door Reloop namens {seller}: Reloop reikt deze creditnota uit op naam en voor rekening van de verkoper.',
  'doc.col.qty': 'Aantal',
  'doc.col.description': 'Omschrijving',
  'doc.col.vat': 'Btw',
  'doc.col.vatRate': 'Btw-tarief',
  'doc.col.vatAmount': 'Btw ({currency})',
  'doc.col.unitPrice': 'Stukprijs ({currency})',
  'doc.col.amount': 'Bedrag ({currency})',
  'doc.col.unitPriceExclVat': 'Stukprijs* ({currency})',
  'doc.col.amountExclVat': 'Bedrag* ({currency})',
  'doc.col.netAmount': 'Bedrag excl. btw ({currency})',
  'doc.col.taxable': 'Maatstaf van heffing ({currency})',
  'doc.vat.margin': 'Margeregeling',
  'doc.vat.reverseCharge': 'Btw verlegd',
  'doc.vat.reverseChargeRate': '{rate} (btw verlegd)',
  'doc.vatSummary': 'Btw-overzicht',
  'doc.total': 'Totaal',
  'doc.totalExclVat': 'Totaal excl. btw',
  'doc.totalVat': 'Totaal btw',
  'doc.marginGoods': 'Goederen onder de margeregeling (btw niet vermeld)',

  'doc.receipt.title': 'Reloop-ontvangstbewijs',
  'doc.receipt.documentTitle': 'Reloop-ontvangstbewijs {checkout}',
  'doc.receipt.footer': 'Reloop-ontvangstbewijs · bestelling {checkout}',
  'doc.receipt.checkout': 'Bestelling: {checkout}',
  'doc.receipt.date': 'Datum: {date}',
  'doc.receipt.buyer': 'Koper: {email}',
  'doc.receipt.payment': 'Betaling: {method} — {status}',
  'doc.receipt.method.card': 'Kaart',
  'doc.receipt.method.bankTransfer': 'Bankoverschrijving',
  'doc.receipt.status.succeeded': 'betaald',
  'doc.receipt.status.processing': 'wordt verwerkt',
  'doc.receipt.status.requiresAction': 'wacht op je bevestiging',
  'doc.receipt.status.awaitingTransfer': 'wacht op je overschrijving',
  'doc.receipt.status.failed': 'mislukt',
  'doc.receipt.status.cancelled': 'geannuleerd',
  'doc.receipt.order': 'Order {orderId} — verkocht door {seller}',
  'doc.receipt.sellerInvoice': 'Factuur van de verkoper: {number}',
  'doc.receipt.sellerInvoicePending': 'Factuur van de verkoper: wordt uitgereikt zodra de betaling binnen is',
  'doc.receipt.vatIncluded': 'incl. btw {amount}',
  'doc.receipt.delivery': 'Verzending ({option})',
  'doc.receipt.insurance': 'Verzekering (breuk en diefstal, 12 maanden)',
  'doc.receipt.exempt': 'vrijgesteld',
  'doc.receipt.vatOn': 'Btw {rate} over {net}',
  'doc.receipt.orderTotal': 'Totaal order',
  'doc.receipt.serviceFee': 'Servicekosten (Reloop, incl. btw)',
  'doc.receipt.totalPaid': 'Totaal betaald',
  'doc.receipt.totalToPay': 'Totaal te betalen',
  'doc.receipt.refundedLine': 'Terugbetaald: {product} ({grade})',
  'doc.receipt.refundedLinePending': 'Terugbetaald: {product} ({grade}) (in behandeling)',
  'doc.receipt.serviceFeeRefunded': 'Servicekosten terugbetaald',
  'doc.receipt.refundedToYou': 'Aan jou terugbetaald',
  'doc.receipt.paidAfterRefunds': 'Betaald na terugbetalingen',
  'doc.receipt.refundFailed':
    'Een terugbetaling van {amount} kon nog niet worden uitbetaald: je hebt er nog steeds recht op en ze wordt opnieuw uitbetaald.',
  'doc.receipt.notInvoice':
    'Dit ontvangstbewijs is geen factuur. De factuur van elke verkoper kun je downloaden op je bestelpagina.',

  'doc.invoice.title': 'Factuur {number}',
  'doc.invoice.number': 'Factuurnummer: {number}',
  'doc.invoice.supplied': 'Leveringsdatum (verzending): {date}',
  'doc.invoice.supplyPending':
    'Leveringsdatum: de verzenddatum (nog niet verzonden); deze factuur wordt bij betaling uitgereikt.',
  'doc.invoice.order': 'Order: {orderId} van {date} (markt: {market})',
  'doc.invoice.line': '{product} — {grade} (art.nr. {sku})',
  'doc.invoice.delivery': 'Verzending van {product}',
  'doc.invoice.footnote':
    '* Excl. btw. Goederen onder de margeregeling: de berekende prijs, btw niet afzonderlijk vermeld (art. 325 Richtlijn 2006/112/EG). De btw wordt per tarief berekend over de factuurtotalen (EN 16931); regelbedragen excl. btw zijn informatief.',
  'doc.invoice.paidOn': 'Betaald op {date}',
  'doc.invoice.creditNote': 'Creditnota {number} van {date}',
  'doc.invoice.cancellation': 'Annulering {number} van {date} (creditnota ingetrokken)',
  'doc.invoice.balance': 'Saldo na creditnota’s',
  'doc.invoice.reverseChargeNote':
    'De btw is verschuldigd door de afnemer (btw-nummer {vatNumber}) in zijn lidstaat.',
  'doc.invoice.marginNote':
    'Gebruikte goederen verkocht onder de margeregeling: de in de prijs begrepen btw is niet aftrekbaar voor de koper (art. 323).',
  'doc.invoice.footer': 'Factuur {number} · {seller} · uitgereikt door Reloop namens de verkoper',

  'doc.creditNote.title': 'Creditnota {number}',
  'doc.creditNote.cancelTitle': 'Annulering van creditnota {cancels} ({number})',
  'doc.creditNote.number': 'Creditnotanummer: {number}',
  'doc.creditNote.documentNumber': 'Documentnummer: {number}',
  'doc.creditNote.credits': 'Crediteert factuur {invoice} van {date} (order {orderId})',
  'doc.creditNote.cancels':
    'Annulering van creditnota {cancels}: de terugbetaling die ze vastlegde is mislukt bij de betaaldienst, dus de creditering wordt ingetrokken en factuur {invoice} van {date} (order {orderId}) geldt weer zoals vóór die creditnota. De bedragen zijn negatief.',
  'doc.creditNote.reason': 'Reden: {reason}',
  'doc.creditNote.line': '{product} — {grade} (art.nr. {sku}), goederen en verzending',
  'doc.creditNote.col.credited': 'Gecrediteerd excl. btw* ({currency})',
  'doc.creditNote.col.taxable': 'Gecrediteerde maatstaf van heffing ({currency})',
  'doc.creditNote.col.vat': 'Gecrediteerde btw ({currency})',
  'doc.creditNote.footnote':
    '* Goederen onder de margeregeling: de gecrediteerde prijs, btw niet afzonderlijk vermeld (art. 325 Richtlijn 2006/112/EG).',
  'doc.creditNote.totalExclVat': 'Totaal gecrediteerd excl. btw',
  'doc.creditNote.vat': 'Gecrediteerde btw',
  'doc.creditNote.total': 'Totaal gecrediteerd',
  'doc.creditNote.reverseChargeNote':
    'De afnemer (btw-nummer {vatNumber}) corrigeert de btw die hij zelf heeft aangegeven.',
  'doc.creditNote.refunded':
    'Terugbetaald op het betaalmiddel dat voor de order is gebruikt; de factuur hierboven wordt met dit bedrag verminderd.',
  'doc.creditNote.notRefunded':
    'De terugbetaling is niet gedaan: de factuur wordt niet langer verminderd met creditnota {cancels}.',
  'doc.creditNote.footer': '{title} · {seller} · uitgereikt door Reloop namens de verkoper',

  'doc.statement.title': 'Rekeningoverzicht verkoper',
  'doc.statement.documentTitle': 'Rekeningoverzicht {seller} {from} – {to}',
  'doc.statement.footer': 'Reloop · rekeningoverzicht van verkoper {sellerId} · {from} tot en met {to}',
  'doc.statement.seller': 'Verkoper: {name} (verkoper {sellerId})',
  'doc.statement.period': 'Periode: {from} tot en met {to} (UTC, beide dagen inbegrepen)',
  'doc.statement.sign':
    'Bedragen vanuit jouw kant: positieve bedragen komen jou toe, negatieve bedragen worden ingehouden. Het saldo is wat Reloop je verschuldigd is.',
  'doc.statement.none': 'Geen mutaties.',
  'doc.statement.opening': 'Beginsaldo',
  'doc.statement.closing': 'Eindsaldo',
  'doc.statement.col.date': 'Datum',
  'doc.statement.col.kind': 'Soort',
  'doc.statement.col.reference': 'Referentie',
  'doc.statement.col.amount': 'Bedrag ({currency})',
  'doc.statement.col.balance': 'Saldo ({currency})',
  'doc.statement.kind.sale': 'Verkoop',
  'doc.statement.kind.commission': 'Commissie',
  'doc.statement.kind.refund': 'Terugbetaling',
  'doc.statement.kind.payout': 'Uitbetaling',
  'doc.statement.kind.monthlyFee': 'Maandelijkse vergoeding',
  'doc.statement.kind.adjustment': 'Correctie',

  'doc.platformInvoice.services': 'Verrichte diensten: {from} tot en met {to}',
  'doc.platformInvoice.vatRate': 'Btw {rate}',
  'doc.platformInvoice.vatReverseCharge': 'Btw (verlegd)',
  'doc.platformInvoice.vatNotApplicable': 'Btw (niet van toepassing)',
  'doc.platformInvoice.nothing': 'Niets te factureren voor {period}: totaal {amount}.',
  'doc.platformInvoice.commission':
    'Commissie op verkopen ({count, plural, one {# order} other {# orders}} betaald in {period})',
  'doc.platformInvoice.commissionNoVat':
    'Commissie op verkopen ({count, plural, one {# order} other {# orders}} betaald in {period}, zonder btw)',
  'doc.platformInvoice.commissionReturned':
    'Commissie teruggegeven bij terugbetalingen ({count, plural, one {# terugbetaling} other {# terugbetalingen}})',
  'doc.platformInvoice.monthlyFee': 'Maandelijkse verkopersvergoeding {period}',
  'doc.platformInvoice.settled':
    'Voldaan door verrekening met de bedragen die Reloop namens jou int (zie je rekeningoverzicht).',
  'doc.platformInvoice.footer': '{supplier} · factuur {number}',
  'doc.returnLabel.title': 'Retourlabel',
  'doc.returnLabel.carrier': 'Vervoerder: {carrier}',
  'doc.returnLabel.tracking': 'Trackingnummer {tracking}',
  'doc.returnLabel.from': 'Afzender: {name}',
  'doc.returnLabel.to': 'Ontvanger: {name}',
  'doc.returnLabel.reference': 'Retour {returnId} · bestelling {orderId}',
  'doc.returnLabel.item': 'Artikel: {item}',
  'doc.returnLabel.issued': 'Uitgegeven op {date}',
  'doc.returnLabel.instructions':
    'Verpak het artikel met de accessoires in een stevige doos, plak dit label erop en geef het af bij de vervoerder. Bewaar het afgiftebewijs: je terugbetaling volgt zodra de verkoper het pakket heeft ontvangen.',
};
