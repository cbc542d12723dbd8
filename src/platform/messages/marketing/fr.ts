import type { en } from './en.ts';

export const fr: Record<keyof typeof en, string> = {
  'marketing.title': 'Choix marketing',
  'marketing.intro':
    'Choisissez si et comment Reloop peut vous envoyer des offres et des nouvelles. Les e-mails sur vos commandes, vos alertes et les changements de nos conditions ne sont pas du marketing : ils continuent.',
  'marketing.channels': 'Comment nous pouvons vous contacter',
  'marketing.channels.hint':
    'Seuls des e-mails sont envoyés aujourd’hui ; votre choix pour les autres canaux est conservé pour le jour où ils existeront.',
  'marketing.channel.email': 'E-mail',
  'marketing.channel.sms': 'SMS (message texte)',
  'marketing.channel.push': 'Notifications de l’application',
  'marketing.categories': 'À quel sujet',
  'marketing.category.deals': 'Bons plans sur les appareils reconditionnés',
  'marketing.category.new_arrivals': 'Nouveautés',
  'marketing.category.trade_in': 'Offres de reprise',
  'marketing.category.tips': 'Conseils pour faire durer vos appareils',
  'marketing.frequency': 'À quelle fréquence',
  'marketing.frequency.weekly': 'Une fois par semaine',
  'marketing.frequency.monthly': 'Une fois par mois',
  'marketing.consent':
    'Cocher un canal et un sujet vaut consentement à recevoir ces messages. Vous pouvez le retirer ici à tout moment, aussi facilement que vous l’avez donné.',
  'marketing.save': 'Enregistrer mes choix',
  'marketing.saved': 'Vos choix sont enregistrés.',
  'marketing.invalid': 'Choisissez parmi les options proposées.',
  'marketing.basis.none': 'Vous n’avez pas accepté de recevoir du marketing.',
  'marketing.basis.explicit': 'Vous avez accepté de recevoir du marketing le {date}.',
  'marketing.basis.soft':
    'En tant que client, vous pouvez recevoir des offres pour des produits similaires à ceux que vous avez achetés (depuis le {date}). Vous pouvez les refuser ici à tout moment.',
  'marketing.objected':
    'Vous vous êtes opposé à tout marketing le {date} : rien ne vous est envoyé. Pour en recevoir à nouveau, cochez ce que vous souhaitez et enregistrez.',
  'marketing.object.title': 'M’opposer à tout marketing',
  'marketing.object.text':
    'Arrête immédiatement tout message marketing, sur tous les canaux. Vos alertes continuent de fonctionner : c’est un service que vous avez demandé.',
  'marketing.object.submit': 'M’opposer à tout marketing',
  'marketing.object.done': 'C’est fait : vous ne recevrez plus aucun marketing.',
  'marketing.account.link': 'Choix marketing',
  'marketing.unsubscribe.title': 'Se désabonner',
  'marketing.unsubscribe.text': 'Ne plus recevoir la newsletter de Reloop par e-mail ?',
  'marketing.unsubscribe.submit': 'Me désabonner',
  'marketing.unsubscribe.done':
    'Vous êtes désabonné : plus aucune newsletter ne vous sera envoyée. Les e-mails sur vos commandes et vos alertes continuent.',
  'marketing.unsubscribe.invalid':
    'Ce lien de désabonnement n’est pas valide. Connectez-vous pour gérer vos choix marketing.',
  'marketing.unsubscribe.manage': 'Gérer tous mes choix',
  'marketing.dns.footer': 'Ne pas vendre ni partager mes informations personnelles',
  'marketing.dns.title': 'Ne pas vendre ni partager mes informations personnelles',
  'marketing.dns.intro':
    'Reloop ne vend pas vos informations personnelles et ne les partage pas pour de la publicité comportementale. Selon la loi californienne (CCPA/CPRA) et celles d’autres États américains, vous pouvez tout de même vous y opposer : nous l’enregistrons, pour que cela reste vrai pour vous.',
  'marketing.dns.gpc':
    'Votre navigateur envoie le signal Global Privacy Control : nous le traitons comme votre opposition pour ce navigateur.',
  'marketing.dns.recorded': 'Votre opposition est enregistrée (depuis le {date}).',
  'marketing.dns.submit': 'M’opposer à la vente et au partage de mes informations',
  'marketing.dns.email': 'Votre adresse e-mail',
  'marketing.dns.emailHint':
    'Nous vous envoyons un lien de confirmation. L’opposition s’applique ensuite à votre compte et à vos commandes passées avec cette adresse.',
  'marketing.dns.sent': 'Consultez votre boîte de réception : nous vous avons envoyé un lien pour confirmer.',
  'marketing.dns.confirmed': 'Votre opposition est enregistrée.',
  'marketing.dns.invalid': 'Ce lien n’est pas valide ou a expiré. Vous pouvez refaire la demande ci-dessous.',
  'marketing.dns.emailInvalid': 'Saisissez une adresse e-mail comme nom@exemple.fr',
  'marketing.alerts.title': 'Mes alertes',
  'marketing.alerts.empty':
    'Vous n’avez aucune alerte. Sur une fiche produit, choisissez un état, puis « M’alerter ».',
  'marketing.alerts.productLink': 'M’alerter quand il revient en stock ou passe sous un prix',
  'marketing.alerts.new.title': 'M’alerter pour {product}',
  'marketing.alerts.kind': 'M’envoyer un e-mail quand',
  'marketing.alerts.kind.back_in_stock': 'il revient en stock',
  'marketing.alerts.kind.price_below': 'son prix est inférieur ou égal à',
  'marketing.alerts.grade': 'État',
  'marketing.alerts.target': 'Prix ({currency})',
  'marketing.alerts.target.hint': 'Par exemple {example}. Utilisé seulement pour une alerte de prix.',
  'marketing.alerts.create': 'Créer l’alerte',
  'marketing.alerts.once':
    'Nous vous écrivons une seule fois, quand cela arrive. Vous gérez vos alertes dans votre compte.',
  'marketing.alerts.error.required': 'Saisissez un prix',
  'marketing.alerts.error.invalid': 'Saisissez un prix comme {example}',
  'marketing.alerts.error.range': 'Saisissez un prix supérieur à zéro',
  'marketing.alerts.error.choice': 'Choisissez l’une des options proposées',
  'marketing.alerts.refused.available_now': 'Cet état est en vente en ce moment : pas besoin d’alerte.',
  'marketing.alerts.refused.price_already_met':
    'Le prix est déjà inférieur ou égal à votre objectif : vous pouvez acheter maintenant.',
  'marketing.alerts.refused.too_many': 'Vous avez trop d’alertes. Supprimez-en d’abord quelques-unes.',
  'marketing.alerts.col.product': 'Produit',
  'marketing.alerts.col.grade': 'État',
  'marketing.alerts.col.condition': 'M’écrire quand',
  'marketing.alerts.col.status': 'Statut',
  'marketing.alerts.col.actions': 'Gérer',
  'marketing.alerts.condition.back_in_stock': 'De retour en stock',
  'marketing.alerts.condition.price_below': 'À {price} ou moins',
  'marketing.alerts.status.active': 'En cours',
  'marketing.alerts.status.paused': 'En pause',
  'marketing.alerts.status.fulfilled': 'Envoyée le {date}',
  'marketing.alerts.pause': 'Mettre en pause',
  'marketing.alerts.resume': 'Reprendre',
  'marketing.alerts.rearm': 'M’alerter à nouveau',
  'marketing.alerts.delete': 'Supprimer',
  'marketing.alerts.done.created': 'Alerte créée. Nous vous écrirons une seule fois.',
  'marketing.alerts.done.paused': 'Alerte mise en pause.',
  'marketing.alerts.done.resumed': 'Alerte reprise.',
  'marketing.alerts.done.rearmed': 'Alerte de nouveau active.',
  'marketing.alerts.done.deleted': 'Alerte supprimée.',
  'mail.marketing.newsletter.subject.monthly': 'Ce mois-ci chez Reloop',
  'mail.marketing.newsletter.subject.weekly': 'Cette semaine chez Reloop',
  'mail.marketing.newsletter.intro': 'Voici notre sélection d’appareils reconditionnés pour vous.',
  'mail.marketing.newsletter.section.deals': 'Bons plans sur les appareils reconditionnés',
  'mail.marketing.newsletter.section.new_arrivals': 'Nouveautés',
  'mail.marketing.newsletter.section.trade_in': 'Offres de reprise',
  'mail.marketing.newsletter.section.tips': 'Conseils pour faire durer vos appareils',
  'mail.marketing.newsletter.text.trade_in':
    'Votre ancien téléphone ou ordinateur a encore de la valeur : vendez-le à un reconditionneur professionnel sur Reloop et offrez-lui une seconde vie.',
  'mail.marketing.newsletter.text.tips':
    'Gardez votre batterie entre 20 % et 80 %, utilisez une coque et un verre trempé, installez les mises à jour : un appareil bien entretenu dure des années de plus.',
  'mail.marketing.newsletter.product': '{name}, à partir de {price} : {link}',
  'mail.marketing.why.explicit': 'Vous recevez cet e-mail parce que vous l’avez accepté le {date}.',
  'mail.marketing.why.soft':
    'Vous recevez cet e-mail parce que vous avez acheté sur Reloop : nous ne vous écrivons qu’au sujet de produits similaires.',
  'mail.marketing.footer':
    'Se désabonner en un clic, sans se connecter : {unsubscribe}\nGérer vos choix : {preferences}',
  'mail.marketing.alert.back.subject': '{product} ({grade}) est de retour en stock',
  'mail.marketing.alert.back.body':
    '{product} en état {grade} est de nouveau en vente, à partir de {price} : {link}',
  'mail.marketing.alert.price.subject': '{product} ({grade}) coûte maintenant {price}',
  'mail.marketing.alert.price.body':
    '{product} en état {grade} est maintenant vendu {price}, au niveau de votre objectif de {target} ou en dessous : {link}',
  'mail.marketing.alert.once':
    'Cette alerte est terminée et ne sera plus envoyée. Pour être alerté à nouveau ou gérer vos alertes : {alerts}',
  'mail.marketing.policy.subject':
    '{kind, select, terms {Nos conditions d’utilisation changent le {date}} other {Notre politique de confidentialité change le {date}}}',
  'mail.marketing.policy.body':
    '{kind, select, terms {Nous mettons à jour nos conditions d’utilisation.} other {Nous mettons à jour notre politique de confidentialité.}} La nouvelle version ({version}) s’applique à partir du {date} ; vous trouverez son texte complet ci-dessous.',
  'mail.marketing.policy.terms.choice':
    'Si vous ne l’acceptez pas, vous pouvez fermer votre compte avant cette date depuis les paramètres de votre compte : {account}',
  'mail.marketing.policy.privacy.choice':
    'Vous pouvez exercer vos droits (accès, rectification, effacement, opposition) à tout moment depuis votre compte : {account}',
  'mail.marketing.dns.subject': 'Confirmez : ne pas vendre ni partager mes informations personnelles',
  'mail.marketing.dns.body':
    'Ouvrez ce lien pour confirmer que vos informations personnelles ne peuvent être ni vendues ni partagées : {link}\nLe lien est valable jusqu’au {expires}. Si vous n’avez rien demandé, ignorez cet e-mail.',
  'marketing.checkout.declineOffers': 'Ne pas m’envoyer d’offres sur des appareils reconditionnés similaires',
  'marketing.checkout.declineOffersHint':
    'Une fois votre commande payée, nous pourrons vous envoyer par e-mail des offres sur des appareils reconditionnés semblables à ceux que vous achetez, sauf si vous cochez cette case. Vous pouvez arrêter à tout moment, depuis votre compte ou chacun de ces e-mails.',
};
