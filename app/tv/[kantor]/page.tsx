import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { tvLabels } from "@/components/antrian/labels";
import { TvBoard } from "@/components/antrian/tv-board";
import { loadQueueStatus } from "@/lib/antrian/data/public";

type Params = Promise<{ kantor: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const status = await loadQueueStatus((await params).kantor);
  return { title: status ? `TV · ${status.office.name}` : "TV" };
}

/** The waiting-room TV: no login, read-only, full screen. Outside every area layout on purpose. */
export default async function TvPage({ params }: { params: Params }) {
  const status = await loadQueueStatus((await params).kantor);
  if (!status) notFound();
  return <TvBoard initial={status} labels={await tvLabels()} />;
}
