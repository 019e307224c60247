import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";

export default async function Page() {
  const actor = await requireActor();
  return <PageHeader title="Beranda petugas" description={actor.name} />;
}
