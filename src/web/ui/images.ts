/** Generated placeholder product images: a device silhouette in the product's hue. */
export function productPlaceholderSvg(p: { name: string; imageHue: number; kind: string }): string {
  const hue = p.imageHue;
  const bg = `hsl(${hue} 45% 92%)`;
  const fg = `hsl(${hue} 35% 35%)`;
  const shapes: Record<string, string> = {
    phone: `<rect x="150" y="50" width="100" height="200" rx="16" fill="${fg}"/><rect x="158" y="66" width="84" height="166" rx="6" fill="${bg}"/>`,
    laptop: `<rect x="100" y="80" width="200" height="120" rx="8" fill="${fg}"/><rect x="110" y="90" width="180" height="100" fill="${bg}"/><rect x="80" y="200" width="240" height="14" rx="6" fill="${fg}"/>`,
    tablet: `<rect x="120" y="60" width="160" height="190" rx="14" fill="${fg}"/><rect x="130" y="72" width="140" height="166" rx="4" fill="${bg}"/>`,
    console: `<rect x="110" y="110" width="180" height="80" rx="30" fill="${fg}"/><circle cx="150" cy="150" r="12" fill="${bg}"/><circle cx="250" cy="150" r="12" fill="${bg}"/>`,
    watch: `<rect x="175" y="50" width="50" height="200" rx="10" fill="${fg}" opacity=".6"/><rect x="160" y="100" width="80" height="100" rx="18" fill="${fg}"/><rect x="168" y="108" width="64" height="84" rx="12" fill="${bg}"/>`,
    audio: `<path d="M130 170 a70 70 0 0 1 140 0" stroke="${fg}" stroke-width="14" fill="none"/><rect x="115" y="160" width="34" height="60" rx="12" fill="${fg}"/><rect x="251" y="160" width="34" height="60" rx="12" fill="${fg}"/>`,
  };
  const shape = shapes[p.kind] ?? shapes.phone!;
  const label = p.name.replace(/[<>&"]/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" role="img" aria-label="${label}"><rect width="400" height="300" fill="${bg}"/>${shape}</svg>`;
}

export function kindOfCategory(rootSlug: string | undefined): string {
  const map: Record<string, string> = {
    smartphones: 'phone',
    laptops: 'laptop',
    tablets: 'tablet',
    consoles: 'console',
    watches: 'watch',
    audio: 'audio',
  };
  return map[rootSlug ?? ''] ?? 'phone';
}
