"use client";

import { useEffect, useState } from "react";

const ENGLISH = { strength: "Password strength: {label}", labels: ["Too weak", "Weak", "Fair", "Good", "Strong"] };

/** The meter's words in the page's language: `{label}` is filled with one of the five labels, weakest first. */
export type StrengthWords = { strength: string; labels: string[] };
const colors = ["bg-red-600", "bg-red-500", "bg-amber-500", "bg-lime-600", "bg-green-600"] as const;

/** A rough guide while typing; the server's rule (length, three of four kinds, not common) decides. */
export function strengthOf(pw: string): number {
  if (!pw) return 0;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;
  if (pw.length < 8 || kinds < 3) return 1;
  let score = 2;
  if (pw.length >= 12) score++;
  if (pw.length >= 16 || (kinds === 4 && pw.length >= 10)) score++;
  if (/(.)\1\1/.test(pw) || /^(?:password|qwerty|123456|admin)/i.test(pw)) score = Math.min(score, 2);
  return Math.min(score, 4);
}

/** The strength meter under a new-password field; it watches the input by id (nothing without JavaScript). */
export function PasswordStrength({ inputId, words = ENGLISH }: { inputId: string; words?: StrengthWords }) {
  const [score, setScore] = useState<number | null>(null);
  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    if (!input) return;
    const update = () => setScore(input.value ? strengthOf(input.value) : null);
    input.addEventListener("input", update);
    return () => input.removeEventListener("input", update);
  }, [inputId]);
  if (score === null) return null;
  return (
    <div className="mt-2" aria-live="polite">
      <div className="flex gap-1" aria-hidden="true">
        {[1, 2, 3, 4].map((i) => (
          <span key={i} className={`h-1.5 flex-1 rounded ${i <= score ? colors[score] : "bg-zinc-200"}`} />
        ))}
      </div>
      <p className="mt-1 text-xs text-zinc-700">{words.strength.replace("{label}", words.labels[score])}</p>
    </div>
  );
}
