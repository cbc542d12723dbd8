import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { checkIdDocument, type IdDocumentType, safeFileName } from '../../platform/storage.ts';
import { fieldIssues } from '../../platform/validation.ts';
import { EU_MEMBER_STATES } from '../pricing/vat.rules.ts';
import { parseVatNumber } from '../tax/vat-number.rules.ts';
import { parseIban } from './iban.rules.ts';
import type { OnboardingDeps, UploadedFile } from './onboarding.deps.ts';
import { ZSellerApplicationInputSchema } from './onboarding.types.ts';

/** An application's data once every check passed, in the columns' shape. */
export type CheckedApplication = {
  shopName: string;
  legalName: string;
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  phone: string;
  email: string;
  tradeRegister: string;
  tradeRegisterNumber: string;
  vatNumber: string | null;
  vatConsultationRef: string | null;
  iban: string;
  accountHolder: string;
  /** The checked upload, absent when a resubmission keeps the earlier document. */
  document: {
    bytes: Uint8Array;
    name: string;
    contentType: IdDocumentType['contentType'];
    ext: IdDocumentType['ext'];
  } | null;
};

/** Outside the EU a VAT (or sales-tax) number is optional and cannot be checked in VIES: kept as typed. */
const FOREIGN_TAX_NUMBER = /^[A-Z0-9]{4,20}$/;

/**
 * Every check of DSA Art. 30(1)–(2) the platform can make itself: all fields present and well
 * formed, the IBAN's checksum, the ID document's real type and size, and, for EU traders, the VAT
 * number's check digits then its registration in VIES (the consultation reference is kept as the
 * "best efforts" evidence). All field problems are reported at once; VIES is asked only when the
 * rest of the form is valid.
 */
export async function checkApplication(
  deps: Pick<OnboardingDeps, 'vatVerifier'>,
  input: unknown,
  file: UploadedFile | null,
  opts: { documentRequired: boolean },
): Promise<CheckedApplication> {
  const issues: FieldIssue[] = [];
  const parsed = ZSellerApplicationInputSchema.safeParse(input);
  if (!parsed.success) issues.push(...fieldIssues(parsed.error));
  const has = (field: string) => issues.some((i) => i.field === field);
  const raw = (input ?? {}) as Record<string, unknown>;

  let iban = '';
  if (!has('iban')) {
    const r = parseIban(typeof raw.iban === 'string' ? raw.iban : '');
    if (r.ok) iban = r.value;
    else issues.push({ field: 'iban', message: r.message });
  }

  let document: CheckedApplication['document'] = null;
  if (file && file.bytes.length > 0) {
    const check = checkIdDocument(file.bytes);
    if (check.ok) {
      document = {
        bytes: file.bytes,
        name: safeFileName(file.name, check.ext),
        contentType: check.contentType,
        ext: check.ext,
      };
    } else issues.push({ field: 'idDocument', message: check.message });
  } else if (opts.documentRequired) {
    issues.push({ field: 'idDocument', message: 'is required: upload a PDF, JPEG or PNG file' });
  }

  let vat: ReturnType<typeof parseVatNumber> | null = null;
  let foreignTaxNumber: string | null = null;
  if (parsed.success && !has('vatNumber')) {
    const { country, vatNumber } = parsed.data;
    if (EU_MEMBER_STATES.has(country)) {
      if (!vatNumber) {
        issues.push({ field: 'vatNumber', message: 'is required for traders established in the EU' });
      } else {
        vat = parseVatNumber(vatNumber);
        if (!vat.ok) issues.push({ field: 'vatNumber', message: vat.message });
        else if (vat.value.memberState !== country) {
          issues.push({
            field: 'vatNumber',
            message: `must be a VAT number of the company's country (${country}), not ${vat.value.country}`,
          });
        }
      }
    } else if (vatNumber) {
      const compact = vatNumber.toUpperCase().replace(/[\s.\-/:]+/g, '');
      const xi = parseVatNumber(compact);
      if (xi.ok && xi.value.memberState === country) vat = xi;
      else if (FOREIGN_TAX_NUMBER.test(compact)) foreignTaxNumber = compact;
      else issues.push({ field: 'vatNumber', message: 'must be 4 to 20 letters and digits' });
    }
  }

  if (issues.length || !parsed.success) throw AppError.invalid(issues);

  let vatNumber: string | null = foreignTaxNumber;
  let vatConsultationRef: string | null = null;
  if (vat?.ok) {
    const check = await deps.vatVerifier.verify(vat.value);
    if (check.status === 'invalid') {
      throw AppError.invalid([
        {
          field: 'vatNumber',
          message: 'is not registered for intra-community trade according to the EU VIES service',
        },
      ]);
    }
    if (check.status === 'unavailable') {
      throw AppError.invalid([
        {
          field: 'vatNumber',
          message: 'could not be checked: the EU VIES service is unavailable, try again in a few minutes',
        },
      ]);
    }
    vatNumber = vat.value.full;
    vatConsultationRef = check.consultationRef ?? `${check.source}:${check.checkedAt.toISOString()}`;
  }

  const d = parsed.data;
  return {
    shopName: d.shopName,
    legalName: d.legalName,
    addressLine: d.addressLine,
    postalCode: d.postalCode,
    city: d.city,
    country: d.country,
    phone: d.phone,
    email: d.email,
    tradeRegister: d.tradeRegister,
    tradeRegisterNumber: d.tradeRegisterNumber,
    vatNumber,
    vatConsultationRef,
    iban,
    accountHolder: d.accountHolder,
    document,
  };
}

/** The columns an application row takes from checked data (the document's are set by the caller). */
export function applicationColumns(a: CheckedApplication) {
  const { document: _document, ...columns } = a;
  return columns;
}
