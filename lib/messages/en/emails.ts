/**
 * English words of the emails section (see lib/messages/en/index.ts for what each section covers):
 * the bodies of the emails and SMS the outbox sends (emails/*). Their subjects and SMS texts are in
 * the core section (`messages.*`). The German and Spanish files in lib/messages/de and
 * lib/messages/es have the same keys.
 */
export const emails = {
  /** The frame every email shares (emails/layout.tsx). */
  layout: {
    footer: "You received this email because of activity on a Gatehouse account. If this was not you, you can ignore it.",
  },
  verificationCode: {
    preview: "Your verification code is {code}",
    heading: "Your verification code",
    enter: "Enter this code to continue:",
    valid: "It is valid for {minutes} minutes and works once. Never share it: our staff will never ask you for it.",
    text: "Your Gatehouse verification code is {code}.\nIt is valid for {minutes} minutes and works once. Never share it.",
  },
  registrationAttempt: {
    body: "Someone tried to create a new Gatehouse account with this email address, but it already belongs to your account. No new account was created and your account was not changed.",
    ifYou: "If it was you, sign in with your existing account instead: {url}",
    ifNot: "If it was not you, you do not need to do anything.",
    text: "Someone tried to create a new Gatehouse account with this address, but it already has an account. Nothing was changed.\nIf it was you, sign in instead: {url}\nIf it was not you, you do not need to do anything.",
  },
  welcome: {
    preview: "Your account is ready",
    heading: "Welcome, {username}",
    body: "Your account is ready. You can now add your devices and watch them from anywhere.",
    button: "Open My Account",
    text: "Welcome, {username}. Your account is ready: add your devices at {url}.",
  },
  verifyAccount: {
    preview: "Confirm your Gatehouse installer account",
    heading: "Confirm your registration",
    body: "Thank you for registering. Select Verify Now to confirm your email address and activate your account.",
    button: "Verify Now",
    expires: "The link works once and expires in {hours} hours. If the button does not work, open this address: {url}",
  },
  passwordChanged: {
    body: "The password of your Gatehouse account was changed, and every session of the account was signed out.",
    notYou: "If this was not you, reset your password now: {url}",
  },
  /** The `what` of a contact-changed notice. */
  contactChanged: {
    email: "email address",
    phone: "mobile phone number",
  },
  /** Where a new sign-in came from (lib/auth/networks.ts describePlace). */
  place: {
    unknown: "Unknown network",
    thisComputer: "This computer",
    local: "Local network",
    network: "Network {network}",
  },
  /** What a support case notice says, by what happened (lib/cases/service.ts). */
  caseUpdate: {
    created: "Case {caseNumber} was submitted. Support will review your label photo.",
    approved: "Case {caseNumber} was approved: your reset code is on the case page.",
    rejected: "Case {caseNumber} was rejected. The case page says why; you can open a new case.",
    question: "Support has a question about case {caseNumber}.",
    closed: "Case {caseNumber} is closed.",
    message: "Support wrote about case {caseNumber}.",
  },
  accountDeletion: {
    requestedSubject: "Your account will be deleted",
    requested: "You asked for your Gatehouse account to be deleted. It will be deleted on {due}, and every session was signed out.",
    changedMind: "Changed your mind? Sign in before then and the deletion is cancelled: {url}",
    notYou: "If this was not you, sign in now, then change your password.",
    cancelledSubject: "Your account will not be deleted",
    cancelled: "You signed in to your Gatehouse account, so it will not be deleted.",
    deleteAfterAll: "To delete it after all, ask again on My Account: {url}",
  },
  newsletterConfirm: {
    heading: "Confirm your newsletter subscription",
    asked: "You asked to receive the Gatehouse newsletter. You agreed to this:",
    quoted: "\"{wording}\"",
    confirmNote: "Confirm with the button below. The link is valid for {days} days and works once. Until you confirm, you will not receive any newsletter.",
    button: "Confirm subscription",
    ignore: "If you did not ask for this, ignore this email: you will not be subscribed.",
    textConfirm: "Confirm your subscription: {url}",
    textValid: "The link is valid for {days} days and works once. Until you confirm, you will not receive any newsletter.",
  },
  newsletterSubscribed: {
    heading: "You are subscribed",
    thanks: "Thank you for confirming. You will receive the Gatehouse newsletter about products, events and offers at this address.",
    unsubscribeHint: "You can unsubscribe at any time with the link below, or under Me > About in your account.",
  },
  /** The unsubscribe line every newsletter email ends with. */
  newsletterFooter: {
    ask: "Don't want these emails?",
    link: "Unsubscribe",
    rest: "with one click. No sign-in needed.",
    text: "Don't want these emails? Unsubscribe with one click (no sign-in needed): {url}",
  },
} as const;
