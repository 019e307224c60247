import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { FeeBadge } from "./fee-badge";

type Props = {
  href: string;
  service: {
    name: string;
    summary: string;
    durationValue: number;
    durationUnit: "WORKING_DAYS" | "HOURS" | "MINUTES";
    feeRupiah: number;
    digitalResult: boolean;
    unit: { name: string };
  };
};

/** One service in a list: the whole card is the link, so it is an easy target on a phone. */
export async function ServiceCard({ href, service }: Props) {
  const t = await getTranslations("catalogue");
  return (
    <li>
      <Link href={href} className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 focus-visible:border-brand-600">
        <h3 className="text-lg font-semibold text-brand-800">{service.name}</h3>
        <p className="mt-1 text-sm text-slate-700">{service.summary}</p>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <Badge tone="sky">{t(`duration.${service.durationUnit}`, { value: service.durationValue })}</Badge>
          <FeeBadge fee={service.feeRupiah} />
          {service.digitalResult ? <Badge>{t("digital")}</Badge> : null}
          <span className="text-slate-600">· {service.unit.name}</span>
        </div>
      </Link>
    </li>
  );
}
