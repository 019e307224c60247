// Without zod, so the resident form can import it without a schema library (issue 16).
export const FEEDBACK_KINDS = ["KRITIK", "SARAN"] as const;
