// By hand: npx tsx test/authz/run-http.ts http://localhost:PORT postgresql://…/layanan_warga
import { runHttpMatrix } from "./http";

const [base, databaseUrl] = process.argv.slice(2);
const result = await runHttpMatrix(base, databaseUrl);
for (const line of result.wrong) console.log(line);
console.log(`${result.entries} entries × ${result.roles} roles = ${result.cells} cells, ${result.passed} as expected, ${result.wrong.length} not`);
process.exit(result.wrong.length ? 1 : 0);
