import type { Shape } from "../shape";
import type { chrome as en } from "../en/chrome";

export const chrome: Shape<typeof en> = {
  header: {
    myAccount: "Mein Konto",
    security: "Sicherheit",
    about: "Info",
    tools: "Werkzeuge",
    case: "Fall",
    studio: "Studio",
    desk: "Support",
    menu: "Menü",
    mainNav: "Hauptnavigation",
    signOut: "Abmelden",
    login: "Anmelden",
    register: "Registrieren",
    notifications: "Benachrichtigungen, {unread} ungelesen",
  },
  language: {
    label: "Sprache",
    current: "Sprache: {name}",
  },
};
