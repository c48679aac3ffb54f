import type { Flash } from "@/lib/http/flash";
import { changePasswordAction } from "../actions";
import { Card } from "@/components/card";

const passwordFields = [
  { name: "currentPassword", label: "Current Password", autoComplete: "current-password" },
  { name: "newPassword", label: "New Password", autoComplete: "new-password" },
  { name: "confirmPassword", label: "Confirm Password", autoComplete: "new-password" },
] as const;

/** Change password: current, new and confirmation, each with its error under it. */
export function PasswordPanel({ flash }: { flash: Flash }) {
  return (
    <Card id="password-title" title="Change password" className="max-w-xl">
      <form action={changePasswordAction} className="mt-4 flex flex-col gap-4">
        {passwordFields.map((f) => {
          const error = flash.errors?.[f.name];
          return (
            <div key={f.name}>
              <label htmlFor={f.name} className="block text-sm font-medium">
                {f.label}
              </label>
              <input
                id={f.name}
                name={f.name}
                type="password"
                autoComplete={f.autoComplete}
                required
                maxLength={1024}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${f.name}-error` : undefined}
                className="input mt-1"
              />
              {error && (
                <p id={`${f.name}-error`} className="mt-1 text-sm text-red-700">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <button type="submit" className="btn-primary">
          Change Password
        </button>
      </form>
    </Card>
  );
}
