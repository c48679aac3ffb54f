/** The one-line result of an action: a status when it worked, an alert when it did not. */
export function NoticeBanner({ notice, className = "" }: { notice: { ok: boolean; text: string }; className?: string }) {
  return (
    <p role={notice.ok ? "status" : "alert"} className={`rounded-md p-3 text-sm ${notice.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700"} ${className}`}>
      {notice.text}
    </p>
  );
}
