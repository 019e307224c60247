import { getTranslations } from "next-intl/server";
import { ServiceForm } from "@/components/catalogue/admin/service-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listOfficeUnits } from "@/lib/catalogue/data";

export default async function NewServicePage() {
  const actor = await requireActor("admin.manage");
  const [t, units] = await Promise.all([getTranslations("catalogue.admin"), listOfficeUnits(actor)]);
  return (
    <div>
      <PageHeader title={t("newTitle")} />
      <Card>
        <ServiceForm
          serviceId={null}
          units={units}
          initial={{
            name: "", slug: "", summary: "", unitId: "", procedure: "", durationValue: 1, durationUnit: "WORKING_DAYS", feeRupiah: 0,
            product: "", complaintInfo: "", legalBasis: "", digitalResult: false, requiresVerifiedAccount: false, subjectTargets: ["SELF", "HOUSEHOLD"],
          }}
        />
      </Card>
    </div>
  );
}
