# Translation: Spanish. Review status: see data/i18n/locales.toml and the review pack.
# Harbor: el marco de cada pantalla. Español neutro, "tú". Edad de lectura ~12; cálido, calmado, sin promesas.
# Reglas de mensajes seguros: ../../../../shared/CONTENT.md (nunca "botón de pánico").

home-title = Apoyo para momentos difíciles
home-intro = Tómate un momento. Puedes probar un ejercicio para calmarte, conocer distintos tipos de terapia o hablar con alguien ahora mismo. Nada de lo que hagas aquí se guarda ni se envía.
home-grounding-blurb = Ejercicios breves para ayudarte a recuperar la calma, ahora mismo.
home-finder-blurb = Unas preguntas sobre lo que buscas en una terapia y lo que podría irte bien.
home-crisis-blurb = Líneas de teléfono, SMS y chat donde alguien te escuchará. Muchas atienden día y noche.

quick-exit = Salida rápida
get-help-now = Pide ayuda ahora
nav-home = Inicio
privacy-note = Nada de lo que hagas aquí se guarda ni se envía. Se queda en este dispositivo.
language-label = Idioma

launcher-open = ¿Necesitas apoyo?
launcher-title = Apoyo de Harbor
launcher-close = Cerrar

step-of = Paso { $step } de { $total }
