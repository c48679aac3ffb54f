import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/http/openapi";

/** The OpenAPI 3.1 document of the JSON API. The same for everyone, so it is built once at build time. */
export const dynamic = "force-static";

export function GET() {
  return NextResponse.json(openApiDocument);
}
