# Translation: Spanish. Review status: see data/i18n/locales.toml and the review pack.
# «Encuentra un enfoque». Español neutro, "tú". Edad de lectura ~12; cálido, claro, sin promesas.
# Datos y fuentes: ../../../../shared/CONTENT.md ("What the evidence says",
# "How the approaches are usually described"). Reglas de mensajes seguros: nunca métodos,
# nunca "cometer", ningún detalle de daño; antes de las líneas de investigación va un aviso de contenido.
# Los ids finder-q-, finder-a-, finder-why-, finder-evidence-, finder-approach-,
# finder-about-, finder-sessions-, finder-suits-less- vienen de data/finder.toml.
# Nombres: CBT = TCC, DBT = TDC, DBT-A = TDC-A. Los nombres de las fuentes (Cochrane, NICE) no se traducen.

finder-title = Encuentra un enfoque

## Introducción

finder-intro-title = Cómo funciona
finder-intro-lead = Responde unas preguntas sobre lo que te gustaría de una terapia. Después verás tres tipos de terapia habituales, cómo encaja cada uno con tus respuestas y lo que dice la investigación sobre ellos.
finder-intro-time = Se tarda unos dos minutos. Puedes saltarte cualquier pregunta.
finder-intro-not-a-test = No es un test. No diagnostica nada ni mide ningún riesgo. Te ayuda a conocer tus opciones.
finder-intro-private = Tus respuestas se quedan en este dispositivo. No se guardan ni se envían a ningún sitio, y se borran cuando vuelves a empezar, cierras Harbor o sales de esta página.
finder-intro-help = Si necesitas hablar con alguien ahora mismo, elige «Pide ayuda ahora», arriba. Está en todas las pantallas.
finder-start = Empezar

## Preguntas

finder-progress = Pregunta { $n } de { $total }
finder-next = Siguiente
finder-show-results = Ver qué podría irte bien
finder-not-sure = No lo sé
finder-previous = Pregunta anterior
finder-start-over = Volver a empezar
finder-choose-first = Elige una respuesta, o elige «No lo sé» para saltarte esta pregunta.
finder-cleared = Tus respuestas se han borrado.

finder-q-structure = ¿Cómo te gustaría que fueran tus sesiones?
finder-a-structure-planned = Planificadas, con pasos y objetivos claros
finder-a-structure-open = Abiertas, para poder hablar de lo que tenga en mente
finder-why-structure-planned = Te gustarían sesiones con un plan y objetivos claros.
finder-why-structure-open = Te gustarían sesiones abiertas, en las que puedas hablar de lo que tengas en mente.

finder-q-homework = ¿Qué te parecería probar cosas entre una sesión y otra, como ejercicios cortos o escribir algunas notas?
finder-a-homework-yes = Me gustaría
finder-a-homework-no = Prefiero que todo quede en las sesiones
finder-why-homework-yes = Te parece bien probar cosas entre una sesión y otra.
finder-why-homework-no = Prefieres no tener tareas entre una sesión y otra.

finder-q-focus = ¿Qué te gustaría conseguir, sobre todo, con la terapia?
finder-a-focus-skills = Habilidades prácticas que pueda usar cuando las cosas se ponen difíciles
finder-a-focus-understand = Entender de dónde vienen mis sentimientos
finder-why-focus-skills = Te gustaría aprender habilidades prácticas para usar cuando las cosas se ponen difíciles.
finder-why-focus-understand = Te gustaría entender de dónde vienen tus sentimientos.

finder-q-when = ¿De qué te gustaría hablar sobre todo?
finder-a-when-now = De lo que pasa ahora en mi vida y de qué hacer a continuación
finder-a-when-past = De cómo mi pasado influye en cómo me siento ahora
finder-why-when-now = Te gustaría centrarte en lo que está pasando ahora.
finder-why-when-past = Te gustaría ver cómo tu pasado influye en cómo te sientes ahora.

finder-q-group = Algunas terapias incluyen aprender en grupo con otras personas, además de tener sesiones individuales con un terapeuta. ¿Qué te parecería?
finder-a-group-ok = Me parecería bien un grupo
finder-a-group-one-to-one = Prefiero tener solo sesiones individuales
finder-why-group-ok = Te parece bien aprender en grupo.
finder-why-group-one-to-one = Prefieres tener solo sesiones individuales.

finder-q-hours = ¿Cuánto tiempo podrías dedicar a la terapia cada semana?
finder-a-hours-one = Más o menos una sesión a la semana
finder-a-hours-more = Puedo hacer más de una sesión a la semana
finder-why-hours-one = Te gustaría tener más o menos una sesión a la semana.
finder-why-hours-more = Podrías dedicar tiempo a más de una sesión a la semana.

finder-q-length = ¿Cuánto tiempo te gustaría que durara la terapia?
finder-a-length-short = Unos meses o menos
finder-a-length-long = Alrededor de un año, o más si ayuda
finder-why-length-short = Te gustaría que la terapia durara unos meses o menos.
finder-why-length-long = Te parece bien que la terapia dure alrededor de un año, o más.

