import type { core as english } from "../en/core";
import type { Shape } from "../shape";

/** The core section in Spanish (formal "usted"): notices, errors, the API's messages and the outbox's subjects. */
export const core: Shape<typeof english> = {
  common: {
    invalid: "Algo no estaba bien. Revise los datos e inténtelo de nuevo.",
    caseNotFound: "Ese caso no existe.",
  },

  flow: {
    captcha_wrong: "Los caracteres no coincidían con la imagen, o la imagen caducó. Escriba los caracteres de la nueva imagen.",
    captcha_limited: "Demasiados códigos de imagen incorrectos desde su red. Inténtelo de nuevo {minutes, plural, one {en un minuto} other {en # minutos}}.",
    code_wrong: "Ese código no es correcto. {remaining, plural, one {Queda # intento} other {Quedan # intentos}}.",
    code_dead: "Demasiados códigos incorrectos. Este código ya no funciona: pulse Reenviar para recibir uno nuevo.",
    code_checks_limited: "Hoy se han probado demasiados códigos para esta dirección. Inténtelo de nuevo {minutes, plural, one {en un minuto} other {en # minutos}}.",
    code_expired: "Este código ha caducado. Pulse Reenviar para recibir uno nuevo.",
    resend_too_soon: "Podrá pedir un código nuevo dentro de {seconds} segundos.",
    send_limited: "Se han enviado demasiados códigos. Inténtelo de nuevo {minutes, plural, one {en un minuto} other {en # minutos}}.",
    account_locked:
      "Demasiados inicios de sesión fallidos en esta cuenta. Inténtelo de nuevo {minutes, plural, one {en un minuto} other {en # minutos}}, o restablezca su contraseña con ¿Olvidó su contraseña?.",
    account_must_reset: "Esta cuenta se ha bloqueado varias veces. Restablezca su contraseña con ¿Olvidó su contraseña? para volver a iniciar sesión.",
    auth_code_invalid: "Este código de autenticación no es válido o ya se ha usado. Revíselo, o deje el campo vacío y autentíquese más tarde.",
    auth_code_attempts:
      "Demasiados códigos de autenticación incorrectos en este registro. Deje el campo vacío para registrarse ahora y autentíquese más tarde desde la página de su empresa.",
    contact_taken: "Esa dirección de correo electrónico o ese número de teléfono no se pudo añadir a su cuenta. Pruebe con otro.",
    account_exists: "Mientras tanto se ha registrado una cuenta con esta dirección de correo electrónico. Inicie sesión en su lugar.",
    username_taken: "Este nombre de usuario ya está en uso. Elija otro.",
    registration_limited: "Se han registrado demasiadas cuentas desde su red. Inténtelo de nuevo {minutes, plural, one {en un minuto} other {en # minutos}}.",
    start_limited: "Demasiados intentos desde su red. Inténtelo de nuevo {minutes, plural, one {en un minuto} other {en # minutos}}.",
    stale: "Este paso ya se envió en otra ventana o pestaña. Esta es la situación actual.",
    not_allowed: "Eso no es posible en este paso.",
    photo_gone:
      "Su foto de la etiqueta no se conservó: las fotos se eliminan si no se abre un caso con ellas en una hora. Elija Subir otra foto y envíela de nuevo.",
  },

  login: {
    errors: {
      missing: "Introduzca su nombre de usuario, correo electrónico o número de teléfono y su contraseña.",
      control_characters: "Elimine los caracteres de control invisibles.",
      invalid: "El nombre de usuario, el correo electrónico, el número de teléfono o la contraseña no son correctos.",
      invalid_national:
        "El nombre de usuario, el correo electrónico, el número de teléfono o la contraseña no son correctos. Si escribió un número de teléfono, introdúzcalo en formato internacional con el prefijo del país, por ejemplo +34 612 345 678.",
      check_expired: "Ese inicio de sesión caducó o se completó en otra ventana. Vuelva a iniciar sesión.",
      limited: "Demasiados inicios de sesión fallidos desde su red. Espere unos minutos e inténtelo de nuevo.",
      unconfirmed: "Su cuenta aún no está confirmada. Abra el correo de confirmación del registro y seleccione Verificar ahora.",
      unconfirmed_email: "Introduzca la dirección de correo electrónico con la que se registró para recibir un nuevo correo de confirmación.",
      must_reset: "Esta cuenta se ha bloqueado varias veces. Restablezca su contraseña con ¿Olvidó su contraseña? para volver a iniciar sesión.",
    },
    locked: "Demasiados inicios de sesión fallidos en esta cuenta. Inténtelo de nuevo en {minutes, plural, one {# minuto} other {# minutos}}, o restablezca su contraseña con ¿Olvidó su contraseña?.",
  },

  terms: {
    errors: {
      required: "Marque la casilla para aceptar antes de continuar.",
      changed: "Las condiciones cambiaron de nuevo mientras esta página estaba abierta. Lea la versión más reciente.",
    },
  },

  caseEvents: {
    created: "Caso enviado",
    approve: "Aprobado: código de restablecimiento emitido",
    reject: "Rechazado",
    ask_customer: "El soporte hizo una pregunta",
    message: "Mensaje del soporte",
    reply: "Su respuesta",
    reset_applied: "Nueva contraseña aplicada al dispositivo",
    reset_refused: "El dispositivo rechazó el restablecimiento",
    close: "Cerrado",
  },

  notices: {
    start: {
      limited: "Demasiados intentos desde su red. Inténtelo de nuevo más tarde.",
    },
    contactChange: {
      expired: "Ese cambio caducó. Empiece de nuevo.",
    },
    newCase: {
      expired: "Ese caso no se completó a tiempo. Empiece de nuevo.",
    },
    account: {
      registered: "Registro completado. ¡Bienvenido a Gatehouse!",
    },
    adminTerms: {
      published: "La versión {version} está publicada. Las personas con sesión iniciada la aceptan antes de continuar.",
    },
    newsletterLink: {
      subscribed: "Está suscrito al boletín.",
      confirm_expired: "Este enlace de confirmación ha caducado. Los enlaces son válidos durante 7 días.",
      confirm_invalid: "Este enlace de confirmación ya se ha usado o no es válido. Solo funciona el correo de confirmación más reciente.",
      unsubscribed: "Se ha dado de baja.",
      unsubscribe_invalid: "Este enlace para darse de baja no es válido. Puede estar incompleto o ser de antes de que se suscribiera de nuevo.",
    },
    login: {
      confirmed: "Su cuenta está confirmada. Ya puede iniciar sesión.",
      expired: "Ese enlace de confirmación ha caducado. Introduzca su correo electrónico abajo para recibir uno nuevo.",
      invalid: "Ese enlace de confirmación no es válido o ya se ha usado. Si su cuenta está confirmada, simplemente inicie sesión.",
      resent: "Si hay una cuenta con ese correo electrónico pendiente de confirmación, le hemos enviado un nuevo correo de confirmación.",
      resend_limited: "Se han solicitado demasiados correos de confirmación. Inténtelo de nuevo más tarde.",
      signed_out: "Ha cerrado sesión.",
    },
    security: {
      session_ended: "Se cerró esa sesión.",
      session_invalid: "Esa sesión ya está cerrada, o es esta misma (use Cerrar sesión).",
      others_ended: "Se cerraron todas las demás sesiones.",
      no_others: "No había otras sesiones.",
      password_changed: "Su contraseña se ha cambiado. Se cerraron todas las demás sesiones.",
      device_forgotten: "Ese dispositivo ya no es de confianza. Necesitará un código de verificación en su próximo inicio de sesión.",
      device_invalid: "Ese dispositivo ya se había eliminado.",
      two_factor_on: "La verificación en dos pasos está activada: cada inicio de sesión necesita un código de verificación.",
      two_factor_off: "La verificación en dos pasos está desactivada: los dispositivos de confianza inician sesión solo con la contraseña.",
      two_factor_invalid: "Algo no estaba bien. Inténtelo de nuevo.",
      passkey_added: "Se añadió su llave de acceso. Ya puede iniciar sesión con ella.",
      passkey_removed: "Se eliminó la llave de acceso.",
      passkey_invalid: "Esa llave de acceso ya se había eliminado.",
    },
    company: {
      saved: "Datos de la empresa guardados.",
      auth_authenticated: "Su empresa es ahora un instalador autenticado.",
      auth_already: "Su empresa ya está autenticada.",
      auth_invalid: "Este código de autenticación no es válido o ya se ha usado.",
      auth_malformed: "Un código de autenticación tiene exactamente 10 dígitos.",
      auth_limited: "Demasiados intentos de autenticación. Inténtelo de nuevo dentro de una hora.",
    },
    newsletter: {
      confirmation_sent: "Hemos enviado un correo de confirmación a {email}. Abra el enlace que contiene para empezar a recibir el boletín.",
      already_subscribed: "Está suscrito al boletín.",
      unsubscribed: "Se ha dado de baja del boletín.",
      already_off: "Guardado. El boletín sigue desactivado.",
      no_email: "El boletín necesita una dirección de correo electrónico, y su cuenta no tiene ninguna.",
      limited: "Demasiados correos de confirmación en la última hora. Inténtelo de nuevo más tarde.",
      failed: "No ha funcionado. Inténtelo de nuevo.",
    },
    devices: {
      added: "Se añadió el dispositivo.",
    },
    case: {
      reply_sent: "Su mensaje se envió al soporte.",
      submitted: "Se envió el caso {label}. Le avisaremos aquí, por correo electrónico y en sus notificaciones cuando el soporte lo haya revisado.",
      reset_done: "El dispositivo aceptó la nueva contraseña. Inicie sesión en él con el nombre de usuario admin y su nueva contraseña.",
      not_allowed: "Este caso está cerrado.",
      not_found: "Ese caso no existe.",
    },
    desk: {
      done_CLAIM: "Ahora está trabajando en este caso.",
      done_ASSIGN: "Se asignó el caso.",
      done_APPROVE: "Aprobado.",
      done_REJECT: "Rechazado. Se le explicó el motivo al cliente.",
      done_ASK_CUSTOMER: "Se envió la pregunta; el caso espera al cliente.",
      done_CLOSE: "Cerrado.",
      done_NOTE: "Nota añadida (solo para agentes).",
      done_MESSAGE: "Mensaje enviado al cliente.",
      stale: "El caso cambió mientras lo estaba viendo (otro agente actuó). Así está ahora; no se hizo nada.",
      not_allowed: "Eso no es posible para este caso ahora.",
      not_found: "Ese caso no existe.",
      invalid: "Algo no estaba bien. Revise los datos e inténtelo de nuevo.",
      own_case: "No se hizo: un caso que usted abrió para sí mismo lo decide otro agente. El intento queda en el registro de auditoría.",
      same_approver:
        "No se hizo: usted dio la primera aprobación, así que otro agente debe dar la segunda. El intento queda en el registro de auditoría.",
      settings_saved: "Guardado.",
    },
    studio: {
      saved: "Guardado en el borrador.",
      published: "Publicado como versión {version}. Los flujos nuevos empiezan con ella; los que están en curso terminan con la suya.",
      discarded: "Se descartó el borrador.",
      rollback_unconfirmed: "Marque la casilla para confirmar la reversión.",
    },
  },

  fields: {
    required: {
      country: "Elija su país o región.",
      email: "Introduzca su dirección de correo electrónico.",
      phone: "Introduzca su número de teléfono móvil.",
      captcha: "Escriba los caracteres de la imagen.",
      code: "Introduzca el código de verificación.",
      username: "Elija un nombre de usuario.",
      "new-password": "Elija una contraseña.",
      "confirm-password": "Escriba la contraseña de nuevo.",
      checkbox: "Debe aceptar para continuar.",
      text: "Este campo es obligatorio.",
    },
    invalid: "Este valor no es válido.",
    email: "Introduzca una dirección de correo electrónico válida, como nombre@example.com.",
    emailTooLong: "Esa dirección de correo electrónico es demasiado larga.",
    phone: "Introduzca un número de teléfono móvil válido para {country}.",
    yourCountry: "su país",
    country: "Elija un país o región de la lista.",
    code: "Introduzca el código de {length} dígitos.",
    username: "Use de 3 a 32 letras, dígitos o guiones bajos (sin espacios).",
    text: "Use como máximo 100 caracteres.",
    authCode: "Un código de autenticación tiene exactamente 10 dígitos.",
    mismatch: "Las contraseñas no coinciden.",
    controlCharacters: "Elimine los caracteres de control invisibles.",
    device: "Seleccione uno de los dispositivos encontrados en su red.",
    deviceRequired: "Seleccione el dispositivo cuya contraseña ha olvidado.",
  },

  password: {
    too_short: "Use al menos {min} caracteres.",
    too_short_12: "Use al menos {min} caracteres. Unas cuantas palabras sin relación entre sí forman una buena contraseña.",
    too_long: "Use como máximo {max} caracteres.",
    too_few_kinds: "Use al menos tres de estos: mayúsculas, minúsculas, dígitos, caracteres especiales.",
    too_common: "Esta contraseña es demasiado común. Elija una más difícil de adivinar.",
    contains_username: "La contraseña no debe contener su nombre de usuario.",
    policies: {
      "three-of-four": "Al menos 8 caracteres de tres de los cuatro tipos (la regla de los datos iniciales)",
      nist: "Al menos 12 caracteres de cualquier tipo, que no estén en la lista de contraseñas comunes (según NIST)",
    },
  },

  devicePassword: {
    length: "Use de 8 a 16 caracteres.",
    kinds: "Use al menos dos tipos de caracteres: minúsculas, mayúsculas, dígitos, símbolos.",
    sequence: "No use 4 o más dígitos ascendentes o descendentes seguidos (como 2345 o 9876).",
    repeat: "No use el mismo carácter 4 o más veces seguidas (como aaaa).",
    forbidden: "La contraseña no debe contener «admin» ni «123».",
    username: "La contraseña no debe contener el nombre de usuario del dispositivo.",
  },

  photo: {
    empty: "Elija una foto de la etiqueta del dispositivo.",
    too_large: "La foto ocupa más de 10 MB. Tómela de nuevo con una resolución menor.",
    too_many_pixels: "La foto tiene demasiados píxeles (más de 40 megapíxeles). Tómela de nuevo con una resolución menor.",
    upload_limited: "Ha enviado demasiadas fotos en la última hora. Inténtelo de nuevo más tarde.",
    heic: "No se pueden usar fotos HEIC del iPhone. Comparta la foto como JPEG, o configure Cámara > Formatos en Más compatible.",
    unsupported: "Suba una foto JPEG, PNG o WebP.",
    unreadable: "No se pudo leer la foto. Puede estar dañada: tómela de nuevo.",
    too_small: "La foto es demasiado pequeña para leer el número de serie. Tómela más cerca y con la resolución completa.",
    invalid: "Suba la foto de nuevo.",
  },

  labelPhoto: {
    empty: "El archivo está vacío. Elija una foto de la etiqueta.",
    tooLarge: "La foto es demasiado grande. El límite es de {mb} MB.",
    tooManyPixels: "La foto tiene demasiados píxeles (más de {megapixels} megapíxeles). Tómela de nuevo con una resolución menor.",
    heic: "No se pueden usar fotos HEIC. En el iPhone, configure Ajustes > Cámara > Formatos en «Más compatible», o comparta la foto como JPEG, y súbala de nuevo.",
    unsupported: "Suba una foto JPEG, PNG o WebP.",
    unreadable: "No se pudo leer la foto. Puede estar dañada o incompleta; pruebe con otra.",
    tooSmall: "La foto es demasiado pequeña para leer la etiqueta. Suba una de al menos {width}×{height} píxeles.",
  },

  deviceReset: {
    answers: {
      code: "El dispositivo no aceptó el código de restablecimiento. Abra un caso nuevo si vuelve a ocurrir.",
      expired: "El código de restablecimiento ha caducado. Abra un caso nuevo para recibir otro.",
      used: "Este código de restablecimiento ya se usó en el dispositivo.",
      password: "El dispositivo rechazó esta contraseña. Revise las reglas y pruebe con otra.",
      no_answer: "El dispositivo no respondió. Asegúrese de que esté encendido y en la misma red, e inténtelo de nuevo.",
    },
    usedAfterNoAnswer:
      "El dispositivo ya había aceptado este código de restablecimiento: su último intento le llegó, pero su respuesta se perdió por el camino. Inicie sesión en el dispositivo con la nueva contraseña que eligió. Si no funciona, abra un caso nuevo.",
    mismatch: "Las contraseñas no coinciden.",
    no_code: "No hay ningún código de restablecimiento utilizable en este caso.",
    no_scan: "La búsqueda en la red local no está configurada en este servidor.",
  },

  api: {
    unknown_flow: "No hay ningún flujo público llamado {flow}.",
    invalid_flow_request: "Envíe JSON: '{ revision: number, action?: string, fields: { name: value } }'.",
    json_required: "Envíe JSON con Content-Type: application/json.",
    cross_site: "Se rechazan las solicitudes entre sitios.",
    invalid_session_request: "Envíe JSON: '{ loginToken }'.",
    invalid_token: "El token de inicio de sesión es desconocido, ya se usó o ha caducado.",
    signed_out: "No ha iniciado sesión.",
    flow_not_found: "No existe ese flujo, o el token no coincide.",
    rate_limited: "Demasiados intentos.",
    unavailable: "El servicio no está disponible por un momento. No se guardó nada: inténtelo de nuevo en unos instantes.",
    sign_in_request: "Envíe JSON: '{ identifier: string, password: string, deviceToken?: string }'.",
    sign_in_incomplete: "No se pudo completar el inicio de sesión. Vuelva a iniciar sesión.",
    sign_in_busy: "Demasiados intentos. Inténtelo de nuevo más tarde.",
    passkey_options_request: "Envíe JSON: un objeto vacío.",
    passkey_request: "Envíe JSON: '{ challengeId: string, response: { id, rawId, type: \"public-key\", response: { clientDataJSON, authenticatorData, signature, userHandle? } } }'.",
    one_click_required: "Envíe el cuerpo List-Unsubscribe=One-Click (RFC 8058) para darse de baja.",
    unsubscribe_invalid: "Este enlace para darse de baja no es válido. Use el enlace de su correo más reciente del boletín.",
    unsubscribed: "Se ha dado de baja.",
  },

  messages: {
    verificationCode: {
      smsSubject: "Código de verificación",
      sms: "Su código de verificación de Gatehouse es {code}. Válido {minutes} min. No lo comparta nunca.",
      subject: "{code} es su código de verificación de Gatehouse",
    },
    registrationAttempt: {
      smsSubject: "Intento de registro",
      sms: "Alguien intentó registrar una cuenta de Gatehouse con este número. No se cambió nada.",
      subject: "Alguien intentó registrarse con su dirección",
    },
    welcome: {
      smsSubject: "Bienvenida",
      sms: "Bienvenido a Gatehouse, {username}. Su cuenta está lista.",
      subject: "Bienvenido a Gatehouse",
    },
    contactChanged: {
      subject: "Se ha cambiado {what} de su cuenta",
      changed: "En su cuenta de Gatehouse, {what} se cambió a {masked}. El dato anterior ya no le permite iniciar sesión.",
      notYou: "Si no fue usted, restablezca su contraseña ahora: {resetUrl}",
    },
    newSignIn: {
      subject: "Nuevo inicio de sesión en su cuenta",
      where: "Se inició sesión en su cuenta de Gatehouse desde un dispositivo o una red nuevos: {device}, {place} (dirección {address}), el {at}.",
      notYou:
        "Si fue usted, no tiene que hacer nada. Si no, restablezca su contraseña ahora ({resetUrl}) y revise sus sesiones y dispositivos de confianza: {securityUrl}",
    },
    caseUpdate: {
      subject: "Caso de soporte {caseNumber}",
      open: "Abrir el caso: {url}",
    },
    passwordChanged: {
      smsSubject: "Contraseña cambiada",
      subject: "Se ha cambiado su contraseña",
      text: "Se ha cambiado la contraseña de su cuenta de Gatehouse y se cerraron todas las sesiones. Si no fue usted, restablezca su contraseña ahora: {resetUrl}",
    },
    verifyAccount: {
      subject: "Confirme su registro: Verificar ahora",
      text: "Gracias por registrarse. Confirme su dirección de correo electrónico y active su cuenta (Verificar ahora):\n{url}\nEl enlace funciona una vez y caduca en {hours} horas.",
    },
    newsletterConfirm: { subject: "Confirme su suscripción al boletín de Gatehouse" },
    newsletterSubscribed: { subject: "Está suscrito al boletín de Gatehouse" },
  },
};
