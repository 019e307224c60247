import type { z } from "zod";
import { can, type Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";
import { fieldErrorsOf } from "./field-errors";
import type { Failure } from "./result";

/**
 * Who may call an action: a feature permission from lib/auth/policy.ts, any signed-in user, or
 * anyone ("public": the actor is then null when signed out). Record-level rules (this office, this
 * unit, this owner) are the handler's job, through the domain's policy module.
 */
export type Access = Permission | "signed-in" | "public";

export type RateLimitRule = {
  /** Names the counter, e.g. "register"; the key adds the caller's address or account. */
  name: string;
  limit: number;
  windowSeconds: number;
  by?: "ip" | "actor";
};

export type ActionConfig<S extends z.ZodType, A extends Access> = {
  permission: A;
  schema: S;
  /** Turns what the client sent (e.g. FormData) into the object the schema reads. */
  input?: (raw: unknown, actor: Actor | null) => unknown;
  rateLimit?: RateLimitRule | RateLimitRule[];
  /** Paths to revalidate after a successful call (a layout path revalidates every page below it). */
  revalidate?: Revalidation[] | ((input: z.output<S>) => Revalidation[]);
};

/** A page path, every page below a layout path, or a cache tag (e.g. the public catalogue's "catalogue"). */
export type Revalidation = string | { layout: string } | { tag: string };

export type ActionContext<S extends z.ZodType, A extends Access> = {
  actor: A extends "public" ? Actor | null : Actor;
  input: z.output<S>;
  raw: unknown;
  ip: string | null;
};

/** What the pipeline needs from its surroundings; Next.js supplies them in lib/action/index.ts, tests their own. */
export type PipelineEnv = {
  resolveActor: () => Promise<Actor | null>;
  resolveIp: () => Promise<string | null>;
  consumeRateLimit: (key: string, limit: number, windowSeconds: number) => Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }>;
  revalidate: (path: string, type: "page" | "layout") => void;
  /** Expires a cache tag at once, so the caller reads its own write, and on every other instance (its version in PostgreSQL). */
  expireTag: (tag: string) => void | Promise<void>;
};

function allowed(actor: Actor | null, access: Access): boolean {
  if (access === "public") return true;
  if (!actor) return false;
  return access === "signed-in" || can(actor.role, access);
}

/** Prisma's "record to update not found" means the caller named a record outside their reach. */
function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";
}

/** A domain failure may also carry field errors, so clients read one shape whatever the handler returned. */
export type Answer<R> = (R extends { ok: false } ? R & { fieldErrors?: Record<string, string>; retryAfterSeconds?: number } : R) | Failure;

export function createPipeline(env: PipelineEnv) {
  return function action<S extends z.ZodType, A extends Access, R extends { ok: boolean }>(
    config: ActionConfig<S, A>,
    handler: (ctx: ActionContext<S, A>) => Promise<R>,
  ): (raw: unknown) => Promise<Answer<R>> {
    return async (raw: unknown): Promise<Answer<R>> => {
      const actor = await env.resolveActor();
      if (!allowed(actor, config.permission)) return { ok: false, error: "forbidden" };

      const ip = await env.resolveIp();
      for (const rule of [config.rateLimit ?? []].flat()) {
        const who = rule.by === "actor" && actor ? `user:${actor.userId}` : `ip:${ip ?? "unknown"}`;
        const outcome = await env.consumeRateLimit(`${rule.name}:${who}`, rule.limit, rule.windowSeconds);
        if (!outcome.ok) return { ok: false, error: "rate_limited", retryAfterSeconds: outcome.retryAfterSeconds };
      }

      let source: unknown;
      try {
        source = config.input ? config.input(raw, actor) : raw;
      } catch {
        return { ok: false, error: "invalid_input" };
      }
      const parsed = config.schema.safeParse(source);
      if (!parsed.success) return { ok: false, error: "invalid_input", fieldErrors: fieldErrorsOf(parsed.error) };

      let result: R;
      try {
        result = await handler({ actor: actor as ActionContext<S, A>["actor"], input: parsed.data, raw, ip });
      } catch (error) {
        if (isRecordNotFound(error)) return { ok: false, error: "not_found" };
        throw error;
      }
      if (result.ok && config.revalidate) {
        const paths = typeof config.revalidate === "function" ? config.revalidate(parsed.data) : config.revalidate;
        for (const path of paths) {
          if (typeof path === "string") env.revalidate(path, "page");
          else if ("tag" in path) await env.expireTag(path.tag);
          else env.revalidate(path.layout, "layout");
        }
      }
      return result as Answer<R>;
    };
  };
}
