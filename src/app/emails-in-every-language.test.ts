import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { accountEmails } from '../modules/accounts/account-emails.ts';
import { CLOSURE_REASON_CODES, CLOSURE_REASONS } from '../modules/accounts/accounts.types.ts';
import { checkoutEmails } from '../modules/checkout/checkout-emails.ts';
import type { ReceiptView } from '../modules/checkout/receipt.read-model.ts';
import { REVERSALS } from '../modules/compliance/complaint.rules.ts';
import { dsaEmails } from '../modules/compliance/dsa-emails.ts';
import { SELLER_REDRESS, USER_REDRESS } from '../modules/compliance/statement.rules.ts';
import { customerServiceEmails } from '../modules/customer-service/customer-service-emails.ts';
import { TICKET_TOPICS } from '../modules/customer-service/support-ticket.rules.ts';
import { gradeName } from '../modules/offers/grade-names.ts';
import { qualityEmails } from '../modules/quality/quality-emails.ts';
import {
  type FailedRefundFacts,
  insuranceRefundedEmail,
  refundFailedBuyerEmail,
  refundFailedOperatorEmail,
  refundIssuedEmail,
  serviceFeeRefundedEmail,
} from '../modules/refunds/refund-emails.ts';
import { reviewEmails } from '../modules/reviews/review-emails.ts';
import { CRITERION_CODES } from '../modules/reviews/review-moderation.rules.ts';
import { reviewModerationEmails } from '../modules/reviews/review-moderation-emails.ts';
import {
  SUSPENSION_REASON_CODES,
  SUSPENSION_REASONS,
  suspensionLasts,
} from '../modules/seller-onboarding/onboarding.types.ts';
import { onboardingEmails } from '../modules/seller-onboarding/onboarding-emails.ts';
import { orderShippedEmail } from '../modules/seller-orders/seller-order-emails.ts';
import { sellerTeamEmails } from '../modules/seller-team/seller-team.emails.ts';
import { translator } from '../platform/i18n.ts';
import type { MailMessage } from '../platform/mail/mailer.ts';
import { en } from '../platform/messages/catalogs.ts';

/**
 * Every email template, built with sample data in every language (issue 13): in French, German
 * and Swedish (and the other translations) no English catalog text and no message key may show.
 */
const to = 'person@example.com';
const link = 'https://reloop.test/x?token=abc';
const at = new Date('2026-12-06T10:00:00Z');

const receipt: ReceiptView = {
  checkoutId: 'co_1',
  buyerUserId: null,
  buyerEmail: to,
  createdAt: at,
  currency: 'EUR',
  market: 'FR',
  paymentMethod: 'bank_transfer',
  paymentStatus: 'succeeded',
  nextAction: null,
  failureMessage: null,
  paymentDueAt: at,
  serviceFeeMinor: 299,
  totalMinor: 123_45,
  orders: [
    {
      orderId: 41,
      sellerId: 1,
      sellerName: 'Phoenix Refurb',
      state: 1,
      invoiceNumber: 'PR-2026-0007',
      shippingOption: 'standard',
      trackingNumber: null,
      shipper: null,
      shippedAt: null,
      itemsTotalMinor: 100_00,
      shippingTotalMinor: 4_99,
      insuranceTotalMinor: 9_99,
      vatTotalMinor: 16_67,
      totalMinor: 114_98,
      vatBreakdown: [
        { treatment: 'standard', rateBp: 2000, netMinor: 83_33, vatMinor: 16_67, grossMinor: 100_00 },
        { treatment: 'margin', rateBp: 2000, netMinor: 0, vatMinor: 0, grossMinor: 50_00 },
        { treatment: 'reverse_charge', rateBp: 0, netMinor: 10_00, vatMinor: 0, grossMinor: 10_00 },
      ],
      lines: [
        {
          lineId: 1,
          productName: 'iPhone 13 128 GB',
          grade: 'VERY_GOOD',
          quantity: 1,
          unitPriceMinor: 100_00,
          lineGrossMinor: 100_00,
          lineNetMinor: 83_33,
          lineVatMinor: 16_67,
          treatment: 'standard',
          state: 1,
        },
        {
          lineId: 2,
          productName: 'Galaxy S21',
          grade: 'GOOD',
          quantity: 2,
          unitPriceMinor: 25_00,
          lineGrossMinor: 50_00,
          lineNetMinor: 50_00,
          lineVatMinor: 0,
          treatment: 'margin',
          state: 1,
        },
      ],
    },
  ],
};

