/**
 * "Download my data": the seller applications the person filed. The bank account and the stored
 * ID document are the organisation's and ours to keep safe: the IBAN is shown by its last four
 * characters, the document by its file name.
 */
import { asc, eq } from 'drizzle-orm';
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { sellerApplications } from './onboarding.schema.ts';

export const sellerOnboardingDataExport: PersonalDataExporter = {
  module: 'seller-onboarding',
  describe: {
    applications: 'Your applications to sell on Reloop: the organisation’s details, status and review.',
  },
  async datasets(db, userId) {
    const rows = await db
      .select({
        id: sellerApplications.id,
        status: sellerApplications.status,
        shopName: sellerApplications.shopName,
        legalName: sellerApplications.legalName,
        addressLine: sellerApplications.addressLine,
        postalCode: sellerApplications.postalCode,
        city: sellerApplications.city,
        country: sellerApplications.country,
        phone: sellerApplications.phone,
        email: sellerApplications.email,
        tradeRegister: sellerApplications.tradeRegister,
        tradeRegisterNumber: sellerApplications.tradeRegisterNumber,
        vatNumber: sellerApplications.vatNumber,
        iban: sellerApplications.iban,
        accountHolder: sellerApplications.accountHolder,
        idDocumentName: sellerApplications.idDocumentName,
        selfCertifiedAt: sellerApplications.selfCertifiedAt,
        reviewNote: sellerApplications.reviewNote,
        reviewedAt: sellerApplications.reviewedAt,
        sellerId: sellerApplications.sellerId,
        createdAt: sellerApplications.createdAt,
        updatedAt: sellerApplications.updatedAt,
      })
      .from(sellerApplications)
      .where(eq(sellerApplications.applicantUserId, userId))
      .orderBy(asc(sellerApplications.id));
    return {
      applications: rows.map(({ iban, ...a }) => ({ ...a, ibanEndsWith: iban.slice(-4) })),
    };
  },
};
