# Translation: Spanish. Review status: see data/i18n/locales.toml and the review pack.
# Harbor: el marco de cada pantalla. Español neutro, "tú". Edad de lectura ~12; cálido, calmado, sin promesas.
# Un solo español neutro en todos los archivos: "tú", nunca vosotros ni voseo; sin palabras solo de
# España o de un país (computadora, no ordenador; celular, no móvil; agregar, no añadir; consultorio).
# Reglas de mensajes seguros: ../../../../shared/CONTENT.md (nunca "botón de pánico").

home-title = Apoyo para momentos difíciles
home-intro = Tómate un momento. Puedes probar un ejercicio para calmarte, conocer distintos tipos de terapia o buscar a alguien con quien hablar. Nada de lo que hagas aquí se guarda ni se envía.
home-grounding-blurb = Ejercicios breves que puedes probar ahora mismo. Quizá te ayuden a sentirte más estable.
home-finder-blurb = Unas preguntas sobre lo que buscas en una terapia y lo que podría irte bien.
home-crisis-blurb = Líneas de teléfono, SMS y chat con personas preparadas para escuchar. Muchas atienden día y noche.

quick-exit = Salida rápida
get-help-now = Pide ayuda ahora
nav-home = Inicio
privacy-note = Nada de lo que hagas aquí se guarda ni se envía. Se queda en este dispositivo.
language-label = Idioma
translation-not-reviewed = Esta traducción todavía no la ha revisado una persona con formación clínica.

launcher-open = ¿Necesitas apoyo?
launcher-title = Apoyo de Harbor
launcher-close = Cerrar

step-of = Paso { $step } de { $total }
