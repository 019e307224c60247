// The dashboard's figures as tables: each chart, its accessible table view and its CSV export are
// built from the same Dataset, so what is drawn, what is read and what is downloaded always agree.
// Pure: the caller passes a translator (next-intl's root `t`).
import { AGING_BUCKETS } from "./stats";
import { periodShortLabel } from "./period";
import { UNSUR_CODES, DEFAULT_WORDING } from "@/lib/survey/frame";
import { CATEGORY_NAME } from "@/lib/survey/ikm";
import type { DashboardData } from "./data/overview";

export const CHART_KEYS = [
  "summary",
  "nrr",
  "trend",
  "profile",
  "requestStatus",
  "requestService",
  "channel",
  "aging",
  "complaintCategory",
  "complaintChannel",
] as const;
export type ChartKey = (typeof CHART_KEYS)[number];

export type Cell = string | number | null;
export type Dataset = {
  key: ChartKey;
  columns: string[];
  rows: Cell[][];
  /** How to draw it: which column is the label and which the value. */
  chart?: { type: "bar" | "hbar" | "line"; label: number | number[]; value: number; max?: number };
};

export type Translator = (key: string, values?: Record<string, string | number>) => string;

/** The text a chart draws for one row: one column, or several joined ("U1 Persyaratan"). */
export function chartLabel(row: Cell[], label: number | number[]): string {
  return (Array.isArray(label) ? label : [label]).map((i) => row[i] ?? "").join(" ").trim();
}

export function isChartKey(value: unknown): value is ChartKey {
  return typeof value === "string" && (CHART_KEYS as readonly string[]).includes(value);
}

export function buildDatasets(data: DashboardData, t: Translator, locale = "id"): Record<ChartKey, Dataset> {
  const c = (key: string) => t(`dashboard.columns.${key}`);
  const { survey, requests, complaints, sample } = data;
  const categoryText = survey.category ? `${survey.category} (${CATEGORY_NAME[survey.category]})` : null;
  const profileDims = [
    ["sex", "sexes"],
    ["age_band", "ageBands"],
    ["education", "educations"],
    ["occupation", "occupations"],
  ] as const;

  return {
    summary: {
      key: "summary",
      columns: [c("measure"), c("value")],
      rows: [
        [t("dashboard.kpi.ikm"), survey.ikm],
        [t("dashboard.kpi.category"), categoryText],
        [t("dashboard.kpi.respondents"), survey.respondents],
        [t("dashboard.kpi.sampleTarget"), sample.target],
        [t("dashboard.kpi.delivered"), sample.delivered],
        [t("dashboard.kpi.submitted"), requests.submitted],
        [t("dashboard.kpi.sla"), requests.slaCompliance],
        [t("dashboard.kpi.median"), requests.medianDays],
        [t("dashboard.kpi.p90"), requests.p90Days],
        [t("dashboard.kpi.correction"), requests.correctionRate],
        [t("dashboard.kpi.openAtEnd"), requests.openAtEnd],
        [t("dashboard.kpi.openOverdue"), requests.openOverdue],
        [t("dashboard.kpi.complaints"), complaints.received],
        [t("dashboard.kpi.closed"), complaints.closedRate],
        [t("dashboard.kpi.followUp"), complaints.followUpRate],
      ],
    },
    nrr: {
      key: "nrr",
      columns: [c("code"), c("unsur"), c("answers"), c("nrr"), c("ikmUnsur")],
      rows: survey.unsur.map((u, i) => [
        UNSUR_CODES[i],
        DEFAULT_WORDING[i].name,
        u.count,
        u.nrr === null ? null : Math.round(u.nrr * 1000) / 1000,
        u.value,
      ]),
      // Drawn with code and name ("U1 Persyaratan"), not the code alone (issue 17).
      chart: { type: "hbar", label: [0, 1], value: 3, max: 4 },
    },
    trend: {
      key: "trend",
      columns: [c("period"), c("respondents"), c("ikm"), c("category")],
      rows: data.trend.map((p) => [periodShortLabel(p.period, locale), p.respondents, p.ikm, p.category]),
      chart: { type: "line", label: 0, value: 2, max: 100 },
    },
    profile: {
      key: "profile",
      columns: [c("dimension"), c("group"), c("respondents")],
      rows: profileDims.flatMap(([dim, labels]) =>
        [...data.profile[dim]]
          .sort((a, b) => b.count - a.count)
          .map((g) => [t(`dashboard.profile.${dim}`), g.value ? t(`survey.form.${labels}.${g.value}`) : t("dashboard.profile.none"), g.count]),
      ),
    },
    requestStatus: {
      key: "requestStatus",
      columns: [c("status"), c("requests")],
      rows: requests.byStatus.map((s) => [t(`dashboard.statuses.${s.status}`), s.count]),
      chart: { type: "hbar", label: 0, value: 1 },
    },
    requestService: {
      key: "requestService",
      columns: [c("service"), c("requests")],
      rows: requests.byService.map((s) => [s.name, s.count]),
      chart: { type: "hbar", label: 0, value: 1 },
    },
    channel: {
      key: "channel",
      columns: [c("channel"), c("requests")],
      rows: requests.byChannel.map((s) => [t(`dashboard.channels.${s.channel}`), s.count]),
      chart: { type: "hbar", label: 0, value: 1 },
    },
    aging: {
      key: "aging",
      columns: [c("age"), c("requests")],
      rows: AGING_BUCKETS.map((b) => [t(`dashboard.aging.${b}`), requests.aging[b]]),
      chart: { type: "bar", label: 0, value: 1 },
    },
    complaintCategory: {
      key: "complaintCategory",
      columns: [c("category"), c("complaints")],
      rows: complaints.byCategory.map((s) => [s.name, s.count]),
      chart: { type: "hbar", label: 0, value: 1 },
    },
    complaintChannel: {
      key: "complaintChannel",
      columns: [c("channel"), c("complaints")],
      rows: complaints.byChannel.map((s) => [t(`dashboard.channels.${s.channel}`), s.count]),
      chart: { type: "hbar", label: 0, value: 1 },
    },
  };
}
