# Translation: Spanish. Review status: see data/i18n/locales.toml and the review pack.
# "Pide ayuda ahora". Los nombres de los servicios quedan en su idioma (vienen de data/crisis).

crisis-title = Pide ayuda ahora
crisis-emergency-lead = Si estás en peligro inmediato, o sientes que podrías dejarte llevar por los pensamientos de quitarte la vida, llama ahora a los servicios de emergencia.
crisis-emergency-unknown = Si estás en peligro inmediato, llama ahora al número de emergencia de tu zona.
crisis-already-hurt = Si ya te has hecho daño, busca atención médica ahora, aunque te sientas bien.
# Sin preposición antes del país: "en Reino Unido" necesitaría artículo ("en el Reino Unido").
crisis-services-heading = Personas con quienes puedes hablar: { $country }
crisis-practice-heading = De este consultorio
crisis-added-by-practice = Agregado por este consultorio
crisis-no-confirmed-line = Todavía no tenemos una línea de ayuda verificada para este país. Estos directorios reúnen líneas de ayuda de todo el mundo:
crisis-directories-lead = ¿Quieres más opciones? Estos directorios reúnen líneas de ayuda de todo el mundo:
crisis-directories-unknown = También puedes buscar una línea de ayuda en estos directorios de todo el mundo:
crisis-directory-iasp = Centros de crisis de la IASP
crisis-call = Llamar
crisis-call-backup = Número alternativo
crisis-text = Enviar SMS
# Seguido en la interfaz por el número: "Envía HOME por SMS al 741741".
crisis-text-keyword = Envía { $keyword } por SMS al
crisis-menu-option = y luego elige la opción { $option }
crisis-chat = Chatear en línea
crisis-website = Sitio web
crisis-open-24-7 = Abierto las 24 horas, todos los días
crisis-hours = Horario: { $hours }
crisis-free = Gratuito
crisis-audience-young-people = Para jóvenes
crisis-audience-lgbtq = Para personas LGBTQ+
crisis-audience-veterans = Para veteranos de las fuerzas armadas
crisis-audience-women = Para mujeres
crisis-audience-men = Para hombres
crisis-audience-older-people = Para personas mayores
crisis-verified = Verificado el { $date }
crisis-source = Fuente
crisis-choose-country = Elige tu país
crisis-change-country = ¿Estás en otro lugar?
crisis-filter-label = Buscar países
crisis-country-label = País
crisis-report = Avisar de un número incorrecto
