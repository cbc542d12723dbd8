import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { readerLocale } from '../../platform/i18n.ts';
import { marketByCode } from '../../platform/markets.ts';
import { hashPassword } from '../../platform/security/password.ts';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../platform/security/password-policy.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { accountEmails } from './account-emails.ts';
import type { AccountsDeps, RequestMeta } from './accounts.deps.ts';
import { businessProfiles, users } from './accounts.schema.ts';
import { emailBlockedByClosure, findActiveUserByEmail } from './accounts.store.ts';
import { type TSignUpInput, ZBusinessSignUpInputSchema, ZSignUpInputSchema } from './accounts.types.ts';
import { type VerifiedCompany, verifyCompany } from './business-identity.ts';
import { issueToken } from './issue-token.ts';
import { accountLanguage } from './languages.ts';
import { acceptCurrentDocuments } from './legal-acceptance.ts';
import { readerStorefront, userLocale } from './recipient-locale.ts';
import { normaliseEmail } from './session.rules.ts';

export type SignUpResult = { email: string };

const BLOCKED =
  'belonged to an account that was closed and cannot register again; contact support if you think this is a mistake';

/**
 * Create a consumer account, or a Reloop Pro one when `business` is set. The answer is the same,
 * after the same work (the password is hashed either way), whether or not the email already has
 * an account (that owner gets an email instead), so sign-up cannot be used to find out who is a
 * customer. `language` is the language of the page the person signed up on (`/nl-be` → nl): the
 * account keeps it for its emails and pages; an unknown one leaves the market's.
 */
export async function signUp(
  deps: AccountsDeps,
  {
    input,
    business,
    meta,
    language,
  }: { input: unknown; business: boolean; meta: RequestMeta; language?: string | null },
): Promise<SignUpResult> {
  const businessData = business ? parseOrThrow(ZBusinessSignUpInputSchema, input) : null;
  const data: TSignUpInput = businessData ?? parseOrThrow(ZSignUpInputSchema, input);
  const email = normaliseEmail(data.email);
  const issues: FieldIssue[] = [];
  const problem = passwordProblem(data.password, { email });
  if (problem) issues.push({ field: 'password', message: PASSWORD_PROBLEM_MESSAGES[problem] });
  if (await emailBlockedByClosure(deps.db, email)) issues.push({ field: 'email', message: BLOCKED });
  if (issues.length) throw AppError.invalid(issues);

  // The VAT check may call VIES over the network: never inside a transaction.
  const company = businessData ? await verifyCompany(deps, businessData) : null;

  // Hashed whether or not the email has an account: the same work, so the same answer time.
  const passwordHash = await hashPassword(data.password);
  const existing = await findActiveUserByEmail(deps.db, email);
  if (existing) {
    await deps.mailer.send(
      deps.db,
      accountEmails.alreadyRegistered(
        userLocale(existing),
        email,
        deps.siteUrl(`/${readerStorefront(userLocale(existing), data.market)}/sign-in`),
      ),
    );
    return { email };
  }
  try {
    await createAccount(deps, {
      data,
      email,
      passwordHash,
      company,
      meta,
      language: accountLanguage(language),
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    if (company && e instanceof Error && /vat/.test(String((e as { cause?: unknown }).cause ?? e.message))) {
      throw AppError.invalid([{ field: 'vatNumber', message: 'already belongs to a Reloop Pro account' }]);
    }
    // Lost a race with another sign-up for the same email: answer as if it existed.
  }
  return { email };
}

async function createAccount(
  deps: AccountsDeps,
  a: {
    data: TSignUpInput;
    email: string;
    passwordHash: string;
    company: VerifiedCompany | null;
    meta: RequestMeta;
    language: string | null;
  },
) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: a.email,
        passwordHash: a.passwordHash,
        name: a.data.name,
        buyerType: a.company ? 'business' : 'consumer',
        market: a.data.market,
        language: a.language,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: users.id });
    const userId = user!.id;
    if (a.company) await tx.insert(businessProfiles).values({ userId, ...a.company });
    await acceptCurrentDocuments(tx, { userId, market: a.data.market, now, ip: a.meta.ip });
    const token = await issueToken(tx, { purpose: 'verify_email', userId, email: a.email, now });
    const reader = readerLocale(a.language, marketByCode(a.data.market)!);
    const storefront = readerStorefront(reader, a.data.market);
    const link = deps.siteUrl(`${a.company ? '/pro' : ''}/${storefront}/verify-email?token=${token}`);
    await deps.mailer.send(tx, accountEmails.verifyEmail(reader, a.email, a.data.name, link));
    await recordAudit(tx, {
      action: 'auth.signed_up',
      at: now,
      actorUserId: userId,
      subjectUserId: userId,
      ip: a.meta.ip,
      details: { buyerType: a.company ? 'business' : 'consumer', vatNumber: a.company?.vatNumber ?? null },
    });
  });
}
