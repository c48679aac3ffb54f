import type { core as english } from "../en/core";
import type { Shape } from "../shape";

/** The core section in German (formal "Sie"): notices, errors, the API's messages and the outbox's subjects. */
export const core: Shape<typeof english> = {
  common: {
    invalid: "Etwas stimmte nicht. Bitte prüfen Sie Ihre Angaben und versuchen Sie es erneut.",
    caseNotFound: "Diesen Fall gibt es nicht.",
  },

  flow: {
    captcha_wrong: "Die Zeichen stimmten nicht mit dem Bild überein, oder das Bild ist abgelaufen. Geben Sie die Zeichen im neuen Bild ein.",
    captcha_limited: "Zu viele falsche Bildcodes aus Ihrem Netzwerk. Versuchen Sie es {minutes, plural, one {in einer Minute} other {in # Minuten}} erneut.",
    code_wrong: "Dieser Code ist nicht richtig. Noch {remaining, plural, one {# Versuch} other {# Versuche}}.",
    code_dead: "Zu viele falsche Codes. Dieser Code gilt nicht mehr: Tippen Sie auf Erneut senden, um einen neuen zu erhalten.",
    code_checks_limited: "Für diese Adresse wurden heute zu viele Codes ausprobiert. Versuchen Sie es {minutes, plural, one {in einer Minute} other {in # Minuten}} erneut.",
    code_expired: "Dieser Code ist abgelaufen. Tippen Sie auf Erneut senden, um einen neuen zu erhalten.",
    resend_too_soon: "Sie können in {seconds} Sekunden einen neuen Code anfordern.",
    send_limited: "Es wurden zu viele Codes gesendet. Versuchen Sie es {minutes, plural, one {in einer Minute} other {in # Minuten}} erneut.",
    account_locked:
      "Zu viele fehlgeschlagene Anmeldungen für dieses Konto. Versuchen Sie es {minutes, plural, one {in einer Minute} other {in # Minuten}} erneut, oder setzen Sie Ihr Passwort über Passwort vergessen zurück.",
    account_must_reset: "Dieses Konto wurde mehrmals gesperrt. Setzen Sie Ihr Passwort über Passwort vergessen zurück, um sich wieder anzumelden.",
    auth_code_invalid: "Dieser Authentifizierungscode ist ungültig oder wurde bereits verwendet. Prüfen Sie ihn, oder lassen Sie das Feld leer und authentifizieren Sie sich später.",
    auth_code_attempts:
      "Zu viele falsche Authentifizierungscodes bei dieser Registrierung. Lassen Sie das Feld leer, um sich jetzt zu registrieren, und authentifizieren Sie sich später auf Ihrer Firmenseite.",
    contact_taken: "Diese E-Mail-Adresse oder Telefonnummer konnte Ihrem Konto nicht hinzugefügt werden. Versuchen Sie eine andere.",
    account_exists: "Inzwischen wurde ein Konto mit dieser E-Mail-Adresse registriert. Melden Sie sich stattdessen an.",
    username_taken: "Dieser Benutzername ist bereits vergeben. Wählen Sie einen anderen.",
    registration_limited: "Aus Ihrem Netzwerk wurden zu viele Konten registriert. Versuchen Sie es {minutes, plural, one {in einer Minute} other {in # Minuten}} erneut.",
    start_limited: "Zu viele Versuche aus Ihrem Netzwerk. Versuchen Sie es {minutes, plural, one {in einer Minute} other {in # Minuten}} erneut.",
    stale: "Dieser Schritt wurde bereits in einem anderen Fenster oder Tab abgeschickt. Hier sehen Sie den aktuellen Stand.",
    not_allowed: "Das ist in diesem Schritt nicht möglich.",
    photo_gone:
      "Ihr Foto des Typenschilds wurde nicht aufbewahrt: Fotos werden gelöscht, wenn innerhalb einer Stunde kein Fall damit eröffnet wird. Wählen Sie Anderes Foto hochladen und senden Sie es erneut.",
  },

  login: {
    errors: {
      missing: "Geben Sie Ihren Benutzernamen, Ihre E-Mail-Adresse oder Telefonnummer und Ihr Passwort ein.",
      control_characters: "Entfernen Sie die unsichtbaren Steuerzeichen.",
      invalid: "Benutzername, E-Mail-Adresse, Telefonnummer oder Passwort ist falsch.",
      invalid_national:
        "Benutzername, E-Mail-Adresse, Telefonnummer oder Passwort ist falsch. Wenn Sie eine Telefonnummer eingegeben haben, geben Sie sie im internationalen Format mit Ländervorwahl ein, zum Beispiel +49 1512 3456789.",
      check_expired: "Diese Anmeldung ist abgelaufen oder wurde in einem anderen Fenster abgeschlossen. Melden Sie sich erneut an.",
      limited: "Zu viele fehlgeschlagene Anmeldungen aus Ihrem Netzwerk. Warten Sie einige Minuten und versuchen Sie es erneut.",
      unconfirmed: "Ihr Konto ist noch nicht bestätigt. Öffnen Sie die E-Mail zur Bestätigung der Registrierung und wählen Sie Jetzt bestätigen.",
      unconfirmed_email: "Geben Sie die E-Mail-Adresse ein, mit der Sie sich registriert haben, um eine neue Bestätigungs-E-Mail zu erhalten.",
      must_reset: "Dieses Konto wurde mehrmals gesperrt. Setzen Sie Ihr Passwort über Passwort vergessen zurück, um sich wieder anzumelden.",
    },
    locked: "Zu viele fehlgeschlagene Anmeldungen für dieses Konto. Versuchen Sie es in {minutes, plural, one {# Minute} other {# Minuten}} erneut, oder setzen Sie Ihr Passwort über Passwort vergessen zurück.",
  },

  terms: {
    errors: {
      required: "Setzen Sie das Häkchen, um zuzustimmen, bevor Sie fortfahren.",
      changed: "Die Bedingungen haben sich geändert, während diese Seite geöffnet war. Bitte lesen Sie die neueste Fassung.",
    },
  },

  caseEvents: {
    created: "Fall eingereicht",
    approve: "Genehmigt: Rücksetzcode ausgestellt",
    reject: "Abgelehnt",
    ask_customer: "Der Support hat eine Frage gestellt",
    message: "Nachricht vom Support",
    reply: "Ihre Antwort",
    reset_applied: "Neues Passwort auf dem Gerät übernommen",
    reset_refused: "Das Gerät hat das Zurücksetzen abgelehnt",
    close: "Geschlossen",
  },

  notices: {
    start: {
      limited: "Zu viele Versuche aus Ihrem Netzwerk. Versuchen Sie es später erneut.",
    },
    contactChange: {
      expired: "Diese Änderung ist abgelaufen. Beginnen Sie von vorn.",
    },
    newCase: {
      expired: "Dieser Fall wurde nicht rechtzeitig abgeschlossen. Beginnen Sie von vorn.",
    },
    account: {
      registered: "Registriert. Willkommen bei Gatehouse!",
    },
    adminTerms: {
      published: "Version {version} ist veröffentlicht. Angemeldete Personen stimmen ihr zu, bevor sie fortfahren.",
    },
    newsletterLink: {
      subscribed: "Sie haben den Newsletter abonniert.",
      confirm_expired: "Dieser Bestätigungslink ist abgelaufen. Links sind 7 Tage gültig.",
      confirm_invalid: "Dieser Bestätigungslink wurde bereits verwendet oder ist ungültig. Nur die neueste Bestätigungs-E-Mail funktioniert.",
      unsubscribed: "Sie haben sich abgemeldet.",
      unsubscribe_invalid: "Dieser Abmeldelink ist ungültig. Er ist möglicherweise unvollständig oder stammt aus der Zeit, bevor Sie sich erneut angemeldet haben.",
    },
    login: {
      confirmed: "Ihr Konto ist bestätigt. Sie können sich jetzt anmelden.",
      expired: "Dieser Bestätigungslink ist abgelaufen. Geben Sie unten Ihre E-Mail-Adresse ein, um einen neuen zu erhalten.",
      invalid: "Dieser Bestätigungslink ist ungültig oder wurde bereits verwendet. Wenn Ihr Konto bestätigt ist, melden Sie sich einfach an.",
      resent: "Wenn ein Konto mit dieser E-Mail-Adresse auf die Bestätigung wartet, ist eine neue Bestätigungs-E-Mail unterwegs.",
      resend_limited: "Es wurden zu viele Bestätigungs-E-Mails angefordert. Versuchen Sie es später erneut.",
      signed_out: "Sie sind abgemeldet.",
    },
    security: {
      session_ended: "Diese Sitzung wurde abgemeldet.",
      session_invalid: "Diese Sitzung ist bereits abgemeldet, oder es ist die aktuelle (verwenden Sie Abmelden).",
      others_ended: "Alle anderen Sitzungen wurden abgemeldet.",
      no_others: "Es gab keine anderen Sitzungen.",
      password_changed: "Ihr Passwort wurde geändert. Alle anderen Sitzungen wurden abgemeldet.",
      device_forgotten: "Diesem Gerät wird nicht mehr vertraut. Bei der nächsten Anmeldung braucht es einen Bestätigungscode.",
      device_invalid: "Dieses Gerät wurde bereits entfernt.",
      two_factor_on: "Die Bestätigung in zwei Schritten ist aktiviert: Jede Anmeldung braucht einen Bestätigungscode.",
      two_factor_off: "Die Bestätigung in zwei Schritten ist deaktiviert: Vertrauenswürdige Geräte melden sich nur mit dem Passwort an.",
      two_factor_invalid: "Etwas stimmte nicht. Bitte versuchen Sie es erneut.",
      passkey_added: "Ihr Passkey wurde hinzugefügt. Sie können sich jetzt damit anmelden.",
      passkey_removed: "Der Passkey wurde entfernt.",
      passkey_invalid: "Dieser Passkey wurde bereits entfernt.",
    },
    company: {
      saved: "Firmendaten gespeichert.",
      auth_authenticated: "Ihre Firma ist jetzt ein authentifizierter Installateur.",
      auth_already: "Ihre Firma ist bereits authentifiziert.",
      auth_invalid: "Dieser Authentifizierungscode ist ungültig oder wurde bereits verwendet.",
      auth_malformed: "Ein Authentifizierungscode hat genau 10 Ziffern.",
      auth_limited: "Zu viele Authentifizierungsversuche. Versuchen Sie es in einer Stunde erneut.",
    },
    newsletter: {
      confirmation_sent: "Wir haben eine Bestätigungs-E-Mail an {email} gesendet. Öffnen Sie den Link darin, um den Newsletter zu erhalten.",
      already_subscribed: "Sie haben den Newsletter abonniert.",
      unsubscribed: "Sie haben den Newsletter abbestellt.",
      already_off: "Gespeichert. Der Newsletter bleibt abbestellt.",
      no_email: "Für den Newsletter ist eine E-Mail-Adresse nötig, und Ihr Konto hat keine.",
      limited: "Zu viele Bestätigungs-E-Mails in der letzten Stunde. Versuchen Sie es später erneut.",
      failed: "Das hat nicht funktioniert. Versuchen Sie es erneut.",
    },
    devices: {
      added: "Das Gerät wurde hinzugefügt.",
    },
    case: {
      reply_sent: "Ihre Nachricht wurde an den Support gesendet.",
      submitted: "Fall {label} wurde eingereicht. Wir informieren Sie hier, per E-Mail und in Ihren Benachrichtigungen, sobald der Support ihn geprüft hat.",
      reset_done: "Das Gerät hat das neue Passwort übernommen. Melden Sie sich dort mit dem Benutzernamen admin und Ihrem neuen Passwort an.",
      not_allowed: "Dieser Fall ist geschlossen.",
      not_found: "Diesen Fall gibt es nicht.",
    },
    desk: {
      done_CLAIM: "Sie bearbeiten diesen Fall jetzt.",
      done_ASSIGN: "Der Fall wurde zugewiesen.",
      done_APPROVE: "Genehmigt.",
      done_REJECT: "Abgelehnt. Dem Kunden wurde der Grund mitgeteilt.",
      done_ASK_CUSTOMER: "Die Frage wurde gesendet; der Fall wartet auf den Kunden.",
      done_CLOSE: "Geschlossen.",
      done_NOTE: "Notiz hinzugefügt (nur für Mitarbeitende).",
      done_MESSAGE: "Nachricht an den Kunden gesendet.",
      stale: "Der Fall hat sich geändert, während Sie ihn angesehen haben (ein anderer Mitarbeiter hat gehandelt). Hier ist der aktuelle Stand; es wurde nichts ausgeführt.",
      not_allowed: "Das ist für diesen Fall jetzt nicht möglich.",
      not_found: "Diesen Fall gibt es nicht.",
      invalid: "Etwas stimmte nicht. Bitte prüfen Sie Ihre Angaben und versuchen Sie es erneut.",
      own_case: "Nicht ausgeführt: Über einen Fall, den Sie für sich selbst eröffnet haben, entscheidet ein anderer Mitarbeiter. Der Versuch ist im Prüfprotokoll vermerkt.",
      same_approver:
        "Nicht ausgeführt: Sie haben die erste Genehmigung erteilt, daher muss ein anderer Mitarbeiter die zweite erteilen. Der Versuch ist im Prüfprotokoll vermerkt.",
      settings_saved: "Gespeichert.",
    },
    studio: {
      saved: "Im Entwurf gespeichert.",
      published: "Als Version {version} veröffentlicht. Neue Abläufe starten darauf; laufende werden auf ihrer Version beendet.",
      discarded: "Der Entwurf wurde verworfen.",
      rollback_unconfirmed: "Setzen Sie das Häkchen, um das Zurücksetzen zu bestätigen.",
    },
  },

  fields: {
    required: {
      country: "Wählen Sie Ihr Land oder Ihre Region.",
      email: "Geben Sie Ihre E-Mail-Adresse ein.",
      phone: "Geben Sie Ihre Mobilnummer ein.",
      captcha: "Geben Sie die Zeichen aus dem Bild ein.",
      code: "Geben Sie den Bestätigungscode ein.",
      username: "Wählen Sie einen Benutzernamen.",
      "new-password": "Wählen Sie ein Passwort.",
      "confirm-password": "Geben Sie das Passwort noch einmal ein.",
      checkbox: "Sie müssen zustimmen, um fortzufahren.",
      text: "Dieses Feld ist erforderlich.",
    },
    invalid: "Dieser Wert ist ungültig.",
    email: "Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.",
    emailTooLong: "Diese E-Mail-Adresse ist zu lang.",
    phone: "Geben Sie eine gültige Mobilnummer für {country} ein.",
    yourCountry: "Ihr Land",
    country: "Wählen Sie ein Land oder eine Region aus der Liste.",
    code: "Geben Sie den {length}-stelligen Code ein.",
    username: "Verwenden Sie 3 bis 32 Buchstaben, Ziffern oder Unterstriche (keine Leerzeichen).",
    text: "Verwenden Sie höchstens 100 Zeichen.",
    authCode: "Ein Authentifizierungscode hat genau 10 Ziffern.",
    mismatch: "Die Passwörter stimmen nicht überein.",
    controlCharacters: "Entfernen Sie die unsichtbaren Steuerzeichen.",
    device: "Wählen Sie eines der Geräte aus, die in Ihrem Netzwerk gefunden wurden.",
    deviceRequired: "Wählen Sie das Gerät aus, dessen Passwort Sie vergessen haben.",
  },

  password: {
    too_short: "Verwenden Sie mindestens {min} Zeichen.",
    too_short_12: "Verwenden Sie mindestens {min} Zeichen. Einige Wörter, die nichts miteinander zu tun haben, ergeben ein gutes Passwort.",
    too_long: "Verwenden Sie höchstens {max} Zeichen.",
    too_few_kinds: "Verwenden Sie mindestens drei der folgenden: Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen.",
    too_common: "Dieses Passwort ist zu verbreitet. Wählen Sie eines, das schwerer zu erraten ist.",
    contains_username: "Das Passwort darf Ihren Benutzernamen nicht enthalten.",
    policies: {
      "three-of-four": "Mindestens 8 Zeichen aus drei von vier Zeichenarten (die Regel der Ausgangsdaten)",
      nist: "Mindestens 12 Zeichen beliebiger Art, nicht auf der Liste häufiger Passwörter (nach NIST)",
    },
  },

  devicePassword: {
    length: "Verwenden Sie 8 bis 16 Zeichen.",
    kinds: "Verwenden Sie mindestens zwei Arten von Zeichen: Kleinbuchstaben, Großbuchstaben, Ziffern, Symbole.",
    sequence: "Verwenden Sie nicht 4 oder mehr auf- oder absteigende Ziffern hintereinander (wie 2345 oder 9876).",
    repeat: "Verwenden Sie dasselbe Zeichen nicht 4-mal oder öfter hintereinander (wie aaaa).",
    forbidden: "Das Passwort darf weder „admin“ noch „123“ enthalten.",
    username: "Das Passwort darf den Benutzernamen des Geräts nicht enthalten.",
  },

  photo: {
    empty: "Wählen Sie ein Foto des Typenschilds des Geräts.",
    too_large: "Das Foto ist größer als 10 MB. Nehmen Sie es mit einer geringeren Auflösung erneut auf.",
    too_many_pixels: "Das Foto hat zu viele Pixel (mehr als 40 Megapixel). Nehmen Sie es mit einer geringeren Auflösung erneut auf.",
    upload_limited: "Sie haben in der letzten Stunde zu viele Fotos gesendet. Versuchen Sie es später erneut.",
    heic: "HEIC-Fotos vom iPhone können nicht verwendet werden. Teilen Sie das Foto als JPEG, oder stellen Sie Kamera > Formate auf Maximale Kompatibilität.",
    unsupported: "Laden Sie ein JPEG-, PNG- oder WebP-Foto hoch.",
    unreadable: "Das Foto konnte nicht gelesen werden. Es ist möglicherweise beschädigt: Nehmen Sie es erneut auf.",
    too_small: "Das Foto ist zu klein, um die Seriennummer zu lesen. Nehmen Sie es näher und in voller Auflösung auf.",
    invalid: "Laden Sie das Foto erneut hoch.",
  },

  labelPhoto: {
    empty: "Die Datei ist leer. Bitte wählen Sie ein Foto des Typenschilds.",
    tooLarge: "Das Foto ist zu groß. Die Grenze liegt bei {mb} MB.",
    tooManyPixels: "Das Foto hat zu viele Pixel (mehr als {megapixels} Megapixel). Nehmen Sie es mit einer geringeren Auflösung erneut auf.",
    heic: "HEIC-Fotos können nicht verwendet werden. Stellen Sie auf dem iPhone Einstellungen > Kamera > Formate auf „Maximale Kompatibilität“, oder teilen Sie das Foto als JPEG, und laden Sie es dann erneut hoch.",
    unsupported: "Laden Sie ein JPEG-, PNG- oder WebP-Foto hoch.",
    unreadable: "Das Foto konnte nicht gelesen werden. Es ist möglicherweise beschädigt oder unvollständig; bitte versuchen Sie ein anderes.",
    tooSmall: "Das Foto ist zu klein, um das Typenschild zu lesen. Bitte laden Sie eines mit mindestens {width}×{height} Pixeln hoch.",
  },

  deviceReset: {
    answers: {
      code: "Das Gerät hat den Rücksetzcode nicht angenommen. Eröffnen Sie einen neuen Fall, wenn das wieder passiert.",
      expired: "Der Rücksetzcode ist abgelaufen. Eröffnen Sie einen neuen Fall, um einen neuen zu erhalten.",
      used: "Dieser Rücksetzcode wurde auf dem Gerät bereits verwendet.",
      password: "Das Gerät hat dieses Passwort abgelehnt. Prüfen Sie die Regeln und versuchen Sie ein anderes.",
      no_answer: "Das Gerät hat nicht geantwortet. Stellen Sie sicher, dass es eingeschaltet und im selben Netzwerk ist, und versuchen Sie es dann erneut.",
    },
    usedAfterNoAnswer:
      "Das Gerät hatte diesen Rücksetzcode bereits angenommen: Ihr letzter Versuch hat es erreicht, aber seine Antwort ging unterwegs verloren. Melden Sie sich mit dem neuen Passwort, das Sie gewählt haben, am Gerät an. Wenn das nicht funktioniert, eröffnen Sie einen neuen Fall.",
    mismatch: "Die Passwörter stimmen nicht überein.",
    no_code: "Für diesen Fall gibt es keinen verwendbaren Rücksetzcode.",
    no_scan: "Die Netzwerksuche ist auf diesem Server nicht eingerichtet.",
  },

  api: {
    unknown_flow: "Es gibt keinen öffentlichen Ablauf namens {flow}.",
    invalid_flow_request: "Senden Sie JSON: '{ revision: number, action?: string, fields: { name: value } }'.",
    json_required: "Senden Sie JSON mit Content-Type: application/json.",
    cross_site: "Websiteübergreifende Anfragen werden abgelehnt.",
    invalid_session_request: "Senden Sie JSON: '{ loginToken }'.",
    invalid_token: "Das Anmeldetoken ist unbekannt, verwendet oder abgelaufen.",
    signed_out: "Nicht angemeldet.",
    flow_not_found: "Kein solcher Ablauf, oder das Token passt nicht.",
    rate_limited: "Zu viele Versuche.",
    unavailable: "Der Dienst ist kurz nicht erreichbar. Es wurde nichts gespeichert: Versuchen Sie es gleich noch einmal.",
    sign_in_request: "Senden Sie JSON: '{ identifier: string, password: string, deviceToken?: string }'.",
    sign_in_incomplete: "Die Anmeldung konnte nicht abgeschlossen werden. Melden Sie sich erneut an.",
    sign_in_busy: "Zu viele Versuche. Versuchen Sie es später noch einmal.",
    passkey_options_request: "Senden Sie JSON: ein leeres Objekt.",
    passkey_request: "Senden Sie JSON: '{ challengeId: string, response: { id, rawId, type: \"public-key\", response: { clientDataJSON, authenticatorData, signature, userHandle? } } }'.",
    one_click_required: "Senden Sie den Inhalt List-Unsubscribe=One-Click (RFC 8058), um sich abzumelden.",
    unsubscribe_invalid: "Dieser Abmeldelink ist ungültig. Verwenden Sie den Link in Ihrer neuesten Newsletter-E-Mail.",
    unsubscribed: "Sie sind abgemeldet.",
  },

  messages: {
    verificationCode: {
      smsSubject: "Bestätigungscode",
      sms: "Ihr Gatehouse-Bestätigungscode lautet {code}. Gültig {minutes} Min. Geben Sie ihn niemals weiter.",
      subject: "{code} ist Ihr Gatehouse-Bestätigungscode",
    },
    registrationAttempt: {
      smsSubject: "Registrierungsversuch",
      sms: "Jemand hat versucht, mit dieser Nummer ein Gatehouse-Konto zu registrieren. Es wurde nichts geändert.",
      subject: "Jemand hat versucht, sich mit Ihrer Adresse zu registrieren",
    },
    welcome: {
      smsSubject: "Willkommen",
      sms: "Willkommen bei Gatehouse, {username}. Ihr Konto ist bereit.",
      subject: "Willkommen bei Gatehouse",
    },
    contactChanged: {
      subject: "Ihre {what} wurde geändert",
      changed: "Die {what} Ihres Gatehouse-Kontos wurde in {masked} geändert. Die bisherige meldet Sie nicht mehr an.",
      notYou: "Wenn Sie das nicht waren, setzen Sie jetzt Ihr Passwort zurück: {resetUrl}",
    },
    newSignIn: {
      subject: "Neue Anmeldung bei Ihrem Konto",
      where: "Ihr Gatehouse-Konto wurde von einem neuen Gerät oder Netzwerk aus angemeldet: {device}, {place} (Adresse {address}), am {at}.",
      notYou:
        "Wenn Sie das waren, ist nichts zu tun. Wenn nicht, setzen Sie jetzt Ihr Passwort zurück ({resetUrl}) und prüfen Sie Ihre Sitzungen und vertrauenswürdigen Geräte: {securityUrl}",
    },
    caseUpdate: {
      subject: "Supportfall {caseNumber}",
      open: "Fall öffnen: {url}",
    },
    passwordChanged: {
      smsSubject: "Passwort geändert",
      subject: "Ihr Passwort wurde geändert",
      text: "Das Passwort Ihres Gatehouse-Kontos wurde geändert, und alle Sitzungen wurden abgemeldet. Wenn Sie das nicht waren, setzen Sie jetzt Ihr Passwort zurück: {resetUrl}",
    },
    verifyAccount: {
      subject: "Bestätigen Sie Ihre Registrierung: Jetzt bestätigen",
      text: "Vielen Dank für Ihre Registrierung. Bestätigen Sie Ihre E-Mail-Adresse und aktivieren Sie Ihr Konto (Jetzt bestätigen):\n{url}\nDer Link funktioniert einmal und läuft in {hours} Stunden ab.",
    },
    newsletterConfirm: { subject: "Bestätigen Sie Ihr Abonnement des Gatehouse-Newsletters" },
    newsletterSubscribed: { subject: "Sie haben den Gatehouse-Newsletter abonniert" },
  },
};
