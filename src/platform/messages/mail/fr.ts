import type { en } from './en.ts';

export const fr: Record<keyof typeof en, string> = {
  'mail.signature': '— Reloop, la place de marché de l’électronique reconditionnée',
  'mail.greeting': 'Bonjour {name},',
  'mail.greeting.anonymous': 'Bonjour,',

  'mail.verifyEmail.subject': 'Confirmez votre adresse e-mail',
  'mail.verifyEmail.body':
    'Confirmez votre adresse e-mail pour terminer la création de votre compte Reloop :\n{link}\n\nLe lien ne fonctionne qu’une fois et expire dans 48 heures. Si vous ne vous êtes pas inscrit, ignorez cet e-mail.',
  'mail.alreadyRegistered.subject': 'Quelqu’un a tenté de s’inscrire avec votre adresse e-mail',
  'mail.alreadyRegistered.body':
    'Quelqu’un, peut-être vous, a tenté de créer un compte Reloop avec cette adresse e-mail, qui en possède déjà un.\n\nSi c’était vous, connectez-vous ou réinitialisez votre mot de passe ici :\n{link}\n\nSinon, vous pouvez ignorer cet e-mail : rien n’a changé.',
  'mail.resetPassword.subject': 'Réinitialisez votre mot de passe',
  'mail.resetPassword.body':
    'Choisissez un nouveau mot de passe pour votre compte Reloop avec ce lien :\n{link}\n\nIl ne fonctionne qu’une fois et expire dans une heure. Si vous ne l’avez pas demandé, ignorez cet e-mail : votre mot de passe n’a pas changé.',
  'mail.passwordChanged.subject': 'Votre mot de passe a été modifié',
  'mail.passwordChanged.body':
    'Le mot de passe de votre compte Reloop vient d’être modifié et vos autres sessions ont été déconnectées.\n\nSi ce n’était pas vous, réinitialisez immédiatement votre mot de passe et contactez le service client.',
  'mail.confirmNewEmail.subject': 'Confirmez votre nouvelle adresse e-mail',
  'mail.confirmNewEmail.body':
    'Confirmez qu’il s’agit bien de la nouvelle adresse e-mail de votre compte Reloop :\n{link}\n\nLe lien ne fonctionne qu’une fois et expire dans 24 heures.',
  'mail.emailChanged.subject': 'Votre adresse e-mail a été modifiée',
  'mail.emailChanged.body':
    'L’adresse e-mail de votre compte Reloop est désormais {email}. Si ce n’était pas vous, contactez immédiatement le service client.',
  'mail.closedByUser.subject': 'Votre compte Reloop est fermé',
  'mail.closedByUser.body':
    'Comme vous l’avez demandé, votre compte Reloop a été fermé le {date}. Vous êtes déconnecté partout.\n\nNous conservons les données exigées par la loi (commandes, factures) pendant leurs durées légales de conservation et effaçons le reste conformément à notre politique de confidentialité. Pour rouvrir un compte avec cette adresse, contactez le service client.',
  'mail.closedByPlatform.subject': 'Nous avons fermé votre compte Reloop',
  'mail.closedByPlatform.body':
    'Nous avons fermé votre compte Reloop le {date}.\n\nMotif : {reason}\n{details}\n\nFondement : {ground}\n\nCette décision a été prise par un membre de notre équipe, sans moyen automatisé.\nRéférence de l’exposé des motifs : {statementId}\n\nVos recours : {redress}',
  'mail.operatorInvite.subject': 'Vous êtes invité à la console d’exploitation Reloop',
  'mail.operatorInvite.body':
    '{inviter} vous invite à rejoindre la console d’exploitation Reloop en tant que {role}.\n\nAccepter l’invitation :\n{link}\n\nSi vous n’avez pas encore de compte Reloop, vous y choisirez votre nom et votre mot de passe. Si vous en avez un, ouvrez le lien en étant connecté en tant que {email}, adresse vérifiée : le rôle est attribué à ce seul compte, et vous vous reconnectez ensuite. Le lien ne fonctionne qu’une fois et expire dans 7 jours.',

  'mail.ground.illegalContent': 'Contenu ou activité illicite — {legalGround}',
  'mail.ground.incompatibleTerms': 'Incompatible avec nos conditions — {clause}',
  'mail.redress.user':
    'Vous pouvez contester gratuitement cette décision auprès de notre système interne de traitement des réclamations dans un délai de 6 mois (avec le formulaire de réclamation dont le lien figure dans l’e-mail qui vous l’a notifiée), la soumettre à un organisme certifié de règlement extrajudiciaire des litiges, ou saisir la justice.',
  'mail.redress.seller':
    'Vous pouvez contester gratuitement cette décision auprès de notre système interne de traitement des réclamations dans un délai de 6 mois (avec le formulaire de réclamation dont le lien figure dans l’e-mail qui vous l’a notifiée, ouvert à chaque propriétaire de la boutique), la soumettre à un organisme certifié de règlement extrajudiciaire des litiges, ou saisir la justice.',
  'mail.closure.reason.fraud': 'Fraude ou tentative de fraude',
  'mail.closure.reason.payment_abuse': 'Abus de paiement (rétrofacturations, commandes impayées)',
  'mail.closure.reason.scraping': 'Extraction automatisée du catalogue (scraping)',
  'mail.closure.reason.abusive_behaviour': 'Comportement abusif envers des vendeurs ou notre équipe',
  'mail.closure.reason.duplicate_account': 'Plusieurs comptes pour une même personne',
  'mail.closure.reason.false_identity': 'Informations de compte fausses ou trompeuses',
  'mail.closure.reason.illegal_content': 'Contenu ou activité illicite',
  'mail.closure.clause.fraud': 'Conditions d’utilisation §8.2 — utilisation frauduleuse du service',
  'mail.closure.clause.payment_abuse':
    'Conditions d’utilisation §8.3 — abus des procédures de paiement et de remboursement',
  'mail.closure.clause.scraping':
    'Conditions d’utilisation §7.4 — l’extraction automatisée de contenu est interdite',
  'mail.closure.clause.abusive_behaviour':
    'Conditions d’utilisation §8.1 — utilisation respectueuse du service',
  'mail.closure.clause.duplicate_account': 'Conditions d’utilisation §3.1 — un seul compte par utilisateur',
  'mail.closure.clause.false_identity':
    'Conditions d’utilisation §3.2 — données d’inscription exactes et complètes',
  'mail.suspension.reason.incomplete_trader_data': 'Informations professionnelles incomplètes',
  'mail.suspension.reason.inaccurate_trader_data': 'Informations professionnelles inexactes ou peu fiables',
  'mail.suspension.reason.invalid_payment_account': 'Coordonnées du compte de paiement inutilisables',
  'mail.suspension.reason.invalid_id_document':
    'Pièce d’identité manquante, expirée ou ne correspondant pas au représentant légal',
  'mail.suspension.reason.quality_criteria': 'Taux de qualité au-dessus des seuils de Reloop',
  'mail.suspension.clause.incomplete_trader_data':
    'Conditions vendeurs §4.1 — informations professionnelles complètes (DSA art. 30, par. 1 et 3)',
  'mail.suspension.clause.inaccurate_trader_data':
    'Conditions vendeurs §4.2 — informations professionnelles exactes et à jour (DSA art. 30, par. 2 et 3)',
  'mail.suspension.clause.invalid_payment_account':
    'Conditions vendeurs §4.3 — un compte de paiement au nom du professionnel',
  'mail.suspension.clause.invalid_id_document':
    'Conditions vendeurs §4.1 — identification du professionnel (DSA art. 30, par. 1, point b)',
  'mail.suspension.clause.quality_criteria':
    'Conditions vendeurs §6 — critères de qualité (délais de livraison, stock, qualité des produits)',
  'mail.suspension.lasts.incomplete_trader_data':
    'jusqu’à ce que les informations professionnelles soient corrigées et de nouveau vérifiées',
  'mail.suspension.lasts.inaccurate_trader_data':
    'jusqu’à ce que les informations professionnelles soient corrigées et de nouveau vérifiées',
  'mail.suspension.lasts.invalid_payment_account':
    'jusqu’à ce que les informations professionnelles soient corrigées et de nouveau vérifiées',
  'mail.suspension.lasts.invalid_id_document':
    'jusqu’à ce que les informations professionnelles soient corrigées et de nouveau vérifiées',
  'mail.suspension.lasts.quality_criteria':
    'jusqu’à ce qu’un plan pour ramener les taux de qualité sous les seuils soit convenu avec Reloop',

  'mail.receipt.order': 'Commande {orderId} — vendue par {seller}',
  'mail.receipt.orderWithInvoice': 'Commande {orderId} — vendue par {seller} — facture {invoice}',
  'mail.receipt.line':
    '{quantity} × {product} ({grade}) — prix unitaire {unit} — ligne HT {net} — ligne TTC {gross}',
  'mail.receipt.notApplicable': 'sans objet',
  'mail.receipt.delivery': 'Livraison : {amount}',
  'mail.receipt.vat': 'TVA {rate} sur {net} : {vat}',
  'mail.receipt.insurance': 'Assurance (casse et vol, 12 mois) : {amount}',
  'mail.receipt.orderTotal': 'Total de la commande : {amount}',
  'mail.receipt.serviceFee': 'Frais de service : {amount}',
  'mail.receipt.totalPaid': 'Total payé : {amount}',
  'mail.confirmation.subject': 'Votre commande Reloop est confirmée ({orders})',
  'mail.confirmation.intro':
    'Merci pour votre commande. Votre paiement est confirmé et les vendeurs ont été invités à expédier.',
  'mail.confirmation.policies': 'Vos contrats d’assurance (casse et vol, 12 mois) : {policies}',
  'mail.confirmation.follow': 'Suivre votre commande : {link}',
  'mail.awaitingTransfer.subject': 'Votre commande Reloop attend votre virement',
  'mail.awaitingTransfer.body':
    'Votre commande est réservée jusqu’au {dueAt} (48 heures). Merci de virer {amount} à :\n\nBénéficiaire : {beneficiary}\nIBAN : {iban}\nBIC : {bic}\nRéférence (obligatoire) : {reference}\n\nSans paiement d’ici là, la commande est annulée et les articles sont remis en vente.',
  'mail.cancelledUnpaid.subject': 'Votre commande Reloop a été annulée : aucun paiement reçu',
  'mail.cancelledUnpaid.body':
    'Nous n’avons pas reçu votre virement de {amount} sous 48 heures : les commandes {orders} ont donc été annulées et les articles remis en vente. Rien n’a été débité. Si vous avez déjà payé, répondez à cet e-mail et nous vous rembourserons.',
  'mail.latePayment.subject': 'Votre paiement Reloop est arrivé trop tard : il est intégralement remboursé',
  'mail.latePayment.body':
    'Votre paiement de {amount} nous est parvenu après l’annulation des commandes {orders}, et les articles ne sont plus disponibles (ou votre panier a été commandé à nouveau). {refunded, select, yes {Nous l’avons intégralement remboursé sur la même carte ou le même compte ; selon votre banque, il apparaîtra sous 5 à 10 jours.} other {Nous le remboursons intégralement : notre service client s’en occupe et vous le confirmera par e-mail.}} Aucune commande n’a été passée avec ce paiement.',

  'mail.shipped.subject': 'Votre commande {orderId} est en route',
  'mail.shipped.body': 'Votre commande {orderId} a été remise à {carrier}.\nNuméro de suivi : {tracking}',

  'mail.refund.delay':
    'L’argent est reversé sur le moyen de paiement utilisé ; selon votre banque, il peut mettre 5 à 10 jours ouvrés à apparaître.',
  'mail.refundIssued.subject': 'Votre remboursement Reloop de {amount} (commande {orderId})',
  'mail.refundIssued.cancelled':
    'Votre commande {orderId} de {quantity} × {product} ({grade}) a été annulée et intégralement remboursée.',
  'mail.refundIssued.partial':
    'Nous avons remboursé {amount} pour {quantity} × {product} ({grade}), commande {orderId}.',
  'mail.refundIssued.details': 'Montant remboursé : {amount}\nMotif : {reason}',
  'mail.refundFailed.subject': 'Votre remboursement Reloop de {amount} n’a pas abouti',
  'mail.refundFailed.body':
    'Nous avons tenté de vous rembourser {amount} pour {what, select, line {{description}} insurance {une prime d’assurance qui n’a pas pu être émise} service_fee {les frais de service} other {le paiement arrivé après l’annulation de votre commande}}{orderId, select, none {} other { (commande {orderId})}}, mais votre banque ou l’émetteur de votre carte l’a refusé.\n\nAucun argent ne vous est encore parvenu pour ce remboursement. Notre équipe a été alertée et vous remboursera à nouveau, ou vous contactera s’il faut un autre moyen de vous rembourser. Vous n’avez rien à faire.',
  'mail.refundFailedOperator.subject':
    '[Reloop] Échec du remboursement {refundId} : {amount}{orderId, select, none {} other {, commande {orderId}}}',
  'mail.refundFailedOperator.body':
    'Le remboursement {refundId} de {amount} pour {description}{orderId, select, none {} other {, commande {orderId}}} (checkout {checkoutId}) {how, select, refused {a été refusé par} other {a échoué chez}} le prestataire de paiement{message}.\n\n{what, select, line {La ligne est de nouveau remboursable (état {lineState}).} insurance {Il s’agissait d’une prime d’assurance remboursée car le contrat n’a pas pu être émis.} service_fee {Il s’agissait des frais de service du checkout.} other {Il s’agissait d’un paiement arrivé après la libération du checkout (sans commande) : il reste dû sur late_payment_payable.}} {how, select, reversed {Son écriture comptable a été contrepassée.} other {Rien n’a été comptabilisé.}}{released, select, yes {\nLes unités remises en vente ont été vendues entre-temps : ne laissez pas le vendeur expédier cette ligne ; remboursez-la à nouveau.} other {}}\n\nL’acheteur n’a pas été remboursé : relancez le remboursement depuis la page des remboursements échoués ou organisez un autre paiement.\n{link}',
  'mail.serviceFeeRefunded.subject':
    'Votre commande Reloop est entièrement annulée : frais de service de {fee} remboursés',
  'mail.serviceFeeRefunded.body':
    'Tous les articles de votre commande ont été annulés ou remboursés : nous vous avons donc aussi remboursé les frais de service de {fee}.\n\nAu total, {total} est reversé sur le moyen de paiement utilisé (il ne reste rien à payer) ; selon votre banque, cela peut prendre 5 à 10 jours ouvrés.',
  'mail.insuranceRefunded.subject':
    'Votre assurance Reloop n’a pas pu être émise : {amount} remboursés (commande {orderId})',
  'mail.insuranceRefunded.body':
    'L’assureur n’a pas pu émettre l’assurance casse et vol pour {product} ({grade}), unité {unit} de la commande {orderId}. Votre appareil n’est pas assuré : nous vous avons donc remboursé sa prime de {amount}.\n\nVotre commande elle-même n’est pas concernée.',

  'mail.quality.rate.aestheticDefectBp': 'Défauts esthétiques',
  'mail.quality.rate.wrongProductBp': 'Mauvais produit',
  'mail.quality.rate.defectiveProductBp': 'Produit défectueux',
  'mail.quality.rate.wrongAccessoriesBp': 'Mauvais accessoires',
  'mail.quality.rate.lateDeliveryBp': 'Livraisons en retard',
  'mail.quality.rate.cancellationBp': 'Annulations',
  'mail.quality.flagLine': '- {rate} : {value} (seuil {threshold})',
  'mail.quality.flagged.subject': '{shop} : taux de qualité au-dessus des seuils de Reloop',
  'mail.quality.flagged.body':
    'Au cours des 90 derniers jours, ces taux de {shop} ont dépassé les seuils des critères de qualité de Reloop :\n\n{flags}\n\nTant qu’ils ne sont pas revenus sous les seuils, ces taux font baisser le classement de vos offres dans la buybox, et notre équipe examinera votre compte. Acceptez ou annulez les commandes rapidement, expédiez dans le délai promis et décrivez précisément l’état de chaque appareil.\n\nVotre tableau de bord montre les taux et leur évolution :\n{link}',
  'mail.quality.warned.subject': '{shop} : avertissement sur vos taux de qualité',
  'mail.quality.warned.body':
    'Notre équipe a examiné les taux de qualité de {shop}, qui dépassent les seuils de Reloop.\n\n{note}\n\nSi les taux restent au-dessus des seuils, Reloop peut suspendre votre boutique et dépublier ses offres (conditions vendeurs §6, critères de qualité). Votre tableau de bord montre les taux et leur évolution :\n{link}',

  'mail.onboarding.note': 'Note de notre équipe conformité : {note}',
  'mail.onboarding.received.subject': 'Nous avons reçu votre candidature vendeur pour {shop}',
  'mail.onboarding.received.body':
    'Merci d’avoir demandé à vendre sur Reloop en tant que {shop}. Notre équipe conformité vérifie les informations professionnelles fournies (DSA art. 30) avant que votre boutique puisse publier des offres ; nous vous répondrons par e-mail.\n\nSuivez votre candidature ici :\n{link}',
  'mail.onboarding.resubmitted.subject': 'Nous avons reçu votre candidature corrigée pour {shop}',
  'mail.onboarding.resubmitted.body':
    'Merci : votre candidature vendeur corrigée pour {shop} est de retour auprès de notre équipe conformité.\n\nSuivez-la ici :\n{link}',
  'mail.onboarding.approved.subject': '{shop} est autorisé à vendre sur Reloop',
  'mail.onboarding.approved.body':
    'Bonne nouvelle : vos informations professionnelles ont été vérifiées et {shop} peut désormais publier des offres sur Reloop. L’adresse de votre boutique est {link}.',
  'mail.onboarding.approved.keepUpToDate':
    'Tenez vos informations professionnelles à jour : nous devons suspendre les boutiques dont les informations deviennent incomplètes ou inexactes.',
  'mail.onboarding.rejected.subject': 'Votre candidature vendeur pour {shop} n’a pas été acceptée',
  'mail.onboarding.rejected.body':
    'Nous sommes désolés : après vérification, nous ne pouvons pas accepter votre demande de vendre sur Reloop en tant que {shop}.\n\nPourquoi : {reasons}\n\n{redress}\n\nVous pouvez postuler à nouveau avec des informations complètes et exactes :\n{link}',
  'mail.onboarding.correction.subject': 'Merci de corriger votre candidature vendeur pour {shop}',
  'mail.onboarding.correction.body':
    'Avant que {shop} puisse vendre sur Reloop, certaines des informations professionnelles fournies doivent être corrigées ou complétées.\n\nÀ corriger : {reasons}\n\nCorrigez votre candidature ici :\n{link}',
  'mail.onboarding.suspended.subject': '{shop} est suspendu sur Reloop — exposé des motifs',
  'mail.onboarding.suspended.body':
    'Exposé des motifs (règlement sur les services numériques, art. 17)\n\nDécision : suspension de la fourniture de notre service à {shop} (toutes les offres dépubliées, aucune nouvelle offre) sur tous les marchés Reloop, à compter du {date} {lasts}.\nMotif : {reason}\nFaits et circonstances : {details}\nFondement : {ground}\nLa décision a été prise par un membre de notre équipe, de notre propre initiative, sans moyen automatisé.\n\nPour obtenir la levée de la suspension, répondez à cet e-mail avec les informations corrigées ou votre plan d’action.\n\n{redress}\n\nRéférence : {statementId}',
  'mail.onboarding.reinstated.subject': '{shop} peut de nouveau vendre sur Reloop',
  'mail.onboarding.reinstated.body':
    'La suspension de {shop} est levée : vos informations professionnelles ont été vérifiées à nouveau. Vos offres restent dépubliées jusqu’à ce que vous les republiiez depuis le portail vendeur.',
  'mail.onboarding.ended.subject': 'Votre contrat vendeur pour {shop} a pris fin',
  'mail.onboarding.ended.body':
    'Votre contrat vendeur pour {shop} a pris fin le {date} ; ses offres ne sont plus affichées.',
  'mail.onboarding.ended.statement':
    'Exposé des motifs (règlement sur les services numériques, art. 17) : résiliation de la fourniture de notre service sur tous les marchés Reloop, décidée par un membre de notre équipe, de notre propre initiative, sans moyen automatisé.\nFaits et circonstances : {details}\n\n{redress}\n\nRéférence : {statementId}',
  'mail.onboarding.ended.retention':
    'Comme l’exige le règlement sur les services numériques, nous conservons vos informations professionnelles jusqu’au {date} (six mois après la fin du contrat), puis nous les supprimons.',

  'mail.teamInvite.subject': '{inviter} vous invite à rejoindre {seller} sur Reloop',
  'mail.teamInvite.body':
    '{inviter} vous invite à rejoindre {seller} en tant que {role, select, owner {propriétaire} other {membre de l’équipe}} sur le portail vendeur Reloop.\n\nAccepter l’invitation :\n{link}\n\nSi vous n’avez pas encore de compte Reloop, vous y choisirez votre nom et votre mot de passe. Si vous en avez un, ouvrez le lien en étant connecté en tant que {email}, adresse vérifiée : l’accès est donné à ce seul compte, une fois l’invitation acceptée.\n\nLe lien ne fonctionne qu’une fois et expire le {date} (7 jours). Si vous ne vous y attendiez pas, ignorez cet e-mail : rien ne change.',

  // Platform contact form and support tickets (customer-service, issue 14)
  'mail.contact.ack.subject': 'Nous avons bien reçu votre message (demande {number})',
  'mail.contact.ack.body':
    'Merci d’avoir écrit au service client de Reloop. Nous avons bien reçu votre {topic, select, question {question} complaint {réclamation concernant la plateforme} other {message}} et vous répondrons par e-mail, en général sous deux jours ouvrés.\n\nVotre message :\n{message}\n\nSi vous nous écrivez de nouveau à ce sujet, merci d’indiquer la demande {number}.',
  'mail.contact.reply.subject': 'Service client Reloop : votre demande {number}',
  'mail.contact.reply.body':
    'Le service client de Reloop a répondu à votre demande {number} :\n\n{reply}\n\nPour répondre, utilisez le formulaire de contact du site Reloop en indiquant la demande {number}.',

  // E-mails après-vente (issue 14 : demandes d’aide, retours, garantie, nouvelles commandes payées)
  'mail.care.problem':
    '{problem, select, damaged_package {Colis endommagé} not_received {Article non reçu} wrong_item {Mauvais article reçu} missing_part {Élément manquant} defective {Article défectueux} not_as_described {Non conforme à la description} locked {Compte ou code verrouillé} other {Autre problème}}',
  'mail.care.reason':
    '{reason, select, aesthetic_defect {défaut esthétique} wrong_product {mauvais produit} defective {article défectueux} wrong_accessories {mauvais accessoires} damaged_in_transit {endommagé pendant le transport} lost_in_transit {perdu pendant le transport} changed_mind {changement d’avis} no_fault_found {aucun défaut constaté} other {résolu}}',
  'mail.care.opened.subject': 'Nouvelle demande d’aide {folderId} sur la commande {orderId}',
  'mail.care.opened.body':
    'Un acheteur demande de l’aide pour {product} (commande {orderId}).\nProblème : {problem}\n\nSon message :\n{message}\n\nMerci de répondre sous {days, plural, one {# jour ouvré} other {# jours ouvrés}}, dans le portail vendeur ou par l’API :\n{link}',
  'mail.care.reply.subject': 'Nouveau message dans la demande d’aide {folderId}',
  'mail.care.reply.toBuyer':
    '{from, select, seller {Le vendeur} other {Le service client Reloop}} vous a écrit au sujet de {product} (commande {orderId}) :\n\n{message}\n\nLire la conversation et répondre :\n{link}',
  'mail.care.reply.toSeller':
    'L’acheteur a écrit à nouveau dans la demande d’aide {folderId} au sujet de {product} (commande {orderId}) :\n\n{message}\n\nRépondre dans le portail vendeur ou par l’API :\n{link}',
  'mail.care.escalated.subject': 'Le service client suit la demande d’aide {folderId}',
  'mail.care.escalated.body':
    'À la demande {by, select, buyer {de l’acheteur} seller {du vendeur} other {de notre équipe}}, le service client Reloop suit désormais la demande d’aide {folderId} au sujet de {product} (commande {orderId}) et répondra dans la conversation.\n\n{link}',
  'mail.care.closed.subject': 'Votre demande d’aide {folderId} est clôturée',
  'mail.care.closed.body':
    'Votre demande d’aide {folderId} au sujet de {product} (commande {orderId}) a été clôturée.\nIssue : {reason}\n\nSi votre problème n’est pas résolu, écrivez dans la conversation : elle sera rouverte.\n{link}',
  'mail.return.requested.subject': 'Demande de retour sur la commande {orderId}',
  'mail.return.requested.body':
    'L’acheteur demande à retourner {quantity} × {product} (commande {orderId}) : {kind, select, withdrawal {une rétractation dans le délai légal de 14 jours, sans motif à donner} other {un retour dans votre délai de retour}}.\nMontant à rembourser au retour de l’article : {amount}\n\nÉmettre l’étiquette de retour :\n{link}',
  'mail.return.label.subject': 'Votre étiquette de retour pour la commande {orderId}',
  'mail.return.label.body':
    'Votre retour de {product} (commande {orderId}) est accepté. Envoyez le colis avec {carrier}.\nNuméro de suivi du retour : {tracking}\n\nVous serez remboursé de {amount} dès que le vendeur aura reçu l’article.\n{link}',
  'mail.warranty.opened.subject': 'Demande de garantie {claimId} sur la commande {orderId}',
  'mail.warranty.opened.body':
    'L’acheteur fait une demande sur {product} (commande {orderId}) au titre de {basis, select, commercial_warranty {votre garantie commerciale} other {la garantie légale de conformité}}.\n\nCe qui s’est passé :\n{description}\n\nDécidez d’une réparation, d’un remplacement ou d’un remboursement :\n{link}',
  'mail.warranty.decided.subject': 'Décision sur votre demande de garantie {claimId}',
  'mail.warranty.decided.body':
    'Le vendeur a statué sur votre demande concernant {product} (commande {orderId}) : {outcome, select, repair {votre appareil sera réparé puis renvoyé} replacement {vous recevrez un appareil de remplacement} other {vous êtes remboursé, l’argent vous parviendra sous quelques jours}}.\n\n{link}',
  'mail.sellerOrder.paid.subject': 'Nouvelle commande payée {orderId}',
  'mail.sellerOrder.paid.body':
    'La commande {orderId} est payée : {total}. Acceptez-la, puis expédiez-la dans le délai promis :\n{link}',
  // Insurance claims (after-sales insurance-claim-emails.ts, issue 14)
  'mail.insuranceClaim.filed.subject': 'Votre déclaration de sinistre {claimRef}',
  'mail.insuranceClaim.filed.body':
    'Nous avons transmis à l’assureur votre déclaration concernant {product} (commande {orderId}), au titre du contrat {policyRef} : {cover, select, breakage {casse} theft {vol} other {dommage causé par un liquide}}.\nRéférence du sinistre : {claimRef}\n\nL’assureur l’examine sous quelques jours, et nous vous écrivons dès qu’il répond.\n{link}',
  'mail.insuranceClaim.status.subject':
    '{status, select, accepted {Votre sinistre {claimRef} est accepté} refused {Votre sinistre {claimRef} est refusé} other {Votre sinistre {claimRef} est réglé}}',
  'mail.insuranceClaim.status.body':
    'L’assureur a répondu au sujet de votre sinistre {claimRef} sur {product} (commande {orderId}) : {status, select, accepted {il est accepté, et {outcome, select, repair {votre appareil sera réparé} replacement {votre appareil sera remplacé} other {l’assureur vous verse la valeur de votre appareil}}.} refused {il est refusé, car {refusal, select, no_proof_of_theft {un vol exige un dépôt de plainte et aucun n’a été joint à la déclaration} other {le contrat ne le couvre pas}}.} other {il est réglé : {outcome, select, repair {la réparation est faite} replacement {le remplacement est fait} other {le paiement a été effectué}}.}}\n\n{link}',

  // Reviews: writing (issue 15)
  'mail.review.request.subject': 'Que pensez-vous de votre {product} ?',
  'mail.review.request.body':
    'Vous avez reçu {product} (commande {orderId}) il y a environ une semaine. Dites aux autres acheteurs ce que vous pensez du produit et de sa livraison : votre note et quelques mots les aident à choisir.\n\nRédigez votre avis ici, sans vous connecter (le lien fonctionne jusqu’au {expires}) :\n{link}\n\nSeuls les acheteurs ayant reçu le produit peuvent l’évaluer, et Reloop n’offre aucune contrepartie pour un avis, positif ou négatif.',
  'mail.review.published.subject': 'Votre avis sur {product} est en ligne',
  'mail.review.published.body':
    'Merci : votre avis sur {product} (commande {orderId}) est publié.\n\nVous pouvez le modifier jusqu’au {editUntil} et le supprimer à tout moment :\n{link}\n\nLes photos que vous ajoutez sont affichées après vérification par une personne.',
  // Review moderation (issue 15): statements of reasons, appeals, notices
  'mail.reviewModeration.statement.subject':
    '{kind, select, removal {Votre avis sur {product} a été retiré} photos {Les photos de votre avis sur {product} ne sont pas publiées} reply {Votre réponse à un avis sur {product} a été retirée} other {Votre compte ne peut plus publier d’avis}}',
  'mail.reviewModeration.statement.body':
    '{kind, select, removal {Nous avons retiré votre avis sur {product} (commande {orderId}, rédigé le {reviewDate}).} photos {Nous n’avons pas publié les photos de votre avis sur {product} (commande {orderId}, rédigé le {reviewDate}). Lorsqu’une photo enfreint nos règles sur les avis, aucune photo de l’avis n’est publiée ; le texte de votre avis reste en ligne.} reply {Nous avons retiré votre réponse à un avis sur {product} (commande {orderId}).} other {Nous avons bloqué la publication d’avis depuis votre compte {permanent, select, yes {définitivement} other {jusqu’au {until}}}.}}\n\nMotif : {criterion}\nCe que nous avons constaté : {facts}\n\nCet e-mail est notre exposé des motifs (référence {statementId}). Vous pouvez contester cette décision gratuitement dans un délai de 6 mois{kind, select, reply { : répondez à cet e-mail.} block {, avec le formulaire de recours : indiquez votre e-mail, le numéro de commande et la date de l’un de vos avis, ainsi que la référence ci-dessus :\n{link}} removal {, avec notre formulaire de réclamation :\n{link}} other {, avec le formulaire de recours : indiquez votre e-mail, le numéro de commande {orderId} et la date de votre avis {reviewDate} :\n{link}}}\n\nVous pouvez aussi saisir un organisme certifié de règlement extrajudiciaire des litiges, ou la justice.',
  'mail.reviewModeration.appeal.subject': 'Décision sur votre recours',
  'mail.reviewModeration.appeal.body':
    '{outcome, select, reversed {Nous avons examiné votre recours et annulé notre décision : {kind, select, removal {votre avis sur {product} est de nouveau publié.} photos {les photos de votre avis sur {product} sont publiées.} other {votre compte peut de nouveau publier des avis.}}} other {Nous avons examiné votre recours et maintenu notre décision. Vous pouvez encore saisir un organisme certifié de règlement extrajudiciaire des litiges, ou la justice.}}\n\nNote de notre équipe : {note}\n\n{link}',
  'mail.reviewModeration.noticeReceived.subject':
    'Nous avons bien reçu votre signalement de l’avis {reviewId}',
  'mail.reviewModeration.noticeReceived.body':
    'Nous avons bien reçu le {date} votre signalement concernant {target, select, reply {la réponse du vendeur à l’avis {reviewId}} other {l’avis {reviewId}}} (motif indiqué : {criterion}). Sa référence est {noticeId}. Une personne l’examinera et vous informera de sa décision par e-mail.',
  'mail.reviewModeration.notice.subject': 'Votre signalement de l’avis {reviewId}',
  'mail.reviewModeration.notice.body':
    '{outcome, select, upheld {Nous avons examiné votre signalement et retiré {target, select, reply {la réponse du vendeur à l’avis {reviewId}} other {l’avis {reviewId}}}. Motif : {criterion}.} other {Nous avons examiné votre signalement concernant {target, select, reply {la réponse du vendeur à l’avis {reviewId}} other {l’avis {reviewId}}} et l’avons maintenu en ligne : selon nous, il n’enfreint pas nos règles sur les avis ({criterion}). Vous pouvez contester cette décision en répondant à cet e-mail, saisir un organisme certifié de règlement extrajudiciaire des litiges, ou la justice.}}',
  'mail.reviewModeration.criterion':
    '{criterion, select, not_about_experience {sans rapport avec le produit ou l’achat} off_topic {hors sujet} offensive {contenu injurieux ou vulgaire} discriminatory {contenu discriminatoire ou haineux} personal_data {données personnelles} advertising {publicité, liens ou coordonnées} not_authentic {avis non authentique ou rédigé en situation de conflit d’intérêts} illegal_content {contenu illicite} spam {spam ou doublon} photo_not_product {une photo qui ne montre pas le produit} photo_people {une photo montrant des personnes} photo_unsuitable {une photo inappropriée} serious {une violation grave de nos règles sur les avis} repeated {des violations répétées de nos règles sur les avis} other {une violation de nos règles sur les avis}}',
};