const failed: FailedRefundFacts = {
  refundId: 7,
  what: 'service_fee',
  how: 'refused',
  orderId: 41,
  checkoutId: 'co_1',
  description: 'the service fee',
  amountMinor: 2_99,
  currency: 'EUR',
  message: null,
  lineState: null,
  unitsStillReleased: false,
};

/** Every template, built for a reader of `locale`. */
const TEMPLATES: Record<string, (locale: string) => MailMessage> = {
  'accounts.verify-email': (l) => accountEmails.verifyEmail(l, to, 'Ada', link),
  'accounts.already-registered': (l) => accountEmails.alreadyRegistered(l, to, link),
  'accounts.reset-password': (l) => accountEmails.resetPassword(l, to, link),
  'accounts.password-changed': (l) => accountEmails.passwordChanged(l, to),
  'accounts.confirm-new-email': (l) => accountEmails.confirmNewEmail(l, to, link),
  'accounts.email-changed': (l) => accountEmails.emailChanged(l, to, 'new@example.com'),
  'accounts.closed-by-user': (l) => accountEmails.closedByUser(l, to, 'Ada', at),
  'accounts.closed-by-platform': (l) =>
    accountEmails.closedByPlatform(l, to, 'Ada', {
      date: at,
      reason: 'fraud',
      details: '…',
      legalGround: '',
      statementId: 'sor_1',
    }),
  'accounts.operator-invite': (l) => accountEmails.operatorInvite(l, to, 'Marie', 'support', link),
  'checkout.order-confirmation': (l) => checkoutEmails.confirmation(l, to, receipt, link, ['POL-1']),
  'checkout.awaiting-transfer': (l) =>
    checkoutEmails.awaitingTransfer(l, to, receipt, {
      iban: 'FR76 3000 6000 0112 3456 7890 189',
      bic: 'AGRIFRPP',
      reference: 'RL-CO1',
      beneficiary: 'Reloop SAS',
      dueAt: at,
    }),
  'checkout.cancelled-unpaid': (l) => checkoutEmails.cancelledUnpaid(l, to, receipt),
  'checkout.late-payment-refunded': (l) =>
    checkoutEmails.latePaymentRefunded(l, to, receipt, {
      amountMinor: 123_45,
      currency: 'EUR',
      refunded: true,
    }),
  'orders.shipped': (l) =>
    orderShippedEmail(
      { email: to, locale: l },
      {
        orderId: 41,
        carrier: 'Colissimo',
        tracking: '6A123',
        lines: [{ quantity: 1, productName: 'iPhone 13' }],
      },
    ),
  'refunds.refund-issued (cancelled)': (l) =>
    refundIssuedEmail(
      { email: to, locale: l },
      {
        order: { id: 41, currency: 'EUR' },
        line: { quantity: 1, productName: 'iPhone 13', grade: 'EXCELLENT' },
        amountMinor: 100_00,
        reason: '…',
        cancelled: true,
      },
    ),
  'refunds.refund-issued (partial)': (l) =>
    refundIssuedEmail(
      { email: to, locale: l },
      {
        order: { id: 41, currency: 'EUR' },
        line: { quantity: 1, productName: 'iPhone 13', grade: 'FAIR' },
        amountMinor: 20_00,
        reason: '…',
        cancelled: false,
      },
    ),
  'refunds.refund-failed': (l) => refundFailedBuyerEmail({ email: to, locale: l }, failed),
  'refunds.service-fee-refunded': (l) =>
    serviceFeeRefundedEmail(
      { email: to, locale: l },
      { checkoutId: 'co_1', amountMinor: 2_99, totalRefundedMinor: 123_45, currency: 'EUR' },
    ),
  'refunds.insurance-refunded': (l) =>
    insuranceRefundedEmail(
      { email: to, locale: l },
      {
        orderId: 41,
        productName: 'iPhone 13',
        grade: 'PREMIUM',
        unit: 1,
        amountMinor: 9_99,
        currency: 'EUR',
      },
    ),
  'quality.flagged': (l) =>
    qualityEmails.flagged(l, to, {
      shopName: 'Phoenix Refurb',
      flags: [
        { rate: 'lateDeliveryBp', valueBp: 1250, thresholdBp: 500 },
        { rate: 'aestheticDefectBp', valueBp: 320, thresholdBp: 300 },
      ],
      link,
    }),
  'quality.warned': (l) => qualityEmails.warned(l, to, { shopName: 'Phoenix Refurb', note: '…', link }),
  'seller-onboarding.received': (l) =>
    onboardingEmails.received(l, to, 'Ada', { shopName: 'Phoenix Refurb', link }),
  'seller-onboarding.resubmitted': (l) =>
    onboardingEmails.resubmitted(l, to, 'Ada', { shopName: 'Phoenix Refurb', link }),
  'seller-onboarding.approved': (l) =>
    onboardingEmails.approved(l, to, 'Ada', { shopName: 'Phoenix Refurb', slug: 'phoenix', note: '…', link }),
  'seller-onboarding.rejected': (l) =>
    onboardingEmails.rejected(l, to, 'Ada', { shopName: 'Phoenix Refurb', reasons: '…', link }),
  'seller-onboarding.correction-requested': (l) =>
    onboardingEmails.correctionRequested(l, to, 'Ada', { shopName: 'Phoenix Refurb', reasons: '…', link }),
  'seller-onboarding.suspended': (l) =>
    onboardingEmails.suspended(l, to, {
      shopName: 'Phoenix Refurb',
      date: at,
      reason: 'incomplete_trader_data',
      details: '…',
      statementId: 'sor_2',
    }),
  'seller-onboarding.reinstated': (l) =>
    onboardingEmails.reinstated(l, to, { shopName: 'Phoenix Refurb', note: '…' }),
  'seller-onboarding.contract-ended': (l) =>
    onboardingEmails.contractEnded(l, to, {
      shopName: 'Phoenix Refurb',
      date: at,
      retainUntil: new Date('2027-06-06T10:00:00Z'),
      statement: { id: 'sor_3', details: '…' },
    }),
  'seller.team-invite': (l) =>
    sellerTeamEmails.invite(l, to, {
      inviter: 'Marie',
      sellerName: 'Phoenix Refurb',
      role: 'staff',
      link,
      expiresAt: at,
    }),
};

