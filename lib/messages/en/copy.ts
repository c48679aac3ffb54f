/**
 * English words of the copy section (see lib/messages/en/index.ts for what each section covers).
 * The German and Spanish files in lib/messages/de and lib/messages/es have the same keys.
 */
export const copy = {
  /** The languages by name, in the words of the page's language ("the German text"). */
  languages: { en: "English", de: "German", es: "Spanish" },
  editor: {
    heading: "Step: {step}",
    swap: "Swap with {other}",
    noScreen: "This state has no screen to edit.",
    language: "Language of the text",
    showLanguage: "Show this language",
    translating:
      "You are editing the {language} text of this step. Each box holds the {language} for the English text shown under it; a text shown on several steps is translated once for all of them. Leave a box empty to use the code's translation, if there is one.",
    title: "Title",
    description: "Help text",
    placeholders: "Placeholders this step can show in its help text and buttons: {list}. Anything else is refused.",
    noPlaceholders: "This step shows no placeholders: text in '{braces}' is refused.",
    keepPlaceholders: "Keep the placeholders of the English text, such as {example}, exactly as they are.",
    submit: "Button text",
    field: "Field {name} ({kind})",
    label: "Label",
    hint: "Hint",
    shown: "Shown (optional: switch it off to leave it out of the step)",
    required: "Required",
    requiredAlways: "Required (always: a rule depends on it)",
    english: "English: {text}",
    missing: "No {language} text yet: publishing is refused until it is given.",
    save: "Save step in draft",
  },
  try: {
    title: "Try it",
    draft:
      "Click through the draft as a person would, choosing what the world answers (is the user name free, does the contact have an account). Effects are shown, not carried out.",
    published:
      "Click through the published version as a person would, choosing what the world answers (is the user name free, does the contact have an account). Effects are shown, not carried out.",
    button: "Try it",
  },
  publish: {
    title: "Publish",
    compare: "Compare the draft with version {version}",
    note: "Note",
    notePlaceholder: "What changed and why",
    button: "Publish",
    discard: "Discard draft",
    start: "Start a draft",
    startNote: "Saving any edit starts one too.",
  },
  problems: {
    refused: "Not done:",
    blocked: "This draft cannot be published yet:",
    openStep: "Open the step ({step})",
    openSettings: "Open the settings",
    missing: "Step “{step}”: the {language} text of “{text}” is missing.",
    placeholders: "Step “{step}”: the {language} text of “{text}” must show the same placeholders as the English ({list}).",
    editorPlaceholders: "The {language} text of “{text}” must show the same placeholders as the English ({list}).",
    none: "none",
  },
} as const;
