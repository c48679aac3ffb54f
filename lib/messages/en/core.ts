/**
 * Every user-facing message and notice, by code, in English. A nested plain object of strings in the
 * ICU message syntax that translation libraries read (next-intl and others): `{name}` is filled from
 * the values given to `t()`, and `{n, plural, one {…} other {…}}` chooses by number (`#` is the
 * number). Other languages have the same sections in lib/messages/<locale>/ (see ../index.ts).
 *
 * The words here are asserted by the unit and end-to-end tests: change them only with those tests.
 */
export const core = {
  common: {
    invalid: "Something was not right. Please check and try again.",
    caseNotFound: "That case does not exist.",
  },

  /** Errors a flow (a machine or the runtime) reports on a step, by the code the machine gives. */
  flow: {
    captcha_wrong: "The characters did not match the picture, or the picture expired. Type the characters in the new picture.",
    captcha_limited: "Too many wrong picture codes from your network. Try again {minutes, plural, one {in a minute} other {in # minutes}}.",
    code_wrong: "That code is not right. {remaining, plural, one {# try} other {# tries}} left.",
    code_dead: "Too many wrong codes. This code no longer works: tap Resend to get a new one.",
    code_checks_limited: "Too many codes were tried for this address today. Try again {minutes, plural, one {in a minute} other {in # minutes}}.",
    code_expired: "This code has expired. Tap Resend to get a new one.",
    resend_too_soon: "You can ask for a new code in {seconds} seconds.",
    send_limited: "Too many codes were sent. Try again {minutes, plural, one {in a minute} other {in # minutes}}.",
    account_locked:
      "Too many failed sign-ins for this account. Try again {minutes, plural, one {in a minute} other {in # minutes}}, or reset your password with Forgot Password.",
    account_must_reset: "This account was locked several times. Reset your password with Forgot Password to sign in again.",
    auth_code_invalid: "This authentication code is not valid or was already used. Check it, or leave it empty and authenticate later.",
    auth_code_attempts:
      "Too many wrong authentication codes in this registration. Leave the field empty to register now, and authenticate later from your company page.",
    contact_taken: "That email address or phone number could not be added to your account. Try another one.",
    account_exists: "An account with this email address was registered meanwhile. Sign in instead.",
    username_taken: "This user name is already taken. Choose another one.",
    registration_limited: "Too many accounts were registered from your network. Try again {minutes, plural, one {in a minute} other {in # minutes}}.",
    start_limited: "Too many attempts from your network. Try again {minutes, plural, one {in a minute} other {in # minutes}}.",
    stale: "This step was already submitted in another window or tab. Here is where things stand now.",
    not_allowed: "That is not possible at this step.",
    photo_gone:
      "Your label photo was not kept: photos are deleted when no case is opened with them within the hour. Choose Upload another photo and send it again.",
  },

  /** The sign-in page: `?error=` and `?confirm=` codes. */
  login: {
    errors: {
      missing: "Enter your user name, email or phone number and your password.",
      control_characters: "Remove the invisible control characters.",
      invalid: "The user name, email, phone number or password is incorrect.",
      invalid_national:
        "The user name, email, phone number or password is incorrect. If you typed a phone number, enter it in international format with its country code, such as +44 7700 900123.",
      check_expired: "That sign-in expired or was finished in another window. Sign in again.",
      limited: "Too many failed sign-ins from your network. Wait a few minutes and try again.",
      unconfirmed: "Your account is not confirmed yet. Open the registration confirmation email and select Verify Now.",
      unconfirmed_email: "Enter the email address you registered with to get a new confirmation email.",
      must_reset: "This account was locked several times. Reset your password with Forgot Password to sign in again.",
    },
    /** `?error=locked_<minutes>`: the account is locked for that long. */
    locked: "Too many failed sign-ins for this account. Try again in {minutes, plural, one {# minute} other {# minutes}}, or reset your password with Forgot Password.",
  },

  terms: {
    errors: {
      required: "Tick the box to agree before you continue.",
      changed: "The terms changed again while this page was open. Please read the newest version.",
    },
  },

  /** The customer's names for the events on a support case's history. */
  caseEvents: {
    created: "Case submitted",
    approve: "Approved: reset code issued",
    reject: "Rejected",
    ask_customer: "Support asked a question",
    message: "Message from support",
    reply: "Your reply",
    reset_applied: "New password applied to the device",
    reset_refused: "The device refused the reset",
    close: "Closed",
  },

  /** One-line results of the actions on each page (the flash `notice` code). */
  notices: {
    /** `?limited=1` on a page that starts a flow: too many flows started from the network. */
    start: {
      limited: "Too many attempts from your network. Try again later.",
    },
    contactChange: {
      expired: "That change expired. Start again.",
    },
    newCase: {
      expired: "That case was not finished in time. Start again.",
    },
    account: {
      registered: "Registered. Welcome to Gatehouse!",
    },
    adminTerms: {
      published: "Version {version} is published. Signed-in people accept it before going on.",
    },
    /** The pages behind the links in newsletter emails. */
    newsletterLink: {
      subscribed: "You are subscribed to the newsletter.",
      confirm_expired: "This confirmation link has expired. Links are valid for 7 days.",
      confirm_invalid: "This confirmation link has already been used or is not valid. Only the newest confirmation email works.",
      unsubscribed: "You are unsubscribed.",
      unsubscribe_invalid: "This unsubscribe link is not valid. It may be incomplete, or from before you subscribed again.",
    },
    /** The sign-in page's `?confirm=` codes (the registration confirmation link and its resend). */
    login: {
      confirmed: "Your account is confirmed. You can sign in now.",
      expired: "That confirmation link has expired. Enter your email below to get a new one.",
      invalid: "That confirmation link is not valid or was already used. If your account is confirmed, just sign in.",
      resent: "If an account with that email is waiting for confirmation, a new confirmation email is on its way.",
      resend_limited: "Too many confirmation emails were requested. Try again later.",
      signed_out: "You are signed out.",
    },
    security: {
      session_ended: "That session was signed out.",
      session_invalid: "That session is already signed out, or it is this one (use Sign Out).",
      others_ended: "Every other session was signed out.",
      no_others: "There were no other sessions.",
      password_changed: "Your password was changed. Every other session was signed out.",
      device_forgotten: "That device is no longer trusted. It needs a verification code at its next sign-in.",
      device_invalid: "That device was already removed.",
      two_factor_on: "Two-step verification is on: every sign-in needs a verification code.",
      two_factor_off: "Two-step verification is off: trusted devices sign in with the password alone.",
      two_factor_invalid: "Something was not right. Please try again.",
      passkey_added: "Your passkey was added. You can sign in with it now.",
      passkey_removed: "The passkey was removed.",
      passkey_invalid: "That passkey was already removed.",
    },
    company: {
      saved: "Company information saved.",
      auth_authenticated: "Your company is now an authenticated installer.",
      auth_already: "Your company is already authenticated.",
      auth_invalid: "This authentication code is not valid or was already used.",
      auth_malformed: "An authentication code has exactly 10 digits.",
      auth_limited: "Too many authentication attempts. Try again in an hour.",
    },
    newsletter: {
      confirmation_sent: "We sent a confirmation email to {email}. Open the link in it to start receiving the newsletter.",
      already_subscribed: "You are subscribed to the newsletter.",
      unsubscribed: "You are unsubscribed from the newsletter.",
      already_off: "Saved. The newsletter stays off.",
      no_email: "The newsletter needs an email address, and your account has none.",
      limited: "Too many confirmation emails in the last hour. Try again later.",
      failed: "That did not work. Try again.",
    },
    devices: {
      added: "The device was added.",
    },
    case: {
      reply_sent: "Your message was sent to support.",
      submitted: "Case {label} was submitted. We will tell you here, by email and in your notifications when support has reviewed it.",
      reset_done: "The device accepted the new password. Sign in to it with the user name admin and your new password.",
      not_allowed: "This case is closed.",
      not_found: "That case does not exist.",
    },
    desk: {
      done_CLAIM: "You are now working on this case.",
      done_ASSIGN: "The case was assigned.",
      done_APPROVE: "Approved.",
      done_REJECT: "Rejected. The customer was told why.",
      done_ASK_CUSTOMER: "The question was sent; the case waits for the customer.",
      done_CLOSE: "Closed.",
      done_NOTE: "Note added (agents only).",
      done_MESSAGE: "Message sent to the customer.",
      stale: "The case changed while you were looking at it (another agent acted). Here it is as it is now; nothing was done.",
      not_allowed: "That is not possible for this case now.",
      not_found: "That case does not exist.",
      invalid: "Something was not right. Please check and try again.",
      own_case: "Not done: a case you opened for yourself is decided by another agent. The attempt is on the audit trail.",
      same_approver:
        "Not done: you gave the first approval, so a different agent must give the second. The attempt is on the audit trail.",
      settings_saved: "Saved.",
    },
    studio: {
      saved: "Saved in the draft.",
      published: "Published as version {version}. New flows start on it; running ones finish on theirs.",
      discarded: "The draft was discarded.",
      rollback_unconfirmed: "Tick the box to confirm the roll back.",
    },
  },

  /** The words for a field a step refused (lib/flows/fields.ts), shown in the reader's language from the stored key. */
  fields: {
    required: {
      country: "Choose your country or region.",
      email: "Enter your email address.",
      phone: "Enter your mobile phone number.",
      captcha: "Type the characters in the picture.",
      code: "Enter the verification code.",
      username: "Choose a user name.",
      "new-password": "Choose a password.",
      "confirm-password": "Type the password again.",
      checkbox: "You must agree to continue.",
      text: "This field is required.",
    },
    invalid: "This value is not valid.",
    email: "Enter a valid email address, like name@example.com.",
    emailTooLong: "That email address is too long.",
    phone: "Enter a valid mobile phone number for {country}.",
    yourCountry: "your country",
    country: "Choose a country or region from the list.",
    code: "Enter the {length}-digit code.",
    username: "Use 3 to 32 letters, digits or underscores (no spaces).",
    text: "Use at most 100 characters.",
    authCode: "An authentication code has exactly 10 digits.",
    mismatch: "The passwords do not match.",
    controlCharacters: "Remove the invisible control characters.",
    device: "Select one of the devices found on your network.",
    deviceRequired: "Select the device whose password you forgot.",
  },

  password: {
    too_short: "Use at least {min} characters.",
    too_short_12: "Use at least {min} characters. A few unrelated words make a good one.",
    too_long: "Use at most {max} characters.",
    too_few_kinds: "Use at least three of: upper case letters, lower case letters, digits, special characters.",
    too_common: "This password is too common. Choose one that is harder to guess.",
    contains_username: "The password must not contain your user name.",
    policies: {
      "three-of-four": "At least 8 characters with three of four kinds (the seeds' rule)",
      nist: "At least 12 characters, any kinds, not on the common-password list (NIST-style)",
    },
  },

  devicePassword: {
    length: "Use 8 to 16 characters.",
    kinds: "Use at least two kinds of characters: lower-case letters, upper-case letters, digits, symbols.",
    sequence: "Do not use 4 or more ascending or descending digits in a row (like 2345 or 9876).",
    repeat: "Do not use the same character 4 or more times in a row (like aaaa).",
    forbidden: 'The password must not contain "admin" or "123".',
    username: "The password must not contain the device user name.",
  },

  photo: {
    empty: "Choose a photo of the device label.",
    too_large: "The photo is larger than 10 MB. Take it again at a lower resolution.",
    too_many_pixels: "The photo has too many pixels (more than 40 megapixels). Take it again at a lower resolution.",
    upload_limited: "You sent too many photos in the last hour. Try again later.",
    heic: "iPhone HEIC photos cannot be used. Share the photo as JPEG, or set Camera > Formats to Most Compatible.",
    unsupported: "Upload a JPEG, PNG or WebP photo.",
    unreadable: "The photo could not be read. It may be damaged: take it again.",
    too_small: "The photo is too small to read the serial number. Take it closer, at full resolution.",
    invalid: "Upload the photo again.",
  },

  /** The checks on an uploaded label photo (lib/uploads/label-photo.ts). */
  labelPhoto: {
    empty: "The file is empty. Please choose a photo of the label.",
    tooLarge: "The photo is too large. The limit is {mb} MB.",
    tooManyPixels: "The photo has too many pixels (more than {megapixels} megapixels). Take it again at a lower resolution.",
    heic: 'HEIC photos can\'t be used. On iPhone, set Settings > Camera > Formats to "Most Compatible", or share the photo as JPEG, then upload it again.',
    unsupported: "Upload a JPEG, PNG or WebP photo.",
    unreadable: "The photo couldn't be read. It may be damaged or incomplete; please try another.",
    tooSmall: "The photo is too small to read the label. Please upload one at least {width}×{height} pixels.",
  },

  /** What the device answered when a reset code and new password were applied through SADP. */
  deviceReset: {
    answers: {
      code: "The device did not accept the reset code. Open a new case if this keeps happening.",
      expired: "The reset code has expired. Open a new case to get a new one.",
      used: "This reset code was already used on the device.",
      password: "The device refused this password. Check the rules and try another one.",
      no_answer: "The device did not answer. Make sure it is switched on and on the same network, then try again.",
    },
    usedAfterNoAnswer:
      "The device had already taken this reset code: your last try reached it, but its answer was lost on the way back. Sign in to the device with the new password you chose. If that does not work, open a new case.",
    mismatch: "The passwords do not match.",
    no_code: "There is no usable reset code on this case.",
    no_scan: "The LAN scan is not configured on this server.",
  },

  /** The `message` of the JSON API's error answers (the `error` code is the key). */
  api: {
    unknown_flow: "There is no public flow called {flow}.",
    invalid_flow_request: "Send JSON: '{ revision: number, action?: string, fields: { name: value } }'.",
    json_required: "Send JSON with Content-Type: application/json.",
    cross_site: "Cross-site requests are refused.",
    invalid_session_request: "Send JSON: '{ loginToken }'.",
    invalid_token: "The login token is unknown, used or expired.",
    signed_out: "Not signed in.",
    flow_not_found: "No such flow, or the token does not match.",
    rate_limited: "Too many attempts.",
    unavailable: "The service is briefly unavailable. Nothing was saved: try again in a moment.",
    sign_in_request: "Send JSON: '{ identifier: string, password: string, deviceToken?: string }'.",
    sign_in_incomplete: "The sign-in could not be completed. Sign in again.",
    sign_in_busy: "Too many attempts. Try again later.",
    passkey_options_request: "Send JSON: an empty object.",
    passkey_request: "Send JSON: '{ challengeId: string, response: { id, rawId, type: \"public-key\", response: { clientDataJSON, authenticatorData, signature, userHandle? } } }'.",
    one_click_required: "Send the body List-Unsubscribe=One-Click (RFC 8058) to unsubscribe.",
    unsubscribe_invalid: "This unsubscribe link is not valid. Use the link in your newest newsletter email.",
    unsubscribed: "You are unsubscribed.",
  },

  /** Subjects and SMS texts of the messages the outbox sends. */
  messages: {
    verificationCode: {
      smsSubject: "Verification code",
      sms: "Your Gatehouse verification code is {code}. Valid {minutes} min. Never share it.",
      subject: "{code} is your Gatehouse verification code",
    },
    registrationAttempt: {
      smsSubject: "Registration attempt",
      sms: "Someone tried to register a Gatehouse account with this number. Nothing was changed.",
      subject: "Someone tried to register with your address",
    },
    welcome: {
      smsSubject: "Welcome",
      sms: "Welcome to Gatehouse, {username}. Your account is ready.",
      subject: "Welcome to Gatehouse",
    },
    contactChanged: {
      subject: "Your {what} was changed",
      changed: "The {what} of your Gatehouse account was changed to {masked}. This one no longer signs you in.",
      notYou: "If this was not you, reset your password now: {resetUrl}",
    },
    newSignIn: {
      subject: "New sign-in to your account",
      where: "Your Gatehouse account was signed in from a new device or network: {device}, {place} (address {address}), at {at}.",
      notYou:
        "If this was you, there is nothing to do. If not, reset your password now ({resetUrl}) and review your sessions and trusted devices: {securityUrl}",
    },
    caseUpdate: {
      subject: "Support case {caseNumber}",
      open: "Open the case: {url}",
    },
    passwordChanged: {
      smsSubject: "Password changed",
      subject: "Your password was changed",
      text: "The password of your Gatehouse account was changed and every session was signed out. If this was not you, reset your password now: {resetUrl}",
    },
    verifyAccount: {
      subject: "Confirm your registration: Verify Now",
      text: "Thank you for registering. Confirm your email address and activate your account (Verify Now):\n{url}\nThe link works once and expires in {hours} hours.",
    },
    newsletterConfirm: { subject: "Confirm your Gatehouse newsletter subscription" },
    newsletterSubscribed: { subject: "You are subscribed to the Gatehouse newsletter" },
  },
} as const;

