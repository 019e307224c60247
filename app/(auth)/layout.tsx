import { IntlProvider } from "@/i18n/client-provider";
import { AreaShell } from "@/components/layout/area-shell";
import { publicNav } from "@/components/layout/nav";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <AreaShell nav={publicNav}>
      <IntlProvider namespaces={["common", "auth"]}>{children}</IntlProvider>
    </AreaShell>
  );
}
