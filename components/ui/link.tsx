import type { ComponentProps } from "react";

// Links of the resident and public pages: a plain <a>. next/link costs every page that uses it
// about 4 KB gzip of JavaScript (Turbopack copies it into each segment's chunk), against the
// 15 KB a page may carry of its own (issue 16), and it prefetches every link in view, which
// spends a resident's data on pages they may never open. Pages are server-rendered and the
// service worker keeps the static chunks, so a full page load is cheap. Staff pages keep next/link.
type Href = string | { pathname?: string; query?: Record<string, string | number | undefined>; hash?: string };
export type LinkProps = Omit<ComponentProps<"a">, "href"> & { href: Href; prefetch?: boolean | null; replace?: boolean; scroll?: boolean };

function toHref(href: Href): string {
  if (typeof href === "string") return href;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(href.query ?? {})) if (value !== undefined) query.set(key, String(value));
  const search = query.toString();
  return `${href.pathname ?? ""}${search ? `?${search}` : ""}${href.hash ? `#${href.hash}` : ""}`;
}

export default function Link({ href, prefetch: _prefetch, replace: _replace, scroll: _scroll, ...rest }: LinkProps) {
  return <a href={toHref(href)} {...rest} />;
}
