/**
 * A tiny document layout over pdf-lib: A4 pages, Helvetica (a PDF standard font, nothing to
 * embed), titles, paragraphs that wrap, two-column party blocks, tables with right-aligned
 * amounts that break across pages (repeating their header), and "Page n / N" footers.
 *
 * Documents are described as a list of blocks (`PdfBlock`) and rendered by `renderPdf`, which
 * also returns every line of text it wrote (after `safeText` and wrapping), so tests can assert
 * what a document says without a PDF text extractor.
 *
 * Text encoding: the standard fonts use WinAnsi (Windows-1252). Characters it cannot encode make
 * pdf-lib throw, so every string goes through `safeText` first. Decision: keep what WinAnsi can
 * encode (Latin-1 plus — – ’ “ ” … € •, checked against pdf-lib in pdf.test.ts), so the legal
 * mentions print verbatim ("Margin scheme — Second-hand goods"); transliterate the rest (arrows,
 * minus sign, special spaces, Latin letters with diacritics outside Latin-1 such as Ł, ő, č) and
 * drop what has no equivalent (e.g. CJK). `safeText(s, { ascii: true })` maps to plain ASCII.
 */
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

/** The 27 characters Windows-1252 adds in 0x80–0x9F, beside Latin-1 (0x20–0x7E, 0xA0–0xFF). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export function isWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

/** Non-WinAnsi characters with a readable equivalent. */
const TRANSLIT: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '-',
  '′': "'",
  '″': '"',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  Ŧ: 'T',
  ŧ: 't',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u202f': ' ',
  '\u205f': ' ',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
};

/** WinAnsi characters that are not ASCII, for `{ ascii: true }`. */
const ASCII_EXTRA: Record<string, string> = {
  '—': '-',
  '–': '-',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '…': '...',
  '€': 'EUR',
  '•': '*',
  '×': 'x',
  '\u00a0': ' ',
  '«': '"',
  '»': '"',
  '™': '(TM)',
  '©': '(C)',
  '®': '(R)',
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Ø: 'O',
  ø: 'o',
  Œ: 'OE',
  œ: 'oe',
  '°': ' deg',
  '\u00ad': '',
};

function transliterate(ch: string): string {
  const mapped = TRANSLIT[ch];
  if (mapped !== undefined) return mapped;
  // Latin letters with diacritics: drop the combining marks (ő → o, č → c, ą → a).
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return base !== ch && [...base].every(isWinAnsi) ? base : '';
}

/**
 * Text the standard fonts can draw: WinAnsi characters kept, others transliterated or dropped;
 * with `ascii`, plain printable ASCII only. Control characters and line breaks become spaces.
 */
export function safeText(input: string, opts: { ascii?: boolean } = {}): string {
  let out = '';
  for (const ch of input) {
    let s = isWinAnsi(ch) ? ch : transliterate(ch);
    if (opts.ascii) {
      s = [...s]
        .map((c) => {
          if (c.codePointAt(0)! <= 0x7e) return c;
          const m = ASCII_EXTRA[c];
          if (m !== undefined) return m;
          const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
          return /^[\x20-\x7e]+$/.test(base) ? base : '';
        })
        .join('');
    }
    out += s;
  }
  return out;
}

export type Align = 'left' | 'right';
export type PdfColumn = {
  header: string;
  /** A share of the usable width; columns are scaled to fill it. */
  width: number;
  align?: Align;
};
export type PdfTableRow = { cells: string[]; bold?: boolean };

export type PdfBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; bold?: boolean; small?: boolean }
  | { kind: 'gap'; size?: number }
  | { kind: 'rule' }
  /** Two columns side by side (supplier / customer): each a title and its lines. */
  | { kind: 'columns'; left: { title: string; lines: string[] }; right: { title: string; lines: string[] } }
  /** Label: value pairs, the values right-aligned at the right margin (totals). */
  | { kind: 'totals'; rows: Array<{ label: string; value: string; bold?: boolean }> }
  | { kind: 'table'; columns: PdfColumn[]; rows: PdfTableRow[] };

export type PdfDocumentSpec = {
  title: string;
  /** Small print at the bottom of every page, beside "Page n / N". */
  footer?: string;
  /** The page number in the document's language (default "Page n / N"). */
  pageLabel?: (page: number, pages: number) => string;
  blocks: PdfBlock[];
};

