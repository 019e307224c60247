import { AreaShell } from "@/components/layout/area-shell";
import { residentNav } from "@/components/layout/nav";
import { requireActor } from "@/lib/auth";

export default async function ResidentLayout({ children }: { children: React.ReactNode }) {
  await requireActor("resident.self");
  return <AreaShell nav={residentNav}>{children}</AreaShell>;
}
