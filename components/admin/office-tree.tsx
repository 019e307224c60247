import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";

type Node = { id: string; name: string; type: string; active: boolean; regionCode: string; children: Node[] };

/** The offices of this deployment as a tree; the admin's own office is marked. */
export async function OfficeTree({ roots, ownId }: { roots: Node[]; ownId: string }) {
  const t = await getTranslations("admin.office");
  const tc = await getTranslations("common.officeTypes");
  const render = (nodes: Node[]) => (
    <ul className="space-y-1 border-l border-slate-200 pl-4">
      {nodes.map((node) => (
        <li key={node.id}>
          <span className="inline-flex flex-wrap items-center gap-2 py-1">
            <span className={node.id === ownId ? "font-semibold" : undefined}>{node.name}</span>
            <span className="text-xs text-slate-600">
              {tc(node.type)} · {node.regionCode}
            </span>
            {node.id === ownId ? <Badge tone="sky">{t("yours")}</Badge> : null}
            {node.active ? null : <Badge>{t("inactive")}</Badge>}
          </span>
          {node.children.length ? render(node.children) : null}
        </li>
      ))}
    </ul>
  );
  return render(roots);
}
