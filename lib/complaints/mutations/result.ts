// Result shapes shared by the complaint mutations (serialisable; codes, never sentences).
export type Failure = {
  ok: false;
  error: "forbidden" | "not_found" | "conflict" | "invalid_transition" | "invalid" | "reopen_expired" | "upload";
  fieldErrors?: Record<string, string>;
};

export const fail = (error: Failure["error"], fieldErrors?: Record<string, string>): Failure =>
  fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
