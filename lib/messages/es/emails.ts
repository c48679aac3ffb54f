import type { Shape } from "../shape";
import type { emails as en } from "../en/emails";

export const emails: Shape<typeof en> = {
  layout: {
    footer: "Ha recibido este correo por actividad en una cuenta de Gatehouse. Si no fue usted, puede ignorarlo.",
  },
  verificationCode: {
    preview: "Su código de verificación es {code}",
    heading: "Su código de verificación",
    enter: "Introduzca este código para continuar:",
    valid: "Es válido durante {minutes} minutos y funciona una sola vez. No lo comparta nunca: nuestro personal nunca se lo pedirá.",
    text: "Su código de verificación de Gatehouse es {code}.\nEs válido durante {minutes} minutos y funciona una sola vez. No lo comparta nunca.",
  },
  registrationAttempt: {
    body: "Alguien intentó crear una nueva cuenta de Gatehouse con esta dirección de correo electrónico, pero ya pertenece a su cuenta. No se creó ninguna cuenta nueva y su cuenta no se modificó.",
    ifYou: "Si fue usted, inicie sesión con su cuenta existente: {url}",
    ifNot: "Si no fue usted, no tiene que hacer nada.",
    text: "Alguien intentó crear una nueva cuenta de Gatehouse con esta dirección, pero ya tiene una cuenta. No se cambió nada.\nSi fue usted, inicie sesión: {url}\nSi no fue usted, no tiene que hacer nada.",
  },
  welcome: {
    preview: "Su cuenta está lista",
    heading: "Bienvenido, {username}",
    body: "Su cuenta está lista. Ya puede añadir sus dispositivos y supervisarlos desde cualquier lugar.",
    button: "Abrir Mi cuenta",
    text: "Bienvenido, {username}. Su cuenta está lista: añada sus dispositivos en {url}.",
  },
  verifyAccount: {
    preview: "Confirme su cuenta de instalador de Gatehouse",
    heading: "Confirme su registro",
    body: "Gracias por registrarse. Seleccione Verificar ahora para confirmar su dirección de correo electrónico y activar su cuenta.",
    button: "Verificar ahora",
    expires: "El enlace funciona una vez y caduca en {hours} horas. Si el botón no funciona, abra esta dirección: {url}",
  },
  passwordChanged: {
    body: "Se ha cambiado la contraseña de su cuenta de Gatehouse y se cerraron todas las sesiones de la cuenta.",
    notYou: "Si no fue usted, restablezca su contraseña ahora: {url}",
  },
  contactChanged: {
    email: "la dirección de correo electrónico",
    phone: "el número de teléfono móvil",
  },
  place: {
    unknown: "Red desconocida",
    thisComputer: "Este ordenador",
    local: "Red local",
    network: "Red {network}",
  },
  caseUpdate: {
    created: "Se envió el caso {caseNumber}. El soporte revisará su foto de la etiqueta.",
    approved: "Se aprobó el caso {caseNumber}: su código de restablecimiento está en la página del caso.",
    rejected: "Se rechazó el caso {caseNumber}. La página del caso indica el motivo; puede abrir un caso nuevo.",
    question: "El soporte tiene una pregunta sobre el caso {caseNumber}.",
    closed: "El caso {caseNumber} está cerrado.",
    message: "El soporte escribió sobre el caso {caseNumber}.",
  },
  accountDeletion: {
    requestedSubject: "Su cuenta se eliminará",
    requested: "Ha solicitado eliminar su cuenta de Gatehouse. Se eliminará el {due}, y se cerraron todas las sesiones.",
    changedMind: "¿Ha cambiado de opinión? Inicie sesión antes de esa fecha y se cancelará la eliminación: {url}",
    notYou: "Si no fue usted, inicie sesión ahora y cambie después su contraseña.",
    cancelledSubject: "Su cuenta no se eliminará",
    cancelled: "Ha iniciado sesión en su cuenta de Gatehouse, así que no se eliminará.",
    deleteAfterAll: "Si aun así desea eliminarla, vuelva a solicitarlo en Mi cuenta: {url}",
  },
  newsletterConfirm: {
    heading: "Confirme su suscripción al boletín",
    asked: "Ha solicitado recibir el boletín de Gatehouse. Aceptó lo siguiente:",
    quoted: "«{wording}»",
    confirmNote: "Confirme con el botón de abajo. El enlace es válido durante {days} días y funciona una vez. Hasta que confirme, no recibirá ningún boletín.",
    button: "Confirmar suscripción",
    ignore: "Si no lo solicitó, ignore este correo: no quedará suscrito.",
    textConfirm: "Confirme su suscripción: {url}",
    textValid: "El enlace es válido durante {days} días y funciona una vez. Hasta que confirme, no recibirá ningún boletín.",
  },
  newsletterSubscribed: {
    heading: "Está suscrito",
    thanks: "Gracias por confirmar. Recibirá en esta dirección el boletín de Gatehouse sobre productos, eventos y ofertas.",
    unsubscribeHint: "Puede darse de baja en cualquier momento con el enlace de abajo, o en Yo > Información de su cuenta.",
  },
  newsletterFooter: {
    ask: "¿No quiere recibir estos correos?",
    link: "Darse de baja",
    rest: "con un clic. No hace falta iniciar sesión.",
    text: "¿No quiere recibir estos correos? Dese de baja con un clic (sin iniciar sesión): {url}",
  },
};
