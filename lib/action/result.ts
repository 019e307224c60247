// What every server action answers: success with its data, or a failure code (a union per domain)
// plus codes per field. Serializable, never a sentence: the UI owns the words.

/** Failures the pipeline itself produces, before or around any domain handler. */
export type PipelineError = "forbidden" | "invalid_input" | "not_found" | "rate_limited";

export type Failure<E extends string = never> = {
  ok: false;
  error: E | PipelineError;
  fieldErrors?: Record<string, string>;
  retryAfterSeconds?: number;
};

export type Success<T extends object = object> = { ok: true } & T;

export type ActionResult<T extends object = object, E extends string = never> = Success<T> | Failure<E>;

export function fail<E extends string>(error: E, fieldErrors?: Record<string, string>): Failure<E> {
  return fieldErrors && Object.keys(fieldErrors).length ? { ok: false, error, fieldErrors } : { ok: false, error };
}

export function ok<T extends object>(data?: T): Success<T> {
  return { ok: true, ...(data as T) };
}
