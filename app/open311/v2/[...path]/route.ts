import { handleOpen311 } from "@/lib/open311/handler";

// Open311 GeoReport v2 (see /open311 for the developer page).
type Context = { params: Promise<{ path: string[] }> };

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: Context) {
  return handleOpen311(request, (await params).path);
}

export async function POST(request: Request, { params }: Context) {
  return handleOpen311(request, (await params).path);
}
