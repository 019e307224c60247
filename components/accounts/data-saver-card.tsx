import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { dataSaverState } from "@/lib/http/data-saver";

/**
 * The account's "hemat data" choice on the profile page: always, never, or follow the phone. A
 * plain form posting to /hemat-data (untuk=akun): no JavaScript for a setting meant for weak signals.
 */
export async function DataSaverCard() {
  const [t, state] = await Promise.all([getTranslations("common.dataSaver"), dataSaverState()]);
  const current = state.account === true ? "1" : state.account === false ? "0" : "ikuti";
  const stateWord = state.on ? t("stateOn") : t("stateOff");
  const now =
    state.source === "account" ? t("nowAccount", { state: stateWord })
    : state.source === "device" ? t("nowDevice", { state: stateWord })
    : state.source === "saveData" ? t("nowSaveData")
    : t("nowNone");
  const choices = [
    { value: "1", label: t("choiceOn"), hint: t("choiceOnHint") },
    { value: "0", label: t("choiceOff"), hint: t("choiceOffHint") },
    { value: "ikuti", label: t("choiceFollow"), hint: t("choiceFollowHint") },
  ];
  return (
    <Card>
      <h2 id="hemat-akun" className="mb-1 text-lg font-semibold">{t("accountTitle")}</h2>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <p className="mt-1 text-sm text-slate-700">{t("accountHint")}</p>
      <p className="mt-2 font-medium" data-testid="data-saver-now">{now}</p>
      <form method="post" action="/hemat-data" className="mt-3 space-y-2">
        <input type="hidden" name="untuk" value="akun" />
        <fieldset aria-labelledby="hemat-akun" className="space-y-2">
          {choices.map((c) => (
            <label key={c.value} className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="hemat" value={c.value} defaultChecked={current === c.value} className="shrink-0 mt-1 h-5 w-5 accent-brand-700" />
              <span>
                <span className="block font-medium">{c.label}</span>
                <span className="block text-sm text-slate-600">{c.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="min-h-12 rounded-lg border border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50">
          {t("save")}
        </button>
      </form>
    </Card>
  );
}
