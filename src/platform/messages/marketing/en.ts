/** marketing strings (issue 16), shop pages and emails, English (ICU MessageFormat). Keys: 'marketing.*' and 'mail.marketing.*'. */
export const en = {
  // ——— Account: marketing choices ———
  'marketing.title': 'Marketing choices',
  'marketing.intro':
    'Choose whether and how Reloop may send you offers and news. Emails about your orders, your alerts and changes to our terms are not marketing: they keep coming.',
  'marketing.channels': 'How we may contact you',
  'marketing.channels.hint':
    'Only emails are sent today; your choice for the other channels is kept for when they exist.',
  'marketing.channel.email': 'Email',
  'marketing.channel.sms': 'Text message (SMS)',
  'marketing.channel.push': 'App notifications',
  'marketing.categories': 'About what',
  'marketing.category.deals': 'Deals on refurbished devices',
  'marketing.category.new_arrivals': 'New arrivals',
  'marketing.category.trade_in': 'Trade-in offers',
  'marketing.category.tips': 'Tips to make your devices last',
  'marketing.frequency': 'How often',
  'marketing.frequency.weekly': 'Once a week',
  'marketing.frequency.monthly': 'Once a month',
  'marketing.consent':
    'Ticking a channel and a topic is your consent to receive these messages. You can withdraw it here at any time, as easily as you gave it.',
  'marketing.save': 'Save my choices',
  'marketing.saved': 'Your choices are saved.',
  'marketing.invalid': 'Choose among the options shown.',
  'marketing.basis.none': 'You have not agreed to receive marketing.',
  'marketing.basis.explicit': 'You agreed to receive marketing on {date}.',
  'marketing.basis.soft':
    'As a customer, you may receive offers for products similar to the ones you bought (since {date}). You can refuse them here at any time.',
  'marketing.objected':
    'You objected to all marketing on {date}: nothing is sent to you. To receive it again, tick what you want and save.',
  'marketing.object.title': 'Object to all marketing',
  'marketing.object.text':
    'Stops every marketing message at once, on every channel. Your alerts keep working: they are a service you asked for.',
  'marketing.object.submit': 'Object to all marketing',
  'marketing.object.done': 'Done: you will receive no marketing from now on.',
  'marketing.account.link': 'Marketing choices',
  // ——— One-click unsubscribe (no sign-in) ———
  'marketing.unsubscribe.title': 'Unsubscribe',
  'marketing.unsubscribe.text': 'Stop receiving the Reloop newsletter by email?',
  'marketing.unsubscribe.submit': 'Unsubscribe',
  'marketing.unsubscribe.done':
    'You are unsubscribed: no more newsletters will be sent to you. Emails about your orders and alerts continue.',
  'marketing.unsubscribe.invalid':
    'This unsubscribe link is not valid. Sign in to manage your marketing choices.',
  'marketing.unsubscribe.manage': 'Manage all my choices',
  // ——— US: do not sell or share ———
  'marketing.dns.footer': 'Do not sell or share my personal information',
  'marketing.dns.title': 'Do not sell or share my personal information',
  'marketing.dns.intro':
    'Reloop does not sell your personal information and does not share it for cross-context behavioral advertising. Under California law (CCPA/CPRA) and the laws of other US states, you can still opt out: we record it, so it stays true for you.',
  'marketing.dns.gpc':
    'Your browser sends the Global Privacy Control signal: we treat it as your opt-out for this browser.',
  'marketing.dns.recorded': 'Your opt-out is recorded (since {date}).',
  'marketing.dns.submit': 'Opt out of the sale and sharing of my information',
  'marketing.dns.email': 'Your email address',
  'marketing.dns.emailHint':
    'We email you a link to confirm. The opt-out then applies to your account and orders with this address.',
  'marketing.dns.sent': 'Check your inbox: we sent you a link to confirm your opt-out.',
  'marketing.dns.confirmed': 'Your opt-out is recorded.',
  'marketing.dns.invalid': 'This link is not valid or has expired. You can ask again below.',
  'marketing.dns.emailInvalid': 'Enter an email address such as name@example.com',
  // ——— Alerts ———
  'marketing.alerts.title': 'My alerts',
  'marketing.alerts.empty': 'You have no alerts. On a product page, choose a grade, then “Alert me”.',
  'marketing.alerts.productLink': 'Alert me when it is back in stock or below a price',
  'marketing.alerts.new.title': 'Alert me about {product}',
  'marketing.alerts.kind': 'Email me when',
  'marketing.alerts.kind.back_in_stock': 'it is back in stock',
  'marketing.alerts.kind.price_below': 'its price is at or below',
  'marketing.alerts.grade': 'Grade',
  'marketing.alerts.target': 'Price ({currency})',
  'marketing.alerts.target.hint': 'For example {example}. Only used for a price alert.',
  'marketing.alerts.create': 'Create the alert',
  'marketing.alerts.once': 'We email you once, when it happens. You manage your alerts in your account.',
  'marketing.alerts.error.required': 'Enter a price',
  'marketing.alerts.error.invalid': 'Enter a price such as {example}',
  'marketing.alerts.error.range': 'Enter a price above zero',
  'marketing.alerts.error.choice': 'Choose one of the options shown',
  'marketing.alerts.refused.available_now': 'This grade is on sale now: no need for an alert.',
  'marketing.alerts.refused.price_already_met':
    'The price is already at or below your target: you can buy now.',
  'marketing.alerts.refused.too_many': 'You have too many alerts. Delete some first.',
  'marketing.alerts.col.product': 'Product',
  'marketing.alerts.col.grade': 'Grade',
  'marketing.alerts.col.condition': 'Email me when',
  'marketing.alerts.col.status': 'Status',
  'marketing.alerts.col.actions': 'Actions',
  'marketing.alerts.condition.back_in_stock': 'Back in stock',
  'marketing.alerts.condition.price_below': 'At or below {price}',
  'marketing.alerts.status.active': 'Active',
  'marketing.alerts.status.paused': 'Paused',
  'marketing.alerts.status.fulfilled': 'Sent on {date}',
  'marketing.alerts.pause': 'Pause',
  'marketing.alerts.resume': 'Resume',
  'marketing.alerts.rearm': 'Alert me again',
  'marketing.alerts.delete': 'Delete',
  'marketing.alerts.done.created': 'Alert created. We will email you once.',
  'marketing.alerts.done.paused': 'Alert paused.',
  'marketing.alerts.done.resumed': 'Alert resumed.',
  'marketing.alerts.done.rearmed': 'Alert active again.',
  'marketing.alerts.done.deleted': 'Alert deleted.',
  // ——— Emails ———
  'mail.marketing.newsletter.subject.monthly': 'This month at Reloop',
  'mail.marketing.newsletter.subject.weekly': 'This week at Reloop',
  'mail.marketing.newsletter.intro': 'Here is what we picked for you among refurbished devices.',
  'mail.marketing.newsletter.section.deals': 'Deals on refurbished devices',
  'mail.marketing.newsletter.section.new_arrivals': 'New arrivals',
  'mail.marketing.newsletter.section.trade_in': 'Trade-in offers',
  'mail.marketing.newsletter.section.tips': 'Tips to make your devices last',
  'mail.marketing.newsletter.text.trade_in':
    'Your old phone or laptop still has value: sell it to a professional refurbisher on Reloop and give it a second life.',
  'mail.marketing.newsletter.text.tips':
    'Keep your battery between 20 % and 80 %, use a case and a screen protector, and install updates: a device cared for lasts years longer.',
  'mail.marketing.newsletter.product': '{name}, from {price}: {link}',
  'mail.marketing.why.explicit': 'You receive this email because you agreed to it on {date}.',
  'mail.marketing.why.soft':
    'You receive this email because you bought from Reloop: we only write to you about similar products.',
  'mail.marketing.footer':
    'Unsubscribe in one click, without signing in: {unsubscribe}\nManage your choices: {preferences}',
  'mail.marketing.alert.back.subject': '{product} ({grade}) is back in stock',
  'mail.marketing.alert.back.body': '{product} in grade {grade} is on sale again, from {price}: {link}',
  'mail.marketing.alert.price.subject': '{product} ({grade}) now costs {price}',
  'mail.marketing.alert.price.body':
    '{product} in grade {grade} now sells for {price}, at or below your target of {target}: {link}',
  'mail.marketing.alert.once':
    'This alert is now done and will not be sent again. To be alerted again, or to manage your alerts: {alerts}',
  'mail.marketing.policy.subject':
    '{kind, select, terms {Our terms of use change on {date}} other {Our privacy policy changes on {date}}}',
  'mail.marketing.policy.body':
    '{kind, select, terms {We are updating our terms of use.} other {We are updating our privacy policy.}} The new version ({version}) takes effect on {date}; you will find its full text below.',
  'mail.marketing.policy.terms.choice':
    'If you do not agree with it, you can close your account before that date from your account settings: {account}',
  'mail.marketing.policy.privacy.choice':
    'You can exercise your rights (access, correction, erasure, objection) at any time from your account: {account}',
  'mail.marketing.dns.subject': 'Confirm: do not sell or share my personal information',
  'mail.marketing.dns.body':
    'Open this link to confirm that your personal information may not be sold or shared: {link}\nThe link is valid until {expires}. If you did not ask for this, ignore this email.',
  'marketing.checkout.declineOffers': 'Don’t send me offers on similar refurbished devices',
  'marketing.checkout.declineOffersHint':
    'Once your order is paid, we may email you offers on refurbished devices like the ones you buy, unless you tick this box. You can stop at any time, from your account or any of these emails.',
} satisfies Record<string, string>;
