/**
 * English words of the chrome section: the header, the language picker and the error pages.
 * The German and Spanish files in lib/messages/de and lib/messages/es have the same keys.
 */
export const chrome = {
  header: {
    myAccount: "My Account",
    security: "Security",
    about: "About",
    tools: "Tools",
    case: "Case",
    studio: "Studio",
    desk: "Desk",
    menu: "Menu",
    mainNav: "Main",
    signOut: "Sign Out",
    login: "Login",
    register: "Register",
    notifications: "Notifications, {unread} unread",
  },
  language: {
    label: "Language",
    current: "Language: {name}",
  },
} as const;
