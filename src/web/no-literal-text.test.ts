/**
 * No words written into a page template (issue 13): every word a person reads comes from a message
 * catalog through `t()`. This walks every html`…` tagged template of the scanned directories with
 * the TypeScript compiler API (TypeScript 7: its syntax trees come from `typescript/unstable/sync`,
 * the compiler running beside the test) and reports, as `file:line: text`, the letters found in
 *
 * - text nodes (tags, comments, <script> and <style> removed);
 * - the values of attributes people read: title, alt, aria-label, placeholder, and the content of
 *   meta description / og:* tags;
 * - string literals interpolated where text is read (`${'Dashboard'}`, `${x ? 'Yes' : 'No'}`,
 *   `${name || 'Unknown'}`);
 * - string literals given as the text of a page element to the helpers that render it: the
 *   properties `title`, `label`, `hint`, `description` (`field(form, { label: 'Name' })`,
 *   `layout(ctx, { title: 'Cart' })`) and the argument of `notice('…')`.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  type Expression,
  type Node,
  type SourceFile,
  type StringLiteralLikeNode,
  SyntaxKind,
} from 'typescript/unstable/ast';
import * as is from 'typescript/unstable/ast/is';
import { API } from 'typescript/unstable/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The directories whose templates must hold no literal text. Each area joins the list once its
 * templates read from the catalogs: the seller portal (`src/web/seller`, issue 13 / H2) and the
 * operator console (`src/web/console`, issue 13 / H7) add themselves here.
 */
const SCANNED_DIRS = ['src/web/shop', 'src/web/ui', 'src/web/console', 'src/web/seller'];

/** Words that are the same in every language: the brand. Keep this list short. */
/** The brand, and names of formats and codes no language translates. */
const ALLOWED_WORDS = new Set(['Reloop', 'CSV', 'PDF', 'IMEI']);

/** A message key (`sell.status.approved`) is not text: `t()` reads it. */
const MESSAGE_KEY = /^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/;

const HUMAN_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'placeholder']);
/** Properties whose value a helper renders as text people read. */
const TEXT_PROPERTIES = new Set(['title', 'label', 'hint', 'description']);
/** Helpers whose arguments are text people read. */
const TEXT_FUNCTIONS = new Set(['notice']);

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out.sort();
}

type Finding = { file: string; line: number; text: string };

/** The words of a piece of text that are not allowed: entities and allowed words removed. */
function wordsOf(text: string): string | null {
  if (MESSAGE_KEY.test(text)) return null;
  const cleaned = text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);|\\[nrt]/gi, ' ');
  const words = cleaned.match(/\p{L}+/gu)?.filter((w) => !ALLOWED_WORDS.has(w));
  return words?.length ? cleaned.replace(/\s+/g, ' ').trim() : null;
}

/** String literals an interpolated expression shows as they are (its possible values). */
function literalValues(e: Expression): StringLiteralLikeNode[] {
  if (is.isStringLiteralLikeNode(e)) return [e];
  if (is.isParenthesizedExpression(e)) return literalValues(e.expression);
  if (is.isConditionalExpression(e)) return [...literalValues(e.whenTrue), ...literalValues(e.whenFalse)];
  if (is.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === SyntaxKind.AmpersandAmpersandToken) return literalValues(e.right);
    if (op === SyntaxKind.BarBarToken || op === SyntaxKind.QuestionQuestionToken)
      return [...literalValues(e.left), ...literalValues(e.right)];
  }
  return [];
}

type Piece = { text: string; pos: number } | { expr: Expression };

