import type { en } from './en.ts';

export const fr: Record<keyof typeof en, string> = {
  /** Art. 226(14) of Directive 2006/112/EC, in the document's language. */
  'doc.mention.margin': 'Régime particulier — Biens d’occasion',
  /** Art. 226(11) and (11a): a business buyer in another member state accounts for the VAT. */
  'doc.mention.reverseCharge':
    'Autoliquidation — Exonération de TVA, livraison intracommunautaire, art. 138 de la directive 2006/112/CE',
  /** A service to a business in another member state (the platform's service fee, commission). */
  'doc.mention.reverseChargeService':
    'Autoliquidation — TVA due par le preneur, art. 196 de la directive 2006/112/CE',
  'doc.mention.outsideScope':
    'TVA non applicable — prestations de services à un assujetti établi hors de l’UE (art. 44 de la directive 2006/112/CE)',

  'doc.page': 'Page {page} sur {pages}',
  'doc.issueDate': 'Date d’émission : {date}',
  'doc.currency': 'Devise : {currency}',
  'doc.supplier': 'Fournisseur : {name}',
  'doc.customer': 'Client : {name}',
  'doc.party.tradingAs': 'Nom commercial : {name}',
  'doc.party.attention': 'À l’attention de {name}',
  'doc.party.vatNumber': 'N° de TVA : {number}',
  'doc.party.customerVatNumber': 'N° de TVA du client : {number}',
  'doc.vatNumberMissing': 'non communiqué',
  'doc.onBehalf.invoice':
    'Émise par Reloop pour le compte de {seller} : Reloop émet cette facture au nom et pour le compte du vendeur.',
  'doc.onBehalf.creditNote':
    'Émis par Reloop pour le compte de {seller} : Reloop émet cet avoir au nom et pour le compte du vendeur.',
  'doc.col.qty': 'Qté',
  'doc.col.description': 'Désignation',
  'doc.col.vat': 'TVA',
  'doc.col.vatRate': 'Taux de TVA',
  'doc.col.vatAmount': 'TVA ({currency})',
  'doc.col.unitPrice': 'Prix unitaire ({currency})',
  'doc.col.amount': 'Montant ({currency})',
  'doc.col.unitPriceExclVat': 'Prix unitaire* ({currency})',
  'doc.col.amountExclVat': 'Montant* ({currency})',
  'doc.col.netAmount': 'Montant HT ({currency})',
  'doc.col.taxable': 'Base imposable ({currency})',
  'doc.vat.margin': 'Régime de la marge',
  'doc.vat.reverseCharge': 'Autoliquidation',
  'doc.vat.reverseChargeRate': '{rate} (autoliquidation)',
  'doc.vatSummary': 'Récapitulatif de la TVA',
  'doc.total': 'Total',
  'doc.totalExclVat': 'Total HT',
  'doc.totalVat': 'Total TVA',
  'doc.marginGoods': 'Biens sous le régime de la marge (TVA non indiquée)',

  'doc.receipt.title': 'Reçu Reloop',
  'doc.receipt.documentTitle': 'Reçu Reloop {checkout}',
  'doc.receipt.footer': 'Reçu Reloop · commande {checkout}',
  'doc.receipt.checkout': 'Commande : {checkout}',
  'doc.receipt.date': 'Date : {date}',
  'doc.receipt.buyer': 'Acheteur : {email}',
  'doc.receipt.payment': 'Paiement : {method} — {status}',
  'doc.receipt.method.card': 'Carte bancaire',
  'doc.receipt.method.bankTransfer': 'Virement bancaire',
  'doc.receipt.status.succeeded': 'payé',
  'doc.receipt.status.processing': 'en cours de traitement',
  'doc.receipt.status.requiresAction': 'en attente de votre confirmation',
  'doc.receipt.status.awaitingTransfer': 'en attente de votre virement',
  'doc.receipt.status.failed': 'échoué',
  'doc.receipt.status.cancelled': 'annulé',
  'doc.receipt.order': 'Commande {orderId} — vendue par {seller}',
  'doc.receipt.sellerInvoice': 'Facture du vendeur : {number}',
  'doc.receipt.sellerInvoicePending': 'Facture du vendeur : émise dès réception du paiement',
  'doc.receipt.vatIncluded': 'dont TVA {amount}',
  'doc.receipt.delivery': 'Livraison ({option})',
  'doc.receipt.insurance': 'Assurance (casse et vol, 12 mois)',
  'doc.receipt.exempt': 'exonérée',
  'doc.receipt.vatOn': 'TVA {rate} sur {net}',
  'doc.receipt.orderTotal': 'Total de la commande',
  'doc.receipt.serviceFee': 'Frais de service (Reloop, TVA incluse)',
  'doc.receipt.totalPaid': 'Total payé',
  'doc.receipt.totalToPay': 'Total à payer',
  'doc.receipt.refundedLine': 'Remboursé : {product} ({grade})',
  'doc.receipt.refundedLinePending': 'Remboursé : {product} ({grade}) (en cours)',
  'doc.receipt.serviceFeeRefunded': 'Frais de service remboursés',
  'doc.receipt.refundedToYou': 'Remboursé',
  'doc.receipt.paidAfterRefunds': 'Payé après remboursements',
  'doc.receipt.refundFailed':
    'Un remboursement de {amount} n’a pas encore pu être versé : il vous reste dû et sera versé à nouveau.',
  'doc.receipt.notInvoice':
    'Ce reçu n’est pas une facture. La facture de chaque vendeur se télécharge depuis la page de votre commande.',

  'doc.invoice.title': 'Facture {number}',
  'doc.invoice.number': 'Numéro de facture : {number}',
  'doc.invoice.supplied': 'Date de livraison (expédition) : {date}',
  'doc.invoice.supplyPending':
    'Date de livraison : la date d’expédition (pas encore expédié) ; cette facture est émise au paiement.',
  'doc.invoice.order': 'Commande : {orderId} du {date} (marché : {market})',
  'doc.invoice.line': '{product} — {grade} (réf. {sku})',
  'doc.invoice.delivery': 'Livraison : {product}',
  'doc.invoice.footnote':
    '* Hors TVA. Biens sous le régime de la marge : le prix facturé, sans TVA apparente (art. 325 de la directive 2006/112/CE). La TVA est calculée par taux sur les totaux de la facture (EN 16931) ; les montants HT par ligne sont indicatifs.',
  'doc.invoice.paidOn': 'Payée le {date}',
  'doc.invoice.creditNote': 'Avoir {number} du {date}',
  'doc.invoice.cancellation': 'Annulation {number} du {date} (avoir retiré)',
  'doc.invoice.balance': 'Solde après avoirs',
  'doc.invoice.reverseChargeNote':
    'La TVA est due par le client (n° de TVA {vatNumber}) dans son État membre.',
  'doc.invoice.marginNote':
    'Biens d’occasion vendus sous le régime de la marge : la TVA comprise dans le prix n’est pas déductible par l’acheteur (art. 323).',
  'doc.invoice.footer': 'Facture {number} · {seller} · émise par Reloop pour le compte du vendeur',

  'doc.creditNote.title': 'Avoir {number}',
  'doc.creditNote.cancelTitle': 'Annulation de l’avoir {cancels} ({number})',
  'doc.creditNote.number': 'Numéro d’avoir : {number}',
  'doc.creditNote.documentNumber': 'Numéro du document : {number}',
  'doc.creditNote.credits': 'Se rapporte à la facture {invoice} du {date} (commande {orderId})',
  'doc.creditNote.cancels':
    'Annulation de l’avoir {cancels} : le remboursement qu’il constatait a échoué chez le prestataire de paiement ; le crédit est donc retiré et la facture {invoice} du {date} (commande {orderId}) est rétablie telle qu’avant cet avoir. Les montants sont négatifs.',
  'doc.creditNote.reason': 'Motif : {reason}',
  'doc.creditNote.line': '{product} — {grade} (réf. {sku}), produit et livraison',
  'doc.creditNote.col.credited': 'Crédité HT* ({currency})',
  'doc.creditNote.col.taxable': 'Base imposable créditée ({currency})',
  'doc.creditNote.col.vat': 'TVA créditée ({currency})',
  'doc.creditNote.footnote':
    '* Biens sous le régime de la marge : le prix crédité, sans TVA apparente (art. 325 de la directive 2006/112/CE).',
  'doc.creditNote.totalExclVat': 'Total crédité HT',
  'doc.creditNote.vat': 'TVA créditée',
  'doc.creditNote.total': 'Total crédité',
  'doc.creditNote.reverseChargeNote':
    'Le client (n° de TVA {vatNumber}) régularise la TVA qu’il a autoliquidée.',
  'doc.creditNote.refunded':
    'Remboursé sur le moyen de paiement utilisé pour la commande ; la facture ci-dessus est réduite de ce montant.',
  'doc.creditNote.notRefunded':
    'Le remboursement n’a pas eu lieu : la facture n’est plus réduite par l’avoir {cancels}.',
  'doc.creditNote.footer': '{title} · {seller} · émis par Reloop pour le compte du vendeur',

  'doc.statement.title': 'Relevé de compte vendeur',
  'doc.statement.documentTitle': 'Relevé {seller} {from} – {to}',
  'doc.statement.footer': 'Reloop · relevé du vendeur {sellerId} · du {from} au {to}',
  'doc.statement.seller': 'Vendeur : {name} (vendeur {sellerId})',
  'doc.statement.period': 'Période : du {from} au {to} (UTC, jours inclus)',
  'doc.statement.sign':
    'Montants de votre point de vue : les montants positifs vous sont dus, les montants négatifs sont déduits. Le solde est ce que Reloop vous doit.',
  'doc.statement.none': 'Aucun mouvement.',
  'doc.statement.opening': 'Solde d’ouverture',
  'doc.statement.closing': 'Solde de clôture',
  'doc.statement.col.date': 'Date d’opération',
  'doc.statement.col.kind': 'Nature',
  'doc.statement.col.reference': 'Référence',
  'doc.statement.col.amount': 'Montant ({currency})',
  'doc.statement.col.balance': 'Solde ({currency})',
  'doc.statement.kind.sale': 'Vente',
  'doc.statement.kind.commission': 'Commission Reloop',
  'doc.statement.kind.refund': 'Remboursement',
  'doc.statement.kind.payout': 'Virement',
  'doc.statement.kind.monthlyFee': 'Abonnement mensuel',
  'doc.statement.kind.adjustment': 'Régularisation',

  'doc.platformInvoice.services': 'Prestations réalisées : du {from} au {to}',
  'doc.platformInvoice.vatRate': 'TVA {rate}',
  'doc.platformInvoice.vatReverseCharge': 'TVA (autoliquidation)',
  'doc.platformInvoice.vatNotApplicable': 'TVA (non applicable)',
  'doc.platformInvoice.nothing': 'Rien à facturer pour {period} : total {amount}.',
  'doc.platformInvoice.commission':
    'Commission sur les ventes ({count, plural, one {# commande payée} other {# commandes payées}} en {period})',
  'doc.platformInvoice.commissionNoVat':
    'Commission sur les ventes ({count, plural, one {# commande payée} other {# commandes payées}} en {period}, sans TVA facturée)',
  'doc.platformInvoice.commissionReturned':
    'Commission restituée sur remboursements ({count, plural, one {# remboursement} other {# remboursements}})',
  'doc.platformInvoice.monthlyFee': 'Abonnement vendeur mensuel {period}',
  'doc.platformInvoice.settled':
    'Réglée par déduction des montants que Reloop encaisse pour votre compte (voir votre relevé de compte).',
  'doc.platformInvoice.footer': '{supplier} · facture {number}',
  'doc.returnLabel.title': 'Étiquette de retour',
  'doc.returnLabel.carrier': 'Transporteur : {carrier}',
  'doc.returnLabel.tracking': 'Numéro de suivi {tracking}',
  'doc.returnLabel.from': 'Expéditeur : {name}',
  'doc.returnLabel.to': 'Destinataire : {name}',
  'doc.returnLabel.reference': 'Retour {returnId} · commande {orderId}',
  'doc.returnLabel.item': 'Article : {item}',
  'doc.returnLabel.issued': 'Émise le {date}',
  'doc.returnLabel.instructions':
    'Emballez l’article avec ses accessoires dans un carton solide, collez cette étiquette dessus et remettez-le au transporteur. Gardez la preuve de dépôt : votre remboursement suit la réception du colis par le vendeur.',
};
