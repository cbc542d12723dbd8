import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_KINDS,
  checkNoticeForm,
  contactRequired,
  decisionsFor,
  locateContent,
  NOTICE_CATEGORIES,
  NOTICE_CATEGORY_CODES,
  NOTICE_EXPLANATION,
  type NoticeTarget,
  targetIssue,
} from './notice.rules.ts';

const ORIGIN = 'https://reloop.test';
const valid = {
  contentKind: 'offer',
  url: 'https://reloop.test/fr-fr/p/iphone-13?offer=12',
  category: 'unsafe_products',
  explanation: 'The charger sold with this phone has no CE marking and overheats.',
  name: 'Ada Lovelace',
  email: 'Ada@Example.com',
  goodFaith: 'on',
};

const fieldsOf = (raw: Record<string, unknown>) => {
  const r = checkNoticeForm(raw);
  return r.ok ? [] : r.issues.map((i) => i.field).sort();
};

describe('notice form (DSA Art. 16(2))', () => {
  it('accepts a complete notice, trimmed, email in lower case', () => {
    expect(checkNoticeForm({ ...valid, name: '  Ada Lovelace ' })).toEqual({
      ok: true,
      value: {
        contentKind: 'offer',
        url: valid.url,
        category: 'unsafe_products',
        explanation: valid.explanation,
        name: 'Ada Lovelace',
        email: 'ada@example.com',
      },
    });
  });

  it('names every missing or wrong field at once', () => {
    expect(fieldsOf({})).toEqual([
      'category',
      'contentKind',
      'email',
      'explanation',
      'goodFaith',
      'name',
      'url',
    ]);
    expect(fieldsOf({ ...valid, contentKind: 'tweet', category: 'spam', email: 'no-at-sign' })).toEqual([
      'category',
      'contentKind',
      'email',
    ]);
    expect(fieldsOf({ ...valid, url: 'x'.repeat(2001) })).toEqual(['url']);
    expect(fieldsOf({ ...valid, name: 'n'.repeat(201) })).toEqual(['name']);
  });

  it('requires a substantiated explanation: at least the minimum, at most the maximum', () => {
    const at = (n: number) => fieldsOf({ ...valid, explanation: 'x'.repeat(n) });
    expect(at(NOTICE_EXPLANATION.min - 1)).toEqual(['explanation']);
    expect(at(NOTICE_EXPLANATION.min)).toEqual([]);
    expect(at(NOTICE_EXPLANATION.max)).toEqual([]);
    expect(at(NOTICE_EXPLANATION.max + 1)).toEqual(['explanation']);
    // Spaces do not count.
    expect(fieldsOf({ ...valid, explanation: ` ${'x'.repeat(NOTICE_EXPLANATION.min - 1)}   ` })).toEqual([
      'explanation',
    ]);
  });

  it('requires the good-faith statement to be ticked: never assumed', () => {
    for (const goodFaith of [undefined, '', 'off', 'false', false, 0])
      expect(fieldsOf({ ...valid, goodFaith })).toEqual(['goodFaith']);
    for (const goodFaith of ['on', 'yes', 'true', true])
      expect(fieldsOf({ ...valid, goodFaith })).toEqual([]);
  });

  it('lets the notifier of child sexual abuse material stay anonymous, and only them (Art. 16(2)(c))', () => {
    for (const category of NOTICE_CATEGORY_CODES) {
      const anonymous = fieldsOf({ ...valid, category, name: '', email: '' });
      if (category === 'child_sexual_abuse') {
        expect(contactRequired(category)).toBe(false);
        expect(anonymous).toEqual([]);
      } else {
        expect(contactRequired(category)).toBe(true);
        expect(anonymous).toEqual(['email', 'name']);
      }
    }
    // An email given anyway must still be one.
    expect(fieldsOf({ ...valid, category: 'child_sexual_abuse', email: 'nope' })).toEqual(['email']);
  });

  it('maps every category to a Transparency Database category', () => {
    for (const c of NOTICE_CATEGORY_CODES)
      expect(NOTICE_CATEGORIES[c].tdb).toMatch(/^STATEMENT_CATEGORY_[A-Z_]+$/);
    expect(NOTICE_CATEGORIES.unsafe_products.tdb).toBe('STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS');
    expect(NOTICE_CATEGORIES.other.tdb).toBe('STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE');
  });
});

