import { AppError } from '../../platform/errors.ts';
import { EU_MEMBER_STATES } from '../pricing/vat.rules.ts';
import { parseVatNumber } from '../tax/vat-number.rules.ts';
import type { AccountsDeps } from './accounts.deps.ts';
import { vatNumberHolder } from './accounts.store.ts';
import type { TBusinessSignUpInput } from './accounts.types.ts';

export type VerifiedCompany = {
  legalName: string;
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  vatNumber: string | null;
  vatVerifiedAt: Date | null;
  vatConsultationRef: string | null;
  vatVerifiedBy: string | null;
};

const invalid = (message: string) => AppError.invalid([{ field: 'vatNumber', message }]);

/**
 * Reloop Pro is for companies only: EU companies need an intra-community VAT number that passes
 * its check digits, belongs to no other active account, and is confirmed by VIES.
 */
export type CompanyInput = Pick<
  TBusinessSignUpInput,
  'legalName' | 'addressLine' | 'postalCode' | 'city' | 'country' | 'vatNumber'
>;

export async function verifyCompany(deps: AccountsDeps, data: CompanyInput): Promise<VerifiedCompany> {
  const base = {
    legalName: data.legalName,
    addressLine: data.addressLine,
    postalCode: data.postalCode,
    city: data.city,
    country: data.country,
  };
  const eu = EU_MEMBER_STATES.has(data.country);
  if (!data.vatNumber) {
    if (eu) throw invalid('is required for companies established in the EU');
    return { ...base, vatNumber: null, vatVerifiedAt: null, vatConsultationRef: null, vatVerifiedBy: null };
  }
  const parsed = parseVatNumber(data.vatNumber);
  if (!parsed.ok) throw invalid(parsed.message);
  const vat = parsed.value;
  if (vat.memberState !== data.country) {
    throw invalid(`must be a VAT number of the company's country (${data.country}), not ${vat.country}`);
  }
  const holder = await vatNumberHolder(deps.db, vat.full);
  if (holder?.active) {
    throw invalid(
      'already belongs to a Reloop Pro account: one account per company. Contact support to transfer it',
    );
  }
  if (holder?.blocked)
    throw invalid('belonged to a closed account and cannot register again; contact support');

  const check = await deps.vatVerifier.verify(vat);
  if (check.status === 'invalid') {
    throw invalid('is not registered for intra-community trade according to the EU VIES service');
  }
  if (check.status === 'unavailable') {
    throw invalid('could not be checked: the EU VIES service is unavailable, try again in a few minutes');
  }
  return {
    ...base,
    vatNumber: vat.full,
    vatVerifiedAt: check.checkedAt,
    vatConsultationRef: check.consultationRef,
    vatVerifiedBy: check.source,
  };
}
