import { html, raw } from 'hono/html';

/**
 * What a catalog page tells search engines and link previews in its <head>: its canonical URL,
 * the same page in the other markets (hreflang), Open Graph tags, JSON-LD. Absolute URLs.
 */
export type SeoHead = {
  canonical: string;
  alternates: Array<{ hreflang: string; href: string }>;
  /** `noindex, follow` for pages that should not be indexed themselves (search results). */
  robots?: string;
  og: {
    type: 'website' | 'product';
    title: string;
    description?: string;
    image?: string;
    /** og:locale form: fr_FR. */
    locale: string;
    localeAlternates: string[];
    siteName: string;
  };
  /** JSON-LD documents, each already serialised by `jsonLdText` (safe inside <script>). */
  jsonLd?: string[];
};

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JavaScript line
 * separators escaped as \uXXXX, so no value can close the script element or open a comment.
 */
export function jsonLdText(doc: unknown): string {
  return JSON.stringify(doc).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function seoHeadTags(seo: SeoHead) {
  const og = seo.og;
  return html`<link rel="canonical" href="${seo.canonical}">
${seo.alternates.map((a) => html`<link rel="alternate" hreflang="${a.hreflang}" href="${a.href}">\n`)}${seo.robots ? html`<meta name="robots" content="${seo.robots}">\n` : ''}<meta property="og:type" content="${og.type}">
<meta property="og:title" content="${og.title}">
${og.description ? html`<meta property="og:description" content="${og.description}">\n` : ''}<meta property="og:url" content="${seo.canonical}">
${og.image ? html`<meta property="og:image" content="${og.image}">\n` : ''}<meta property="og:site_name" content="${og.siteName}">
<meta property="og:locale" content="${og.locale}">
${og.localeAlternates.map((l) => html`<meta property="og:locale:alternate" content="${l}">\n`)}${(seo.jsonLd ?? []).map((j) => html`<script type="application/ld+json">${raw(j)}</script>\n`)}`;
}
