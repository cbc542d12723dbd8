import { inflateSync } from 'node:zlib';

const winAnsi = new TextDecoder('windows-1252');

/**
 * The text a PDF made by `src/modules/documents/pdf.ts` draws: pdf-lib writes each string as
 * `<hex> Tj` in Flate streams, encoded in WinAnsi (Windows-1252) for the standard fonts.
 */
export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      body = m[1] ?? '';
    }
    for (const h of body.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
      out.push(winAnsi.decode(Buffer.from(h[1] ?? '', 'hex')));
  }
  return out.join('\n');
}
