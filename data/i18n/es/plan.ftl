# Translation: Spanish. Review status: see data/i18n/locales.toml and the review pack.
# Español neutro, «tú»; edad de lectura ~12; cálido, calmado, sin promesas («puede ayudar», nunca «va a»).
# «Mi plan para momentos difíciles»: un plan de seguridad que la persona escribe, un paso por pantalla
# (los seis pasos de Stanley y Brown y un séptimo opcional), y luego imprime, guarda o copia. Todos los
# pasos se pueden saltar; nada cuenta lo que ya está hecho.
# Reglas de mensajes seguros: ../../../../shared/CONTENT.md. El paso del entorno más seguro nunca nombra
# un método, un medio ni un objeto: habla de «algunas cosas» y de pedir ayuda a alguien.
# Las ideas son frases cortas en primera persona que la persona toca para agregarlas a su plan; nada de
# comida, alcohol ni conductas «sustitutas». Sin concordancia de género con quien lee (nada de «solo/sola»,
# «tranquilo/tranquila»). Fuentes y motivos: data/plan/README.md.

plan-title = Mi plan para momentos difíciles
# La tarjeta del plan en la pantalla de inicio.
home-plan-blurb = Escribe, paso a paso, lo que puede ayudarte cuando las cosas se ponen difíciles. Tu plan se queda en este dispositivo.
# El acceso al plan desde «Pide ayuda ahora»: corto, para que quepa en una línea.
plan-short-name = Mi plan

## La introducción

plan-intro-title = ¿Qué es un plan de seguridad?
plan-intro = Un plan de seguridad es una lista corta, con tus propias palabras, de cosas que pueden ayudarte a atravesar un momento difícil: primero, lo que puedes hacer por tu cuenta; después, personas que pueden ayudarte.
plan-start = Empezar mi plan
# En lugar de «Empezar mi plan» cuando ya hay algo escrito.
plan-continue = Seguir con mi plan
plan-intro-private = Nada de lo que escribas se guarda ni se envía. Puedes escribir mucho o poco, y saltarte cualquier paso. Si puedes, comparte tu plan con alguien de confianza o con tu terapeuta.
plan-intro-calm = Puede ser más fácil hacerlo en un día más tranquilo.
plan-intro-source = Este plan sigue la Safety Planning Intervention (Intervención de Planificación de Seguridad) de Barbara Stanley y Gregory Brown, que usan muchos servicios de salud.

## En cada paso

plan-ideas = Toca una idea para agregarla, o escribe la tuya.
plan-optional = Puedes dejar este paso en blanco.
plan-next = Siguiente
plan-previous = Paso anterior
plan-see-plan = Ver mi plan

## Los pasos

plan-signs-title = Mis señales de alerta
plan-signs-prompt = ¿Qué te indica que podría estar empezando un momento difícil? Puede ser un pensamiento, una emoción, algo que notas en el cuerpo o algo que pasa.
plan-signs-idea-1 = Dejo de contestar los mensajes
plan-signs-idea-2 = No puedo dormir, o duermo todo el día
plan-signs-idea-3 = Empiezo a pensar que nada va a mejorar
plan-signs-idea-4 = Siento el pecho apretado y pesado
plan-signs-idea-5 = Cancelo planes y me quedo en mi cuarto
plan-signs-idea-6 = Después de una discusión o una mala noticia

plan-alone-title = Cosas que puedo hacer por mi cuenta
plan-alone-prompt = ¿Qué te ayuda a sentir un poco más de calma, o a pensar en otra cosa, aunque sea unos minutos? Las cosas sencillas suelen funcionar bien. Aquí también están los ejercicios de Harbor.
plan-alone-idea-1 = Poner una canción que me encanta
plan-alone-idea-2 = Salir a caminar un rato
plan-alone-idea-3 = Envolverme en una manta suave
plan-alone-idea-4 = Escribir lo que siento

plan-distract-title = Personas y lugares que me ayudan a distraerme
plan-distract-prompt = ¿A dónde podrías ir, o con quién podrías estar, para distraerte? No tienes que hablar de cómo te sientes.
plan-distract-idea-1 = La biblioteca o una librería
plan-distract-idea-2 = Un parque donde haya más gente
plan-distract-idea-3 = Un amigo o amiga con quien charlar de cualquier cosa
plan-distract-idea-4 = Un club, una clase o un equipo al que voy
plan-distract-idea-5 = Un grupo en línea sobre mi pasatiempo

