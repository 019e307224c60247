import { IntlProvider } from "@/i18n/client-provider";

// Complaint forms and reporter actions are client components that use next-intl (see i18n/client-provider.tsx).
export default function ResidentComplaintsLayout({ children }: { children: React.ReactNode }) {
  return <IntlProvider namespaces={["common", "complaints"]}>{children}</IntlProvider>;
}
