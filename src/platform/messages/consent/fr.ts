import type { en } from './en.ts';

export const fr: Record<keyof typeof en, string> = {
  'consent.banner.label': 'Choix des cookies',
  'consent.banner.title': 'Les cookies sur Reloop',
  'consent.banner.text':
    'Nous n’utilisons que les cookies nécessaires au fonctionnement du site : votre session, votre panier et la sécurité. Avec votre accord, nous retiendrions aussi les produits que vous avez consultés, sur cet appareil seulement, pour vous les montrer à nouveau. Aucune publicité, aucun pistage. Vous pouvez changer d’avis à tout moment depuis « Préférences cookies » en bas de chaque page.',
  'consent.banner.accept': 'Tout accepter',
  'consent.banner.reject': 'Tout refuser',
  'consent.banner.choose': 'Choisir par finalité',
  'consent.footer.preferences': 'Préférences cookies',
  'consent.prefs.title': 'Préférences cookies',
  'consent.prefs.intro':
    'Choisissez ce que Reloop peut enregistrer dans ce navigateur. Refuser est aussi simple qu’accepter et ne change rien à ce que vous pouvez acheter ou vendre.',
  'consent.prefs.none': 'Vous n’avez pas encore fait de choix : rien de facultatif n’est enregistré.',
  'consent.prefs.current': 'Votre choix est enregistré. Vous pouvez le modifier ici à tout moment.',
  'consent.prefs.saved': 'Votre choix est enregistré.',
  'consent.prefs.necessary.title': 'Strictement nécessaires (toujours actifs)',
  'consent.prefs.necessary.text':
    'Votre session, votre panier, la protection contre les formulaires falsifiés et ce choix lui-même. Sans eux le site ne peut pas fonctionner : ils ne demandent pas de consentement.',
  'consent.prefs.purposes': 'Finalités facultatives',
  'consent.purpose.personalisation.title': 'Produits consultés récemment',
  'consent.purpose.personalisation.text':
    'Retient les derniers produits que vous avez consultés, dans un cookie conservé 30 jours sur cet appareil, pour vous les montrer à nouveau sur la page d’accueil et les pages produit.',
  'consent.prefs.save': 'Enregistrer mon choix',
  'consent.prefs.audience':
    'La mesure d’audience ne demande aucun cookie : nous comptons les pages vues avec une clé anonyme qui change chaque jour et ne permet pas de remonter jusqu’à vous.',
  'consent.prefs.cookiesLink': 'Tous les cookies que nous utilisons',
  'consent.cookies.title': 'Cookies et technologies similaires',
  'consent.cookies.intro':
    'Voici tous les cookies que Reloop enregistre dans votre navigateur. Le site n’utilise ni stockage local, ni pixel de suivi, ni cookie tiers.',
  'consent.cookies.caption': 'Cookies enregistrés par Reloop',
  'consent.cookies.name': 'Nom',
  'consent.cookies.purpose': 'Finalité',
  'consent.cookies.duration': 'Durée',
  'consent.cookies.category': 'Catégorie',
  'consent.cookies.category.necessary': 'Strictement nécessaire',
  'consent.cookies.category.personalisation': 'Personnalisation, avec votre accord',
  'consent.cookies.session': 'Jusqu’à la fermeture du navigateur',
  'consent.cookies.days': '{days, plural, one {# jour} other {# jours}}',
  'consent.cookies.purpose.session': 'Vous garde connecté.',
  'consent.cookies.purpose.device':
    'Reconnaît un appareil sur lequel vous vous êtes déjà connecté, pour vous avertir d’une connexion depuis un nouvel appareil.',
  'consent.cookies.purpose.csrf':
    'Protège les formulaires contre les requêtes falsifiées par d’autres sites.',
  'consent.cookies.purpose.cart': 'Conserve le panier d’un visiteur non connecté, un par pays.',
  'consent.cookies.purpose.consent': 'Retient votre choix sur les cookies pour ne pas vous le redemander.',
  'consent.cookies.purpose.recent': 'Retient les produits que vous avez consultés récemment.',
  'consent.cookies.hostPrefix': 'Nommé avec le préfixe « __Host- » sur le site en production.',
  'consent.cookies.audience.title': 'Mesure d’audience sans cookie',
  'consent.cookies.audience.text':
    'Nous comptons les pages vues sur notre serveur, sans rien enregistrer dans votre navigateur : chaque vue est comptée sous une clé anonyme calculée à partir d’une valeur aléatoire qui change chaque jour et est supprimée le lendemain, du site, de votre adresse IP et du nom de votre navigateur. Ni l’adresse ni la clé ne permettent de remonter jusqu’à vous, et une visite un autre jour ne peut pas être reliée à celle-ci. Nous conservons le jour, le pays de la boutique et le type de page pendant 13 mois.',
  'consent.cookies.prefsLink': 'Modifier vos préférences cookies',
  'consent.recent.title': 'Consultés récemment',
  'consent.recent.change': 'Ne plus retenir',
  'consent.recipients.title': 'Nombre moyen de destinataires actifs par mois',
  'consent.recipients.figure':
    'Du {start} au {end}, Reloop a compté en moyenne {count} destinataires actifs par mois de son service dans l’Union européenne.',
  'consent.recipients.method':
    'Méthode : chaque mois civil, chaque destinataire ayant une activité dans l’une de nos boutiques de l’UE compte une fois, quel que soit le nombre de jours, de pages ou de boutiques : les personnes connectées qui ont consulté une page ou commandé, les vendeurs qui ont reçu une commande et les visiteurs non connectés, comptés sous une clé anonyme qui change chaque jour (un visiteur qui revient un autre jour compte à nouveau : cette part est un majorant). L’activité au Royaume-Uni et aux États-Unis est exclue, un mois sans activité compte pour zéro, les robots ne sont pas comptés. Le chiffre est la moyenne des six mois, recalculable à partir des événements bruts que nous conservons 13 mois.',
  'consent.recipients.data': 'Le chiffre en données (JSON)',
};