plan-ask-title = Personas a las que puedo pedir ayuda
plan-ask-prompt = ¿A quién podrías contarle que estás pasando por un momento difícil? Escribe cómo ponerte en contacto con cada persona. Puede ayudar escribir lo que le dirías, para que te resulte más fácil en ese momento.
plan-ask-none = Si ahora no se te ocurre nadie, está bien. En el siguiente paso hay personas cuyo trabajo es escuchar.
plan-ask-idea-1 = Un amigo o amiga a quien puedo mandar un mensaje
plan-ask-idea-2 = Alguien de mi familia en quien confío
plan-ask-idea-3 = Un profesor, entrenador o educador juvenil
plan-ask-idea-4 = Mi pareja o mi familia elegida
plan-ask-idea-5 = Decir: «Estoy pasando por un momento difícil. ¿Puedes quedarte conmigo un rato?»

plan-services-title = Profesionales y servicios
plan-services-prompt = Son personas cuyo trabajo es escuchar y ayudar. El número de emergencia y las líneas de ayuda de tu país ya están aquí. Puedes cambiarlos y agregar los tuyos.
plan-services-idea-1 = Mi médico o médica de familia
plan-services-idea-2 = Mi terapeuta o psicólogo
plan-services-idea-3 = El servicio de orientación de mi escuela o universidad
plan-services-idea-4 = El equipo de crisis de mi zona

plan-safer-title = Hacer que mi entorno sea más seguro
plan-safer-prompt = Cuando las cosas se ponen muy difíciles, puede ayudar hacer que el lugar donde estás te resulte más seguro, o estar cerca de alguien. No tienes que resolver esto sin apoyo: podrías preparar este paso con alguien de confianza o con tu terapeuta.
plan-safer-idea-1 = Pedir a alguien de confianza que me ayude con esto
plan-safer-idea-2 = Hablar de este paso con mi terapeuta
plan-safer-idea-3 = Pedir a alguien que me guarde algunas cosas
plan-safer-idea-4 = Ir a un lugar donde haya más gente
plan-safer-idea-5 = Quedarme cerca de alguien un rato

plan-matters-title = Lo que me importa
plan-matters-prompt = Si quieres, escribe cosas que te importan o que esperas con ganas, grandes o pequeñas.
plan-matters-idea-1 = Las personas que quiero
plan-matters-idea-2 = Mi mascota, que siempre se alegra de verme
plan-matters-idea-3 = Cosas pequeñas, como una mañana de sol
plan-matters-idea-4 = Un lugar que me gustaría conocer algún día
plan-matters-idea-5 = Música que todavía me emociona

## El plan completo

plan-summary-title = Tu plan
plan-summary-lead = Aquí está todo lo que escribiste. Puedes cambiar cualquier paso y luego imprimir, guardar o copiar tu plan.
# Un botón después del texto de cada paso; $step es el título del paso.
plan-change = Cambiar: { $step }
plan-nothing-yet = Todavía no hay nada escrito.
plan-keep-lead = Tu plan solo está en esta pantalla. Cuando cierras Harbor o sales de esta página, se borra y no se puede recuperar. Para conservarlo, primero imprímelo, guárdalo o cópialo.
plan-device-warning = Antes de guardar o imprimir: si usas un dispositivo o una impresora compartidos, de la escuela o del trabajo, otras personas podrían ver tu plan.
plan-print = Imprimir
plan-save = Guardar como archivo
plan-copy = Copiar
# Lo leen los lectores de pantalla.
plan-saved = Tu plan se guardó como archivo en este dispositivo.
# Lo leen los lectores de pantalla.
plan-copied = Tu plan se copió. Puedes pegarlo en algún lugar privado.
plan-copy-failed = Aquí no se pudo copiar. Puedes seleccionar el texto de tu plan y copiarlo por tu cuenta.
# El nombre del archivo guardado, sin «.txt»: un nombre sencillo que no diga qué contiene. Solo letras
# minúsculas sin acentos, números y guiones.
plan-file-name = mi-plan
# La primera línea del paso de profesionales, antes de las líneas de ayuda.
plan-emergency = Número de emergencia: { $number }
# La última línea del plan, en pantalla, en papel y en el archivo.
plan-danger-now = Si estás en peligro inmediato, llama al { $number }.
plan-danger-now-unknown = Si estás en peligro inmediato, llama al número de emergencia de tu zona.

## Borrar

plan-clear = Borrar mi plan
plan-clear-confirm = ¿Borrar todo lo que escribiste? No se puede deshacer.
plan-clear-yes = Sí, borrarlo
plan-clear-no = Conservar mi plan
# Lo leen los lectores de pantalla.
plan-cleared = Tu plan se borró.
