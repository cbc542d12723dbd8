/** consent strings (issue 16), shop pages and emails, English (ICU MessageFormat). Keys: 'consent.*' and 'mail.consent.*'. */
export const en = {
  'consent.banner.label': 'Cookie choice',
  'consent.banner.title': 'Cookies on Reloop',
  'consent.banner.text':
    'We only use the cookies the site needs to work: your session, your cart and security. With your consent, we would also remember the products you viewed, on this device only, to show them to you again. No advertising, no tracking. You can change your mind at any time under “Cookie preferences” at the bottom of every page.',
  'consent.banner.accept': 'Accept all',
  'consent.banner.reject': 'Reject all',
  'consent.banner.choose': 'Choose by purpose',
  'consent.footer.preferences': 'Cookie preferences',
  'consent.prefs.title': 'Cookie preferences',
  'consent.prefs.intro':
    'Choose what Reloop may store in this browser. Refusing is as easy as accepting, and changes nothing about what you can buy or sell.',
  'consent.prefs.none': 'You have not made a choice yet: nothing optional is stored.',
  'consent.prefs.current': 'Your choice is recorded. You can change it here at any time.',
  'consent.prefs.saved': 'Your choice is saved.',
  'consent.prefs.necessary.title': 'Strictly necessary (always on)',
  'consent.prefs.necessary.text':
    'Your session, your cart, protection against forged forms, and this choice itself. Without them the site cannot work, so they need no consent.',
  'consent.prefs.purposes': 'Optional purposes',
  'consent.purpose.personalisation.title': 'Recently viewed products',
  'consent.purpose.personalisation.text':
    'Remembers the last products you viewed, in a cookie on this device kept 30 days, to show them again on the home page and on product pages.',
  'consent.prefs.save': 'Save my choice',
  'consent.prefs.audience':
    'Audience measurement needs no cookie: we count page views with an anonymous key that changes every day and cannot be traced back to you.',
  'consent.prefs.cookiesLink': 'Every cookie we use',
  'consent.cookies.title': 'Cookies and similar technologies',
  'consent.cookies.intro':
    'These are all the cookies Reloop stores in your browser. The site uses no local storage, no tracking pixel and no third-party cookie.',
  'consent.cookies.caption': 'Cookies stored by Reloop',
  'consent.cookies.name': 'Name',
  'consent.cookies.purpose': 'Purpose',
  'consent.cookies.duration': 'Duration',
  'consent.cookies.category': 'Category',
  'consent.cookies.category.necessary': 'Strictly necessary',
  'consent.cookies.category.personalisation': 'Personalisation, with your consent',
  'consent.cookies.session': 'Until you close the browser',
  'consent.cookies.days': '{days, plural, one {# day} other {# days}}',
  'consent.cookies.purpose.session': 'Keeps you signed in.',
  'consent.cookies.purpose.device':
    'Recognises a device you already signed in on, to warn you of a sign-in from a new device.',
  'consent.cookies.purpose.csrf': 'Protects forms against requests forged by other sites.',
  'consent.cookies.purpose.cart': 'Keeps the cart of a visitor who is not signed in, one per country.',
  'consent.cookies.purpose.consent': 'Remembers your cookie choice so that we do not ask again.',
  'consent.cookies.purpose.recent': 'Remembers the products you viewed recently.',
  'consent.cookies.hostPrefix': 'Named with the “__Host-” prefix on the live site.',
  'consent.cookies.audience.title': 'Audience measurement without cookies',
  'consent.cookies.audience.text':
    'We count page views on our server, without storing anything in your browser: each view is counted under an anonymous key computed from a random value that changes every day and is deleted the next day, the site, your IP address and your browser’s name. Neither the address nor the key can be traced back to you, and a visit another day cannot be linked to this one. We keep the day, the country of the shop and the kind of page for 13 months.',
  'consent.cookies.prefsLink': 'Change your cookie preferences',
  'consent.recent.title': 'Recently viewed',
  'consent.recent.change': 'Stop remembering',
  'consent.recipients.title': 'Average monthly active recipients',
  'consent.recipients.figure':
    'From {start} to {end}, Reloop had on average {count} monthly active recipients of its service in the European Union.',
  'consent.recipients.method':
    'How it is counted: each calendar month, every recipient with activity in one of our EU shops counts once, however many days, pages or shops: signed-in people who viewed a page or ordered, sellers who received an order, and visitors who were not signed in, counted under an anonymous key that changes every day (a visitor who comes back another day counts again, so this part is an upper bound). Activity in the United Kingdom and the United States is left out, a month without activity counts as zero, robots are not counted. The figure is the average of the six months, recomputable from the raw events we keep 13 months.',
  'consent.recipients.data': 'The figure as data (JSON)',
} satisfies Record<string, string>;
