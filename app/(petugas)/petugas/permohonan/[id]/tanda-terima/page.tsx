import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReceiptSheet } from "@/components/requests/staff/receipt";
import { ButtonLink } from "@/components/ui/button";
import { requireActor } from "@/lib/auth";
import { getReceipt } from "@/lib/requests/data/staff/detail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.receipt"))("title") };
}

export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor("request.queue");
  const receipt = await getReceipt(actor, id);
  if (!receipt) notFound();
  const t = await getTranslations("staff.receipt");
  return (
    <>
      <div className="no-print mb-4 flex flex-wrap gap-2">
        <ButtonLink size="sm" variant="secondary" href={`/petugas/permohonan/${receipt.id}`}>{t("back")}</ButtonLink>
        <ButtonLink size="sm" variant="secondary" href="/petugas/permohonan/baru">{t("newWalkIn")}</ButtonLink>
      </div>
      <ReceiptSheet receipt={receipt} />
    </>
  );
}
