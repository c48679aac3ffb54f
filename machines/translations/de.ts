/**
 * German step copy of the code defaults, keyed by the English text (byte for byte as in the
 * definitions). One entry serves every step and flow that shows the same English text; a text
 * changed in the studio no longer matches and needs its own translation (lib/flows/localize.ts).
 */
export const de: Record<string, string> = {
  // Shared steps and fields
  "Country/Region": "Land/Region",
  "Choose the country or region you live in.": "Wählen Sie das Land oder die Region, in dem bzw. der Sie leben.",
  Ok: "OK",
  Register: "Registrieren",
  "Enter your email address and the characters in the picture.": "Geben Sie Ihre E-Mail-Adresse und die Zeichen im Bild ein.",
  Email: "E-Mail",
  "Verification Code": "Bestätigungscode",
  "Type the characters in the picture.": "Geben Sie die Zeichen im Bild ein.",
  Next: "Weiter",
  "Change Country/Region": "Land/Region ändern",
  "Mobile Phone Number": "Mobiltelefonnummer",
  "Enter your mobile phone number and the characters in the picture.": "Geben Sie Ihre Mobiltelefonnummer und die Zeichen im Bild ein.",
  "Check your email": "Prüfen Sie Ihre E-Mails",
  "We sent a verification code to {target}. It arrives within a minute and is valid for {validMinutes} minutes.":
    "Wir haben einen Bestätigungscode an {target} gesendet. Er kommt innerhalb einer Minute an und ist {validMinutes} Minuten gültig.",
  Resend: "Erneut senden",
  Back: "Zurück",
  "Didn't receive the verification code?": "Keinen Bestätigungscode erhalten?",
  "Check your phone": "Prüfen Sie Ihr Telefon",
  "We sent a verification code by SMS to {target}. It arrives within a minute and is valid for {validMinutes} minutes.":
    "Wir haben einen Bestätigungscode per SMS an {target} gesendet. Er kommt innerhalb einer Minute an und ist {validMinutes} Minuten gültig.",
  "Create your account": "Konto erstellen",
  "Choose a user name and a password.": "Wählen Sie einen Benutzernamen und ein Passwort.",
  "User Name": "Benutzername",
  "Letters, digits and underscores, for example reg_by_email.": "Buchstaben, Ziffern und Unterstriche, zum Beispiel reg_by_email.",
  Password: "Passwort",
  "At least 8 characters with three of: upper case, lower case, digits, special characters.":
    "Mindestens 8 Zeichen mit drei der folgenden: Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen.",
  "Confirm Password": "Passwort bestätigen",
  "I agree to the Terms of Service and Privacy Policy": "Ich stimme den Nutzungsbedingungen und der Datenschutzerklärung zu",
  "Terms of Service": "Nutzungsbedingungen",
  "Privacy Policy": "Datenschutzerklärung",
  Finish: "Fertigstellen",
  Registered: "Registriert",
  "Your account is ready.": "Ihr Konto ist bereit.",

  // Installer registration
  "Choose the country or region where your company is registered. It cannot be changed after registration.":
    "Wählen Sie das Land oder die Region, in dem bzw. der Ihr Unternehmen eingetragen ist. Dies lässt sich nach der Registrierung nicht mehr ändern.",
  "Register as an Installer": "Als Installateur registrieren",
  "Enter the email address you will sign in with and the characters in the picture. We will send a verification code to it.":
    "Geben Sie die E-Mail-Adresse, mit der Sie sich anmelden werden, und die Zeichen im Bild ein. Wir senden einen Bestätigungscode an diese Adresse.",
  "Get Verification Code": "Bestätigungscode anfordern",
  "Enter the Verification Code": "Bestätigungscode eingeben",
  "We sent a verification code to {target}. It is valid for {validMinutes} minutes.":
    "Wir haben einen Bestätigungscode an {target} gesendet. Er ist {validMinutes} Minuten gültig.",
  "Create a password": "Passwort erstellen",
  "At least 8 characters with at least three of: upper case, lower case, digits, special characters.":
    "Mindestens 8 Zeichen mit mindestens drei der folgenden: Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen.",
  "About you and your company": "Über Sie und Ihr Unternehmen",
  Name: "Name",
  "Phone Number": "Telefonnummer",
  "Company Name": "Name des Unternehmens",
  "Almost done": "Fast geschafft",
  "Authentication Code": "Authentifizierungscode",
  "Optional: the 10-digit code that proves a professional installer. Leave it empty to authenticate later from your company page.":
    "Optional: der 10-stellige Code, der einen professionellen Installateur ausweist. Lassen Sie das Feld leer, um sich später über Ihre Unternehmensseite zu authentifizieren.",
  "I would like to receive newsletters about products, events and offers. I can unsubscribe at any time.":
    "Ich möchte Newsletter zu Produkten, Veranstaltungen und Angeboten erhalten. Ich kann mich jederzeit abmelden.",
  "Confirm your email": "Bestätigen Sie Ihre E-Mail-Adresse",
  "We sent a registration confirmation email to {target}. Open it and select Verify Now to activate your account, then sign in.":
    "Wir haben eine E-Mail zur Bestätigung der Registrierung an {target} gesendet. Öffnen Sie sie und wählen Sie „Jetzt bestätigen“, um Ihr Konto zu aktivieren. Melden Sie sich danach an.",

  // Password recovery
  "Forgot Password": "Passwort vergessen",
  "Enter the email address of your account and the characters in the picture. We will send you a code.":
    "Geben Sie die E-Mail-Adresse Ihres Kontos und die Zeichen im Bild ein. Wir senden Ihnen einen Code.",
  "Enter the mobile phone number of your account with its country code (for example +1 201 555 0123).":
    "Geben Sie die Mobiltelefonnummer Ihres Kontos mit Ländervorwahl ein (zum Beispiel +1 201 555 0123).",
  "Enter the verification code": "Bestätigungscode eingeben",
  "If {target} belongs to an account, we sent a code to it. It is valid for {validMinutes} minutes.":
    "Falls {target} zu einem Konto gehört, haben wir einen Code dorthin gesendet. Er ist {validMinutes} Minuten gültig.",
  "Choose a new password": "Neues Passwort wählen",
  "New Password": "Neues Passwort",
  Save: "Speichern",
  "Password changed": "Passwort geändert",
  "Your password was changed and every session of your account was signed out. Sign in with your new password.":
    "Ihr Passwort wurde geändert und alle Sitzungen Ihres Kontos wurden abgemeldet. Melden Sie sich mit Ihrem neuen Passwort an.",
  "Sign in": "Anmelden",

  // Contact change
  "Change email or phone": "E-Mail-Adresse oder Telefonnummer ändern",
  "Enter the new email address. We will send a code to it to make sure it is yours.":
    "Geben Sie die neue E-Mail-Adresse ein. Wir senden einen Code dorthin, um sicherzustellen, dass sie Ihnen gehört.",
  "New Email": "Neue E-Mail-Adresse",
  "Send Code": "Code senden",
  "Enter the new mobile phone number. We will send a code to it by SMS.": "Geben Sie die neue Mobiltelefonnummer ein. Wir senden per SMS einen Code dorthin.",
  "New Mobile Phone Number": "Neue Mobiltelefonnummer",
  "We sent a code to {target}. It is valid for {validMinutes} minutes.": "Wir haben einen Code an {target} gesendet. Er ist {validMinutes} Minuten gültig.",
  Confirm: "Bestätigen",
  "Contact changed": "Kontaktangabe geändert",
  "{target} is now on your account. Sign in with it from now on; the old one no longer works.":
    "{target} ist jetzt in Ihrem Konto hinterlegt. Melden Sie sich ab sofort damit an; die alte Angabe funktioniert nicht mehr.",
  "Back to Security": "Zurück zu Sicherheit",

  // Sign-in check
  "Verify it's you": "Bestätigen Sie, dass Sie es sind",
  "To keep your account safe, this sign-in needs a verification code. Where should we send it?":
    "Zum Schutz Ihres Kontos ist für diese Anmeldung ein Bestätigungscode nötig. Wohin sollen wir ihn senden?",
  "Email a code to {account.maskedEmail}": "Code per E-Mail an {account.maskedEmail} senden",
  "Text a code to {account.maskedPhone}": "Code per SMS an {account.maskedPhone} senden",
  "Cancel and go back to Login": "Abbrechen und zurück zur Anmeldung",
  "We sent a code to {maskedTarget}. It expires at {codeExpiresAt}.": "Wir haben einen Code an {maskedTarget} gesendet. Er läuft um {codeExpiresAt} ab.",
  "Trust this device": "Diesem Gerät vertrauen",
  "Skip the code on this browser for 30 days. Leave it unticked on a shared or public computer.":
    "In diesem Browser 30 Tage lang keinen Code verlangen. Lassen Sie das Kästchen auf einem gemeinsam genutzten oder öffentlichen Computer leer.",
  Verify: "Bestätigen",
  "Resend Code": "Code erneut senden",
  "Signed in": "Angemeldet",
  "You are signed in.": "Sie sind angemeldet.",
  "My Account": "Mein Konto",

  // Device password reset
  "Device on LAN (SADP)": "Gerät im LAN (SADP)",
  "These devices answered on your network. Select the one whose password you forgot.":
    "Diese Geräte haben in Ihrem Netzwerk geantwortet. Wählen Sie das Gerät, dessen Passwort Sie vergessen haben.",
  Device: "Gerät",
  "Scan again": "Erneut suchen",
  "Photo of the device label": "Foto des Geräteetiketts",
  "Take a clear photo of the label on {device.model} showing the serial number (SerialNo {device.serial}).":
    "Machen Sie ein scharfes Foto des Etiketts auf {device.model}, auf dem die Seriennummer zu sehen ist (SerialNo {device.serial}).",
  "Label photo": "Foto des Etiketts",
  "JPEG, PNG or WebP, up to 10 MB. The serial number must be sharp and easy to read. Location and camera details are removed.":
    "JPEG, PNG oder WebP, bis zu 10 MB. Die Seriennummer muss scharf und gut lesbar sein. Standort- und Kameradaten werden entfernt.",
  "Confirm your case": "Anfrage bestätigen",
  "Reset the password of {device.model}, serial {device.serial}, at {device.ipv4}. A support agent checks the photo against the device.":
    "Das Passwort von {device.model}, Seriennummer {device.serial}, unter {device.ipv4} zurücksetzen. Ein Supportmitarbeiter gleicht das Foto mit dem Gerät ab.",
  "{photo.warning}": "{photo.warning}",
  "Security commitment: I own this device or am authorised to reset its password, and the information I give is true.":
    "Sicherheitszusage: Dieses Gerät gehört mir oder ich bin berechtigt, sein Passwort zurückzusetzen, und meine Angaben sind wahr.",
  "Upload another photo": "Anderes Foto hochladen",
  "Case submitted": "Anfrage gesendet",
  "Support will review your photo. We will tell you when there is news.": "Der Support prüft Ihr Foto. Wir informieren Sie, sobald es Neuigkeiten gibt.",
  "My cases": "Meine Anfragen",
};
