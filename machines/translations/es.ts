/**
 * Spanish step copy of the code defaults, keyed by the English text (byte for byte as in the
 * definitions). One entry serves every step and flow that shows the same English text; a text
 * changed in the studio no longer matches and needs its own translation (lib/flows/localize.ts).
 */
export const es: Record<string, string> = {
  // Shared steps and fields
  "Country/Region": "País/Región",
  "Choose the country or region you live in.": "Elija el país o la región donde vive.",
  Ok: "Aceptar",
  Register: "Registrarse",
  "Enter your email address and the characters in the picture.": "Introduzca su dirección de correo electrónico y los caracteres de la imagen.",
  Email: "Correo electrónico",
  "Verification Code": "Código de verificación",
  "Type the characters in the picture.": "Escriba los caracteres de la imagen.",
  Next: "Siguiente",
  "Change Country/Region": "Cambiar país/región",
  "Mobile Phone Number": "Número de teléfono móvil",
  "Enter your mobile phone number and the characters in the picture.": "Introduzca su número de teléfono móvil y los caracteres de la imagen.",
  "Check your email": "Revise su correo electrónico",
  "We sent a verification code to {target}. It arrives within a minute and is valid for {validMinutes} minutes.":
    "Enviamos un código de verificación a {target}. Llega en menos de un minuto y es válido durante {validMinutes} minutos.",
  Resend: "Reenviar",
  Back: "Atrás",
  "Didn't receive the verification code?": "¿No recibió el código de verificación?",
  "Check your phone": "Revise su teléfono",
  "We sent a verification code by SMS to {target}. It arrives within a minute and is valid for {validMinutes} minutes.":
    "Enviamos un código de verificación por SMS a {target}. Llega en menos de un minuto y es válido durante {validMinutes} minutos.",
  "Create your account": "Cree su cuenta",
  "Choose a user name and a password.": "Elija un nombre de usuario y una contraseña.",
  "User Name": "Nombre de usuario",
  "Letters, digits and underscores, for example reg_by_email.": "Letras, dígitos y guiones bajos, por ejemplo reg_by_email.",
  Password: "Contraseña",
  "At least 8 characters with three of: upper case, lower case, digits, special characters.":
    "Al menos 8 caracteres con tres de estos tipos: mayúsculas, minúsculas, dígitos, caracteres especiales.",
  "Confirm Password": "Confirmar contraseña",
  "I agree to the Terms of Service and Privacy Policy": "Acepto las Condiciones del servicio y la Política de privacidad",
  "Terms of Service": "Condiciones del servicio",
  "Privacy Policy": "Política de privacidad",
  Finish: "Finalizar",
  Registered: "Registro completado",
  "Your account is ready.": "Su cuenta está lista.",

  // Installer registration
  "Choose the country or region where your company is registered. It cannot be changed after registration.":
    "Elija el país o la región donde está registrada su empresa. No se puede cambiar después del registro.",
  "Register as an Installer": "Registrarse como instalador",
  "Enter the email address you will sign in with and the characters in the picture. We will send a verification code to it.":
    "Introduzca la dirección de correo electrónico con la que iniciará sesión y los caracteres de la imagen. Le enviaremos un código de verificación a esa dirección.",
  "Get Verification Code": "Obtener código de verificación",
  "Enter the Verification Code": "Introduzca el código de verificación",
  "We sent a verification code to {target}. It is valid for {validMinutes} minutes.":
    "Enviamos un código de verificación a {target}. Es válido durante {validMinutes} minutos.",
  "Create a password": "Cree una contraseña",
  "At least 8 characters with at least three of: upper case, lower case, digits, special characters.":
    "Al menos 8 caracteres con al menos tres de estos tipos: mayúsculas, minúsculas, dígitos, caracteres especiales.",
  "About you and your company": "Sobre usted y su empresa",
  Name: "Nombre",
  "Phone Number": "Número de teléfono",
  "Company Name": "Nombre de la empresa",
  "Almost done": "Casi terminado",
  "Authentication Code": "Código de autenticación",
  "Optional: the 10-digit code that proves a professional installer. Leave it empty to authenticate later from your company page.":
    "Opcional: el código de 10 dígitos que acredita a un instalador profesional. Déjelo vacío para autenticarse más tarde desde la página de su empresa.",
  "I would like to receive newsletters about products, events and offers. I can unsubscribe at any time.":
    "Deseo recibir boletines sobre productos, eventos y ofertas. Puedo darme de baja en cualquier momento.",
  "Confirm your email": "Confirme su correo electrónico",
  "We sent a registration confirmation email to {target}. Open it and select Verify Now to activate your account, then sign in.":
    "Enviamos un correo de confirmación del registro a {target}. Ábralo y seleccione «Verificar ahora» para activar su cuenta; después, inicie sesión.",

  // Password recovery
  "Forgot Password": "Contraseña olvidada",
  "Enter the email address of your account and the characters in the picture. We will send you a code.":
    "Introduzca la dirección de correo electrónico de su cuenta y los caracteres de la imagen. Le enviaremos un código.",
  "Enter the mobile phone number of your account with its country code (for example +1 201 555 0123).":
    "Introduzca el número de teléfono móvil de su cuenta con el prefijo del país (por ejemplo, +1 201 555 0123).",
  "Enter the verification code": "Introduzca el código de verificación",
  "If {target} belongs to an account, we sent a code to it. It is valid for {validMinutes} minutes.":
    "Si {target} pertenece a una cuenta, le enviamos un código. Es válido durante {validMinutes} minutos.",
  "Choose a new password": "Elija una contraseña nueva",
  "New Password": "Contraseña nueva",
  Save: "Guardar",
  "Password changed": "Contraseña cambiada",
  "Your password was changed and every session of your account was signed out. Sign in with your new password.":
    "Su contraseña se cambió y se cerraron todas las sesiones de su cuenta. Inicie sesión con su contraseña nueva.",
  "Sign in": "Iniciar sesión",

  // Contact change
  "Change email or phone": "Cambiar correo electrónico o teléfono",
  "Enter the new email address. We will send a code to it to make sure it is yours.":
    "Introduzca la nueva dirección de correo electrónico. Le enviaremos un código para comprobar que es suya.",
  "New Email": "Correo electrónico nuevo",
  "Send Code": "Enviar código",
  "Enter the new mobile phone number. We will send a code to it by SMS.": "Introduzca el nuevo número de teléfono móvil. Le enviaremos un código por SMS.",
  "New Mobile Phone Number": "Número de teléfono móvil nuevo",
  "We sent a code to {target}. It is valid for {validMinutes} minutes.": "Enviamos un código a {target}. Es válido durante {validMinutes} minutos.",
  Confirm: "Confirmar",
  "Contact changed": "Contacto cambiado",
  "{target} is now on your account. Sign in with it from now on; the old one no longer works.":
    "{target} figura ahora en su cuenta. Inicie sesión con este dato a partir de ahora; el anterior ya no funciona.",
  "Back to Security": "Volver a Seguridad",

  // Sign-in check
  "Verify it's you": "Confirme que es usted",
  "To keep your account safe, this sign-in needs a verification code. Where should we send it?":
    "Para proteger su cuenta, este inicio de sesión requiere un código de verificación. ¿Adónde se lo enviamos?",
  "Email a code to {account.maskedEmail}": "Enviar un código por correo a {account.maskedEmail}",
  "Text a code to {account.maskedPhone}": "Enviar un código por SMS a {account.maskedPhone}",
  "Cancel and go back to Login": "Cancelar y volver al inicio de sesión",
  "We sent a code to {maskedTarget}. It expires at {codeExpiresAt}.": "Enviamos un código a {maskedTarget}. Caduca a las {codeExpiresAt}.",
  "Trust this device": "Confiar en este dispositivo",
  "Skip the code on this browser for 30 days. Leave it unticked on a shared or public computer.":
    "No pedir el código en este navegador durante 30 días. Deje la casilla sin marcar en un equipo compartido o público.",
  Verify: "Verificar",
  "Resend Code": "Reenviar código",
  "Signed in": "Sesión iniciada",
  "You are signed in.": "Ha iniciado sesión.",
  "My Account": "Mi cuenta",

  // Device password reset
  "Device on LAN (SADP)": "Dispositivo en la LAN (SADP)",
  "These devices answered on your network. Select the one whose password you forgot.":
    "Estos dispositivos respondieron en su red. Seleccione aquel cuya contraseña olvidó.",
  Device: "Dispositivo",
  "Scan again": "Buscar de nuevo",
  "Photo of the device label": "Foto de la etiqueta del dispositivo",
  "Take a clear photo of the label on {device.model} showing the serial number (SerialNo {device.serial}).":
    "Tome una foto nítida de la etiqueta de {device.model} en la que se vea el número de serie (SerialNo {device.serial}).",
  "Label photo": "Foto de la etiqueta",
  "JPEG, PNG or WebP, up to 10 MB. The serial number must be sharp and easy to read. Location and camera details are removed.":
    "JPEG, PNG o WebP, hasta 10 MB. El número de serie debe verse nítido y fácil de leer. Se eliminan los datos de ubicación y de la cámara.",
  "Confirm your case": "Confirme su solicitud",
  "Reset the password of {device.model}, serial {device.serial}, at {device.ipv4}. A support agent checks the photo against the device.":
    "Restablecer la contraseña de {device.model}, número de serie {device.serial}, en {device.ipv4}. Un agente de soporte comprueba que la foto corresponde al dispositivo.",
  "{photo.warning}": "{photo.warning}",
  "Security commitment: I own this device or am authorised to reset its password, and the information I give is true.":
    "Compromiso de seguridad: soy el propietario de este dispositivo o estoy autorizado para restablecer su contraseña, y la información que proporciono es verdadera.",
  "Upload another photo": "Subir otra foto",
  "Case submitted": "Solicitud enviada",
  "Support will review your photo. We will tell you when there is news.": "El equipo de soporte revisará su foto. Le avisaremos cuando haya novedades.",
  "My cases": "Mis solicitudes",
};
