import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { listOpen311Offices } from "@/lib/open311/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("open311.docs"))("title") };
}

const FILING = `curl -X POST https://contoh.go.id/open311/v2/requests.json \\
  -d api_key=lw_… -d jurisdiction_id=kelurahan-pakansari \\
  -d service_code=jalan-rusak -d lat=-6.4815 -d long=106.8412 \\
  -d "description=Lubang besar di depan SDN 2, dua motor jatuh minggu ini." \\
  -d "attribute[privacy]=PUBLIK"`;

const ANSWER = `[{ "service_request_id": "ADU-PKS-2026-000123", "token": "…",
   "service_notice": "Pengaduan diterima. …", "account_id": null }]`;

export default async function Open311DocsPage() {
  const [t, offices] = await Promise.all([getTranslations("open311.docs"), listOpen311Offices()]);
  const rows: [string, string, string][] = [
    ["GET", "discovery.{json|xml}", t("discovery")],
    ["GET", "services.{json|xml}", t("services")],
    ["GET", "services/{service_code}.{json|xml}", t("service")],
    ["POST", "requests.{json|xml}", t("post")],
    ["GET", "requests.{json|xml}", t("list")],
    ["GET", "requests/{service_request_id}.{json|xml}", t("one")],
    ["GET", "tokens/{token}.{json|xml}", t("token")],
  ];
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("base")}</h2>
        <p><code className="rounded bg-slate-100 px-1 font-mono">/open311/v2/</code></p>
        <p>{t("jurisdiction", { example: offices[0]?.slug ?? "kelurahan-pakansari" })}</p>
        <h3 className="font-semibold">{t("offices")}</h3>
        <ul className="list-inside list-disc">
          {offices.map((o) => (
            <li key={o.slug}>{o.name}: <code className="font-mono">{o.slug}</code></li>
          ))}
        </ul>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("endpoints")}</h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">{t("method")}</th>
                <th scope="col" className="py-2 pr-3">{t("path")}</th>
                <th scope="col" className="py-2">{t("purpose")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([method, path, purpose]) => (
                <tr key={`${method} ${path}`} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3 font-mono">{method}</td>
                  <td className="py-2 pr-3 font-mono break-all">{path}</td>
                  <td className="py-2">{purpose}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("keys")}</h2>
        <p>{t("keysBody")}</p>
        <h2 className="text-lg font-semibold">{t("privacy")}</h2>
        <p>{t("privacyBody")}</p>
        <h2 className="text-lg font-semibold">{t("errors")}</h2>
        <p>{t("errorsBody")}</p>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("examples")}</h2>
        <pre className="overflow-x-auto rounded-lg bg-slate-900 p-3 text-sm text-slate-100"><code>{FILING}</code></pre>
        <pre className="overflow-x-auto rounded-lg bg-slate-900 p-3 text-sm text-slate-100"><code>{ANSWER}</code></pre>
        <pre className="overflow-x-auto rounded-lg bg-slate-900 p-3 text-sm text-slate-100"><code>{`GET /open311/v2/requests/ADU-PKS-2026-000123.xml?jurisdiction_id=kelurahan-pakansari`}</code></pre>
      </section>
    </article>
  );
}
