import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/types";
import { hasSavedPreferences } from "@/lib/notifications/data";

/** Until a resident has chosen their channels (e.g. right after registering), suggest one outside the app. */
export async function ChannelSuggestion({ actor }: { actor: Actor }) {
  if (await hasSavedPreferences(actor)) return null;
  const t = await getTranslations("notifications.suggest");
  return (
    <aside className="rounded-xl border border-slate-200 bg-brand-50 p-4" aria-labelledby="suggest-channel">
      <h2 id="suggest-channel" className="font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("body")}</p>
      <Link href="/profil#pemberitahuan" className="mt-2 inline-flex min-h-11 items-center font-medium text-brand-700 underline">{t("link")}</Link>
    </aside>
  );
}
