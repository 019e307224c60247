import { getFormatter, getTranslations } from "next-intl/server";

type Identity = {
  nik: string; kkNumber: string; fullName: string; birthPlace: string; birthDate: Date; sex: "L" | "P";
  kelurahan: string; kecamatan: string | null; verifiedAt: Date | null;
  office: { name: string; phone: string | null; address: string };
};

/** Identity data as registered; read-only because it must match the civil registry (Dukcapil). */
export async function ResidentIdentity({ identity }: { identity: Identity }) {
  const t = await getTranslations("auth.profile");
  const format = await getFormatter();
  const rows: [string, string][] = [
    [t("nik"), identity.nik],
    [t("kk"), identity.kkNumber],
    [t("fullName"), identity.fullName],
    [t("birth"), `${identity.birthPlace}, ${format.dateTime(identity.birthDate, { dateStyle: "long", timeZone: "UTC" })}`],
    [t("sex"), t(identity.sex === "L" ? "male" : "female")],
    [t("kelurahan"), identity.kecamatan ? `${identity.kelurahan}, ${identity.kecamatan}` : identity.kelurahan],
    [t("verified"), identity.verifiedAt ? t("verifiedYes") : t("verifiedNo")],
  ];
  return (
    <div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="font-medium break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 rounded-lg bg-slate-50 p-3 text-sm text-slate-700">
        {t("identityLocked", { office: identity.office.name, phone: identity.office.phone ?? "-" })}
      </p>
    </div>
  );
}
