import { IntlProvider } from "@/i18n/client-provider";
import { AreaShell } from "@/components/layout/area-shell";
import { navFor } from "@/components/layout/nav";
import { requireActor } from "@/lib/auth";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor("request.queue");
  return (
    <AreaShell wide nav={navFor(actor.role)}>
      <IntlProvider namespaces={["common", "staff", "complaints", "fields", "letters", "antrian", "residents"]}>{children}</IntlProvider>
    </AreaShell>
  );
}
