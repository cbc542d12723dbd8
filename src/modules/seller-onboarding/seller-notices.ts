import type { Db } from '../../platform/db/client.ts';
import { readerLocale } from '../../platform/i18n.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { accountLanguages } from '../accounts/recipient-locale.ts';
import { sellerOwners } from '../seller-team/team.read-model.ts';

export type NoticeRecipient = { email: string; locale: string };

/**
 * The locale a seller's emails are written in (issue 13): the language its owner chose on their
 * account (the first owner's, for the seller's own address), in the seller's country; else the
 * locale of the seller's country market. The one place seller emails decide it.
 */
export async function sellerLocale(db: Db, seller: { id: number; country: string }): Promise<string> {
  return (await noticeRecipients(db, { ...seller, email: '' })).locale;
}

/**
 * Who receives a seller's legal notices, each in their locale: the trader email given at
 * onboarding (in the seller's locale) and every owner (in their own language, else the seller's country's),
 * once each. The first owner is the statement of reasons' subject (statements name a user).
 */
export async function noticeRecipients(
  db: Db,
  seller: { id: number; email: string; country: string },
): Promise<{
  emails: string[];
  recipients: NoticeRecipient[];
  locale: string;
  subjectUserId: number | null;
}> {
  const owners = await sellerOwners(db, seller.id);
  const languages = await accountLanguages(
    db,
    owners.map((o) => o.userId),
  );
  return noticeRecipientsOf(
    seller,
    owners.map((o) => ({ userId: o.userId, email: o.email, language: languages.get(o.userId) ?? null })),
  );
}

/** `noticeRecipients` from the seller and its owners already read (first owner first, with their language). */
export function noticeRecipientsOf(
  seller: { email: string; country: string },
  owners: ReadonlyArray<{ userId: number; email: string; language: string | null }>,
): { emails: string[]; recipients: NoticeRecipient[]; locale: string; subjectUserId: number | null } {
  const market = marketByCode(seller.country) ?? DEFAULT_MARKET;
  const locale = readerLocale(owners[0]?.language ?? null, market);
  const recipients = new Map<string, string>();
  const add = (email: string, loc: string) => {
    const e = email.trim().toLowerCase();
    if (e && !recipients.has(e)) recipients.set(e, loc);
  };
  add(seller.email, locale);
  for (const o of owners) {
    add(o.email, readerLocale(o.language, market));
  }
  const list = [...recipients].map(([email, loc]) => ({ email, locale: loc }));
  return {
    emails: list.map((r) => r.email),
    recipients: list,
    locale,
    subjectUserId: owners[0]?.userId ?? null,
  };
}
