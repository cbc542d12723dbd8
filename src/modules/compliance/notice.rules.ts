import type { FieldIssue } from '../../platform/errors.ts';

/**
 * DSA Art. 16 notice and action, as pure rules: the kinds of content a notice names, the
 * categories of illegality (each mapped to the Transparency Database's category, domain-rules §4),
 * the checks of a notice (Art. 16(2)), how a URL is resolved to content of this site, and which
 * decisions a notice allows. No I/O here.
 */

export const CONTENT_KINDS = ['offer', 'product', 'review', 'seller', 'other'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/**
 * Categories of illegality a notifier picks, with the Transparency Database category a statement
 * issued on the notice carries and the legal ground an operator starts from.
 */
export const NOTICE_CATEGORIES = {
  unsafe_products: {
    tdb: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
    legalGround: 'Regulation (EU) 2023/988 on general product safety',
  },
  consumer_information: {
    tdb: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
    legalGround: 'Directive 2005/29/EC on unfair commercial practices',
  },
  intellectual_property: {
    tdb: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
    legalGround: 'Regulation (EU) 2017/1001 on the EU trade mark',
  },
  scams_fraud: {
    tdb: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
    legalGround: 'Directive 2005/29/EC on unfair commercial practices (misleading actions)',
  },
  data_protection: {
    tdb: 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
    legalGround: 'Regulation (EU) 2016/679 (GDPR)',
  },
  illegal_speech: {
    tdb: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
    legalGround: 'Framework Decision 2008/913/JHA on combating racism and xenophobia',
  },
  child_sexual_abuse: {
    tdb: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
    legalGround: 'Directive 2011/93/EU, Articles 3 to 7',
  },
  other: { tdb: 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE', legalGround: '' },
} as const;
export type NoticeCategory = keyof typeof NOTICE_CATEGORIES;
export const NOTICE_CATEGORY_CODES = Object.keys(NOTICE_CATEGORIES) as NoticeCategory[];

/** Art. 16(2)(c): a notifier of these offences may stay anonymous (Directive 2011/93/EU Arts. 3–7). */
export const contactRequired = (category: NoticeCategory): boolean => category !== 'child_sexual_abuse';

/** A substantiated explanation (Art. 16(2)(a)): at least a sentence, at most a page. */
export const NOTICE_EXPLANATION = { min: 30, max: 5000 } as const;
export const URL_MAX = 2000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type NoticeForm = {
  contentKind: ContentKind;
  url: string;
  category: NoticeCategory;
  explanation: string;
  name: string | null;
  email: string | null;
};

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * Check a notice as sent (Art. 16(2)): kind, URL, category, explanation, name and email (unless
 * the category lets the notifier stay anonymous) and the good-faith statement, which must have
 * been ticked by the notifier (`'on'`, `'yes'`, `'true'` or true). Every issue at once.
 */
export function checkNoticeForm(
  raw: Record<string, unknown>,
): { ok: true; value: NoticeForm } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const kind = str(raw.contentKind);
  if (!(CONTENT_KINDS as readonly string[]).includes(kind))
    issues.push({ field: 'contentKind', message: `must be one of ${CONTENT_KINDS.join(', ')}` });
  const url = str(raw.url);
  if (!url) issues.push({ field: 'url', message: 'is required' });
  else if (url.length > URL_MAX)
    issues.push({ field: 'url', message: `must be at most ${URL_MAX} characters` });
  const category = str(raw.category);
  const knownCategory = category in NOTICE_CATEGORIES;
  if (!knownCategory)
    issues.push({ field: 'category', message: `must be one of ${NOTICE_CATEGORY_CODES.join(', ')}` });
  const explanation = str(raw.explanation);
  if (explanation.length < NOTICE_EXPLANATION.min)
    issues.push({
      field: 'explanation',
      message: `must explain why the content is illegal in at least ${NOTICE_EXPLANATION.min} characters`,
    });
  else if (explanation.length > NOTICE_EXPLANATION.max)
    issues.push({ field: 'explanation', message: `must be at most ${NOTICE_EXPLANATION.max} characters` });
  const needsContact = !knownCategory || contactRequired(category as NoticeCategory);
  const name = str(raw.name);
  if (name.length > 200) issues.push({ field: 'name', message: 'must be at most 200 characters' });
  else if (!name && needsContact) issues.push({ field: 'name', message: 'is required' });
  const email = str(raw.email).toLowerCase();
  if (email && (!EMAIL.test(email) || email.length > 254))
    issues.push({ field: 'email', message: 'must be an email address' });
  else if (!email && needsContact) issues.push({ field: 'email', message: 'is required' });
  const goodFaith = raw.goodFaith;
  if (!(goodFaith === true || ['on', 'yes', 'true'].includes(str(goodFaith))))
    issues.push({
      field: 'goodFaith',
      message: 'confirm that you believe the notice is accurate and complete',
    });
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    value: {
      contentKind: kind as ContentKind,
      url,
      category: category as NoticeCategory,
      explanation,
      name: name || null,
      email: email || null,
    },
  };
}

