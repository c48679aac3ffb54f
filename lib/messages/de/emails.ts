import type { Shape } from "../shape";
import type { emails as en } from "../en/emails";

export const emails: Shape<typeof en> = {
  layout: {
    footer: "Sie erhalten diese E-Mail wegen einer Aktivität in einem Gatehouse-Konto. Wenn Sie das nicht waren, können Sie sie ignorieren.",
  },
  verificationCode: {
    preview: "Ihr Bestätigungscode lautet {code}",
    heading: "Ihr Bestätigungscode",
    enter: "Geben Sie diesen Code ein, um fortzufahren:",
    valid: "Er ist {minutes} Minuten gültig und funktioniert einmal. Geben Sie ihn niemals weiter: Unsere Mitarbeitenden werden Sie nie danach fragen.",
    text: "Ihr Gatehouse-Bestätigungscode lautet {code}.\nEr ist {minutes} Minuten gültig und funktioniert einmal. Geben Sie ihn niemals weiter.",
  },
  registrationAttempt: {
    body: "Jemand hat versucht, mit dieser E-Mail-Adresse ein neues Gatehouse-Konto anzulegen, aber sie gehört bereits zu Ihrem Konto. Es wurde kein neues Konto angelegt, und Ihr Konto wurde nicht geändert.",
    ifYou: "Wenn Sie das waren, melden Sie sich stattdessen mit Ihrem bestehenden Konto an: {url}",
    ifNot: "Wenn Sie das nicht waren, müssen Sie nichts tun.",
    text: "Jemand hat versucht, mit dieser Adresse ein neues Gatehouse-Konto anzulegen, aber es gibt dafür bereits ein Konto. Es wurde nichts geändert.\nWenn Sie das waren, melden Sie sich stattdessen an: {url}\nWenn Sie das nicht waren, müssen Sie nichts tun.",
  },
  welcome: {
    preview: "Ihr Konto ist bereit",
    heading: "Willkommen, {username}",
    body: "Ihr Konto ist bereit. Sie können jetzt Ihre Geräte hinzufügen und sie von überall aus im Blick behalten.",
    button: "Mein Konto öffnen",
    text: "Willkommen, {username}. Ihr Konto ist bereit: Fügen Sie Ihre Geräte unter {url} hinzu.",
  },
  verifyAccount: {
    preview: "Bestätigen Sie Ihr Gatehouse-Installateurkonto",
    heading: "Bestätigen Sie Ihre Registrierung",
    body: "Vielen Dank für Ihre Registrierung. Wählen Sie Jetzt bestätigen, um Ihre E-Mail-Adresse zu bestätigen und Ihr Konto zu aktivieren.",
    button: "Jetzt bestätigen",
    expires: "Der Link funktioniert einmal und läuft in {hours} Stunden ab. Wenn die Schaltfläche nicht funktioniert, öffnen Sie diese Adresse: {url}",
  },
  passwordChanged: {
    body: "Das Passwort Ihres Gatehouse-Kontos wurde geändert, und alle Sitzungen des Kontos wurden abgemeldet.",
    notYou: "Wenn Sie das nicht waren, setzen Sie jetzt Ihr Passwort zurück: {url}",
  },
  contactChanged: {
    email: "E-Mail-Adresse",
    phone: "Mobiltelefonnummer",
  },
  place: {
    unknown: "Unbekanntes Netzwerk",
    thisComputer: "Dieser Computer",
    local: "Lokales Netzwerk",
    network: "Netzwerk {network}",
  },
  caseUpdate: {
    created: "Fall {caseNumber} wurde eingereicht. Der Support prüft Ihr Foto des Typenschilds.",
    approved: "Fall {caseNumber} wurde genehmigt: Ihr Rücksetzcode steht auf der Seite des Falls.",
    rejected: "Fall {caseNumber} wurde abgelehnt. Auf der Seite des Falls steht der Grund; Sie können einen neuen Fall eröffnen.",
    question: "Der Support hat eine Frage zu Fall {caseNumber}.",
    closed: "Fall {caseNumber} ist geschlossen.",
    message: "Der Support hat zu Fall {caseNumber} geschrieben.",
  },
  accountDeletion: {
    requestedSubject: "Ihr Konto wird gelöscht",
    requested: "Sie haben die Löschung Ihres Gatehouse-Kontos beantragt. Es wird am {due} gelöscht, und alle Sitzungen wurden abgemeldet.",
    changedMind: "Haben Sie es sich anders überlegt? Melden Sie sich vorher an, dann wird die Löschung abgebrochen: {url}",
    notYou: "Wenn Sie das nicht waren, melden Sie sich jetzt an und ändern Sie dann Ihr Passwort.",
    cancelledSubject: "Ihr Konto wird nicht gelöscht",
    cancelled: "Sie haben sich bei Ihrem Gatehouse-Konto angemeldet, daher wird es nicht gelöscht.",
    deleteAfterAll: "Wenn Sie es doch löschen möchten, beantragen Sie es erneut unter Mein Konto: {url}",
  },
  newsletterConfirm: {
    heading: "Bestätigen Sie Ihr Newsletter-Abonnement",
    asked: "Sie möchten den Gatehouse-Newsletter erhalten. Sie haben Folgendem zugestimmt:",
    quoted: "„{wording}“",
    confirmNote: "Bestätigen Sie mit der Schaltfläche unten. Der Link ist {days} Tage gültig und funktioniert einmal. Bis Sie bestätigen, erhalten Sie keinen Newsletter.",
    button: "Abonnement bestätigen",
    ignore: "Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Sie werden nicht angemeldet.",
    textConfirm: "Bestätigen Sie Ihr Abonnement: {url}",
    textValid: "Der Link ist {days} Tage gültig und funktioniert einmal. Bis Sie bestätigen, erhalten Sie keinen Newsletter.",
  },
  newsletterSubscribed: {
    heading: "Sie sind angemeldet",
    thanks: "Vielen Dank für Ihre Bestätigung. Sie erhalten den Gatehouse-Newsletter über Produkte, Veranstaltungen und Angebote an diese Adresse.",
    unsubscribeHint: "Sie können sich jederzeit über den Link unten abmelden, oder in Ihrem Konto unter Ich > Info.",
  },
  newsletterFooter: {
    ask: "Sie möchten diese E-Mails nicht mehr erhalten?",
    link: "Abmelden",
    rest: "mit einem Klick. Keine Anmeldung nötig.",
    text: "Sie möchten diese E-Mails nicht mehr erhalten? Melden Sie sich mit einem Klick ab (keine Anmeldung nötig): {url}",
  },
};
