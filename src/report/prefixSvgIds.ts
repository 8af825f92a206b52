/**
 * An SVG whose ids are renamed `<prefix>1`, `<prefix>2`, … in order of first appearance, with every
 * reference to them (`url(#id)`, `href="#id"`) renamed alike. Several charts can then sit inline
 * in one HTML document: vega numbers its clip paths with a process-wide counter (clip1, clip2, …),
 * so two charts could share an id and clip each other, and the same chart drawn twice would get
 * different ids (different report bytes for the same inputs). Never throws.
 *
 * @example
 * prefixSvgIds('<clipPath id="clip7"/><g clip-path="url(#clip7)"/>', 'f2-');
 * // => '<clipPath id="f2-1"/><g clip-path="url(#f2-1)"/>'
 */
export function prefixSvgIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!names.has(m[1])) names.set(m[1], `${prefix}${names.size + 1}`);
  const rename = (id: string) => names.get(id) ?? id;
  return svg
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${rename(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${rename(id)}"`);
}
