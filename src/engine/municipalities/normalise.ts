/** Matching key of a municipality or region name: no case, accents, spaces or punctuation, so
 * "Bergen (NH.)" = "Bergen (NH)" = "bergen NH", "Súdwest-Fryslân" = "Sudwest Fryslan" and
 * "Nuenen c.a." = "Nuenen ca". No two municipalities 2016–2026 share a key (tested). */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD') // also splits the "ĳ" ligature into "ij"
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
