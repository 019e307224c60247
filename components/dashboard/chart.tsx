"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartPoint = { label: string; value: number | null };

import { wrapLabel } from "@/lib/dashboard/wrap-label";

const BRAND = "#0b634a";

/** A y-axis label written on as many lines as it needs, right-aligned against the bars. */
function WrappedTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const lines = wrapLabel(String(payload?.value ?? ""));
  return (
    <text x={x} y={y} textAnchor="end" fontSize={11} fill="#334155">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.55}em` : "1.1em"}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * One chart of the dashboard. Purely visual: the same numbers are in the table beside it, so the
 * drawing is hidden from screen readers (the card gives it an accessible summary).
 */
export function Chart({ type, data, max }: { type: "bar" | "hbar" | "line"; data: ChartPoint[]; max?: number }) {
  if (type === "line") {
    return (
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 16, right: 16, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis domain={[25, max ?? "auto"]} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Line type="monotone" dataKey="value" stroke={BRAND} strokeWidth={2} connectNulls dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    );
  }
  if (type === "hbar") {
    // Each bar gets room for its wrapped label, so full names stay readable at 360 px.
    const height = Math.max(120, data.reduce((h, d) => h + Math.max(34, wrapLabel(d.label).length * 14 + 10), 0) + 30);
    return (
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 32, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" allowDecimals={max !== undefined} domain={[0, max ?? "auto"]} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={130} interval={0} tick={<WrappedTick />} />
          <Tooltip />
          <Bar dataKey="value" fill={BRAND} isAnimationActive={false}>
            <LabelList dataKey="value" position="right" fontSize={11} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    );
  }
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={data} margin={{ top: 16, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
        <YAxis domain={[0, max ?? "auto"]} allowDecimals tick={{ fontSize: 12 }} />
        <Tooltip />
        <Bar dataKey="value" fill={BRAND} isAnimationActive={false}>
          <LabelList dataKey="value" position="top" fontSize={11} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
