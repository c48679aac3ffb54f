/**
 * English words of the studio section (see lib/messages/en/index.ts for what each section covers).
 * The German and Spanish files in lib/messages/de and lib/messages/es have the same keys.
 */
export const studio = {
  list: {
    title: "Flow studio",
    intro: "Every flow, its published version, drafts, and how many people finished it in the last 7 days.",
    caption: "Flows",
    flow: "Flow",
    published: "Published",
    draft: "Draft",
    started: "Started",
    completed: "Completed",
    rate: "Rate",
    publishedBy: "v{version} by {author}, {when}",
    draftBy: "edited by {name}, {when}",
    none: "none",
    percent: "{percent}%",
  },
  flow: {
    allFlows: "All flows",
    publishedVersion: "Published: version {version}.",
    showingDraft: "Showing the draft (edited by {name}, {when}).",
    showingPublished: "Showing the published version; editing starts a draft.",
    lastDays: "Last 7 days: {started} started, {completed} completed.",
    graphNote:
      "{steps} steps, {arrows} arrows (dashed: back), laid out in {ms} ms. Drop-off: of the people who reached a step in the last 7 days, the share who stopped there.",
    steps: "Steps",
  },
  /** The flow diagram (components/flow-diagram.tsx). */
  diagram: {
    label: "Flow diagram",
    start: "start",
    end: "end",
    counts: "{reached} reached · {stopped} stopped here",
    /** The same counts as a screen reader reads them. */
    spokenCounts: "{reached} reached, {stopped} stopped here",
    dropOff: "({percent}% drop-off)",
    hasProblem: "has a problem",
  },
  history: {
    title: "History",
    version: "Version {version} · {author} · {when} · {note}",
    published: "published",
    diff: "Diff with published",
    rollBack: "Roll back",
    rollBackTo: "Roll back to version {version}",
    audit: "Audit trail",
  },
  settings: {
    title: "Settings",
    passwordRule: "Password rule",
    saveRule: "Save rule in draft",
    none: "This flow has no settings to change.",
    range: "{unit} ({min} to {max})",
    save: "Save settings in draft",
  },
  branches: {
    title: "Branches of {step}",
    remove: "Remove",
    removeLabel: "Remove the branch “{button}” when {condition}",
    on: "On",
    when: "When (a condition from the code)",
    goTo: "Go to",
    add: "Add branch",
    note: "A branch only routes; the code's own checks on the same button still run first. A condition the step cannot find out (a user name on the contact step) is refused, and every rule is checked before publishing.",
  },
  rollback: {
    metaTitle: "Roll back · Flow studio",
    backTo: "Back to {flow}",
    question: "Roll back to version {version}?",
    explain:
      "Version {version} ({author}, {when}{note}) is published again as a new version, replacing version {live}. New flows start on it; flows already running finish on their own version. A draft, if any, stays as it is.",
    seeChanges: "See what changes (version {from} against version {to})",
    confirm: "I want to roll back to version {version}",
    cancel: "Cancel",
  },
  try: {
    metaTitle: "Try it · Flow studio",
    title: "Try it: {flow} (simulation)",
    intro:
      "Nothing is sent, created or signed in. Limits always pass; every code sent is {code} (type another to try a wrong one). What the world would decide is your choice below.",
    restart: "Restart",
    finished: "The flow finished.",
    routes: "Where this step leads",
    routesHint: "In order: the first that holds is taken.",
    answers: "What the world answers",
    useAnswers: "Use these answers",
    log: "What would happen",
    nothingYet: "Nothing yet.",
  },
  diff: {
    metaTitle: "Compare versions",
    theDraft: "the draft",
    version: "version {version}",
    title: "{flow}: {from} → {to}",
    none: "No differences.",
    caption: "Differences",
    where: "Where",
    change: "Change",
  },
  errors: {
    chooseVersion: "Choose a version.",
  },
} as const;