/** Every reason an operator can give for a closure or a suspension: one email each (issue 13). */
for (const reason of CLOSURE_REASON_CODES) {
  TEMPLATES[`accounts.closed-by-platform (${reason})`] = (l) =>
    accountEmails.closedByPlatform(l, to, 'Ada', {
      date: at,
      reason,
      details: '…',
      legalGround: reason === 'illegal_content' ? '§' : '',
      statementId: 'sor_1',
    });
}
for (const reason of SUSPENSION_REASON_CODES) {
  TEMPLATES[`seller-onboarding.suspended (${reason})`] = (l) =>
    onboardingEmails.suspended(l, to, {
      shopName: 'Phoenix Refurb',
      date: at,
      reason,
      details: '…',
      statementId: 'sor_2',
    });
}

// Platform customer service (customer-service, issue 14): one acknowledgement per topic, and a reply.
for (const topic of TICKET_TOPICS) {
  TEMPLATES[`customer-service.acknowledgement (${topic})`] = (l) =>
    customerServiceEmails.acknowledgement(l, to, { number: '42', topic, message: '…' });
}
TEMPLATES['customer-service.reply'] = (l) => customerServiceEmails.reply(l, to, { number: '42', reply: '…' });

// Review moderation (reviews, issue 15): statements of reasons per decision and criterion, appeal and notice outcomes.
for (const kind of ['removal', 'photos', 'reply', 'block'] as const)
  for (const criterion of kind === 'block' ? ['serious', 'repeated'] : CRITERION_CODES)
    TEMPLATES[`reviews.statement-${kind} (${criterion})`] = (l) =>
      reviewModerationEmails.statement(
        { email: to, locale: l },
        {
          kind,
          product: 'iPhone 13 128 GB',
          orderId: 41,
          reviewDate: '2026-12-01',
          criterion,
          facts: '…',
          statementId: 'f2b0c3',
          until: kind === 'block' && criterion === 'repeated' ? at : null,
          link,
        },
      );
