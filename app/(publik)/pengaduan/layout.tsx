import { IntlProvider } from "@/i18n/client-provider";

// The feedback form is a client component that uses next-intl (see i18n/client-provider.tsx).
export default function PublicComplaintsLayout({ children }: { children: React.ReactNode }) {
  return <IntlProvider namespaces={["common", "complaints"]}>{children}</IntlProvider>;
}