describe('locating the content a URL names', () => {
  it('finds a product page, an offer on it and a review on it', () => {
    expect(locateContent('https://reloop.test/fr-fr/p/iphone-13', ORIGIN)).toEqual({
      kind: 'product',
      slug: 'iphone-13',
      offerId: null,
      reviewId: null,
    });
    expect(locateContent('https://reloop.test/de-de/p/iphone-13?grade=GOOD&offer=42', ORIGIN)).toEqual({
      kind: 'product',
      slug: 'iphone-13',
      offerId: 42,
      reviewId: null,
    });
    expect(locateContent('https://reloop.test/pro/fr-fr/p/iphone-13#review-7', ORIGIN)).toEqual({
      kind: 'product',
      slug: 'iphone-13',
      offerId: null,
      reviewId: 7,
    });
  });

  it('finds a seller page, a review, and another page of the site; a path alone is this site', () => {
    expect(locateContent('/fr-fr/s/techshop', ORIGIN)).toEqual({
      kind: 'seller',
      slug: 'techshop',
      reviewId: null,
    });
    expect(locateContent('https://reloop.test/fr-fr/reviews/12/report', ORIGIN)).toEqual({
      kind: 'review',
      reviewId: 12,
    });
    expect(locateContent('https://reloop.test/fr-fr/c/phones', ORIGIN)).toEqual({
      kind: 'page',
      path: '/fr-fr/c/phones',
    });
  });

  it('refuses other sites, other schemes and nonsense', () => {
    for (const url of [
      'https://evil.example/fr-fr/p/iphone-13',
      'https://reloop.test.evil.example/fr-fr/p/x',
      'javascript:alert(1)',
      'ftp://reloop.test/fr-fr/p/x',
      'http://[::1',
    ])
      expect(locateContent(url, ORIGIN)).toBeNull();
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = locateContent(s, ORIGIN);
        expect(r === null || typeof r.kind === 'string').toBe(true);
      }),
    );
  });
});

describe('what a notice may lead to', () => {
  const none: NoticeTarget = { productId: null, offerId: null, reviewId: null, sellerId: null };
  const offer: NoticeTarget = { productId: 'p', offerId: 3, reviewId: null, sellerId: 9 };
  const review: NoticeTarget = { productId: 'p', offerId: null, reviewId: 5, sellerId: null };

  it('the kind chosen must match what the URL leads to', () => {
    expect(targetIssue('offer', offer)).toBeNull();
    expect(targetIssue('offer', review)?.field).toBe('url');
    expect(targetIssue('review', review)).toBeNull();
    expect(targetIssue('review', offer)?.field).toBe('url');
    expect(targetIssue('product', offer)).toBeNull();
    expect(targetIssue('product', none)?.field).toBe('url');
    expect(targetIssue('seller', offer)).toBeNull();
    expect(targetIssue('seller', review)?.field).toBe('url');
    for (const k of CONTENT_KINDS) if (k === 'other') expect(targetIssue(k, none)).toBeNull();
  });

  it('no action always; a restriction only of the content named', () => {
    expect(decisionsFor(none)).toEqual(['no_action']);
    expect(decisionsFor(offer)).toEqual(['no_action', 'delist_offer']);
    expect(decisionsFor(review)).toEqual(['no_action', 'remove_review']);
    expect(decisionsFor({ ...offer, reviewId: 1 })).toEqual(['no_action', 'delist_offer', 'remove_review']);
  });
});
