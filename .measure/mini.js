import * as z from "zod/mini";
const s = z.object({ a: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(10,"too_long")), b: z.pipe(z.string(), z.transform((v)=>v.toLowerCase())).check(z.refine((v)=>/x/.test(v), "bad")), c: z.enum(["A","B"]) }).check(z.refine((v)=>v.a!==v.b, {message:"m", path:["b"]}));
console.log(z.safeParse(s, {}));
