import { IntlProvider } from "@/i18n/client-provider";
import { AreaShell } from "@/components/layout/area-shell";
import { navFor } from "@/components/layout/nav";
import { requireActor } from "@/lib/auth";

export default async function SupervisorLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor("dashboard.view");
  return (
    <AreaShell wide nav={navFor(actor.role)}>
      <IntlProvider namespaces={["common", "survey", "dashboard", "staff", "letters"]}>{children}</IntlProvider>
    </AreaShell>
  );
}