for (const kind of ['removal', 'photos', 'block'] as const)
  for (const reversed of [true, false])
    TEMPLATES[`reviews.appeal-outcome (${kind}, ${reversed ? 'reversed' : 'upheld'})`] = (l) =>
      reviewModerationEmails.appealOutcome(
        { email: to, locale: l },
        { kind, reversed, product: 'iPhone 13 128 GB', note: '…', link },
      );
for (const target of ['review', 'reply'] as const)
  TEMPLATES[`reviews.notice-received (${target})`] = (l) =>
    reviewModerationEmails.noticeReceived(
      { email: to, locale: l },
      { noticeId: 12, target, reviewId: 7, criterion: 'spam', at },
    );
for (const upheld of [true, false])
  for (const target of ['review', 'reply'] as const)
    TEMPLATES[`reviews.notice-outcome (${target}, ${upheld ? 'upheld' : 'dismissed'})`] = (l) =>
      reviewModerationEmails.noticeOutcome(
        { email: to, locale: l },
        { upheld, target, reviewId: 7, criterion: 'spam' },
      );

// Reviews, writing (issue 15): the request about 7 days after delivery, and the confirmation.
TEMPLATES['reviews.request'] = (l) =>
  reviewEmails.request({ email: to, locale: l }, { orderId: 41, product: 'iPhone 13', link, expiresAt: at });
TEMPLATES['reviews.published'] = (l) =>
  reviewEmails.published(
    { email: to, locale: l },
    { orderId: 41, product: 'iPhone 13', link, editUntil: at, timeZone: 'Europe/Paris' },
  );

// DSA notices, complaints and Art. 32 (issue 16).
TEMPLATES['dsa.notice-received'] = (l) =>
  dsaEmails.noticeReceived(
    { email: to, locale: l },
    { noticeId: 12, url: 'https://reloop.test/fr-fr/p/x', category: 'unsafe_products', at },
  );
for (const decision of ['no_action', 'delist_offer', 'remove_review'] as const)
  TEMPLATES[`dsa.notice-decision (${decision})`] = (l) =>
    dsaEmails.noticeDecision(
      { email: to, locale: l },
      { noticeId: 12, url: 'https://reloop.test/fr-fr/p/x', decision, reason: '…', link },
    );
TEMPLATES['dsa.offer-delisted'] = (l) =>
  dsaEmails.offerDelisted(
    { email: to, locale: l },
    {
      shop: 'Phoenix Refurb',
      sku: 'SKU-1',
      product: 'iPhone 13',
      date: at,
      facts: '…',
      legalGround: 'Regulation (EU) 2023/988',
      contractualGround: null,
      statementId: 'b1f2',
      link,
    },
  );
TEMPLATES['dsa.complaint-received'] = (l) =>
  dsaEmails.complaintReceived({ email: to, locale: l }, { complaintId: 3, at });
for (const reversal of [...Object.values(REVERSALS), null])
  TEMPLATES[`dsa.complaint-outcome (${reversal ?? 'rejected'})`] = (l) =>
    dsaEmails.complaintOutcome(
      { email: to, locale: l },
      { complaintId: 3, upheld: reversal !== null, reversal, note: '…' },
    );
