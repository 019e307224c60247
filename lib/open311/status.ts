// Our complaint workflow seen through GeoReport v2: open/closed plus a note in Indonesian.

export type WorkflowStatus = "SUBMITTED" | "VERIFIED" | "DISPOSED" | "FOLLOWED_UP" | "COMPLETED" | "CLOSED" | "REJECTED";

const CLOSED = new Set<WorkflowStatus>(["COMPLETED", "CLOSED", "REJECTED"]);

export function open311Status(status: WorkflowStatus): "open" | "closed" {
  return CLOSED.has(status) ? "closed" : "open";
}

/** Which of our statuses a GeoReport `status` filter selects. */
export function workflowStatusesFor(filter: "open" | "closed"): WorkflowStatus[] {
  const all: WorkflowStatus[] = ["SUBMITTED", "VERIFIED", "DISPOSED", "FOLLOWED_UP", "COMPLETED", "CLOSED", "REJECTED"];
  return all.filter((s) => open311Status(s) === filter);
}

const REJECT_NOTES: Record<string, string> = {
  NOT_RELEVANT: "isi tidak berkaitan dengan layanan kantor ini",
  TOO_GENERAL: "keterangan terlalu umum untuk ditindaklanjuti",
  DUPLICATE: "sama dengan pengaduan lain yang sudah ditangani",
  NOT_AUTHORITY: "bukan kewenangan kantor ini dan diteruskan ke instansi yang berwenang",
};

export function statusNotes(status: WorkflowStatus, facts: { unitName?: string | null; rejectReason?: string | null; referredTo?: string | null }): string {
  switch (status) {
    case "SUBMITTED":
      return "Pengaduan diterima dan menunggu verifikasi petugas.";
    case "VERIFIED":
      return "Pengaduan sudah diverifikasi dan akan diteruskan ke unit yang menangani.";
    case "DISPOSED":
      return facts.unitName ? `Pengaduan diteruskan ke ${facts.unitName} untuk ditindaklanjuti.` : "Pengaduan diteruskan ke unit yang menangani.";
    case "FOLLOWED_UP":
      return "Pengaduan sedang ditindaklanjuti.";
    case "COMPLETED":
      return "Penanganan pengaduan sudah selesai.";
    case "CLOSED":
      return "Pengaduan selesai dan ditutup.";
    case "REJECTED": {
      const reason = (facts.rejectReason && REJECT_NOTES[facts.rejectReason]) || "tidak dapat ditindaklanjuti";
      const referred = facts.rejectReason === "NOT_AUTHORITY" && facts.referredTo ? ` (${facts.referredTo})` : "";
      return `Pengaduan tidak dilanjutkan: ${reason}${referred}.`;
    }
  }
}
