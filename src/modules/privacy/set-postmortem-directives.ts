import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkDirectives, type Directives } from './privacy-choices.rules.ts';
import type { PrivacyRequestDeps } from './privacy-requests.deps.ts';
import { postmortemDirectives } from './privacy-requests.schema.ts';

/**
 * A person sets (or replaces) their post-mortem directives (Loi Informatique et Libertés, art. 85):
 * delete, keep, or hand a copy over to a trusted person, whose name and email are then required.
 * `clear` removes them: the law's default rules apply again.
 */
export async function setPostmortemDirectives(
  deps: Pick<PrivacyRequestDeps, 'db' | 'clock'>,
  input: {
    userId: number;
    instruction: string;
    trustedName?: string;
    trustedEmail?: string;
    ip?: string | null;
  },
): Promise<Directives> {
  const r = checkDirectives(input);
  if (!r.ok) throw AppError.invalid(r.issues);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(postmortemDirectives)
      .values({ userId: input.userId, ...r.value, updatedAt: now })
      .onConflictDoUpdate({ target: postmortemDirectives.userId, set: { ...r.value, updatedAt: now } });
    await recordAudit(tx, {
      action: 'privacy.postmortem_directives_set',
      at: now,
      actorUserId: input.userId,
      subjectUserId: input.userId,
      ip: input.ip ?? null,
      details: { instruction: r.value.instruction, trustedPerson: !!r.value.trustedEmail },
    });
  });
  return r.value;
}
