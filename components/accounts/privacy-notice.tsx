import { getTranslations } from "next-intl/server";

// The notice required by UU 27/2022 (Pelindungan Data Pribadi) before consent is given:
// what is collected, why, who sees it, how long it is kept, and the person's rights.
const sections = ["what", "why", "who", "howLong", "rights"] as const;

export async function PrivacyNotice() {
  const t = await getTranslations("auth.privacy");
  return (
    <section id="privasi" aria-labelledby="privasi-title" className="scroll-mt-4 rounded-xl border border-slate-200 bg-white p-4 text-sm leading-relaxed sm:p-6">
      <h2 id="privasi-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      <dl className="mt-3 space-y-3">
        {sections.map((key) => (
          <div key={key}>
            <dt className="font-semibold text-slate-900">{t(`${key}.title`)}</dt>
            <dd className="text-slate-700">{t(`${key}.body`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
