import { IntlProvider } from "@/i18n/client-provider";
import { AreaShell } from "@/components/layout/area-shell";
import { navFor } from "@/components/layout/nav";
import { requireActor } from "@/lib/auth";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  return (
    <AreaShell nav={navFor(actor.role)}>
      <IntlProvider namespaces={["common", "auth"]}>{children}</IntlProvider>
    </AreaShell>
  );
}