export type RenderedPdf = {
  bytes: Uint8Array;
  /** Every line of text written, in order (table rows as cells joined with " | "). */
  lines: string[];
  pageCount: number;
};

export const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 50;
const FOOTER_SPACE = 36;
const SIZE = 9.5;
const LINE = 13;
const CELL_PAD = 4;
const GREY = rgb(0.35, 0.35, 0.35);
const LIGHT = rgb(0.85, 0.85, 0.85);

/** Greedy word wrap to a width; a word longer than the width is cut. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const words = text.split(/ +/);
  const out: string[] = [];
  let line = '';
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= maxWidth;
  for (let w of words) {
    while (!fits(w)) {
      let n = w.length - 1;
      while (n > 1 && !fits(w.slice(0, n))) n--;
      if (line) {
        out.push(line);
        line = '';
      }
      out.push(w.slice(0, n));
      w = w.slice(n);
    }
    const candidate = line ? `${line} ${w}` : w;
    if (fits(candidate)) line = candidate;
    else {
      out.push(line);
      line = w;
    }
  }
  if (line || out.length === 0) out.push(line);
  return out;
}

/** Render a document: pages are added as the content needs them. */
export async function renderPdf(spec: PdfDocumentSpec): Promise<RenderedPdf> {
  const doc = await PDFDocument.create();
  doc.setTitle(safeText(spec.title));
  doc.setProducer('Reloop');
  doc.setCreator('Reloop');
  // A fixed date keeps the bytes reproducible for the same content.
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const lines: string[] = [];
  const usable = A4.width - 2 * MARGIN;
  const bottom = MARGIN + FOOTER_SPACE;

  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const newPage = () => {
    page = doc.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
  };
  const ensure = (height: number) => {
    if (y - height < bottom) newPage();
  };
  const draw = (
    text: string,
    x: number,
    opts: { font?: PDFFont; size?: number; color?: typeof GREY } = {},
  ) => {
    page.drawText(text, {
      x,
      y: y - (opts.size ?? SIZE),
      size: opts.size ?? SIZE,
      font: opts.font ?? regular,
      color: opts.color ?? rgb(0, 0, 0),
    });
  };
  const paragraph = (raw: string, font: PDFFont, size: number, color?: typeof GREY) => {
    const text = safeText(raw);
    for (const l of wrapText(text, font, size, usable)) {
      ensure(size + 4);
      draw(l, MARGIN, { font, size, ...(color ? { color } : {}) });
      y -= size + 4;
      lines.push(l);
    }
  };

  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'title':
        paragraph(b.text, bold, 18, undefined);
        y -= 6;
        break;
      case 'heading':
        ensure(LINE * 3);
        y -= 4;
        paragraph(b.text, bold, 11.5, undefined);
        y -= 2;
        break;
      case 'text':
        paragraph(b.text, b.bold ? bold : regular, b.small ? 8 : SIZE, b.small ? GREY : undefined);
        break;
      case 'gap':
        y -= b.size ?? LINE / 2;
        break;
      case 'rule':
        ensure(8);
        page.drawLine({
          start: { x: MARGIN, y: y - 3 },
          end: { x: A4.width - MARGIN, y: y - 3 },
          thickness: 0.5,
          color: LIGHT,
        });
        y -= 8;
        break;
      case 'columns': {
        const colW = usable / 2 - 10;
        const wrapCol = (title: string, ls: string[]) => [
          ...wrapText(safeText(title), bold, SIZE, colW).map((t) => ({ t, f: bold })),
          ...ls.flatMap((l) => wrapText(safeText(l), regular, SIZE, colW).map((t) => ({ t, f: regular }))),
        ];
        const left = wrapCol(b.left.title, b.left.lines);
        const right = wrapCol(b.right.title, b.right.lines);
        ensure(Math.max(left.length, right.length) * LINE);
        const top = y;
        for (const l of left) {
          draw(l.t, MARGIN, { font: l.f });
          y -= LINE;
          lines.push(l.t);
        }
        const leftEnd = y;
        y = top;
        for (const r of right) {
          draw(r.t, MARGIN + usable / 2 + 10, { font: r.f });
          y -= LINE;
          lines.push(r.t);
        }
        y = Math.min(y, leftEnd);
        break;
      }
      case 'totals': {
        const labelRight = A4.width - MARGIN - 110;
        for (const r of b.rows) {
          ensure(LINE);
          const font = r.bold ? bold : regular;
          const label = safeText(r.label);
          const value = safeText(r.value);
          draw(label, labelRight - font.widthOfTextAtSize(label, SIZE), { font });
          draw(value, A4.width - MARGIN - font.widthOfTextAtSize(value, SIZE), { font });
          y -= LINE;
          lines.push(`${label} | ${value}`);
        }
        break;
      }
      case 'table':
        drawTable(b.columns, b.rows);
        break;
    }
  }

  function drawTable(columns: PdfColumn[], rows: PdfTableRow[]) {
    const total = columns.reduce((a, c) => a + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * usable);
    const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, w) => a + w, 0));
    const cellLines = (cells: string[], font: PDFFont, header = false) =>
      columns.map((c, i) => {
        const text = safeText(cells[i] ?? '');
        const inner = widths[i]! - 2 * CELL_PAD;
        // Amounts never wrap; text and headers (longer in some languages) do.
        return c.align === 'right' && !header ? [text] : wrapText(text, font, SIZE, inner);
      });
    const drawRow = (cells: string[], font: PDFFont, shade: boolean) => {
      const wrapped = cellLines(cells, font, shade);
      const height = Math.max(...wrapped.map((w) => w.length)) * LINE + 2;
      if (shade)
        page.drawRectangle({
          x: MARGIN,
          y: y - height,
          width: usable,
          height,
          color: rgb(0.94, 0.94, 0.94),
        });
      const top = y;
      wrapped.forEach((ls, i) => {
        y = top - 1;
        for (const l of ls) {
          const w = font.widthOfTextAtSize(l, SIZE);
          const x = columns[i]!.align === 'right' ? xs[i]! + widths[i]! - CELL_PAD - w : xs[i]! + CELL_PAD;
          draw(l, x, { font });
          y -= LINE;
        }
      });
      y = top - height;
      lines.push(wrapped.map((w) => w.join(' ')).join(' | '));
      return height;
    };
    const header = columns.map((c) => c.header);
    const headerHeight = () => Math.max(...cellLines(header, bold, true).map((w) => w.length)) * LINE + 2;
    ensure(headerHeight() + LINE + 2);
    drawRow(header, bold, true);
    for (const r of rows) {
      const font = r.bold ? bold : regular;
      const h = Math.max(...cellLines(r.cells, font).map((w) => w.length)) * LINE + 2;
      if (y - h < bottom) {
        newPage();
        drawRow(header, bold, true);
      }
      drawRow(r.cells, font, false);
      page.drawLine({
        start: { x: MARGIN, y },
        end: { x: A4.width - MARGIN, y },
        thickness: 0.3,
        color: LIGHT,
      });
    }
    y -= 4;
  }

  const pages = doc.getPages();
  const footer = spec.footer ? safeText(spec.footer) : '';
  pages.forEach((p, i) => {
    const label = safeText(spec.pageLabel?.(i + 1, pages.length) ?? `Page ${i + 1} / ${pages.length}`);
    p.drawText(label, {
      x: A4.width - MARGIN - regular.widthOfTextAtSize(label, 7.5),
      y: MARGIN - 10,
      size: 7.5,
      font: regular,
      color: GREY,
    });
    if (footer) {
      const [first] = wrapText(footer, regular, 7.5, usable - 80);
      p.drawText(first ?? '', { x: MARGIN, y: MARGIN - 10, size: 7.5, font: regular, color: GREY });
    }
  });
  if (footer) lines.push(footer);
  return { bytes: await doc.save(), lines, pageCount: pages.length };
}

/** "20 %", "5.5 %", "0 %" from basis points. */
export function formatRate(rateBp: number): string {
  const pct = rateBp / 100;
  return `${rateBp % 100 === 0 ? pct.toFixed(0) : rateBp % 10 === 0 ? pct.toFixed(1) : pct.toFixed(2)} %`;
}

/** "2026-11-21" (UTC). */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
