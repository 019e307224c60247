import { LeanIntlProvider } from "@/i18n/lean-provider";

// Complaint forms and reporter actions are client components that use i18n/lean (see i18n/lean.tsx).
export default function ResidentComplaintsLayout({ children }: { children: React.ReactNode }) {
  return <LeanIntlProvider namespaces={["common", "complaints"]}>{children}</LeanIntlProvider>;
}
