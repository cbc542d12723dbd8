import type { Market } from '../../platform/markets.ts';
import { hashToken, randomToken } from '../../platform/security/tokens.ts';
import { readerStorefront } from '../accounts/recipient-locale.ts';
import type { MarketingDeps } from './marketing.deps.ts';
import { saleOptOutRequests } from './marketing.schema.ts';
import { marketingEmails } from './marketing-emails.ts';

/** How long the emailed confirmation link works. */
export const SALE_OPT_OUT_LINK_DAYS = 7;

/**
 * Someone without a session asks not to have their personal information sold or shared: we email
 * a link to the address given, and record the opt-out once it is opened (confirm-sale-opt-out.ts),
 * so that nobody can opt out in another person's name. Answers the same whoever the address is.
 */
export async function requestSaleOptOut(
  deps: Pick<MarketingDeps, 'db' | 'clock' | 'mailer' | 'siteUrl'>,
  input: { email: string; market: Market },
): Promise<void> {
  const now = deps.clock.now();
  const email = input.email.trim().toLowerCase();
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SALE_OPT_OUT_LINK_DAYS * 86_400_000);
  const storefront = readerStorefront(input.market.bcp47, input.market.code);
  await deps.db.transaction(async (tx) => {
    await tx.insert(saleOptOutRequests).values({
      email,
      market: input.market.code,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt,
    });
    await deps.mailer.send(
      tx,
      marketingEmails.saleOptOutConfirmation(
        { email, locale: input.market.bcp47 },
        {
          link: deps.siteUrl(`/${storefront}/privacy/do-not-sell/confirm?token=${encodeURIComponent(token)}`),
          expiresAt,
          timeZone: input.market.timeZone,
        },
      ),
    );
  });
}
