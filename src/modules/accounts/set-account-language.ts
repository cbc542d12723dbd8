import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { fieldIssues } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AccountsDeps, RequestMeta } from './accounts.deps.ts';
import { users } from './accounts.schema.ts';
import { findUser } from './accounts.store.ts';
import { type AccountLanguage, ZAccountLanguageSchema } from './languages.ts';

const ZInputSchema = z.strictObject({ language: ZAccountLanguageSchema });

/**
 * The language the account reads its emails (and documents) in, one of the seven catalogs; an
 * unknown language is refused (422) naming `language`. Audited with the language before and after.
 */
export async function setAccountLanguage(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  a: { userId: number; language: unknown; meta: RequestMeta },
): Promise<{ language: AccountLanguage }> {
  const parsed = ZInputSchema.safeParse({ language: a.language });
  if (!parsed.success)
    throw new AppError('UNPROCESSABLE', 'This language is not offered', fieldIssues(parsed.error));
  const { language } = parsed.data;
  const user = await findUser(deps.db, a.userId);
  if (user?.status !== 'active') throw AppError.notFound('Account');
  if (user.language === language) return { language };
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx.update(users).set({ language, updatedAt: now }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      action: 'account.language_changed',
      at: now,
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: a.meta.ip,
      before: { language: user.language },
      after: { language },
    });
  });
  return { language };
}
