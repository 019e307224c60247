// Which link of a menu is the current page: the longest href that is the path itself or one of its
// parents ("/warga/permohonan" for "/warga/permohonan/123"), so "/warga" is current only on the
// home page when a deeper link matches. Links may also claim other paths (`also`): the "Lainnya"
// tab is current on every page listed under it.
export type MatchableLink = { href: string; also?: readonly string[] };

const within = (path: string, href: string) => path === href || (href !== "/" && path.startsWith(`${href}/`));

export function currentLink(pathname: string, links: readonly MatchableLink[]): string | null {
  let best: { href: string; length: number } | null = null;
  for (const link of links) {
    for (const candidate of [link.href, ...(link.also ?? [])]) {
      if (within(pathname, candidate) && (!best || candidate.length > best.length)) best = { href: link.href, length: candidate.length };
    }
  }
  return best?.href ?? null;
}
