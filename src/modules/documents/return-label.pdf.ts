/**
 * A return label the buyer prints and sticks on the parcel: carrier and tracking number large,
 * sender (the buyer) and recipient (the seller's address), the return and order references, and
 * what to put in the box. In the buyer's language (doc-i18n.ts).
 */
import type { ReturnLabel } from '../after-sales/return-label.read-model.ts';
import { docFormat } from './doc-i18n.ts';
import { type RenderedPdf, renderPdf } from './pdf.ts';
import { pageLabel } from './seller-invoice.pdf.ts';

export async function returnLabelPdf(label: ReturnLabel, locale: string): Promise<RenderedPdf> {
  const f = docFormat(locale);
  const { t } = f;
  const a = label.from;
  const fromLines = [
    ...(a.company ? [a.company] : []),
    a.line1,
    ...(a.line2 ? [a.line2] : []),
    `${a.postalCode} ${a.city}`,
    f.country(a.country),
  ];
  return renderPdf({
    title: t('doc.returnLabel.title'),
    pageLabel: pageLabel(f),
    blocks: [
      { kind: 'title', text: t('doc.returnLabel.title') },
      { kind: 'text', text: t('doc.returnLabel.carrier', { carrier: label.carrierName }) },
      { kind: 'heading', text: t('doc.returnLabel.tracking', { tracking: label.trackingNumber }) },
      { kind: 'gap' },
      {
        kind: 'columns',
        left: { title: t('doc.returnLabel.from', { name: a.name }), lines: fromLines },
        right: {
          title: t('doc.returnLabel.to', { name: label.to.name }),
          lines: [...label.to.addressLines, f.country(label.to.country)],
        },
      },
      { kind: 'gap' },
      { kind: 'rule' },
      {
        kind: 'text',
        text: t('doc.returnLabel.reference', { returnId: label.returnId, orderId: label.orderId }),
        bold: true,
      },
      { kind: 'text', text: t('doc.returnLabel.item', { item: label.productName }) },
      { kind: 'text', text: t('doc.returnLabel.issued', { date: f.date(label.issuedAt) }) },
      { kind: 'gap' },
      { kind: 'text', text: t('doc.returnLabel.instructions'), small: true },
    ],
  });
}
