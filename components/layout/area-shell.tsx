import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { NavKey } from "./nav";
import { SiteFooter, SiteHeader } from "./site-header";

/** Page frame of one audience: header with that area's links, main landmark, footer. */
export async function AreaShell({ nav, wide = false, children }: { nav: NavKey[]; wide?: boolean; children: ReactNode }) {
  const t = await getTranslations("common.nav");
  return (
    <>
      <SiteHeader wide={wide} nav={nav.map((n) => ({ href: n.href, label: t(n.key) }))} />
      <main id="main" className={`mx-auto px-4 py-6 ${wide ? "max-w-7xl" : "max-w-3xl"}`}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
