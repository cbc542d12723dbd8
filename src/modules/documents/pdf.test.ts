import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { formatRate, isWinAnsi, renderPdf, safeText, wrapText } from './pdf.ts';

describe('safeText', () => {
  it('keeps what WinAnsi encodes, so legal mentions print verbatim', () => {
    expect(safeText('Margin scheme — Second-hand goods')).toBe('Margin scheme — Second-hand goods');
    expect(safeText('Crème brûlée, Größe 5 € – “ok” ’s …')).toBe('Crème brûlée, Größe 5 € – “ok” ’s …');
  });

  it('transliterates what it cannot encode and drops the rest', () => {
    expect(safeText('A → B ← C ≤ 3 − 1')).toBe('A -> B <- C <= 3 - 1');
    expect(safeText('Łódź, Győr, Čapek, Ærø')).toBe('Lódz, Gyor, Capek, Ærø');
    expect(safeText('1\u202f234,50\u00a0€')).toBe('1 234,50\u00a0€');
    expect(safeText('iPhone 日本 版')).toBe('iPhone  ');
    expect(safeText('two\nlines\tand\rtab')).toBe('two lines and tab');
    expect(safeText('emoji 📱 gone')).toBe('emoji  gone');
  });

  it('maps to plain ASCII on request', () => {
    expect(safeText('Margin scheme — Second-hand goods', { ascii: true })).toBe(
      'Margin scheme - Second-hand goods',
    );
    expect(safeText('“Grade” – 5 € … ’ → Łódź ß', { ascii: true })).toBe('"Grade" - 5 EUR ... \' -> Lodz ss');
    expect(safeText('Reverse charge — Art. 138', { ascii: true })).toMatch(/^[\x20-\x7e]*$/);
  });

  it('every character it lets through is encodable by pdf-lib Helvetica (WinAnsi)', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const kept: string[] = [];
    for (let c = 0x20; c <= 0x2fff; c++) {
      const ch = String.fromCodePoint(c);
      if (isWinAnsi(ch)) kept.push(ch);
      const safe = safeText(ch);
      expect(() => font.encodeText(safe), `U+${c.toString(16)}`).not.toThrow();
    }
    expect(kept.length).toBe(95 + 96 + 27);
    expect(() => font.encodeText('→')).toThrow();
  });
});

describe('layout', () => {
  it('wraps words to a width and cuts a word longer than the line', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const lines = wrapText('the quick brown fox jumps over the lazy dog', font, 10, 60);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('the quick brown fox jumps over the lazy dog');
    for (const l of lines) expect(font.widthOfTextAtSize(l, 10)).toBeLessThanOrEqual(60);
    const cut = wrapText('x'.repeat(100), font, 10, 60);
    expect(cut.join('')).toBe('x'.repeat(100));
    expect(wrapText('', font, 10, 60)).toEqual(['']);
  });

  it('breaks a long table across pages, repeating its header, and numbers the pages', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => ({ cells: [`Item ${i + 1} → ok`, `${i}.00`] }));
    const r = await renderPdf({
      title: 'Long',
      footer: 'Footer text',
      blocks: [
        { kind: 'title', text: 'Long table' },
        {
          kind: 'table',
          columns: [
            { header: 'Item', width: 70 },
            { header: 'Amount', width: 30, align: 'right' },
          ],
          rows,
        },
      ],
    });
    expect(new TextDecoder().decode(r.bytes.slice(0, 5))).toBe('%PDF-');
    const parsed = await PDFDocument.load(r.bytes);
    expect(parsed.getPageCount()).toBe(r.pageCount);
    expect(r.pageCount).toBeGreaterThanOrEqual(3);
    expect(r.lines.filter((l) => l === 'Item | Amount')).toHaveLength(r.pageCount);
    expect(r.lines).toContain('Item 150 -> ok | 149.00');
    expect(parsed.getTitle()).toBe('Long');
  });

  it('is reproducible: the same content gives the same bytes', async () => {
    const spec = { title: 'Same', blocks: [{ kind: 'text' as const, text: 'hello' }] };
    const [a, b] = [await renderPdf(spec), await renderPdf(spec)];
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('formats VAT rates from basis points', () => {
    expect(formatRate(2000)).toBe('20 %');
    expect(formatRate(550)).toBe('5.5 %');
    expect(formatRate(0)).toBe('0 %');
    expect(formatRate(1025)).toBe('10.25 %');
  });
});
