/**
 * English document (PDF) strings and legal mentions (ICU MessageFormat); every key starts with `doc.`.
 * Amounts, dates, rates and country names arrive formatted for the document's locale. Every
 * character must be one the PDF standard fonts draw (WinAnsi: Latin-1, — – ’ “ ” „ … € •):
 * `src/modules/documents/doc-i18n.test.ts` checks it.
 */
export const en = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Margin scheme — Second-hand goods',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge':
    'Reverse charge — Exempt intra-Community supply, Art. 138 Directive 2006/112/EC',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService':
    'Reverse charge — VAT due by the customer, Art. 196 Directive 2006/112/EC',
  /** The platform's services to a business established outside the EU (Art. 44). */
  'doc.mention.outsideScope':
    'VAT not applicable — services supplied to a business established outside the EU (Art. 44 Directive 2006/112/EC)',

  // Shared by every document.
  'doc.page': 'Page {page} / {pages}',
  'doc.issueDate': 'Date of issue: {date}',
  'doc.currency': 'Currency: {currency}',
  'doc.supplier': 'Supplier: {name}',
  'doc.customer': 'Customer: {name}',
  'doc.party.tradingAs': 'Trading as {name}',
  'doc.party.attention': 'Attn. {name}',
  'doc.party.vatNumber': 'VAT number: {number}',
  'doc.party.customerVatNumber': 'Customer VAT number: {number}',
  'doc.vatNumberMissing': 'missing',
  'doc.onBehalf.invoice':
    'Issued by Reloop on behalf of {seller}: Reloop issues this invoice in the seller’s name and on its behalf.',
  'doc.onBehalf.creditNote':
    'Issued by Reloop on behalf of {seller}: Reloop issues this credit note in the seller’s name and on its behalf.',
  'doc.col.qty': 'Qty',
  'doc.col.description': 'Description',
  'doc.col.vat': 'VAT',
  'doc.col.vatRate': 'VAT rate',
  'doc.col.vatAmount': 'VAT ({currency})',
  'doc.col.unitPrice': 'Unit price ({currency})',
  'doc.col.amount': 'Amount ({currency})',
  'doc.col.unitPriceExclVat': 'Unit price* ({currency})',
  'doc.col.amountExclVat': 'Amount* ({currency})',
  'doc.col.netAmount': 'Amount excl. VAT ({currency})',
  'doc.col.taxable': 'Taxable amount ({currency})',
  'doc.vat.margin': 'Margin scheme',
  'doc.vat.reverseCharge': 'Reverse charge',
  'doc.vat.reverseChargeRate': '{rate} (reverse charge)',
  'doc.vatSummary': 'VAT summary',
  'doc.total': 'Total',
  'doc.totalExclVat': 'Total excl. VAT',
  'doc.totalVat': 'Total VAT',
  'doc.marginGoods': 'Margin-scheme goods (VAT not shown)',

  // The buyer's receipt for a checkout.
  'doc.receipt.title': 'Reloop receipt',
  'doc.receipt.documentTitle': 'Reloop receipt {checkout}',
  'doc.receipt.footer': 'Reloop receipt · checkout {checkout}',
  'doc.receipt.checkout': 'Checkout: {checkout}',
  'doc.receipt.date': 'Date: {date}',
  'doc.receipt.buyer': 'Buyer: {email}',
  'doc.receipt.payment': 'Payment: {method} — {status}',
  'doc.receipt.method.card': 'Card',
  'doc.receipt.method.bankTransfer': 'Bank transfer',
  'doc.receipt.status.succeeded': 'paid',
  'doc.receipt.status.processing': 'processing',
  'doc.receipt.status.requiresAction': 'awaiting your confirmation',
  'doc.receipt.status.awaitingTransfer': 'awaiting your bank transfer',
  'doc.receipt.status.failed': 'failed',
  'doc.receipt.status.cancelled': 'cancelled',
  'doc.receipt.order': 'Order {orderId} — sold by {seller}',
  'doc.receipt.sellerInvoice': 'Seller’s invoice: {number}',
  'doc.receipt.sellerInvoicePending': 'Seller’s invoice: issued once the payment is received',
  'doc.receipt.vatIncluded': 'incl. {amount}',
  'doc.receipt.delivery': 'Delivery ({option})',
  'doc.receipt.insurance': 'Insurance (breakage and theft, 12 months)',
  'doc.receipt.exempt': 'exempt',
  'doc.receipt.vatOn': 'VAT {rate} on {net}',
  'doc.receipt.orderTotal': 'Order total',
  'doc.receipt.serviceFee': 'Service fee (Reloop, VAT incl.)',
  'doc.receipt.totalPaid': 'Total paid',
  'doc.receipt.totalToPay': 'Total to pay',
  'doc.receipt.refundedLine': 'Refunded: {product} ({grade})',
  'doc.receipt.refundedLinePending': 'Refunded: {product} ({grade}) (pending)',
  'doc.receipt.serviceFeeRefunded': 'Service fee refunded',
  'doc.receipt.refundedToYou': 'Refunded to you',
  'doc.receipt.paidAfterRefunds': 'Paid after refunds',
  'doc.receipt.refundFailed':
    'A refund of {amount} could not be paid out yet: it is still owed to you and will be paid again.',
  'doc.receipt.notInvoice':
    'This receipt is not a VAT invoice. Each seller’s invoice can be downloaded from your order page.',

  // The seller's invoice to the buyer (issued by Reloop on the seller's behalf).
  'doc.invoice.title': 'Invoice {number}',
  'doc.invoice.number': 'Invoice number: {number}',
  'doc.invoice.supplied': 'Date of supply (dispatch): {date}',
  'doc.invoice.supplyPending':
    'Date of supply: the date of dispatch (not yet dispatched); this invoice is issued on payment.',
  'doc.invoice.order': 'Order: {orderId} of {date} (market: {market})',
  'doc.invoice.line': '{product} — {grade} (SKU {sku})',
  'doc.invoice.delivery': 'Delivery of {product}',
  'doc.invoice.footnote':
    '* Excl. VAT. Margin-scheme goods: the price charged, VAT not shown separately (Art. 325 Directive 2006/112/EC). VAT is calculated per rate on the invoice totals (EN 16931); line amounts excl. VAT are informational.',
  'doc.invoice.paidOn': 'Paid on {date}',
  'doc.invoice.creditNote': 'Credit note {number} of {date}',
  'doc.invoice.cancellation': 'Cancellation {number} of {date} (a credit note withdrawn)',
  'doc.invoice.balance': 'Balance after credit notes',
  'doc.invoice.reverseChargeNote':
    'VAT is due from the customer (VAT number {vatNumber}) in its member state.',
  'doc.invoice.marginNote':
    'Second-hand goods sold under the margin scheme: the VAT included in the price cannot be deducted by the buyer (Art. 323).',
  'doc.invoice.footer': 'Invoice {number} · {seller} · issued by Reloop on the seller’s behalf',

  // A credit note correcting the seller's invoice, and the cancellation of one.
  'doc.creditNote.title': 'Credit note {number}',
  'doc.creditNote.cancelTitle': 'Cancellation of credit note {cancels} ({number})',
  'doc.creditNote.number': 'Credit note number: {number}',
  'doc.creditNote.documentNumber': 'Document number: {number}',
  'doc.creditNote.credits': 'Credits invoice {invoice} of {date} (order {orderId})',
  'doc.creditNote.cancels':
    'Cancellation of credit note {cancels}: the refund it documented failed at the payment provider, so the credit is withdrawn and invoice {invoice} of {date} (order {orderId}) stands as before that credit note. Amounts are negative.',
  'doc.creditNote.reason': 'Reason: {reason}',
  'doc.creditNote.line': '{product} — {grade} (SKU {sku}), goods and delivery',
  'doc.creditNote.col.credited': 'Credited excl. VAT* ({currency})',
  'doc.creditNote.col.taxable': 'Taxable amount credited ({currency})',
  'doc.creditNote.col.vat': 'VAT credited ({currency})',
  'doc.creditNote.footnote':
    '* Margin-scheme goods: the price credited, VAT not shown separately (Art. 325 Directive 2006/112/EC).',
  'doc.creditNote.totalExclVat': 'Total credited excl. VAT',
  'doc.creditNote.vat': 'VAT credited',
  'doc.creditNote.total': 'Total credited',
  'doc.creditNote.reverseChargeNote':
    'The customer (VAT number {vatNumber}) corrects the VAT it self-assessed.',
  'doc.creditNote.refunded':
    'Refunded to the payment method used for the order; the invoice above is reduced by this amount.',
  'doc.creditNote.notRefunded':
    'The refund was not made: the invoice is no longer reduced by credit note {cancels}.',
  'doc.creditNote.footer': '{title} · {seller} · issued by Reloop on the seller’s behalf',

  // The seller's account statement.
  'doc.statement.title': 'Seller account statement',
  'doc.statement.documentTitle': 'Statement {seller} {from} – {to}',
  'doc.statement.footer': 'Reloop · statement of seller {sellerId} · {from} to {to}',
  'doc.statement.seller': 'Seller: {name} (seller {sellerId})',
  'doc.statement.period': 'Period: {from} to {to} (UTC, both days included)',
  'doc.statement.sign':
    'Amounts are from your side: positive amounts are owed to you, negative amounts are deducted. The balance is what Reloop owes you.',
  'doc.statement.none': 'No movements.',
  'doc.statement.opening': 'Opening balance',
  'doc.statement.closing': 'Closing balance',
  'doc.statement.col.date': 'Date',
  'doc.statement.col.kind': 'Type',
  'doc.statement.col.reference': 'Reference',
  'doc.statement.col.amount': 'Amount ({currency})',
  'doc.statement.col.balance': 'Balance ({currency})',
  'doc.statement.kind.sale': 'Sale',
  'doc.statement.kind.commission': 'Commission',
  'doc.statement.kind.refund': 'Refund',
  'doc.statement.kind.payout': 'Payout',
  'doc.statement.kind.monthlyFee': 'Monthly fee',
  'doc.statement.kind.adjustment': 'Adjustment',

  // Reloop's monthly invoice to a seller (commission, monthly fee).
  'doc.platformInvoice.services': 'Services supplied: {from} to {to}',
  'doc.platformInvoice.vatRate': 'VAT {rate}',
  'doc.platformInvoice.vatReverseCharge': 'VAT (reverse charge)',
  'doc.platformInvoice.vatNotApplicable': 'VAT (not applicable)',
  'doc.platformInvoice.nothing': 'Nothing to invoice for {period}: total {amount}.',
  'doc.platformInvoice.commission':
    'Commission on sales ({count, plural, one {# order} other {# orders}} paid in {period})',
  'doc.platformInvoice.commissionNoVat':
    'Commission on sales ({count, plural, one {# order} other {# orders}} paid in {period}, no VAT charged)',
  'doc.platformInvoice.commissionReturned':
    'Commission returned on refunds ({count, plural, one {# refund} other {# refunds}})',
  'doc.platformInvoice.monthlyFee': 'Monthly seller fee {period}',
  'doc.platformInvoice.settled':
    'Settled by deduction from the amounts Reloop collects on your behalf (see your account statement).',
  'doc.platformInvoice.footer': '{supplier} · invoice {number}',
  'doc.returnLabel.title': 'Return label',
  'doc.returnLabel.carrier': 'Carrier: {carrier}',
  'doc.returnLabel.tracking': 'Tracking number {tracking}',
  'doc.returnLabel.from': 'From: {name}',
  'doc.returnLabel.to': 'To: {name}',
  'doc.returnLabel.reference': 'Return {returnId} · order {orderId}',
  'doc.returnLabel.item': 'Item: {item}',
  'doc.returnLabel.issued': 'Issued on {date}',
  'doc.returnLabel.instructions':
    'Pack the item with its accessories in a sturdy box, stick this label on it and hand it to the carrier. Keep the proof of drop-off: your refund follows once the seller receives the parcel.',
} as const satisfies Record<string, string>;
