import { AreaShell } from "@/components/layout/area-shell";
import { residentNav, residentTabs } from "@/components/layout/nav";
import { requireActor } from "@/lib/auth";

export default async function ResidentLayout({ children }: { children: React.ReactNode }) {
  await requireActor("resident.self");
  return <AreaShell nav={residentNav} tabs={residentTabs}>{children}</AreaShell>;
}
