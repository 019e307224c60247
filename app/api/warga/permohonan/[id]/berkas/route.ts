import { NextResponse } from "next/server";
import { isSameOrigin } from "@/lib/http/same-origin";
import { uploadAttachmentAction } from "@/lib/requests/actions/resident";

// POST /api/warga/permohonan/:id/berkas (multipart: requirementId, file): one requirement's file of
// the resident's own editable request. The same action as the form's, behind a route so the phone
// can show upload progress and cancel (XMLHttpRequest; a server action call reports neither).
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return NextResponse.json({ ok: false, error: "forbidden" }, { status: 403 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ ok: false, error: "invalid_input" }, { status: 400 });
  }
  form.set("requestId", (await params).id);
  const result = await uploadAttachmentAction(form);
  const status = result.ok ? 200 : result.error === "forbidden" ? 403 : result.error === "rate_limited" ? 429 : result.error === "not_found" ? 404 : result.error === "storage_full" ? 507 : 422;
  return NextResponse.json(result, { status, headers: { "Cache-Control": "no-store" } });
}