TEMPLATES['dsa.illegal-product'] = (l) =>
  dsaEmails.illegalProductBought(
    { email: to, locale: l },
    {
      product: 'iPhone 13',
      orderId: 41,
      orderedAt: at,
      trader: 'Phoenix Refurb SAS',
      illegality: '…',
      legalGround: 'Regulation (EU) 2023/988',
      link,
    },
  );
TEMPLATES['accounts.closed-by-platform (complaint link)'] = (l) =>
  accountEmails.closedByPlatform(l, to, 'Ada', {
    date: at,
    reason: 'false_identity',
    details: '…',
    legalGround: '',
    statementId: 'b1f2',
    complaintLink: link,
  });

/** The English texts modules keep for operators and stored statements, which emails must not quote. */
const MODULE_ENGLISH: string[] = [
  USER_REDRESS,
  SELLER_REDRESS,
  ...Object.values(CLOSURE_REASONS).flatMap((r) => [r.label, r.contractual ?? '']),
  ...Object.values(SUSPENSION_REASONS).map((r) => r.label),
  ...Object.values(SUSPENSION_REASONS).map((r) => r.contractual),
  ...SUSPENSION_REASON_CODES.map((code) => suspensionLasts(code)),
  'Incompatible with our terms',
].filter(Boolean);

/**
 * The English wording of every email message: each literal run of its text (between
 * placeholders, select branches included), line by line, long enough to be a sentence.
 */
function englishFragments(): string[] {
  const out = new Set<string>();
  const walk = (elements: ReturnType<typeof parse>) => {
    for (const e of elements) {
      if (e.type === TYPE.literal) {
        for (const part of e.value.split('\n')) {
          const s = part.trim();
          if (s.length >= 14) out.add(s);
        }
      } else if (e.type === TYPE.select || e.type === TYPE.plural) {
        for (const option of Object.values(e.options)) walk(option.value);
      }
    }
  };
  for (const [key, value] of Object.entries(en)) {
    if (key.startsWith('mail.') || key.startsWith('doc.mention.')) walk(parse(value));
  }
  return [...out];
}
const ENGLISH = englishFragments();
const TRANSLATED_LOCALES = ['fr-FR', 'de-DE', 'sv-SE', 'nl-NL', 'es-ES', 'it-IT', 'fr-BE'];
const GRADE_CODES = /\b(PREMIUM|EXCELLENT|VERY_GOOD|GOOD|FAIR|STALLONE)\b/;

