import * as z from "zod/v4/core";
console.log(z.safeParse);
