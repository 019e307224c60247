import { DataSaverToggle } from "./data-saver-toggle";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { logoutAction } from "@/lib/auth/actions";
import { homePath } from "@/lib/auth/policy";
import { LanguageSwitch } from "./language-switch";
import { NavLinks, type NavLinkItem } from "./nav-links";
import { NotificationBell } from "@/components/notifications/bell";
import { SignOutForm } from "@/components/pwa/sign-out-form";
import { unreadCount } from "@/lib/notifications/data";

export type NavItem = NavLinkItem;

/** Top bar shared by every audience; `nav` holds the links of the area the page belongs to. */
/** With `hasTabs` (residents) the top menu shows from the sm breakpoint up; phones get the tab bar instead. */
export async function SiteHeader({ nav = [], wide = false, hasTabs = false }: { nav?: NavItem[]; wide?: boolean; hasTabs?: boolean }) {
  const t = await getTranslations("common");
  const actor = await getActor();
  const tn = await getTranslations("notifications.bell");
  const unread = actor ? await unreadCount(actor.userId) : 0;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className={`mx-auto flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 ${wide ? "max-w-7xl" : "max-w-3xl"}`}>
        <Link href={actor ? homePath(actor.role) : "/"} className="flex min-h-11 items-center text-lg font-bold text-brand-700">
          {t("appName")}
        </Link>
        {nav.length ? (
          <nav aria-label={t("nav.menu")} className={`order-3 w-full ${hasTabs ? "hidden sm:block" : ""}`}>
            <NavLinks items={nav} variant="bar" />
          </nav>
        ) : null}
        <div className="ml-auto flex items-center gap-2">
          <LanguageSwitch />
          {actor ? (
            <>
              <NotificationBell initial={unread} labels={{ none: tn("unread", { count: 0 }), some: tn("unread", { count: 2 }).replace("2", "#") }} />
              <Link href="/profil" className="hidden min-h-11 items-center rounded-lg px-2 text-sm text-slate-700 hover:bg-slate-100 sm:flex">
                {actor.name} · {t(`roles.${actor.role}`)}
              </Link>
              <SignOutForm action={logoutAction}>
                <button type="submit" className="min-h-11 rounded-lg px-3 text-sm font-medium text-brand-700 hover:bg-brand-50">
                  {t("nav.logout")}
                </button>
              </SignOutForm>
            </>
          ) : (
            <Link href="/masuk" className="flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-brand-700 hover:bg-brand-50">
              {t("nav.login")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-sm text-slate-600">
        <p>{t("footer.privacy")}</p>
        <DataSaverToggle compact />
      </div>
    </footer>
  );
}
