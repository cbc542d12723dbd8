import type { en } from './en.ts';

export const de: Record<keyof typeof en, string> = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Gebrauchtgegenstände/Sonderregelung',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge':
    'Steuerschuldnerschaft des Leistungsempfängers — Steuerfreie innergemeinschaftliche Lieferung, Art. 138 Richtlinie 2006/112/EG',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService':
    'Steuerschuldnerschaft des Leistungsempfängers, Art. 196 Richtlinie 2006/112/EG',
  'doc.mention.outsideScope':
    'Nicht steuerbar — Leistungen an ein außerhalb der EU ansässiges Unternehmen (Art. 44 Richtlinie 2006/112/EG)',

  'doc.page': 'Seite {page} von {pages}',
  'doc.issueDate': 'Ausstellungsdatum: {date}',
  'doc.currency': 'Währung: {currency}',
  'doc.supplier': 'Leistender Unternehmer: {name}',
  'doc.customer': 'Leistungsempfänger: {name}',
  'doc.party.tradingAs': 'Handelsname: {name}',
  'doc.party.attention': 'z. Hd. {name}',
  'doc.party.vatNumber': 'USt-IdNr.: {number}',
  'doc.party.customerVatNumber': 'USt-IdNr. des Leistungsempfängers: {number}',
  'doc.vatNumberMissing': 'fehlt',
  'doc.onBehalf.invoice':
    'Ausgestellt von Reloop im Auftrag von {seller}: Reloop stellt diese Rechnung im Namen und für Rechnung des Verkäufers aus.',
  'doc.onBehalf.creditNote':
    'Ausgestellt von Reloop im Auftrag von {seller}: Reloop stellt diese Rechnungskorrektur im Namen und für Rechnung des Verkäufers aus.',
  'doc.col.qty': 'Menge',
  'doc.col.description': 'Bezeichnung',
  'doc.col.vat': 'MwSt.',
  'doc.col.vatRate': 'Steuersatz',
  'doc.col.vatAmount': 'MwSt. ({currency})',
  'doc.col.unitPrice': 'Einzelpreis ({currency})',
  'doc.col.amount': 'Betrag ({currency})',
  'doc.col.unitPriceExclVat': 'Einzelpreis* ({currency})',
  'doc.col.amountExclVat': 'Betrag* ({currency})',
  'doc.col.netAmount': 'Nettobetrag ({currency})',
  'doc.col.taxable': 'Bemessungsgrundlage ({currency})',
  'doc.vat.margin': 'Differenzbesteuerung',
  'doc.vat.reverseCharge': 'Reverse-Charge',
  'doc.vat.reverseChargeRate': '{rate} (Reverse-Charge)',
  'doc.vatSummary': 'Umsatzsteuer nach Steuersätzen',
  'doc.total': 'Gesamtbetrag',
  'doc.totalExclVat': 'Summe netto',
  'doc.totalVat': 'Summe MwSt.',
  'doc.marginGoods': 'Differenzbesteuerte Waren (MwSt. nicht ausgewiesen)',

  'doc.receipt.title': 'Reloop-Beleg',
  'doc.receipt.documentTitle': 'Reloop-Beleg {checkout}',
  'doc.receipt.footer': 'Reloop-Beleg · Bestellung {checkout}',
  'doc.receipt.checkout': 'Bestellung: {checkout}',
  'doc.receipt.date': 'Datum: {date}',
  'doc.receipt.buyer': 'Käufer: {email}',
  'doc.receipt.payment': 'Zahlung: {method} — {status}',
  'doc.receipt.method.card': 'Karte',
  'doc.receipt.method.bankTransfer': 'Banküberweisung',
  'doc.receipt.status.succeeded': 'bezahlt',
  'doc.receipt.status.processing': 'in Bearbeitung',
  'doc.receipt.status.requiresAction': 'wartet auf Ihre Bestätigung',
  'doc.receipt.status.awaitingTransfer': 'wartet auf Ihre Überweisung',
  'doc.receipt.status.failed': 'fehlgeschlagen',
  'doc.receipt.status.cancelled': 'storniert',
  'doc.receipt.order': 'Auftrag {orderId} — verkauft von {seller}',
  'doc.receipt.sellerInvoice': 'Rechnung des Verkäufers: {number}',
  'doc.receipt.sellerInvoicePending': 'Rechnung des Verkäufers: wird nach Zahlungseingang ausgestellt',
  'doc.receipt.vatIncluded': 'inkl. {amount} MwSt.',
  'doc.receipt.delivery': 'Versand ({option})',
  'doc.receipt.insurance': 'Versicherung (Bruch und Diebstahl, 12 Monate)',
  'doc.receipt.exempt': 'steuerfrei',
  'doc.receipt.vatOn': 'MwSt. {rate} auf {net}',
  'doc.receipt.orderTotal': 'Auftragssumme',
  'doc.receipt.serviceFee': 'Servicegebühr (Reloop, inkl. MwSt.)',
  'doc.receipt.totalPaid': 'Bezahlt insgesamt',
  'doc.receipt.totalToPay': 'Zu zahlen insgesamt',
  'doc.receipt.refundedLine': 'Erstattet: {product} ({grade})',
  'doc.receipt.refundedLinePending': 'Erstattet: {product} ({grade}) (in Bearbeitung)',
  'doc.receipt.serviceFeeRefunded': 'Servicegebühr erstattet',
  'doc.receipt.refundedToYou': 'An Sie erstattet',
  'doc.receipt.paidAfterRefunds': 'Bezahlt nach Erstattungen',
  'doc.receipt.refundFailed':
    'Eine Erstattung von {amount} konnte noch nicht ausgezahlt werden: Sie steht Ihnen weiterhin zu und wird erneut ausgezahlt.',
  'doc.receipt.notInvoice':
    'Dieser Beleg ist keine Rechnung. Die Rechnung jedes Verkäufers können Sie auf Ihrer Bestellseite herunterladen.',

  'doc.invoice.title': 'Rechnung {number}',
  'doc.invoice.number': 'Rechnungsnummer: {number}',
  'doc.invoice.supplied': 'Liefer-/Leistungsdatum (Versand): {date}',
  'doc.invoice.supplyPending':
    'Lieferdatum: das Versanddatum (noch nicht versandt); diese Rechnung wird bei Zahlung ausgestellt.',
  'doc.invoice.order': 'Auftrag: {orderId} vom {date} (Markt: {market})',
  'doc.invoice.line': '{product} — {grade} (Art.-Nr. {sku})',
  'doc.invoice.delivery': 'Versand von {product}',
  'doc.invoice.footnote':
    '* Netto. Differenzbesteuerte Waren: der berechnete Preis, ohne gesonderten Steuerausweis (Art. 325 Richtlinie 2006/112/EG). Die Umsatzsteuer wird je Steuersatz auf die Rechnungssummen berechnet (EN 16931); die Nettobeträge je Position dienen der Information.',
  'doc.invoice.paidOn': 'Bezahlt am {date}',
  'doc.invoice.creditNote': 'Rechnungskorrektur {number} vom {date}',
  'doc.invoice.cancellation': 'Storno {number} vom {date} (Rechnungskorrektur zurückgenommen)',
  'doc.invoice.balance': 'Saldo nach Rechnungskorrekturen',
  'doc.invoice.reverseChargeNote':
    'Die Umsatzsteuer schuldet der Leistungsempfänger (USt-IdNr. {vatNumber}) in seinem Mitgliedstaat.',
  'doc.invoice.marginNote':
    'Gebrauchtgegenstände, differenzbesteuert: Die im Preis enthaltene Umsatzsteuer ist für den Käufer nicht als Vorsteuer abziehbar (Art. 323).',
  'doc.invoice.footer': 'Rechnung {number} · {seller} · ausgestellt von Reloop im Auftrag des Verkäufers',

  'doc.creditNote.title': 'Rechnungskorrektur {number}',
  'doc.creditNote.cancelTitle': 'Storno der Rechnungskorrektur {cancels} ({number})',
  'doc.creditNote.number': 'Nummer der Rechnungskorrektur: {number}',
  'doc.creditNote.documentNumber': 'Belegnummer: {number}',
  'doc.creditNote.credits': 'Korrigiert Rechnung {invoice} vom {date} (Auftrag {orderId})',
  'doc.creditNote.cancels':
    'Storno der Rechnungskorrektur {cancels}: Die darin belegte Erstattung ist beim Zahlungsdienstleister fehlgeschlagen; die Gutschrift wird daher zurückgenommen, und Rechnung {invoice} vom {date} (Auftrag {orderId}) gilt wie vor dieser Rechnungskorrektur. Die Beträge sind negativ.',
  'doc.creditNote.reason': 'Grund: {reason}',
  'doc.creditNote.line': '{product} — {grade} (Art.-Nr. {sku}), Ware und Versand',
  'doc.creditNote.col.credited': 'Gutgeschrieben netto* ({currency})',
  'doc.creditNote.col.taxable': 'Gutgeschriebene Bemessungsgrundlage ({currency})',
  'doc.creditNote.col.vat': 'Gutgeschriebene MwSt. ({currency})',
  'doc.creditNote.footnote':
    '* Differenzbesteuerte Waren: der gutgeschriebene Preis, ohne gesonderten Steuerausweis (Art. 325 Richtlinie 2006/112/EG).',
  'doc.creditNote.totalExclVat': 'Gutgeschrieben netto',
  'doc.creditNote.vat': 'Gutgeschriebene MwSt.',
  'doc.creditNote.total': 'Gutgeschrieben insgesamt',
  'doc.creditNote.reverseChargeNote':
    'Der Leistungsempfänger (USt-IdNr. {vatNumber}) berichtigt die von ihm geschuldete Umsatzsteuer.',
  'doc.creditNote.refunded':
    'Erstattet auf das bei der Bestellung verwendete Zahlungsmittel; die obige Rechnung mindert sich um diesen Betrag.',
  'doc.creditNote.notRefunded':
    'Die Erstattung ist nicht erfolgt: Die Rechnung wird nicht mehr durch die Rechnungskorrektur {cancels} gemindert.',
  'doc.creditNote.footer': '{title} · {seller} · ausgestellt von Reloop im Auftrag des Verkäufers',

  'doc.statement.title': 'Kontoauszug für Verkäufer',
  'doc.statement.documentTitle': 'Kontoauszug {seller} {from} – {to}',
  'doc.statement.footer': 'Reloop · Kontoauszug des Verkäufers {sellerId} · {from} bis {to}',
  'doc.statement.seller': 'Verkäufer: {name} (Verkäufer {sellerId})',
  'doc.statement.period': 'Zeitraum: {from} bis {to} (UTC, beide Tage einschließlich)',
  'doc.statement.sign':
    'Beträge aus Ihrer Sicht: Positive Beträge stehen Ihnen zu, negative werden abgezogen. Der Saldo ist, was Reloop Ihnen schuldet.',
  'doc.statement.none': 'Keine Buchungen.',
  'doc.statement.opening': 'Anfangssaldo',
  'doc.statement.closing': 'Endsaldo',
  'doc.statement.col.date': 'Datum',
  'doc.statement.col.kind': 'Art',
  'doc.statement.col.reference': 'Referenz',
  'doc.statement.col.amount': 'Betrag ({currency})',
  'doc.statement.col.balance': 'Saldo ({currency})',
  'doc.statement.kind.sale': 'Verkauf',
  'doc.statement.kind.commission': 'Provision',
  'doc.statement.kind.refund': 'Erstattung',
  'doc.statement.kind.payout': 'Auszahlung',
  'doc.statement.kind.monthlyFee': 'Monatsgebühr',
  'doc.statement.kind.adjustment': 'Korrektur',

  'doc.platformInvoice.services': 'Leistungszeitraum: {from} bis {to}',
  'doc.platformInvoice.vatRate': 'MwSt. {rate}',
  'doc.platformInvoice.vatReverseCharge': 'MwSt. (Reverse-Charge)',
  'doc.platformInvoice.vatNotApplicable': 'MwSt. (nicht steuerbar)',
  'doc.platformInvoice.nothing': 'Für {period} ist nichts zu berechnen: Gesamtbetrag {amount}.',
  'doc.platformInvoice.commission':
    'Provision auf Verkäufe ({count, plural, one {# Auftrag} other {# Aufträge}} bezahlt im {period})',
  'doc.platformInvoice.commissionNoVat':
    'Provision auf Verkäufe ({count, plural, one {# Auftrag} other {# Aufträge}} bezahlt im {period}, ohne berechnete MwSt.)',
  'doc.platformInvoice.commissionReturned':
    'Erstattete Provision bei Rückerstattungen ({count, plural, one {# Erstattung} other {# Erstattungen}})',
  'doc.platformInvoice.monthlyFee': 'Monatliche Verkäufergebühr {period}',
  'doc.platformInvoice.settled':
    'Beglichen durch Verrechnung mit den Beträgen, die Reloop für Sie vereinnahmt (siehe Ihren Kontoauszug).',
  'doc.platformInvoice.footer': '{supplier} · Rechnung {number}',
  'doc.returnLabel.title': 'Rücksendeetikett',
  'doc.returnLabel.carrier': 'Versanddienstleister: {carrier}',
  'doc.returnLabel.tracking': 'Sendungsnummer {tracking}',
  'doc.returnLabel.from': 'Absender: {name}',
  'doc.returnLabel.to': 'Empfänger: {name}',
  'doc.returnLabel.reference': 'Rücksendung {returnId} · Bestellung {orderId}',
  'doc.returnLabel.item': 'Artikel: {item}',
  'doc.returnLabel.issued': 'Ausgestellt am {date}',
  'doc.returnLabel.instructions':
    'Verpacken Sie den Artikel mit Zubehör in einem stabilen Karton, kleben Sie dieses Etikett darauf und geben Sie ihn beim Versanddienstleister ab. Bewahren Sie den Einlieferungsbeleg auf: Die Erstattung folgt, sobald der Verkäufer das Paket erhalten hat.',
};
