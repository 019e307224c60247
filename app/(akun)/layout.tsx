import { LeanIntlProvider } from "@/i18n/lean-provider";
import { AreaShell } from "@/components/layout/area-shell";
import { navFor, tabsFor } from "@/components/layout/nav";
import { requireActor } from "@/lib/auth";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  return (
    <AreaShell nav={navFor(actor.role)} tabs={tabsFor(actor.role)}>
      <LeanIntlProvider namespaces={["common", "auth"]}>{children}</LeanIntlProvider>
    </AreaShell>
  );
}
