import type { Shape } from "../shape";
import type { passkeys as en } from "../en/passkeys";

export const passkeys: Shape<typeof en> = {
  errors: {
    expired: "Esa solicitud de llave de acceso caducó o ya se utilizó. Inténtelo de nuevo.",
    not_verified: "No se pudo verificar la llave de acceso. Inténtelo de nuevo.",
    unknown_passkey: "Esa llave de acceso no está registrada en Gatehouse. Inicie sesión con su contraseña.",
    other_account: "Esa llave de acceso pertenece a otra cuenta.",
    replayed:
      "Se rechazó esa respuesta de la llave de acceso: su contador de firmas retrocedió, lo que ocurre cuando se copia una llave de acceso. Inicie sesión con su contraseña.",
    limited: "Demasiados intentos de inicio de sesión desde su red. Espere unos minutos e inténtelo de nuevo.",
    not_allowed: "Esta cuenta no puede iniciar sesión ahora. Inicie sesión con su contraseña.",
    duplicate: "Esa llave de acceso ya está registrada.",
    too_many: "Una cuenta puede tener como máximo {max} llaves de acceso. Quite una primero.",
  },
  remove: {
    alreadyRemoved: "Esa llave de acceso ya se quitó.",
    passwordNeeded: "Introduzca su contraseña para quitar su última llave de acceso.",
    tooManyTries: "Demasiados intentos. Inténtelo de nuevo dentro de una hora.",
    wrongPassword: "La contraseña no es correcta.",
  },
  name: {
    required: "Dé un nombre a la llave de acceso, por ejemplo el del dispositivo en el que está.",
    tooLong: "Use como máximo {max} caracteres.",
  },
  add: {
    needsJavaScript: "Para añadir una llave de acceso se necesita JavaScript.",
    unsupported: "Este navegador no puede crear llaves de acceso.",
    alreadyOnDevice: "Este dispositivo ya tiene una llave de acceso para su cuenta.",
    notCreated: "No se creó ninguna llave de acceso. Inténtelo de nuevo cuando esté listo.",
    nameLabel: "Nombre de la llave de acceso",
    button: "Añadir una llave de acceso",
  },
  section: {
    title: "Llaves de acceso",
    intro:
      "Inicie sesión con su huella digital, su rostro o el PIN de su dispositivo en lugar de su contraseña. Un inicio de sesión con llave de acceso no necesita código de verificación.",
    none: "Todavía no hay llaves de acceso.",
    added: "añadida el {date}",
    lastUsed: "usada por última vez el {date}",
    notUsed: "aún no se ha usado",
    remove: "Quitar",
    removeLabel: "Quitar la llave de acceso {name}",
    passwordLabel: "Contraseña actual para quitar su última llave de acceso",
  },
  signIn: {
    button: "Iniciar sesión con una llave de acceso",
    noPasskey: "No se usó ninguna llave de acceso. Inténtelo de nuevo o inicie sesión con su contraseña.",
  },
  confirmDelete: {
    button: "Eliminar con una llave de acceso",
    noPasskey: "No se usó ninguna llave de acceso. Inténtelo de nuevo o introduzca su contraseña.",
  },
};
