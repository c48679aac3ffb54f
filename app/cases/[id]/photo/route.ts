import { auth } from "@/lib/auth";
import { AGENT_ROLES, caseById } from "@/lib/cases/service";
import { readPhoto } from "@/lib/uploads/store";

/** The label photo, for the case's owner and support agents only; everyone else gets the same 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  const { id } = await params;
  const c = session?.user ? await caseById(id) : null;
  const allowed = !!c && !!session?.user && (c.userId === session.user.id || AGENT_ROLES.includes(session.user.role));
  const photo = allowed && c.photoId ? await readPhoto(c.photoId) : null;
  if (!photo) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  return new Response(new Uint8Array(photo), {
    headers: { "content-type": "image/jpeg", "cache-control": "private, no-store", "x-content-type-options": "nosniff", "content-disposition": "inline" },
  });
}
