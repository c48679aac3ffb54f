/**
 * English words of the account section (see lib/messages/en/index.ts for what each section covers).
 * The German and Spanish files in lib/messages/de and lib/messages/es have the same keys.
 */
export const account = {
  /** Words several account pages share. */
  common: {
    save: "Save",
    none: "None",
    optional: "(optional)",
    userName: "User Name",
    email: "Email",
    mobilePhone: "Mobile Phone Number",
    countryRegion: "Country/Region",
    password: "Password",
    confirmPassword: "Confirm Password",
    thisDevice: "This device",
    signIn: "Sign In",
    myDevices: "My devices",
    createCase: "Create Online Support Case",
    resetPassword: "Reset Password",
    serialNumber: "Serial number",
  },

  /** My Account (/account). */
  home: {
    title: "My Account",
    passkeyHintBefore: "Sign in faster next time, with no code:",
    passkeyHintLink: "Add a passkey",
    passkeyHintAfter: "(you can skip this and add one later on Security).",
    deletionCancelled: "You signed in, so your account will not be deleted. To delete it after all, ask again under Your data.",
    ready: "Your account is ready: you are ready to add devices.",
    company: "Company:",
    companyAuthenticated: "(authenticated installer)",
    companyNotAuthenticated: "(not authenticated yet)",
    companyLink: "Company information",
    yourData: "Your data",
    download: "Download my data",
    delete: "Delete my account",
    deletions: "Account deletions",
  },

  /** My Account > Language. */
  language: {
    title: "Language",
    current: "Current language: {name}",
    intro: "Gatehouse speaks to you in this language on every device you sign in on, and in its emails and text messages.",
    choose: "Choose a language",
    save: "Save language",
    saved: "Language saved.",
  },

  /** Me > About (/account/about). */
  about: {
    title: "About",
    newsletter: "Newsletter",
    wording: "I would like to receive newsletters about products, events and offers. I can unsubscribe at any time.",
    status: "Status:",
    subscribed: "Subscribed",
    pending: "Waiting for your confirmation",
    notSubscribed: "Not subscribed",
    pendingHint: "Open the link in the email we sent to {email}. Saving with the switch on sends a new one.",
    noEmail: "The newsletter needs an email address, and your account has none.",
    agreedTo: "You agreed on {date} to:",
  },

  /** Your data (/account/data) and where a deletion request lands. */
  data: {
    title: "Your data",
    exportIntro:
      "One file with everything Gatehouse keeps about your account: your details and contacts, the terms and newsletter consents you gave (with their wording and time), sessions, trusted devices, passkeys, devices, support cases with their messages, and the history of your account. It holds no passwords, codes or keys.",
    download: "Download my data",
    deleteTitle: "Delete my account",
    deleteIntro:
      "Your account is deleted {days} days after you ask, and you are signed out everywhere now. Signing in before then cancels the deletion. Then your details, contacts, devices, passkeys and label photos are erased, open support cases are closed, and your user name becomes free. Support case records keep only a pseudonym.",
    confirm: "I understand that my account and its data will be deleted in {days} days unless I sign in before then.",
    deleteButton: "Delete my account",
    scheduledPageTitle: "Account deletion scheduled",
    scheduledTitle: "Your account will be deleted",
    scheduledOn: "Your account will be deleted on {when}.",
    scheduledIn: "Your account will be deleted in {days} days.",
    scheduledSignedOut: "You are signed out everywhere, and a notice is on its way to you.",
    changedMind: "Changed your mind? Sign in before then and your account stays as it is.",
  },

  /** Company information (/account/company), for installer admins. */
  company: {
    title: "Company information",
    complete: "Complete your company information to start working with your customers' sites.",
    countryFixed: "The country or region was set at registration and cannot be changed.",
    phone: "Phone Number",
    name: "Company Name",
    address: "Address",
    city: "City",
    region: "State/Province",
    postalCode: "Postal Code",
    website: "Website",
    authTitle: "Installer authentication",
    authenticatedSince: "Authenticated installer since {date}.",
    notAuthenticated: "Not authenticated yet. Enter the 10-digit code you received to prove a professional installer.",
    authCode: "Authentication Code",
    authenticate: "Authenticate",
  },

  /** My devices (/account/devices). */
  devices: {
    title: "My devices",
    empty: "No devices yet. Add one by its serial number, or open a support case from a LAN scan.",
    caption: "Devices",
    name: "Name",
    model: "Model",
    firmware: "Firmware",
    added: "Added",
    addTitle: "Add device",
    serialHint: "On the label of the device, after SerialNo.",
    nameOptional: "Name (optional)",
    add: "Add device",
    forgot: "Forgot a device password?",
  },

  /** Security (/account/security) and its panels. */
  security: {
    title: "Security",
    sessions: "Sessions",
    sessionsIntro: "Where your account is signed in. Sign out anything you do not recognise, then change your password.",
    sessionTimes: "signed in {created} · last seen {seen}",
    signOut: "Sign out",
    signOutLabel: "Sign out {device}, last seen {seen}",
    signOutOthers: "Sign out other sessions",
    trusted: "Trusted devices",
    trustedIntro: "Browsers where you ticked Trust this device. They sign in without a verification code from networks you have used before.",
    trustedEmpty: "No trusted devices. Every sign-in from a browser needs a verification code.",
    trustedTimes: "trusted {created} · last used {used} · until {until}",
    remove: "Remove",
    removeLabel: "Remove {device}, trusted {created}",
    twoFactor: "Two-step verification",
    twoFactorOn: "On: every sign-in needs a verification code sent to your email or phone, even on trusted devices.",
    twoFactorOff: "Off: only sign-ins from new devices or networks need a verification code.",
    twoFactorPassword: "Current password to switch it off",
    turnOff: "Turn off two-step verification",
    turnOn: "Turn on two-step verification",
    contactTitle: "Email and phone",
    contactIntro: "Change the email address or mobile phone number you sign in with.",
    contactLink: "Change email or phone",
    passwordTitle: "Change password",
    currentPassword: "Current Password",
    newPassword: "New Password",
    changePassword: "Change Password",
    /** How lib/accounts/security.ts and lib/auth/networks.ts describe a browser and its network. */
    described: {
      browserOn: "{browser} on {os}",
      unknownBrowser: "Unknown browser",
      script: "App or script",
      unknownNetwork: "Unknown network",
      thisComputer: "This computer",
      localNetwork: "Local network",
      network: "Network {network}",
    },
  },

  /** Change email or phone (/account/security/contact). */
  contact: {
    title: "Change email or phone",
    intro: "The new one proves itself with a code; we tell the old one about the change. After that, only the new one signs you in.",
    start: "Start",
  },

  /** The customer's cases (/cases, /cases/[id]). */
  cases: {
    title: "Case",
    newCase: "New Case",
    empty: "You have no support cases.",
    item: "{label} · Reset Password",
    itemDetails: "{model} · serial {serial} · opened {opened}",
    caseTitle: "Case {label}",
    status: "Status:",
    request: "Request",
    requestValue: "Reset Password · Device on LAN (SADP)",
    device: "Device",
    address: "Address",
    opened: "Opened",
    photoAlt: "Your photo of the device label",
    photoDeleted: "The label photo was deleted after the case closed.",
    rejectedTitle: "Why the case was rejected",
    openNew: "Open a new case",
    history: "History",
    messageToSupport: "Message to support",
    send: "Send",
    codeTitle: "Your reset code",
    codeLabel: "Reset code",
    codeValid: "Works once, only on this device, until {until}.",
    passwordRule:
      "8 to 16 characters with at least two kinds (lower case, upper case, digits, symbols); not containing admin or 123; no 4 or more ascending or descending digits or identical characters in a row.",
    newDevicePassword: "New Device Password",
    ok: "OK",
  },

  /** A case's status as the customer reads it. */
  caseStatus: {
    new: "New",
    in_review: "In review",
    waiting_customer: "Waiting for customer",
    awaiting_second_approval: "Awaiting second approval",
    approved: "Approved",
    rejected: "Rejected",
    closed: "Closed",
  },

  /** Why support rejected a case (the "other" reason shows the agent's own text). */
  rejectReasons: {
    blurry: "The photo is blurry: the serial number cannot be read.",
    mismatch: "The serial number on the label does not match the device.",
    not_label: "The photo does not show the device's label.",
    other: "Other",
  },

  /** Notifications (/notifications). */
  notifications: {
    title: "Notifications",
    empty: "Nothing yet.",
    new: "new",
    /** What lib/cases/service.ts stores for the customer, in English: shown in the reader's language. */
    texts: {
      submitted: "Case {label} was submitted. Support will review your label photo.",
      approved: "Case {label} was approved: your reset code is on the case page.",
      rejected: "Case {label} was rejected. The case page says why; you can open a new case.",
      question: "Support has a question about case {label}.",
      closed: "Case {label} is closed.",
      message: "Support wrote about case {label}.",
    },
  },

  /** Tools (/tools) and starting a case (/tools/cases/new…). */
  tools: {
    title: "Tools",
    createCaseHint: "Ask support for help with a device, for example to reset a forgotten device password.",
    myCases: "My cases",
    myCasesHint: "Follow your support cases and get reset codes.",
    myDevicesHint: "Add a device by its serial number.",
    newCaseTitle: "New Case",
    newCaseQuestion: "What do you need help with?",
    resetHint: "You forgot the password of a camera or recorder.",
    resetIntro: "Find the device on your local network: it must be switched on and on the same network. You will need a photo of its label.",
    sadp: "Device on LAN (SADP)",
    scanning: "Scanning takes a few seconds.",
  },

  /** Field messages of the account's forms (actions, and the account code they call). */
  errors: {
    deletePassword: "Enter your password to delete your account.",
    deleteConfirm: "Tick the box to confirm that you want your account deleted.",
    serial: "Enter the serial number from the device label (9 to 48 letters, digits or dashes).",
    nameTooLong: "Use at most 60 characters.",
    deviceTaken: "This device is already on your account.",
    currentPassword: "Enter your current password.",
    newPassword: "Choose a new password.",
    twoFactorPassword: "Enter your current password to switch this off.",
    tooManyTries: "Too many tries. Try again in an hour.",
    currentPasswordWrong: "The current password is not right.",
    passwordWrong: "The password is not right.",
    passwordsDiffer: "The passwords do not match.",
    cannotDelete: "This account cannot be deleted.",
    companyName: "Enter the company name.",
    companyAddress: "Enter the street address.",
    companyCity: "Enter the city.",
    companyPostalCode: "Enter the postal code.",
    companyWebsite: "Enter a web address starting with https://",
    writeMessage: "Write a message.",
    messageTooLong: "Use at most {max} characters.",
    controlCharacters: "Remove the invisible control characters.",
    fieldTooLong: "{field}: use at most {max} characters.",
  },
} as const;
