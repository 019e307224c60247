import { AreaShell } from "@/components/layout/area-shell";
import { navFor, tabsFor } from "@/components/layout/nav";
import { getActor } from "@/lib/auth";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  return <AreaShell nav={navFor(actor?.role ?? null)} tabs={tabsFor(actor?.role ?? null)}>{children}</AreaShell>;
}
