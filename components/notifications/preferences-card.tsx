import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/types";
import { loadPreferences } from "@/lib/notifications/data";
import { savePreferencesForm } from "@/lib/notifications/actions";

const CHANNELS = ["email", "sms", "whatsapp", "push"] as const;

/** Profile section: outside channels per kind of event (in-app is always on). Plain form, no client JS. */
export async function PreferencesCard({ actor, saved, hasEmail, hasPhone }: { actor: Actor; saved: string | undefined; hasEmail: boolean; hasPhone: boolean }) {
  const [t, prefs] = await Promise.all([getTranslations("notifications.prefs"), loadPreferences(actor)]);
  return (
    <Card>
      <h2 id="pemberitahuan" className="mb-1 text-lg font-semibold">{t("title")}</h2>
      <p className="mb-4 text-sm text-slate-700">{t("description")}</p>
      {saved === "saved" ? <p role="status" className="mb-3 rounded-lg bg-green-50 p-3 text-green-900">{t("saved")}</p> : null}
      <form action={savePreferencesForm} className="space-y-4">
        {prefs.map(({ category, preference }) => (
          <fieldset key={category} className="rounded-lg border border-slate-200 p-3">
            <legend className="px-1 font-medium">{t(`categories.${category}`)}</legend>
            <input type="hidden" name="category" value={category} />
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
              {CHANNELS.map((channel) => (
                <label key={channel} className="flex min-h-11 items-center gap-2">
                  <input type="checkbox" name={`${category}.${channel}`} defaultChecked={preference[channel]} className="shrink-0 h-5 w-5" />
                  {t(channel)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        {!hasEmail ? <p className="text-sm text-slate-700">{t("noEmail")}</p> : null}
        {!hasPhone ? <p className="text-sm text-slate-700">{t("noPhone")}</p> : null}
        <p className="text-sm text-slate-700">{t("mandatory")}</p>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">{t("save")}</button>
      </form>
    </Card>
  );
}
