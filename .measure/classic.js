import { z } from "zod";
const s = z.object({ a: z.string().trim().min(1) }); console.log(s.safeParse({}));
