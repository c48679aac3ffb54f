import type { Shape } from "../shape";
import type { copy as en } from "../en/copy";

export const copy: Shape<typeof en> = {
  languages: { en: "Englisch", de: "Deutsch", es: "Spanisch" },
  editor: {
    heading: "Schritt: {step}",
    swap: "Mit {other} tauschen",
    noScreen: "Dieser Zustand hat keine Seite, die sich bearbeiten lässt.",
    language: "Sprache des Textes",
    showLanguage: "Diese Sprache anzeigen",
    translating:
      "Sie bearbeiten den Text dieses Schritts auf {language}. Jedes Feld enthält die Übersetzung des darunter gezeigten englischen Textes; ein Text, der auf mehreren Schritten erscheint, wird einmal für alle übersetzt. Lassen Sie ein Feld leer, um die Übersetzung aus dem Code zu verwenden, falls es eine gibt.",
    title: "Titel",
    description: "Hilfetext",
    placeholders: "Platzhalter, die dieser Schritt in Hilfetext und Schaltflächen zeigen kann: {list}. Alles andere wird abgelehnt.",
    noPlaceholders: "Dieser Schritt zeigt keine Platzhalter: Text in '{geschweiften Klammern}' wird abgelehnt.",
    keepPlaceholders: "Übernehmen Sie die Platzhalter des englischen Textes, etwa {example}, genau so, wie sie sind.",
    submit: "Schaltflächentext",
    field: "Feld {name} ({kind})",
    label: "Beschriftung",
    hint: "Hinweis",
    shown: "Angezeigt (optional: ausschalten, um es im Schritt wegzulassen)",
    required: "Pflichtfeld",
    requiredAlways: "Pflichtfeld (immer: eine Regel hängt davon ab)",
    english: "Englisch: {text}",
    missing: "Noch kein Text auf {language}: Veröffentlichen wird abgelehnt, bis er angegeben ist.",
    save: "Schritt im Entwurf speichern",
  },
  try: {
    title: "Ausprobieren",
    draft:
      "Klicken Sie sich wie eine Person durch den Entwurf und wählen Sie, was die Welt antwortet (ist der Benutzername frei, hat die Kontaktangabe ein Konto). Auswirkungen werden angezeigt, nicht ausgeführt.",
    published:
      "Klicken Sie sich wie eine Person durch die veröffentlichte Version und wählen Sie, was die Welt antwortet (ist der Benutzername frei, hat die Kontaktangabe ein Konto). Auswirkungen werden angezeigt, nicht ausgeführt.",
    button: "Ausprobieren",
  },
  publish: {
    title: "Veröffentlichen",
    compare: "Entwurf mit Version {version} vergleichen",
    note: "Notiz",
    notePlaceholder: "Was sich geändert hat und warum",
    button: "Veröffentlichen",
    discard: "Entwurf verwerfen",
    start: "Entwurf beginnen",
    startNote: "Auch jede gespeicherte Änderung beginnt einen.",
  },
  problems: {
    refused: "Nicht ausgeführt:",
    blocked: "Dieser Entwurf kann noch nicht veröffentlicht werden:",
    openStep: "Schritt öffnen ({step})",
    openSettings: "Einstellungen öffnen",
    missing: "Schritt „{step}“: Der Text auf {language} für „{text}“ fehlt.",
    placeholders: "Schritt „{step}“: Der Text auf {language} für „{text}“ muss dieselben Platzhalter zeigen wie der englische ({list}).",
    editorPlaceholders: "Der Text auf {language} für „{text}“ muss dieselben Platzhalter zeigen wie der englische ({list}).",
    none: "keine",
  },
};
