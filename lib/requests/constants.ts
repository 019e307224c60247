// Plain constants shared by client components and the zod schemas (kept free of zod so the
// resident's phone does not download the validator just for a list of options).

export const RELATIONS = ["SELF", "SPOUSE", "CHILD", "PARENT", "OTHER_KK"] as const;
export type Relation = (typeof RELATIONS)[number];
/** The start form's choice "Orang lain" (a person outside the KK), sent as its residentId. */
export const OTHER_PERSON = "orang-lain";

export const STATUS_FILTERS = ["DRAFT", "SUBMITTED", "VERIFIED", "NEEDS_CORRECTION", "PROCESSING", "COMPLETED", "REJECTED", "CANCELLED"] as const;
