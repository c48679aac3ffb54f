import type { Shape } from "../shape";
import type { copy as en } from "../en/copy";

export const copy: Shape<typeof en> = {
  languages: { en: "inglés", de: "alemán", es: "español" },
  editor: {
    heading: "Paso: {step}",
    swap: "Intercambiar con {other}",
    noScreen: "Este estado no tiene ninguna pantalla que editar.",
    language: "Idioma del texto",
    showLanguage: "Mostrar este idioma",
    translating:
      "Está editando el texto de este paso en {language}. Cada casilla contiene la traducción del texto en inglés que aparece debajo; un texto que aparece en varios pasos se traduce una sola vez para todos. Deje una casilla vacía para usar la traducción del código, si la hay.",
    title: "Título",
    description: "Texto de ayuda",
    placeholders: "Marcadores que este paso puede mostrar en su texto de ayuda y sus botones: {list}. Cualquier otro se rechaza.",
    noPlaceholders: "Este paso no muestra marcadores: se rechaza el texto entre '{llaves}'.",
    keepPlaceholders: "Conserve los marcadores del texto en inglés, como {example}, exactamente como están.",
    submit: "Texto del botón",
    field: "Campo {name} ({kind})",
    label: "Etiqueta",
    hint: "Indicación",
    shown: "Visible (opcional: desactívelo para omitirlo en el paso)",
    required: "Obligatorio",
    requiredAlways: "Obligatorio (siempre: una regla depende de él)",
    english: "Inglés: {text}",
    missing: "Aún no hay texto en {language}: la publicación se rechaza hasta que se indique.",
    save: "Guardar el paso en el borrador",
  },
  try: {
    title: "Probar",
    draft:
      "Recorra el borrador como lo haría una persona y elija lo que responde el mundo (si el nombre de usuario está libre, si el contacto tiene una cuenta). Los efectos se muestran, no se ejecutan.",
    published:
      "Recorra la versión publicada como lo haría una persona y elija lo que responde el mundo (si el nombre de usuario está libre, si el contacto tiene una cuenta). Los efectos se muestran, no se ejecutan.",
    button: "Probar",
  },
  publish: {
    title: "Publicar",
    compare: "Comparar el borrador con la versión {version}",
    note: "Nota",
    notePlaceholder: "Qué cambió y por qué",
    button: "Publicar",
    discard: "Descartar el borrador",
    start: "Iniciar un borrador",
    startNote: "Guardar cualquier cambio también inicia uno.",
  },
  problems: {
    refused: "No se hizo:",
    blocked: "Este borrador aún no se puede publicar:",
    openStep: "Abrir el paso ({step})",
    openSettings: "Abrir los ajustes",
    missing: "Paso «{step}»: falta el texto en {language} de «{text}».",
    placeholders: "Paso «{step}»: el texto en {language} de «{text}» debe mostrar los mismos marcadores que el inglés ({list}).",
    editorPlaceholders: "El texto en {language} de «{text}» debe mostrar los mismos marcadores que el inglés ({list}).",
    none: "ninguno",
  },
};
