import type { en } from './en.ts';

export const sv: Record<keyof typeof en, string> = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Vinstmarginalbeskattning för begagnade varor',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge':
    'Omvänd betalningsskyldighet — Skattefri gemenskapsintern leverans, art. 138 direktiv 2006/112/EG',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService':
    'Omvänd betalningsskyldighet — mervärdesskatt betalas av köparen, art. 196 direktiv 2006/112/EG',
  'doc.mention.outsideScope':
    'Moms tas inte ut — tjänster till en näringsidkare etablerad utanför EU (art. 44 direktiv 2006/112/EG)',

  'doc.page': 'Sida {page} av {pages}',
  'doc.issueDate': 'Utfärdandedatum: {date}',
  'doc.currency': 'Valuta: {currency}',
  'doc.supplier': 'Säljare: {name}',
  'doc.customer': 'Kund: {name}',
  'doc.party.tradingAs': 'Handelsnamn: {name}',
  'doc.party.attention': 'Att. {name}',
  'doc.party.vatNumber': 'Momsreg.nr: {number}',
  'doc.party.customerVatNumber': 'Kundens momsreg.nr: {number}',
  'doc.vatNumberMissing': 'saknas',
  'doc.onBehalf.invoice':
    'Utfärdad av Reloop för {seller}: Reloop utfärdar denna faktura i säljarens namn och för dess räkning.',
  'doc.onBehalf.creditNote':
    'Utfärdad av Reloop för {seller}: Reloop utfärdar denna kreditnota i säljarens namn och för dess räkning.',
  'doc.col.qty': 'Antal',
  'doc.col.description': 'Beskrivning',
  'doc.col.vat': 'Moms',
  'doc.col.vatRate': 'Momssats',
  'doc.col.vatAmount': 'Moms ({currency})',
  'doc.col.unitPrice': 'À-pris ({currency})',
  'doc.col.amount': 'Belopp ({currency})',
  'doc.col.unitPriceExclVat': 'À-pris* ({currency})',
  'doc.col.amountExclVat': 'Belopp* ({currency})',
  'doc.col.netAmount': 'Belopp exkl. moms ({currency})',
  'doc.col.taxable': 'Beskattningsunderlag ({currency})',
  'doc.vat.margin': 'Vinstmarginalbeskattning',
  'doc.vat.reverseCharge': 'Omvänd betalningsskyldighet',
  'doc.vat.reverseChargeRate': '{rate} (omvänd betalningsskyldighet)',
  'doc.vatSummary': 'Momsspecifikation',
  'doc.total': 'Totalt',
  'doc.totalExclVat': 'Totalt exkl. moms',
  'doc.totalVat': 'Total moms',
  'doc.marginGoods': 'Varor med vinstmarginalbeskattning (moms visas inte)',

  'doc.receipt.title': 'Kvitto från Reloop',
  'doc.receipt.documentTitle': 'Kvitto från Reloop {checkout}',
  'doc.receipt.footer': 'Kvitto från Reloop · köp {checkout}',
  'doc.receipt.checkout': 'Köp: {checkout}',
  'doc.receipt.date': 'Datum: {date}',
  'doc.receipt.buyer': 'Köpare: {email}',
  'doc.receipt.payment': 'Betalning: {method} — {status}',
  'doc.receipt.method.card': 'Kort',
  'doc.receipt.method.bankTransfer': 'Banköverföring',
  'doc.receipt.status.succeeded': 'betald',
  'doc.receipt.status.processing': 'behandlas',
  'doc.receipt.status.requiresAction': 'väntar på din bekräftelse',
  'doc.receipt.status.awaitingTransfer': 'väntar på din banköverföring',
  'doc.receipt.status.failed': 'misslyckades',
  'doc.receipt.status.cancelled': 'avbruten',
  'doc.receipt.order': 'Order {orderId} — säljs av {seller}',
  'doc.receipt.sellerInvoice': 'Säljarens faktura: {number}',
  'doc.receipt.sellerInvoicePending': 'Säljarens faktura: utfärdas när betalningen har kommit in',
  'doc.receipt.vatIncluded': 'varav moms {amount}',
  'doc.receipt.delivery': 'Frakt ({option})',
  'doc.receipt.insurance': 'Försäkring (skada och stöld, 12 månader)',
  'doc.receipt.exempt': 'momsfri',
  'doc.receipt.vatOn': 'Moms {rate} på {net}',
  'doc.receipt.orderTotal': 'Ordersumma',
  'doc.receipt.serviceFee': 'Serviceavgift (Reloop, inkl. moms)',
  'doc.receipt.totalPaid': 'Totalt betalt',
  'doc.receipt.totalToPay': 'Totalt att betala',
  'doc.receipt.refundedLine': 'Återbetalt: {product} ({grade})',
  'doc.receipt.refundedLinePending': 'Återbetalt: {product} ({grade}) (pågår)',
  'doc.receipt.serviceFeeRefunded': 'Serviceavgift återbetald',
  'doc.receipt.refundedToYou': 'Återbetalt till dig',
  'doc.receipt.paidAfterRefunds': 'Betalt efter återbetalningar',
  'doc.receipt.refundFailed':
    'En återbetalning på {amount} kunde ännu inte betalas ut: du har fortfarande rätt till den och den betalas ut igen.',
  'doc.receipt.notInvoice':
    'Detta kvitto är ingen faktura. Varje säljares faktura kan laddas ner från din ordersida.',

  'doc.invoice.title': 'Faktura {number}',
  'doc.invoice.number': 'Fakturanummer: {number}',
  'doc.invoice.supplied': 'Leveransdatum (avsändning): {date}',
  'doc.invoice.supplyPending':
    'Leveransdatum: avsändningsdagen (ännu inte skickad); denna faktura utfärdas vid betalning.',
  'doc.invoice.order': 'Order: {orderId} den {date} (marknad: {market})',
  'doc.invoice.line': '{product} — {grade} (art.nr {sku})',
  'doc.invoice.delivery': 'Frakt för {product}',
  'doc.invoice.footnote':
    '* Exkl. moms. Varor med vinstmarginalbeskattning: det debiterade priset, moms anges inte separat (art. 325 direktiv 2006/112/EG). Momsen beräknas per momssats på fakturans summor (EN 16931); radbelopp exkl. moms är upplysningsvis.',
  'doc.invoice.paidOn': 'Betald den {date}',
  'doc.invoice.creditNote': 'Kreditnota {number} den {date}',
  'doc.invoice.cancellation': 'Makulering {number} den {date} (kreditnota återtagen)',
  'doc.invoice.balance': 'Saldo efter kreditnotor',
  'doc.invoice.reverseChargeNote': 'Momsen redovisas av kunden (momsreg.nr {vatNumber}) i dess medlemsstat.',
  'doc.invoice.marginNote':
    'Begagnade varor sålda med vinstmarginalbeskattning: momsen som ingår i priset får inte dras av av köparen (art. 323).',
  'doc.invoice.footer': 'Faktura {number} · {seller} · utfärdad av Reloop för säljarens räkning',

  'doc.creditNote.title': 'Kreditnota {number}',
  'doc.creditNote.cancelTitle': 'Makulering av kreditnota {cancels} ({number})',
  'doc.creditNote.number': 'Kreditnotanummer: {number}',
  'doc.creditNote.documentNumber': 'Dokumentnummer: {number}',
  'doc.creditNote.credits': 'Krediterar faktura {invoice} den {date} (order {orderId})',
  'doc.creditNote.cancels':
    'Makulering av kreditnota {cancels}: återbetalningen den avsåg misslyckades hos betaltjänstleverantören, så krediteringen återtas och faktura {invoice} den {date} (order {orderId}) gäller som före kreditnotan. Beloppen är negativa.',
  'doc.creditNote.reason': 'Orsak: {reason}',
  'doc.creditNote.line': '{product} — {grade} (art.nr {sku}), vara och frakt',
  'doc.creditNote.col.credited': 'Krediterat exkl. moms* ({currency})',
  'doc.creditNote.col.taxable': 'Krediterat beskattningsunderlag ({currency})',
  'doc.creditNote.col.vat': 'Krediterad moms ({currency})',
  'doc.creditNote.footnote':
    '* Varor med vinstmarginalbeskattning: det krediterade priset, moms anges inte separat (art. 325 direktiv 2006/112/EG).',
  'doc.creditNote.totalExclVat': 'Totalt krediterat exkl. moms',
  'doc.creditNote.vat': 'Krediterad moms',
  'doc.creditNote.total': 'Totalt krediterat',
  'doc.creditNote.reverseChargeNote':
    'Kunden (momsreg.nr {vatNumber}) rättar den moms den själv har redovisat.',
  'doc.creditNote.refunded':
    'Återbetalt till betalningsmedlet som användes för ordern; fakturan ovan minskas med detta belopp.',
  'doc.creditNote.notRefunded':
    'Återbetalningen gjordes inte: fakturan minskas inte längre av kreditnota {cancels}.',
  'doc.creditNote.footer': '{title} · {seller} · utfärdad av Reloop för säljarens räkning',

  'doc.statement.title': 'Kontoutdrag för säljare',
  'doc.statement.documentTitle': 'Kontoutdrag {seller} {from} – {to}',
  'doc.statement.footer': 'Reloop · kontoutdrag för säljare {sellerId} · {from} till {to}',
  'doc.statement.seller': 'Säljare: {name} (säljare {sellerId})',
  'doc.statement.period': 'Period: {from} till {to} (UTC, båda dagarna inräknade)',
  'doc.statement.sign':
    'Beloppen är från din sida: positiva belopp är skulder till dig, negativa belopp dras av. Saldot är vad Reloop är skyldig dig.',
  'doc.statement.none': 'Inga transaktioner.',
  'doc.statement.opening': 'Ingående saldo',
  'doc.statement.closing': 'Utgående saldo',
  'doc.statement.col.date': 'Datum',
  'doc.statement.col.kind': 'Typ',
  'doc.statement.col.reference': 'Referens',
  'doc.statement.col.amount': 'Belopp ({currency})',
  'doc.statement.col.balance': 'Saldo ({currency})',
  'doc.statement.kind.sale': 'Försäljning',
  'doc.statement.kind.commission': 'Provision',
  'doc.statement.kind.refund': 'Återbetalning',
  'doc.statement.kind.payout': 'Utbetalning',
  'doc.statement.kind.monthlyFee': 'Månadsavgift',
  'doc.statement.kind.adjustment': 'Justering',

  'doc.platformInvoice.services': 'Tjänster utförda: {from} till {to}',
  'doc.platformInvoice.vatRate': 'Moms {rate}',
  'doc.platformInvoice.vatReverseCharge': 'Moms (omvänd betalningsskyldighet)',
  'doc.platformInvoice.vatNotApplicable': 'Moms (tas inte ut)',
  'doc.platformInvoice.nothing': 'Inget att fakturera för {period}: totalt {amount}.',
  'doc.platformInvoice.commission':
    'Provision på försäljning ({count, plural, one {# order betald} other {# order betalda}} i {period})',
  'doc.platformInvoice.commissionNoVat':
    'Provision på försäljning ({count, plural, one {# order betald} other {# order betalda}} i {period}, ingen moms debiterad)',
  'doc.platformInvoice.commissionReturned':
    'Provision återförd vid återbetalningar ({count, plural, one {# återbetalning} other {# återbetalningar}})',
  'doc.platformInvoice.monthlyFee': 'Månadsavgift för säljare {period}',
  'doc.platformInvoice.settled':
    'Regleras genom avdrag från de belopp Reloop tar emot för din räkning (se ditt kontoutdrag).',
  'doc.platformInvoice.footer': '{supplier} · faktura {number}',
};