finder-q-age = Última pregunta: ¿tienes menos de 18 años? Esto cambia qué investigaciones te mostramos.
finder-a-age-under-18 = Sí, tengo menos de 18 años
finder-a-age-adult = No, tengo 18 años o más
finder-why-age-under-18 = Tienes menos de 18 años. Un tipo de TDC pensado para adolescentes (TDC-A) es el que tiene la investigación más sólida en personas jóvenes.

## Resultado

finder-result-title = Qué podría irte bien
finder-frame-not-a-test = Esto no es un test. No diagnostica nada y no mide ningún riesgo. Solo compara lo que has dicho que te gustaría con cómo suele funcionar cada terapia.
finder-frame-evidence = La investigación sobre cada terapia por separado es limitada, excepto en el caso de la TDC pensada para adolescentes (TDC-A).
finder-frame-fit = La conexión entre tú y tu terapeuta importa mucho. Ayuda encontrar a alguien con quien te entiendas y en quien sientas que puedes confiar.
finder-result-lead = Aquí están las tres, empezando por la que más se acerca a tus respuestas.
finder-result-hope = Muchas personas descubren que, con el apoyo adecuado, las cosas pueden mejorar.
finder-content-note = Esta parte trata de la investigación sobre las autolesiones. Solo habla de estudios, sin detalles, y puedes saltártela.
finder-all-level = Tus respuestas no apuntaron a un enfoque más que a los otros, así que se muestran en un orden fijo.
finder-level-with-above = Tus respuestas encajan igual con esta y con la de arriba.

finder-heading-why = Por qué aparece
finder-no-reasons = Ninguna de tus respuestas apuntaba a esta. Aun así, puede valer la pena preguntar por ella.
finder-reasons-count = { $count ->
    [one] Una de tus respuestas apunta a esta.
   *[other] { $count } de tus respuestas apuntan a esta.
}
finder-more = Por qué aparece, y más
finder-summary-cbt = Práctica y con un plan: ves cómo se relacionan tus pensamientos, sentimientos y acciones, y pruebas cosas entre sesiones.
finder-summary-dbt = Habilidades para emociones muy intensas, en un grupo semanal y sesiones individuales, normalmente durante un año.
finder-summary-psychodynamic = Un espacio para hablar con libertad y entender cómo tu pasado influye en cómo te sientes hoy.
finder-heading-what = Qué es
finder-heading-sessions = Cómo son las sesiones
finder-heading-research = Investigación sobre autolesiones
finder-heading-suits-less = A quién puede irle menos bien
finder-source = Fuente:

finder-approach-cbt = TCC (terapia cognitivo-conductual)
finder-about-cbt = La TCC se fija en cómo se relacionan tus pensamientos, tus sentimientos y lo que haces en tu vida actual. Con tu terapeuta, trabajas en formas prácticas de afrontar los problemas, y pruebas cosas entre una sesión y otra.
finder-sessions-cbt = A menudo son de 6 a 20 sesiones, cada semana o cada dos semanas, de 30 a 60 minutos cada una. Puede ser individual, en grupo o de autoayuda guiada, con un libro o un curso en línea.
finder-suits-less-cbt = Puede irte menos bien si prefieres hablar libremente sin un plan, si no quieres tareas entre sesiones o si quieres explorar tu pasado a fondo.

finder-approach-dbt = TDC (terapia dialéctico-conductual)
finder-about-dbt = La TDC se creó para personas que sienten sus emociones con mucha intensidad, incluidas las personas que se autolesionan. Enseña habilidades en cuatro áreas: fijarse en el momento presente (mindfulness o atención plena), superar los momentos muy difíciles, manejar las emociones fuertes y llevarse bien con los demás.
finder-sessions-dbt = Suele durar alrededor de un año, con un grupo de habilidades cada semana y una sesión individual cada semana. Muchos programas también ofrecen apoyo por teléfono entre sesiones, para ayudarte a usar las habilidades. La versión para adolescentes (TDC-A) incluye también a los padres o a otras personas que los cuidan.
finder-suits-less-dbt = Puede irte menos bien si no puedes dedicar tiempo a más de una sesión a la semana, si prefieres no estar en un grupo o si quieres algo breve.

finder-approach-psychodynamic = Terapia psicodinámica
finder-about-psychodynamic = La terapia psicodinámica te da espacio para hablar libremente. Te ayuda a entender cómo las experiencias pasadas, y los sentimientos de los que quizá no eres consciente, influyen en cómo te sientes y actúas hoy. Tu relación con tu terapeuta es una parte importante del trabajo.
finder-sessions-psychodynamic = Normalmente es individual, una vez a la semana, de unos 50 minutos cada sesión. A menudo empieza con algunos encuentros para conocerse, y luego dura meses, un año o más. No hay tareas para casa.
finder-suits-less-psychodynamic = Puede irte menos bien si quieres herramientas prácticas enseguida, un plan claro para cada sesión o un tratamiento corto.