/** Scan one html`…` template, its static chunks read as one HTML document with holes. */
function scanTemplate(sf: SourceFile, file: string, pieces: Piece[], out: Finding[]) {
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  let state: 'text' | 'tag' | 'comment' | 'raw' = 'text';
  let rawEnd = '';
  let tagSource = '';
  let attrName = '';
  let quote = '';
  let attrValue = '';
  let attrPos = 0;
  let text = '';
  let textPos = -1;
  const flushText = () => {
    const words = wordsOf(text);
    if (words && textPos >= 0) out.push({ file, line: lineOf(textPos), text: words });
    text = '';
    textPos = -1;
  };
  const humanAttr = () =>
    HUMAN_ATTRIBUTES.has(attrName) ||
    (attrName === 'content' && /name="description"|property="og:/.test(tagSource));
  for (const piece of pieces) {
    if ('expr' in piece) {
      const inText = state === 'text';
      const inHumanAttr = state === 'tag' && quote !== '' && humanAttr();
      if (inText || inHumanAttr)
        for (const lit of literalValues(piece.expr)) {
          const words = wordsOf(lit.text);
          if (words) out.push({ file, line: lineOf(lit.getStart(sf)), text: words });
        }
      if (inText) text += ' ';
      continue;
    }
    const s = piece.text;
    for (let i = 0; i < s.length; i++) {
      const ch = s[i]!;
      const pos = piece.pos + i;
      if (state === 'comment') {
        if (s.startsWith('-->', i)) {
          state = 'text';
          i += 2;
        }
      } else if (state === 'raw') {
        if (s.toLowerCase().startsWith(rawEnd, i)) {
          state = 'text';
          i += rawEnd.length - 1;
        }
      } else if (state === 'text') {
        if (s.startsWith('<!--', i)) {
          flushText();
          state = 'comment';
          i += 3;
        } else if (ch === '<' && /[a-z!/]/i.test(s[i + 1] ?? '')) {
          flushText();
          state = 'tag';
          tagSource = '';
          attrName = '';
          quote = '';
        } else {
          if (textPos < 0 && /\S/.test(ch)) textPos = pos;
          text += ch;
        }
      } else {
        // inside a tag
        tagSource += ch;
        if (quote) {
          if (ch === quote) {
            if (humanAttr()) {
              const words = wordsOf(attrValue);
              if (words) out.push({ file, line: lineOf(attrPos), text: `${attrName}="${words}"` });
            }
            quote = '';
            attrName = '';
          } else attrValue += ch;
        } else if (ch === '"' || ch === "'") {
          quote = ch;
          attrValue = '';
          attrPos = pos;
          attrName = /([a-z-]+)\s*=\s*$/i.exec(tagSource.slice(0, -1))?.[1]?.toLowerCase() ?? '';
        } else if (ch === '>') {
          const name = /^\/?([a-z0-9]+)/i.exec(tagSource)?.[1]?.toLowerCase();
          state = 'text';
          if ((name === 'script' || name === 'style') && !tagSource.startsWith('/')) {
            state = 'raw';
            rawEnd = `</${name}`;
          }
        }
      }
    }
  }
  flushText();
}

/** The findings of one source file of the compiler's program. */
function literalTextIn(sf: SourceFile, file: string): Finding[] {
  const source = sf.text;
  const out: Finding[] = [];
  const visit = (node: Node): undefined => {
    if (is.isTaggedTemplateExpression(node) && is.isIdentifier(node.tag) && node.tag.text === 'html') {
      const tpl = node.template;
      const pieces: Piece[] = [];
      // The source text between the backticks and braces keeps positions exact.
      const chunk = (lit: Node, skipEnd: number) => {
        const start = lit.getStart(sf) + 1;
        pieces.push({ text: source.slice(start, lit.getEnd() - skipEnd), pos: start });
      };
      if (is.isNoSubstitutionTemplateLiteral(tpl)) chunk(tpl, 1);
      else if (is.isTemplateExpression(tpl)) {
        chunk(tpl.head, 2);
        for (const span of tpl.templateSpans) {
          pieces.push({ expr: span.expression });
          chunk(span.literal, is.isTemplateTail(span.literal) ? 1 : 2);
        }
      }
      scanTemplate(sf, file, pieces, out);
    }
    const literals: Expression[] = [];
    if (is.isPropertyAssignment(node) && is.isIdentifier(node.name) && TEXT_PROPERTIES.has(node.name.text))
      literals.push(node.initializer);
    if (
      is.isCallExpression(node) &&
      is.isIdentifier(node.expression) &&
      TEXT_FUNCTIONS.has(node.expression.text)
    )
      literals.push(...node.arguments);
    for (const lit of literals.flatMap(literalValues)) {
      const words = wordsOf(lit.text);
      if (words)
        out.push({ file, line: sf.getLineAndCharacterOfPosition(lit.getStart(sf)).line + 1, text: words });
    }
    node.forEachChild(visit);
  };
  visit(sf);
  return out;
}

const ROOT_CONFIG = join(ROOT, 'tsconfig.json');
const SAMPLE = [
  'declare const html: (s: TemplateStringsArray, ...v: unknown[]) => string;',
  'declare const t: (k: string) => string, x: boolean, ok: boolean;',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a sample file
  'export const a = html`<h1 class="title">${t("a")}</h1><p>Hello</p>',
  '<img alt="A photo" src="x"><meta name="description" content="Shop here">',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a sample file
  "<a class=\"${x ? 'on' : 'off'}\" title=\"${\"Open\"}\">${ok ? 'Yes' : 'No'}</a>",
  '<!-- note --><script>let a = "b"</script><span>&nbsp;· Reloop 100 %</span>`;',
  'export const b = { label: "Your name", kind: "text", title: t("x") };',
].join('\n');

describe('no literal text in page templates', () => {
  let api: API;
  let sampleDir: string;
  let snapshot: ReturnType<API['updateSnapshot']>;
  beforeAll(() => {
    sampleDir = mkdtempSync(join(tmpdir(), 'no-literal-text-'));
    writeFileSync(join(sampleDir, 'sample.ts'), SAMPLE);
    writeFileSync(
      join(sampleDir, 'tsconfig.json'),
      JSON.stringify({ files: ['sample.ts'], compilerOptions: { noLib: true } }),
    );
    api = new API({ cwd: ROOT });
    snapshot = api.updateSnapshot({ openProjects: [ROOT_CONFIG, join(sampleDir, 'tsconfig.json')] });
  }, 60_000);
  afterAll(() => {
    api?.close();
    if (sampleDir) rmSync(sampleDir, { recursive: true, force: true });
  });
  const sourceFile = (path: string): SourceFile => {
    const project = snapshot.getDefaultProjectForFile(path);
    const sf = project?.program.getSourceFile(path);
    if (!sf) throw new Error(`${path} is not part of a TypeScript project`);
    return sf;
  };

  it('finds words in text, human-read attributes and interpolated literals (self-test)', () => {
    const found = literalTextIn(sourceFile(join(sampleDir, 'sample.ts')), 'sample.ts');
    expect(found.map((f) => `${f.line}: ${f.text}`)).toEqual([
      '3: Hello',
      '4: alt="A photo"',
      '4: content="Shop here"',
      '5: Open',
      '5: Yes',
      '5: No',
      '7: Your name',
    ]);
  });

  it('every word of the shop and shared UI templates comes from a catalog', () => {
    const findings = SCANNED_DIRS.flatMap((dir) =>
      sourceFiles(join(ROOT, dir)).flatMap((path) => literalTextIn(sourceFile(path), relative(ROOT, path))),
    );
    expect(findings.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });
});
