import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OfficeHome } from "@/components/offices/office-home";
import { getPublicOffice } from "@/lib/news/data";
import { getOfficeHome } from "@/lib/offices/home";

type Props = { params: Promise<{ kantor: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const office = await getPublicOffice((await params).kantor);
  return office ? { title: office.name, description: office.address } : {};
}

export default async function OfficeHomePage({ params }: Props) {
  const office = await getPublicOffice((await params).kantor);
  if (!office) notFound();
  const home = await getOfficeHome(office.id, new Date());
  if (!home) notFound();
  return <OfficeHome home={home} headingLevel={1} />;
}