/** What a URL of this site points at, before the slugs are looked up. */
export type ContentLocation =
  | { kind: 'product'; slug: string; offerId: number | null; reviewId: number | null }
  | { kind: 'seller'; slug: string; reviewId: number | null }
  | { kind: 'review'; reviewId: number }
  | { kind: 'page'; path: string };

const STOREFRONT = '(?:/pro)?/[a-z]{2}-[a-z]{2}';
const PRODUCT = new RegExp(`^${STOREFRONT}/p/([a-z0-9-]{1,200})/?$`);
const SELLER = new RegExp(`^${STOREFRONT}/s/([a-z0-9-]{1,200})/?$`);
const REVIEW = new RegExp(`^${STOREFRONT}/reviews/([1-9][0-9]{0,9})(?:/report)?/?$`);
const ID = /^[1-9][0-9]{0,9}$/;

/**
 * Resolve a URL to content of this site (`origin`, e.g. `https://reloop.eu`): a product page
 * (`/fr-fr/p/<slug>`, with `offer=<id>` for one offer, `#review-<id>` for a review), a seller page
 * (`/fr-fr/s/<slug>`), a review (`/fr-fr/reviews/<id>`), or another page of the site. A path
 * alone counts as this site. Null: not a URL of this site.
 */
export function locateContent(url: string, origin: string): ContentLocation | null {
  let parsed: URL;
  let site: URL;
  try {
    site = new URL(origin);
    parsed = new URL(url.trim(), site);
  } catch {
    return null;
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || parsed.host !== site.host) return null;
  const path = parsed.pathname;
  const reviewInHash = /^#review-([1-9][0-9]{0,9})$/.exec(parsed.hash)?.[1];
  const reviewId = reviewInHash ? Number(reviewInHash) : null;
  const product = PRODUCT.exec(path);
  if (product) {
    const offer = parsed.searchParams.get('offer');
    return {
      kind: 'product',
      slug: product[1]!,
      offerId: offer && ID.test(offer) ? Number(offer) : null,
      reviewId,
    };
  }
  const seller = SELLER.exec(path);
  if (seller) return { kind: 'seller', slug: seller[1]!, reviewId };
  const review = REVIEW.exec(path);
  if (review) return { kind: 'review', reviewId: Number(review[1]) };
  return { kind: 'page', path };
}

/** The content a notice was resolved to (ids found in the database). */
export type NoticeTarget = {
  productId: string | null;
  offerId: number | null;
  reviewId: number | null;
  sellerId: number | null;
};

/**
 * Whether what the URL resolved to fits the kind the notifier chose: an offer needs an offer, a
 * review a review, a product page a product, a seller page a seller; 'other' takes any page.
 */
export function targetIssue(kind: ContentKind, target: NoticeTarget): FieldIssue | null {
  const fits =
    kind === 'offer'
      ? target.offerId !== null
      : kind === 'review'
        ? target.reviewId !== null
        : kind === 'product'
          ? target.productId !== null
          : kind === 'seller'
            ? target.sellerId !== null
            : true;
  return fits
    ? null
    : {
        field: 'url',
        message: `does not lead to ${kind === 'offer' ? 'an offer' : `a ${kind}`} on this site`,
      };
}

export const NOTICE_DECISIONS = ['no_action', 'delist_offer', 'remove_review'] as const;
export type NoticeDecision = (typeof NOTICE_DECISIONS)[number];

/** The decisions a notice allows: no action always; a restriction only of the content it names. */
export function decisionsFor(target: NoticeTarget): NoticeDecision[] {
  return [
    'no_action',
    ...(target.offerId !== null ? (['delist_offer'] as const) : []),
    ...(target.reviewId !== null ? (['remove_review'] as const) : []),
  ];
}

/**
 * Art. 16(6): whether automated means took part. Reloop's notices are read and decided by a
 * person; the constant is what the decision email and the transparency report say.
 */
export const NOTICE_AUTOMATED_MEANS = false;
