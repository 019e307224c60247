import type { Dataset } from "@/lib/dashboard/datasets";

/** The rows of a chart as a plain table (screen readers, copy and paste, small screens). */
export function DataTable({ dataset, caption }: { dataset: Dataset; caption: string }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {dataset.columns.map((col) => (
              <th key={col} scope="col" className="px-2 py-1 font-semibold">{col}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dataset.rows.map((row, i) => (
            <tr key={i} className="border-b border-slate-100">
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className="px-2 py-1 font-normal">{cell ?? "—"}</th>
                ) : (
                  <td key={j} className={`px-2 py-1 ${typeof cell === "number" ? "text-right tabular-nums" : ""}`}>{cell ?? "—"}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
