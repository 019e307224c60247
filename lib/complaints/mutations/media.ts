import "server-only";
import { db } from "@/lib/db";
import { JobError, type JobHandler } from "@/lib/jobs/drain";
import { loopbackAllowedByEnv } from "@/lib/http/outbound-address";
import { fetchOutside, type OutboundFailure } from "@/lib/http/outbound-fetch";
import { MAX_PHOTO_BYTES } from "../constants";
import { discardPhotos, storeComplaintPhotos } from "./photos";

// An Open311 client may send `media_url` with a complaint. Staff should never have to open an
// unknown outside link, so a job (kind below, queued by the filing transaction) fetches it once
// into the private store as the complaint's photo, through the same upload pipeline as a
// resident's photo (type by magic bytes, re-encoded, metadata removed). What cannot be fetched is
// said in the complaint's history; the URL itself stays on the complaint as plain text.

export const FETCH_MEDIA_JOB = "complaint.fetch_media";

const MB = Math.round(MAX_PHOTO_BYTES / 1024 / 1024);

/** Why the media is missing, in the words staff read in the complaint's history. */
export function mediaFailureNote(reason: OutboundFailure, status?: number): string {
  const why: Record<OutboundFailure, string> = {
    invalid_url: "alamatnya bukan tautan http(s) yang sah",
    blocked_address: "alamatnya menunjuk ke jaringan internal atau lokal, yang tidak boleh dihubungi server",
    timeout: "server media tidak menjawab dalam 10 detik",
    network: "server media tidak dapat dihubungi",
    http_status: `server media menjawab dengan kode HTTP ${status ?? "?"}`,
    too_large: `berkasnya lebih besar dari batas ${MB} MB`,
    wrong_type: "berkasnya bukan foto (JPG, PNG, WebP, HEIC atau AVIF)",
    too_many_redirects: "tautannya dialihkan (redirect) lebih dari 3 kali",
  };
  return `Media dari aplikasi pengirim tidak dapat diambil: ${why[reason]}. Tautan aslinya tercatat sebagai teks pada laporan ini; jangan dibuka bila sumbernya tidak dikenal.`;
}

type Payload = { complaintId: string };

/** Writes the note, then ends the job as failed (no further attempt) so operators see it in the jobs table too. */
async function recordFailure(complaintId: string, reason: OutboundFailure, status?: number): Promise<never> {
  await db.complaintEvent.create({
    data: { complaintId, type: "complaint.media_failed", public: false, note: mediaFailureNote(reason, status), data: { reason, ...(status ? { status } : {}) } },
  });
  throw new JobError(`media not fetched: ${reason}${status ? ` ${status}` : ""}`, false);
}

/**
 * The job's handler. Retries only what another attempt can change (timeouts, 5xx); the failure is
 * written to the history once, on the last attempt. Idempotent: a complaint whose media was
 * already fetched or refused is left alone (a job reclaimed after a crash does not attach twice).
 */
export function fetchComplaintMediaHandler(options: { allowLoopback?: boolean; timeoutMs?: number } = {}): JobHandler {
  return async (payload, job) => {
    const { complaintId } = payload as Payload;
    const complaint = await db.complaint.findUnique({
      where: { id: complaintId },
      select: { id: true, officeId: true, mediaUrl: true, events: { where: { type: { in: ["complaint.media_fetched", "complaint.media_failed"] } }, select: { id: true }, take: 1 } },
    });
    if (!complaint?.mediaUrl || complaint.events.length) return;

    const fetched = await fetchOutside(complaint.mediaUrl, {
      maxBytes: MAX_PHOTO_BYTES,
      acceptContentType: (type) => type.startsWith("image/"),
      allowLoopback: options.allowLoopback ?? loopbackAllowedByEnv(),
      timeoutMs: options.timeoutMs,
    });
    if (!fetched.ok) {
      if (fetched.retryable && !job.lastAttempt) throw new JobError(`${fetched.reason}${fetched.status ? ` ${fetched.status}` : ""}`, true);
      return recordFailure(complaint.id, fetched.reason, fetched.status);
    }
    // The header said image; the bytes decide (an HTML page or a script labelled image/png is refused here).
    const stored = await storeComplaintPhotos([{ bytes: fetched.bytes }], complaint.officeId, null, "foto");
    if (!stored.ok) {
      return recordFailure(complaint.id, stored.error === "too_large" ? "too_large" : "wrong_type");
    }
    try {
      await db.$transaction(async (tx) => {
        await tx.complaintAttachment.create({ data: { complaintId: complaint.id, fileId: stored.fileIds[0] } });
        await tx.complaintEvent.create({ data: { complaintId: complaint.id, type: "complaint.media_fetched", public: false, data: { fileId: stored.fileIds[0] } } });
      });
    } catch (error) {
      await discardPhotos(stored.fileIds);
      throw error;
    }
  };
}
