import type { VatNumber } from './vat-number.rules.ts';

/**
 * The answer to "is this VAT number registered?", kept as audit evidence for a zero-rated
 * intra-community supply (one element of evidence, not proof: domain-rules §3.2).
 */
export type VatVerification = {
  /** 'unavailable': no answer could be had (service down, timeout); ask again later. */
  status: 'valid' | 'invalid' | 'unavailable';
  /** The number checked, prefix included (VatNumber.full). */
  vatNumber: string;
  checkedAt: Date;
  /** VIES's consultation number (requestIdentifier), given when a requester number was sent. */
  consultationRef: string | null;
  traderName: string | null;
  traderAddress: string | null;
  source: 'vies' | 'local';
  /** Why, in a few words, when not plainly valid: an error code, "not registered", … */
  detail?: string;
};

/** Asks a register whether a well-formed VAT number is registered. Never rejects: failures are 'unavailable'. */
export interface VatNumberVerifier {
  verify(vat: VatNumber): Promise<VatVerification>;
}
