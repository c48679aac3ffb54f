/**
 * English words of the passkeys section (see lib/messages/en/index.ts for what each section covers).
 * The German and Spanish files in lib/messages/de and lib/messages/es have the same keys.
 */
export const passkeys = {
  /** Why a passkey was refused (a PasskeyError code of lib/accounts/passkeys.ts). */
  errors: {
    expired: "That passkey request expired or was already used. Try again.",
    not_verified: "The passkey could not be verified. Try again.",
    unknown_passkey: "That passkey is not registered with Gatehouse. Sign in with your password.",
    other_account: "That passkey belongs to another account.",
    replayed: "That passkey answer was refused: its signature counter went backwards, which happens when a passkey is copied. Sign in with your password.",
    limited: "Too many sign-in attempts from your network. Wait a few minutes and try again.",
    not_allowed: "This account cannot sign in now. Sign in with your password.",
    duplicate: "That passkey is already registered.",
    too_many: "An account can have at most {max} passkeys. Remove one first.",
  },
  /** Removing a passkey (the last one needs the password). */
  remove: {
    alreadyRemoved: "That passkey was already removed.",
    passwordNeeded: "Enter your password to remove your last passkey.",
    tooManyTries: "Too many tries. Try again in an hour.",
    wrongPassword: "The password is not right.",
  },
  /** The name a passkey is kept under. */
  name: {
    required: "Give the passkey a name, such as the device it is on.",
    tooLong: "Use at most {max} characters.",
  },
  /** "Add a passkey" on My Account > Security. */
  add: {
    needsJavaScript: "Adding a passkey needs JavaScript.",
    unsupported: "This browser cannot create passkeys.",
    alreadyOnDevice: "This device already holds a passkey for your account.",
    notCreated: "No passkey was created. Try again when you are ready.",
    nameLabel: "Passkey name",
    button: "Add a passkey",
  },
  /** The list of passkeys on My Account > Security. */
  section: {
    title: "Passkeys",
    intro: "Sign in with your fingerprint, face or device PIN instead of your password. A passkey sign-in needs no verification code.",
    none: "No passkeys yet.",
    added: "added {date}",
    lastUsed: "last used {date}",
    notUsed: "not used yet",
    remove: "Remove",
    removeLabel: "Remove passkey {name}",
    passwordLabel: "Current password to remove your last passkey",
  },
  /** "Sign in with a passkey" on the sign-in page. */
  signIn: {
    button: "Sign in with a passkey",
    noPasskey: "No passkey was used. Try again, or sign in with your password.",
  },
  /** Delete my account confirmed with a passkey instead of the password (My Account > Your data). */
  confirmDelete: {
    button: "Delete with a passkey instead",
    noPasskey: "No passkey was used. Try again, or enter your password.",
  },
} as const;
