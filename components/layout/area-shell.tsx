import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { UnreadBadge } from "@/components/conversations/unread-badge";
import { PwaClient } from "@/components/pwa/pwa-client";
import { getActor } from "@/lib/auth";
import { unreadCount } from "@/lib/conversations/data";
import { residentMore, type NavKey, type TabKey } from "./nav";
import { NavLinks } from "./nav-links";
import { SiteFooter, SiteHeader } from "./site-header";
import { TabIconSvg } from "./tab-icons";

/**
 * Page frame of one audience: header with that area's links, main landmark, footer. With `tabs`
 * (residents) phones get a bottom tab bar with every main destination instead of a top menu
 * that would scroll sideways at 360 px.
 */
export async function AreaShell({ nav, tabs = null, wide = false, children }: { nav: NavKey[]; tabs?: TabKey[] | null; wide?: boolean; children: ReactNode }) {
  const t = await getTranslations("common.nav");
  const tc = await getTranslations("conversations");
  const tp = await getTranslations("common.pwa");
  const actor = nav.some((n) => n.badge) ? await getActor() : null;
  const unread = actor ? await unreadCount(actor) : 0;
  const items = nav.map((n) => ({
    href: n.href,
    label: t(n.key),
    badge: n.badge && actor ? <UnreadBadge initial={unread} label={tc.raw("unreadBadge") as string} /> : undefined,
  }));
  const tabItems = tabs?.map((tab) => ({
    href: tab.href,
    label: t(tab.key),
    icon: <TabIconSvg name={tab.icon} />,
    also: tab.icon === "more" ? residentMore.map((n) => n.href) : undefined,
    // Percakapan lives under "Lainnya" on phones: its unread count shows there (the header menu
    // carrying the other badge is hidden at that width; both share one live connection).
    badge: tab.icon === "more" && actor && residentMore.some((n) => n.badge) ? <UnreadBadge initial={unread} label={tc.raw("unreadBadge") as string} placement="tab" /> : undefined,
  }));
  return (
    <>
      <SiteHeader wide={wide} nav={items} hasTabs={Boolean(tabItems)} />
      <main id="main" className={`mx-auto px-4 py-6 ${wide ? "max-w-7xl" : "max-w-3xl"}`}>
        {children}
      </main>
      <SiteFooter />
      <PwaClient words={{ newVersion: tp("newVersion"), reload: tp("reload"), later: tp("later") }} />
      {tabItems ? (
        <>
          {/* Room for the fixed bar, so it never covers the end of the page. */}
          <div aria-hidden="true" className="h-20 sm:hidden" />
          <nav
            aria-label={t("menu")}
            className="fixed inset-x-0 bottom-0 z-40 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] shadow-[0_-2px_8px_rgba(15,23,42,0.06)] sm:hidden"
          >
            <NavLinks items={tabItems} variant="tabs" />
          </nav>
        </>
      ) : null}
    </>
  );
}
