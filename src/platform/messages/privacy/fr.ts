import type { en } from './en.ts';

export const fr: Record<keyof typeof en, string> = {
  // Effacement et conservation (H1b)
  'privacy.erasure.dataset.account': 'Votre compte (nom, e-mail, mot de passe)',
  'privacy.erasure.dataset.sessions': 'Sessions de connexion',
  'privacy.erasure.dataset.email_links': 'Liens envoyés par e-mail (vérification, mot de passe)',
  'privacy.erasure.dataset.second_factor': 'Validation en deux étapes',
  'privacy.erasure.dataset.terms_acceptances': 'Acceptations des conditions',
  'privacy.erasure.dataset.business_profile': 'Profil d’entreprise (Reloop Pro)',
  'privacy.erasure.dataset.orders': 'Commandes et leurs factures',
  'privacy.erasure.dataset.credit_notes': 'Avoirs',
  'privacy.erasure.dataset.checkouts': 'Paiements de commande',
  'privacy.erasure.dataset.carts': 'Paniers',
  'privacy.erasure.dataset.cart_lines': 'Articles de votre panier',
  'privacy.erasure.dataset.care_folders': 'Demandes d’aide sur une commande',
  'privacy.erasure.dataset.returns': 'Retours',
  'privacy.erasure.dataset.warranty_claims': 'Demandes de garantie',
  'privacy.erasure.dataset.insurance_claims': 'Déclarations de sinistre',
  'privacy.erasure.dataset.support_tickets': 'Messages au service client',
  'privacy.erasure.dataset.reviews': 'Avis',
  'privacy.erasure.dataset.review_photos': 'Photos des avis',
  'privacy.erasure.dataset.review_notices': 'Signalements d’avis',
  'privacy.erasure.dataset.review_appeals': 'Recours sur des avis',
  'privacy.erasure.dataset.reviewer_blocks': 'Restrictions de publication d’avis',
  'privacy.erasure.dataset.seller_applications': 'Candidatures vendeur',
  'privacy.erasure.dataset.seller_memberships': 'Appartenances à une équipe vendeur',
  'privacy.erasure.dataset.audit_events': 'Entrées du journal de sécurité',
  'privacy.erasure.dataset.consent_records': 'Choix de cookies faits en étant connecté',
  'privacy.erasure.dataset.marketing_preferences': 'Préférences marketing',
  'privacy.erasure.dataset.newsletter_sends': 'Newsletters qui vous ont été envoyées',
  'privacy.erasure.dataset.alerts': 'Alertes de disponibilité et de prix',
  'privacy.erasure.dataset.policy_notices': 'Avis de changement de politique',
  'privacy.erasure.dataset.sale_opt_out_requests': 'Demandes « ne pas vendre ni partager »',
  'privacy.erasure.dataset.privacy_requests': 'Vos demandes relatives à vos données',
  'privacy.erasure.dataset.postmortem_directives': 'Directives pour après votre décès',
  'privacy.erasure.dataset.processing_restrictions': 'Limitations du traitement',
  'privacy.erasure.dataset.processing_objections': 'Oppositions au traitement',
  'privacy.erasure.dataset.dsa_notices': 'Signalements de contenus illicites',
  'privacy.erasure.dataset.dsa_complaints': 'Réclamations contre nos décisions',
  'privacy.erasure.reason.accounting': 'Droit comptable et fiscal : factures et pièces comptables',
  'privacy.erasure.reason.trader_traceability':
    'Règlement sur les services numériques, art. 30 : informations sur le professionnel',
  'privacy.erasure.reason.open_claim': 'Une réclamation ou un litige en cours en a besoin',
  'privacy.erasure.until.date': 'jusqu’au {date}',
  'privacy.erasure.until.open': 'jusqu’à sa clôture',
  'mail.privacy.erasure.report.subject': 'Votre compte Reloop a été effacé',
  'mail.privacy.erasure.report.body':
    'Votre compte Reloop a été effacé le {date}. Nous avons supprimé {deleted, plural, one {# donnée} other {# données}} et anonymisé {anonymised, plural, one {# donnée} other {# données}} vous concernant. Vous ne pouvez plus vous connecter avec ce compte.',
  'mail.privacy.erasure.report.heldIntro':
    'La loi nous oblige à conserver quelques données pendant un temps. Chacune sera supprimée ou anonymisée à la fin de sa durée :',
  'mail.privacy.erasure.report.held.accounting':
    '- {count, plural, one {# facture ou pièce comptable} other {# factures et pièces comptables}}, conservées jusqu’au {until} (droit comptable et fiscal)',
  'mail.privacy.erasure.report.held.trader_traceability':
    '- {count, plural, one {# donnée} other {# données}} sur un vendeur pour lequel vous avez candidaté, conservées jusqu’au {until} (règlement sur les services numériques, art. 30)',
  'mail.privacy.erasure.report.held.trader_traceability.running':
    '- {count, plural, one {# donnée} other {# données}} sur un vendeur pour lequel vous avez candidaté, conservées pendant son contrat et six mois après (règlement sur les services numériques, art. 30)',
  'mail.privacy.erasure.report.held.open_claim':
    '- {count, plural, one {# donnée} other {# données}} d’une demande d’aide, d’un retour, d’une réclamation ou d’un message au service client en cours, conservées jusqu’à sa clôture',
  'mail.privacy.erasure.report.noneHeld': 'Nous ne conservons rien d’autre vous concernant.',
  'mail.privacy.erasure.report.last': 'Ceci est le dernier e-mail que nous envoyons à cette adresse.',
  'mail.privacy.erasure.warning.subject': 'Votre compte Reloop va être fermé pour inactivité',
  'mail.privacy.erasure.warning.body':
    'Vous n’avez pas utilisé votre compte Reloop depuis longtemps. Pour protéger vos données, nous le fermerons le {date}, puis l’effacerons {days, plural, one {# jour} other {# jours}} plus tard, en ne gardant que ce que la loi impose.\n\nPour conserver votre compte, il suffit de vous connecter avant cette date :\n{link}',
  'mail.privacy.erasure.deactivated.subject': 'Votre compte Reloop a été fermé',
  'mail.privacy.erasure.deactivated.body':
    'Comme annoncé, votre compte Reloop a été fermé car il n’a pas été utilisé depuis longtemps. Il sera effacé le {date}, en ne gardant que ce que la loi impose. Pour le conserver, contactez le service client avant cette date.',
  // ——— H2: privacy centre, data-subject requests ———
  'privacy.kind.access': 'Accès à mes données',
  'privacy.kind.erasure': 'Effacement de mes données',
  'privacy.kind.rectification': 'Rectification de mes données',
  'privacy.kind.restriction': 'Limitation du traitement',
  'privacy.kind.objection': 'Opposition au traitement',
  'privacy.kind.portability': 'Une copie de mes données à emporter ailleurs (portabilité)',
  'privacy.kind.know': 'Droit de savoir quelles informations personnelles sont collectées',
  'privacy.kind.do_not_sell': 'Ne pas vendre ni partager mes informations personnelles',
  'privacy.purpose.recommendations': 'Recommandations personnalisées',
  'privacy.purpose.recommendations.text':
    'Nous vous suggérons des appareils d’après ce que vous avez consulté et acheté, sur la base de notre intérêt légitime. Si vous vous y opposez, nous arrêtons aussitôt et vous montrons les mêmes suggestions qu’à tout le monde.',
  'privacy.purpose.fraud_prevention': 'Prévention de la fraude',
  'privacy.purpose.fraud_prevention.text':
    'Nous contrôlons les commandes et les paiements pour vous protéger, ainsi que les vendeurs et la place de marché. Vous ne pouvez pas vous y opposer : protéger les paiements contre la fraude et défendre des droits en justice sont des motifs légitimes impérieux qui prévalent.',
  'privacy.centre.title': 'Centre de confidentialité',
  'privacy.centre.intro':
    'Vos droits sur vos données personnelles, au même endroit. Les changements prennent effet aussitôt ; les demandes que nous devons examiner reçoivent une réponse par e-mail dans le délai légal.',
  'privacy.centre.download.title': 'Télécharger mes données',
  'privacy.centre.download.text':
    'Une copie de tout ce que nous détenons sur vous, en fichiers JSON et CSV dans une archive ZIP avec la liste de son contenu. Elle est créée au moment où vous la demandez.',
  'privacy.centre.download.zip': 'Télécharger mes données (ZIP)',
  'privacy.centre.download.json': 'Les mêmes données en JSON',
  'privacy.centre.rectify.title': 'Rectifier mes données',
  'privacy.centre.rectify.text':
    'Votre nom, votre adresse e-mail, votre mot de passe et votre langue se modifient dans les paramètres de votre compte.',
  'privacy.centre.rectify.settings': 'Aller aux paramètres de mon compte',
  'privacy.centre.rectify.details': 'Ce qui est inexact par ailleurs, et ce qui est correct',
  'privacy.centre.rectify.hint':
    'Pour les données que vous ne pouvez pas modifier vous-même (une adresse d’une ancienne commande, un nom de société…).',
  'privacy.centre.rectify.submit': 'Demander une rectification',
  'privacy.centre.restrict.title': 'Limiter le traitement',
  'privacy.centre.restrict.text':
    'Tant que le traitement est limité, nous ne faisons que conserver vos données : nous ne les utilisons pour rien d’autre, sauf avec votre consentement ou pour la défense de droits en justice. Les commandes en cours sont tout de même livrées.',
  'privacy.centre.restrict.reason': 'Pourquoi',
  'privacy.centre.restrict.reason.accuracy_contested': 'Mes données sont inexactes et vous les vérifiez',
  'privacy.centre.restrict.reason.unlawful':
    'Le traitement est illicite mais je ne veux pas que mes données soient effacées',
  'privacy.centre.restrict.reason.legal_claims':
    'J’ai besoin que les données soient conservées pour une action en justice',
  'privacy.centre.restrict.reason.objection_pending': 'Je me suis opposé à un traitement et vous le vérifiez',
  'privacy.centre.restrict.submit': 'Limiter le traitement',
  'privacy.centre.restrict.active': 'Traitement limité depuis le {date}.',
  'privacy.centre.restrict.lift': 'Lever la limitation',
  'privacy.centre.object.title': 'M’opposer à un traitement',
  'privacy.centre.object.text':
    'Certains traitements reposent sur notre intérêt légitime. Vous pouvez vous y opposer pour des raisons tenant à votre situation.',
  'privacy.centre.object.submit': 'Je m’y oppose',
  'privacy.centre.object.active': 'Vous vous opposez à ce traitement : il est arrêté.',
  'privacy.centre.object.withdraw': 'Retirer mon opposition',
  'privacy.centre.marketing.title': 'M’opposer à la prospection',
  'privacy.centre.marketing.text':
    'Arrête aussitôt tout message de prospection, sur tous les canaux. Les alertes que vous avez créées sur un produit continuent : vous les avez demandées.',
  'privacy.centre.marketing.submit': 'Arrêter toute prospection',
  'privacy.centre.directives.title': 'Après mon décès',
  'privacy.centre.directives.text':
    'Vous pouvez indiquer ce que deviendront vos données après votre décès et désigner une personne de confiance pour l’exécuter (loi Informatique et Libertés, art. 85). Vous pouvez le modifier à tout moment.',
  'privacy.centre.directives.instruction': 'Ce que deviendront mes données',
  'privacy.centre.directives.delete': 'Les supprimer',
  'privacy.centre.directives.keep': 'Les conserver dans la mesure permise par la loi',
  'privacy.centre.directives.hand_over':
    'En remettre une copie à ma personne de confiance, puis les supprimer',
  'privacy.centre.directives.trustedName': 'Nom de la personne de confiance',
  'privacy.centre.directives.trustedEmail': 'Adresse e-mail de la personne de confiance',
  'privacy.centre.directives.trustedHint': 'Obligatoire pour remettre une copie ; facultatif sinon.',
  'privacy.centre.directives.submit': 'Enregistrer mes directives',
  'privacy.centre.directives.current': 'Directives enregistrées le {date}.',
  'privacy.centre.requests.title': 'Mes demandes',
  'privacy.centre.requests.none': 'Vous n’avez fait aucune demande.',
  'privacy.centre.requests.number': 'N°',
  'privacy.centre.requests.received': 'Reçue le',
  'privacy.centre.requests.status': 'État',
  'privacy.centre.requests.dueOn': 'Réponse au plus tard le {date}',
  'privacy.centre.requests.answered': 'Répondue',
  'privacy.centre.requests.refused': 'Refusée (voir notre e-mail)',
  'privacy.centre.erase.title': 'Effacer mon compte',
  'privacy.centre.erase.text':
    'Votre compte et vos données personnelles sont supprimés ou anonymisés aussitôt et vous êtes déconnecté. Ce que la loi nous oblige à garder (factures et pièces comptables, données de vendeur professionnel, dossiers d’une réclamation en cours) est conservé jusqu’à sa date de fin puis supprimé ; un rapport vous dit exactement quoi. C’est définitif.',
  'privacy.centre.erase.submit': 'Effacer mon compte définitivement',
  'privacy.centre.done.restricted': 'Le traitement de vos données est limité.',
  'privacy.centre.done.lifted': 'La limitation est levée.',
  'privacy.centre.done.objected': 'Votre opposition est enregistrée : ce traitement est arrêté.',
  'privacy.centre.done.withdrawn': 'Votre opposition est retirée.',
  'privacy.centre.done.marketing': 'Toute prospection à votre égard est arrêtée.',
  'privacy.centre.done.directives': 'Vos directives sont enregistrées.',
  'privacy.centre.done.requested':
    'Votre demande est envoyée. Nous répondons par e-mail, dans le délai légal.',
  'privacy.report.title': 'Votre compte est effacé',
  'privacy.report.done': 'Effacé le {date}. Une copie de ce rapport a été envoyée à votre adresse e-mail.',
  'privacy.report.deleted': 'Supprimé',
  'privacy.report.anonymised': 'Anonymisé',
  'privacy.report.held': 'Conservé parce que la loi l’exige',
  'privacy.report.held.text':
    'Ces données ne sont conservées que le temps exigé par la loi, puis supprimées automatiquement.',
  'privacy.report.data': 'Données',
  'privacy.report.count': 'Enregistrements',
  'privacy.report.reason': 'Pourquoi',
  'privacy.report.until': 'Conservé jusqu’au',
  'privacy.report.untilClosed': 'jusqu’à la clôture de la réclamation',
  'privacy.report.nothing': 'Rien.',
  'privacy.report.home': 'Retour à la boutique',
  'privacy.request.title': 'Demande relative à mes données',
  'privacy.request.intro':
    'Demandez-nous une copie de vos données, leur rectification ou leur effacement, la limitation de leur traitement ou votre opposition — même sans compte. Nous confirmons d’abord votre adresse e-mail.',
  'privacy.request.haveAccount': 'Vous avez un compte ? L’essentiel est immédiat dans votre',
  'privacy.request.name': 'Votre nom',
  'privacy.request.email': 'Votre adresse e-mail',
  'privacy.request.email.hint':
    'Celle sous laquelle nous vous connaissons : nous y envoyons un lien pour confirmer la demande.',
  'privacy.request.kind': 'Votre demande',
  'privacy.request.details': 'Précisions',
  'privacy.request.details.hint':
    'Ce que concerne la demande (obligatoire pour une rectification ou une opposition).',
  'privacy.request.deadline.gdpr':
    'Nous répondons dans un délai d’un mois à compter de la réception de votre demande ; si elle est complexe, ce délai peut être prolongé de deux mois, et nous vous en donnons les raisons dans le premier mois.',
  'privacy.request.deadline.ccpa':
    'Nous répondons dans un délai de 45 jours à compter de la réception de votre demande ; si nécessaire, ce délai peut être prolongé de 45 jours, et nous vous en donnons les raisons dans les 45 premiers.',
  'privacy.request.submit': 'Envoyer ma demande',
  'privacy.request.sent.title': 'Consultez vos e-mails',
  'privacy.request.sent.text':
    'Nous avons envoyé un lien à {email}. Ouvrez-le dans les 7 jours pour confirmer votre demande.',
  'privacy.request.verify.title': 'Confirmez votre demande',
  'privacy.request.verify.text': 'Confirmez que vous avez bien envoyé cette demande relative à vos données.',
  'privacy.request.verify.submit': 'Confirmer ma demande',
  'privacy.request.verified.title': 'Demande reçue',
  'privacy.request.verified.text':
    'Votre demande n° {id} est confirmée. Nous vous répondrons par e-mail au plus tard le {date}.',
  'privacy.request.link.invalid': 'Ce lien n’est pas valide ou a expiré.',
  'mail.privacy.request.verify.subject': 'Confirmez votre demande relative à vos données',
  'mail.privacy.request.verify.body':
    'Nous avons reçu une demande depuis cette adresse : {kind}.\n\nPour la confirmer, ouvrez ce lien avant le {expires} :\n{link}\n\nSi vous ne l’avez pas envoyée, ignorez cet e-mail : il ne se passera rien.',
  'mail.privacy.request.received.subject': 'Votre demande n° {id} relative à vos données est reçue',
  'mail.privacy.request.received.body':
    'Nous avons reçu votre demande n° {id} : {kind}.\n\nNous vous répondrons au plus tard le {due}. Si la demande est complexe et que nous avons besoin de plus de temps, nous vous en donnerons les raisons avant cette date.',
  'mail.privacy.request.extended.subject': 'Votre demande n° {id} : nous avons besoin de plus de temps',
  'mail.privacy.request.extended.body':
    'Nous avons besoin de plus de temps pour répondre à votre demande n° {id}, pour la raison suivante :\n{reason}\n\nNous vous répondrons au plus tard le {due}.',
  'mail.privacy.request.dataReady.subject': 'Votre demande n° {id} : vos données',
  'mail.privacy.request.dataReady.body':
    'Voici vos données, comme demandé (demande n° {id}). Téléchargez-les avant le {expires} depuis ce lien ; l’archive est créée à son ouverture :\n{link}',
  'mail.privacy.request.answered.subject': 'Votre demande n° {id} : notre réponse',
  'mail.privacy.request.answered.body': 'Voici notre réponse à votre demande n° {id} ({kind}).',
  'mail.privacy.request.answered.erased':
    'Votre compte est effacé. Un e-mail séparé indique ce qui a été supprimé, anonymisé et conservé parce que la loi l’exige.',
  'mail.privacy.request.refused.subject': 'Votre demande n° {id} : nous ne pouvons pas y donner suite',
  'mail.privacy.request.refused.body':
    'Nous ne pouvons pas donner suite à votre demande n° {id} ({kind}), pour la raison suivante :\n{reason}',
  'mail.privacy.request.refused.remedies':
    'Vous pouvez introduire une réclamation auprès d’une autorité de contrôle de la protection des données (dans le pays où vous résidez ou travaillez, ou celui où vous estimez que vos droits ont été violés), par exemple la CNIL en France, et former un recours juridictionnel devant les tribunaux.',
  'mail.privacy.request.refused.remedies.ccpa':
    'Vous pouvez saisir la California Privacy Protection Agency ou le procureur général de Californie, et former un recours devant les tribunaux.',
  // Download my data (H1a): the README.txt of the archive.
  'privacy.export.readme.title': 'Vos données Reloop',
  'privacy.export.readme.intro':
    'Cette archive contient les données personnelles que Reloop détenait sur vous ({email}) le {date} (RGPD, art. 15 et 20 : droit d’accès et droit à la portabilité).',
  'privacy.export.readme.files':
    'Chaque jeu de données se trouve dans un dossier portant le nom de la partie de Reloop qui le détient, en deux exemplaires : un fichier .json avec les valeurs exactes et un fichier .csv à ouvrir dans un tableur. Le fichier manifest.json liste chaque fichier, son nombre de lignes et son contenu.',
  'privacy.export.readme.formats':
    'Les dates et heures sont en UTC (ISO 8601). Les montants sont des nombres entiers dans la plus petite unité de la devise (centimes), avec leur devise.',
  'privacy.export.readme.secrets':
    'Les mots de passe, codes de sécurité et clés ne sont jamais inclus. Les parties de Reloop qui ne détiennent rien sur vous sont listées dans manifest.json, avec la raison.',
  'privacy.export.readme.contact':
    'Pour rectifier vos données, ou pour toute autre demande à leur sujet, utilisez l’espace confidentialité de votre compte.',
};
