import type { Shape } from "../shape";
import type { chrome as en } from "../en/chrome";

export const chrome: Shape<typeof en> = {
  header: {
    myAccount: "Mi cuenta",
    security: "Seguridad",
    about: "Acerca de",
    tools: "Herramientas",
    case: "Caso",
    studio: "Estudio",
    desk: "Soporte",
    menu: "Menú",
    mainNav: "Navegación principal",
    signOut: "Cerrar sesión",
    login: "Iniciar sesión",
    register: "Registrarse",
    notifications: "Notificaciones, {unread} sin leer",
  },
  language: {
    label: "Idioma",
    current: "Idioma: {name}",
  },
};