## Cuánta certeza da la investigación (palabras sencillas para cada nivel de certeza, y para las fuentes que no lo tienen)

finder-certainty-high = Evidencia sólida: quienes investigan confían en que el efecto real se acerca a lo que encontraron los estudios.
finder-certainty-moderate = Evidencia moderada: el efecto real probablemente se acerca a lo que encontraron los estudios, pero podría ser bastante distinto.
finder-certainty-low = Evidencia limitada: el efecto real podría ser bastante distinto de lo que encontraron los estudios.
finder-certainty-very-low = Evidencia muy limitada: quienes investigan tienen mucha incertidumbre. Es probable que el efecto real sea bastante distinto de lo que encontraron los estudios.
finder-kind-trial = Un solo estudio pequeño: un único estudio no puede darnos certeza.
finder-kind-guideline = Recomendación: lo que aconsejan las guías oficiales de salud de Inglaterra.

finder-evidence-cbt-adult = En personas adultas, la terapia individual basada en la TCC puede reducir la probabilidad de que las autolesiones vuelvan a ocurrir al terminar el tratamiento. También hubo algunos indicios de que podría ayudar a los 6 y a los 12 meses.
finder-evidence-cbt-adult-nice = Las guías de salud de Inglaterra proponen una terapia psicológica estructurada para personas adultas que se han autolesionado. Usa ideas de la TCC, se adapta a cada persona y suele durar de 4 a 10 sesiones.
finder-evidence-cbt-under-18 = En menores de 18 años, dos estudios pequeños sobre la terapia individual basada en la TCC no encontraron una diferencia clara, frente a la atención habitual, en si las autolesiones volvían a ocurrir al terminar el tratamiento.
finder-evidence-dbt-adult = En personas adultas, no está nada claro si la TDC hace menos probable que las autolesiones vuelvan a ocurrir. Podría ayudar a que ocurran con menos frecuencia.
finder-evidence-dbt-under-18 = En menores de 18 años, la TDC pensada para adolescentes (TDC-A) redujo la probabilidad de que las autolesiones volvieran a ocurrir al terminar el tratamiento. Este resultado viene de 4 estudios pequeños con 270 jóvenes en total. Es el resultado más sólido de esta investigación, pero ningún estudio puede prometer cómo le irá a una persona en la terapia.
finder-evidence-dbt-under-18-nice = Las guías de salud de Inglaterra dicen que se puede considerar la TDC-A para jóvenes que se autolesionan a menudo y a quienes les cuesta mucho manejar las emociones fuertes.
finder-evidence-psychodynamic-adult = En un estudio pequeño de 2001, personas adultas recibieron en casa cuatro sesiones de una terapia psicodinámica basada en la conversación, después de una visita al hospital. Seis meses después, menos de ellas dijeron haberse autolesionado de nuevo, en comparación con quienes recibieron la atención habitual. Esto no era lo principal que medía el estudio.
finder-evidence-psychodynamic-adult-mbt = En personas adultas, un estudio analizó una terapia relacionada (MBT, que surgió de ideas psicodinámicas). Al terminar el tratamiento, menos personas se habían autolesionado de nuevo que con la otra atención del estudio, y ocurrió con menos frecuencia.
finder-evidence-psychodynamic-under-18 = En menores de 18 años, dos estudios pequeños analizaron una terapia relacionada para adolescentes (MBT-A, que surgió de ideas psicodinámicas). No está nada claro si reduce la probabilidad de que las autolesiones vuelvan a ocurrir.

# The name of each line's source, shown as its link (finder-source-<evidence id>).
finder-source-cbt-adult = Revisión Cochrane en personas adultas, Witt et al. 2021
finder-source-cbt-adult-nice = Guía NICE NG225 (2022)
finder-source-cbt-under-18 = Revisión Cochrane en menores de 18 años, Witt et al. 2021
finder-source-dbt-adult = Revisión Cochrane en personas adultas, Witt et al. 2021
finder-source-dbt-under-18 = Revisión Cochrane en menores de 18 años, Witt et al. 2021
finder-source-dbt-under-18-nice = Guía NICE NG225 (2022)
finder-source-psychodynamic-adult = Guthrie et al. 2001, BMJ
finder-source-psychodynamic-adult-mbt = Revisión Cochrane en personas adultas, Witt et al. 2021
finder-source-psychodynamic-under-18 = Revisión Cochrane en menores de 18 años, Witt et al. 2021

## Próximos pasos

finder-next-title = Un buen siguiente paso
finder-next-lead = Un terapeuta puede ayudarte a elegir. Puedes preguntarle por cualquiera de estos enfoques y si lo ofrece.
finder-contact-default = Contactar a este consultorio
finder-back-to-questions = Volver a las preguntas
