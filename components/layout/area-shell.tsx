import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { UnreadBadge } from "@/components/conversations/live";
import { getActor } from "@/lib/auth";
import { unreadCount } from "@/lib/conversations/data";
import type { NavKey } from "./nav";
import { SiteFooter, SiteHeader } from "./site-header";

/** Page frame of one audience: header with that area's links, main landmark, footer. */
export async function AreaShell({ nav, wide = false, children }: { nav: NavKey[]; wide?: boolean; children: ReactNode }) {
  const t = await getTranslations("common.nav");
  const tc = await getTranslations("conversations");
  const actor = nav.some((n) => n.badge) ? await getActor() : null;
  const unread = actor ? await unreadCount(actor) : 0;
  const items = nav.map((n) => ({
    href: n.href,
    label: t(n.key),
    badge: n.badge && actor ? <UnreadBadge initial={unread} label={tc.raw("unreadBadge") as string} /> : undefined,
  }));
  return (
    <>
      <SiteHeader wide={wide} nav={items} />
      <main id="main" className={`mx-auto px-4 py-6 ${wide ? "max-w-7xl" : "max-w-3xl"}`}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
