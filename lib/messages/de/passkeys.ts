import type { Shape } from "../shape";
import type { passkeys as en } from "../en/passkeys";

export const passkeys: Shape<typeof en> = {
  errors: {
    expired: "Diese Passkey-Anfrage ist abgelaufen oder wurde bereits verwendet. Versuchen Sie es erneut.",
    not_verified: "Der Passkey konnte nicht überprüft werden. Versuchen Sie es erneut.",
    unknown_passkey: "Dieser Passkey ist bei Gatehouse nicht registriert. Melden Sie sich mit Ihrem Passwort an.",
    other_account: "Dieser Passkey gehört zu einem anderen Konto.",
    replayed:
      "Diese Passkey-Antwort wurde abgelehnt: Ihr Signaturzähler ist zurückgegangen. Das passiert, wenn ein Passkey kopiert wurde. Melden Sie sich mit Ihrem Passwort an.",
    limited: "Zu viele Anmeldeversuche aus Ihrem Netzwerk. Warten Sie einige Minuten und versuchen Sie es dann erneut.",
    not_allowed: "Mit diesem Konto ist derzeit keine Anmeldung möglich. Melden Sie sich mit Ihrem Passwort an.",
    duplicate: "Dieser Passkey ist bereits registriert.",
    too_many: "Ein Konto kann höchstens {max} Passkeys haben. Entfernen Sie zuerst einen.",
  },
  remove: {
    alreadyRemoved: "Dieser Passkey wurde bereits entfernt.",
    passwordNeeded: "Geben Sie Ihr Passwort ein, um Ihren letzten Passkey zu entfernen.",
    tooManyTries: "Zu viele Versuche. Versuchen Sie es in einer Stunde erneut.",
    wrongPassword: "Das Passwort ist nicht richtig.",
  },
  name: {
    required: "Geben Sie dem Passkey einen Namen, zum Beispiel den des Geräts, auf dem er gespeichert ist.",
    tooLong: "Verwenden Sie höchstens {max} Zeichen.",
  },
  add: {
    needsJavaScript: "Zum Hinzufügen eines Passkeys wird JavaScript benötigt.",
    unsupported: "Dieser Browser kann keine Passkeys erstellen.",
    alreadyOnDevice: "Auf diesem Gerät ist bereits ein Passkey für Ihr Konto gespeichert.",
    notCreated: "Es wurde kein Passkey erstellt. Versuchen Sie es erneut, wenn Sie bereit sind.",
    nameLabel: "Name des Passkeys",
    button: "Passkey hinzufügen",
  },
  section: {
    title: "Ihre Passkeys",
    intro:
      "Melden Sie sich mit Ihrem Fingerabdruck, Ihrem Gesicht oder der PIN Ihres Geräts an statt mit Ihrem Passwort. Bei einer Anmeldung mit Passkey ist kein Bestätigungscode nötig.",
    none: "Noch keine Passkeys.",
    added: "hinzugefügt am {date}",
    lastUsed: "zuletzt verwendet am {date}",
    notUsed: "noch nicht verwendet",
    remove: "Entfernen",
    removeLabel: "Passkey {name} entfernen",
    passwordLabel: "Aktuelles Passwort, um Ihren letzten Passkey zu entfernen",
  },
  signIn: {
    button: "Mit einem Passkey anmelden",
    noPasskey: "Es wurde kein Passkey verwendet. Versuchen Sie es erneut oder melden Sie sich mit Ihrem Passwort an.",
  },
  confirmDelete: {
    button: "Stattdessen mit einem Passkey löschen",
    noPasskey: "Es wurde kein Passkey verwendet. Versuchen Sie es erneut oder geben Sie Ihr Passwort ein.",
  },
};
