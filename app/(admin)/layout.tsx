import { IntlProvider } from "@/i18n/client-provider";
import { AreaShell } from "@/components/layout/area-shell";
import { adminNav } from "@/components/layout/nav";
import { requireActor } from "@/lib/auth";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireActor("admin.manage");
  return (
    <AreaShell wide nav={adminNav}>
      <IntlProvider namespaces={["common", "admin", "auth", "catalogue", "complaints", "survey", "open311", "news", "faq", "letters", "antrian", "residents"]}>{children}</IntlProvider>
    </AreaShell>
  );
}