describe('emails in every language (issue 13)', () => {
  it('finds enough English wording to compare against', () => {
    expect(ENGLISH.length).toBeGreaterThan(100);
    expect(Object.keys(TEMPLATES).length).toBeGreaterThanOrEqual(30);
  });

  const cases = Object.keys(TEMPLATES).flatMap((name) =>
    TRANSLATED_LOCALES.map((locale) => [name, locale] as const),
  );
  it.each(cases)('%s in %s: no English text, no message key, no grade code', (name, locale) => {
    const mail = TEMPLATES[name]!(locale);
    const text = `${mail.subject}\n${mail.text}`;
    expect(ENGLISH.filter((fragment) => text.includes(fragment))).toEqual([]);
    expect(MODULE_ENGLISH.filter((english) => text.includes(english))).toEqual([]);
    expect(text).not.toMatch(/\b(mail|doc|settings)\.[a-zA-Z]+\.?[a-zA-Z]*/);
    expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(text.replace('Phoenix Refurb', '')).not.toMatch(GRADE_CODES);
    expect(text).toContain(translator(locale)('mail.signature'));
  });

  it('English readers get the English text, and the template ids never change with the language', () => {
    for (const [name, build] of Object.entries(TEMPLATES)) {
      const english = build('en-GB');
      expect(english.text).toContain(en['mail.signature']);
      for (const locale of TRANSLATED_LOCALES) expect(build(locale).template, name).toBe(english.template);
    }
  });

  it('the receipt inside the confirmation is in the reader’s language, with its legal mentions and formats', () => {
    const fr = checkoutEmails.confirmation('fr-FR', to, receipt, link).text;
    expect(fr).toContain(gradeName('VERY_GOOD', 'fr'));
    expect(fr).toContain(translator('fr')('doc.mention.margin'));
    expect(fr).toContain(translator('fr')('doc.mention.reverseCharge'));
    expect(fr).toMatch(/100,00\s€/);
    expect(fr).toMatch(/TVA 20\s%/);
    const de = checkoutEmails.confirmation('de-DE', to, receipt, link).text;
    expect(de).toContain(gradeName('VERY_GOOD', 'de'));
    expect(de).toContain(translator('de')('doc.mention.margin'));
    expect(de).toMatch(/100,00\s€/);
    const sv = checkoutEmails.awaitingTransfer(
      'sv-SE',
      to,
      { ...receipt, market: 'SE', currency: 'SEK' },
      {
        iban: 'x',
        bic: 'y',
        reference: 'z',
        beneficiary: 'Reloop',
        dueAt: at,
      },
    ).text;
    // Stockholm time, in Swedish: "6 december 2026 11:00".
    expect(sv).toMatch(/6 december 2026.*11:00/);
    expect(sv).toMatch(/123,45\skr/);
  });

  it('closure and suspension emails give the reason, ground, duration and redress in the reader’s language', () => {
    for (const locale of ['en-GB', ...TRANSLATED_LOCALES]) {
      const t = translator(locale);
      for (const reason of CLOSURE_REASON_CODES) {
        const text = TEMPLATES[`accounts.closed-by-platform (${reason})`]!(locale).text;
        expect(text).toContain(t(`mail.closure.reason.${reason}`));
        expect(text).toContain(t('mail.redress.user'));
        expect(text).toContain(
          reason === 'illegal_content'
            ? t('mail.ground.illegalContent', { legalGround: '§' })
            : t('mail.ground.incompatibleTerms', { clause: t(`mail.closure.clause.${reason}`) }),
        );
      }
      for (const reason of SUSPENSION_REASON_CODES) {
        const text = TEMPLATES[`seller-onboarding.suspended (${reason})`]!(locale).text;
        expect(text).toContain(t(`mail.suspension.reason.${reason}`));
        expect(text).toContain(t(`mail.suspension.lasts.${reason}`));
        expect(text).toContain(
          t('mail.ground.incompatibleTerms', { clause: t(`mail.suspension.clause.${reason}`) }),
        );
        expect(text).toContain(t('mail.redress.seller'));
      }
      for (const name of ['seller-onboarding.rejected', 'seller-onboarding.contract-ended'])
        expect(TEMPLATES[name]!(locale).text).toContain(t('mail.redress.seller'));
    }
    // English readers read the same words the modules keep for operators and statements.
    const english = TEMPLATES['accounts.closed-by-platform (scraping)']!('en-GB').text;
    expect(english).toContain(CLOSURE_REASONS.scraping.label);
    expect(english).toContain(CLOSURE_REASONS.scraping.contractual);
    expect(english).toContain(USER_REDRESS);
    const suspended = TEMPLATES['seller-onboarding.suspended (quality_criteria)']!('en-GB').text;
    expect(suspended).toContain(SUSPENSION_REASONS.quality_criteria.label);
    expect(suspended).toContain(suspensionLasts('quality_criteria'));
    expect(suspended).toContain(SELLER_REDRESS);
  });

  it('operator alerts stay English whatever the buyer reads', () => {
    const mail = refundFailedOperatorEmail('ops@reloop.test', failed, link);
    expect(mail.subject).toMatch(/^\[Reloop\] Refund 7 failed: €2\.99, order 41$/);
    expect(mail.text).toContain('It was the service fee of the checkout.');
    expect(mail.text).toContain('Nothing was booked.');
  });
});
