import { LeanIntlProvider } from "@/i18n/lean-provider";
import { AreaShell } from "@/components/layout/area-shell";
import { publicNav } from "@/components/layout/nav";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <AreaShell nav={publicNav}>
      <LeanIntlProvider namespaces={["common", "auth"]}>{children}</LeanIntlProvider>
    </AreaShell>
  );
}
