import * as z from "zod/mini";
const s = z.object({ a: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(10,"too_long")), b: z.string().check(z.regex(/x/, "bad")) });
console.log(z.safeParse(s, {}));
